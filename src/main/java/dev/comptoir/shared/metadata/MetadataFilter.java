package dev.comptoir.shared.metadata;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.data.jpa.domain.Specification;

/**
 * The metadata filters of an admin list: {@code metadata.<key>=<value>} and
 * {@code privateMetadata.<key>=<value>} query parameters (or {@code metadata[<key>]=<value>}, the
 * OpenAPI deepObject form generated clients send). The stored value is compared as text
 * ({@code metadata ->> key}: a string without its quotes, a number or boolean as written); several
 * filters must all match. Controllers take one as an argument and are marked {@link MetadataFilters}.
 */
public record MetadataFilter(List<Condition> conditions) {

    /** {@code attribute}: the entity's attribute, {@code metadata} or {@code privateMetadata}. */
    public record Condition(String attribute, String key, String value) {}

    static final List<String> FIELDS = List.of("metadata", "privateMetadata");
    private static final Pattern PARAMETER = Pattern.compile("(metadata|privateMetadata)(?:\\.(.*)|\\[(.*)])");

    public static final MetadataFilter NONE = new MetadataFilter(List.of());

    public MetadataFilter {
        conditions = List.copyOf(conditions);
    }

    /** The filters among a request's parameters; a key that no metadata can have is 400 invalid_metadata. */
    public static MetadataFilter of(Map<String, String[]> parameters) {
        List<Condition> conditions = new ArrayList<>();
        parameters.forEach((name, values) -> {
            Matcher m = PARAMETER.matcher(name);
            if (!m.matches()) {
                return;
            }
            String key = m.group(2) != null ? m.group(2) : m.group(3);
            MetadataRules.checkKey(m.group(1), key);
            for (String value : values) {
                conditions.add(new Condition(m.group(1), key, value));
            }
        });
        return new MetadataFilter(conditions);
    }

    public boolean isEmpty() {
        return conditions.isEmpty();
    }

    /** The filters as a JPA predicate on an entity mapping {@code metadata} and {@code privateMetadata}. */
    public <T> Specification<T> specification() {
        return (root, query, cb) -> cb.and(conditions.stream()
                .map(c -> cb.equal(cb.function("jsonb_extract_path_text", String.class, root.get(c.attribute()),
                        cb.literal(c.key())), c.value()))
                .toArray(Predicate[]::new));
    }
}
