package dev.comptoir.shared.openapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Which properties every answer carries: the server writes every member, null included
 * ({@code spring.jackson.default-property-inclusion: always}), except those marked
 * {@code @JsonInclude(NON_NULL)}. Found on the application's records by their schema name (the simple
 * name); a name that is not one record's says nothing.
 */
final class PresentProperties {

    private static final Set<JsonInclude.Include> ALWAYS =
            Set.of(JsonInclude.Include.ALWAYS, JsonInclude.Include.USE_DEFAULTS);

    private final Map<String, List<Class<?>>> recordsByName;

    private PresentProperties(Map<String, List<Class<?>>> recordsByName) {
        this.recordsByName = recordsByName;
    }

    /** The records under {@code basePackage}, read once (the document is built once). */
    static PresentProperties scan(String basePackage) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true; // nested and package-private records too
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Record.class));
        Map<String, List<Class<?>>> byName = scanner.findCandidateComponents(basePackage).stream()
                .map(d -> ClassUtils.resolveClassName(d.getBeanClassName(), PresentProperties.class.getClassLoader()))
                .collect(Collectors.groupingBy(Class::getSimpleName));
        return new PresentProperties(byName);
    }

    /** The always-present properties of the schema named so, when it is one record's. */
    Optional<List<String>> of(String schemaName) {
        List<Class<?>> records = recordsByName.getOrDefault(schemaName, List.of());
        if (records.size() != 1) {
            return Optional.empty();
        }
        Class<?> type = records.get(0);
        if (!always(type)) {
            return Optional.of(List.of());
        }
        return Optional.of(Arrays.stream(type.getRecordComponents())
                .filter(c -> always(c) && always(c.getAccessor()))
                .map(RecordComponent::getName)
                .toList());
    }

    /**
     * The properties of the schema named so that may be null: the record's members marked
     * {@code @Nullable} (JSpecify's, on the type, or any annotation of that name on the member).
     */
    List<String> nullable(String schemaName, Set<String> properties) {
        // records of one simple name (several Line records) are told apart by their members
        List<Class<?>> records = recordsByName.getOrDefault(schemaName, List.of()).stream()
                .filter(r -> Arrays.stream(r.getRecordComponents()).map(RecordComponent::getName)
                        .collect(Collectors.toSet()).equals(properties))
                .toList();
        if (records.size() != 1) {
            return List.of();
        }
        return Arrays.stream(records.get(0).getRecordComponents())
                .filter(NullableMembers::isNullable)
                .map(RecordComponent::getName)
                .toList();
    }

    private static boolean always(AnnotatedElement element) {
        JsonInclude include = element.getAnnotation(JsonInclude.class);
        return include == null || ALWAYS.contains(include.value());
    }

}
