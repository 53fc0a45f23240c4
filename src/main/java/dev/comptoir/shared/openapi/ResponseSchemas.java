package dev.comptoir.shared.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Makes the schemas of answers say what a client can rely on: every property the server always
 * writes is {@code required} ({@link PresentProperties}) in the schemas answers use (a request's
 * {@code required} stays what its validation says), and a nullable reference to another schema
 * becomes {@code anyOf: [ref, null]} (swagger-core writes {@code type: null} beside the {@code $ref},
 * which would allow only null). A record member marked {@code @Nullable} may be null: its schema
 * says so ({@code type: [..., "null"]}), so that a generated client types it {@code T | null}.
 */
@Component
class ResponseSchemas implements OpenApiCustomizer {

    private final PresentProperties present = PresentProperties.scan("dev.comptoir");

    @Override
    public void customise(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Set<String> answered = reachable(openApi, schemas, op -> op.getResponses() == null ? List.of()
                : op.getResponses().values().stream().map(r -> r.getContent()).toList());
        // a schema requests use too keeps the required of its validation: a client may leave out the rest
        answered.removeAll(reachable(openApi, schemas, op -> op.getRequestBody() == null ? List.of()
                : java.util.Collections.singletonList(op.getRequestBody().getContent())));
        for (Map.Entry<String, Schema> entry : schemas.entrySet()) {
            Schema<?> schema = entry.getValue();
            // a record's always-written members; a generic page (PageResponseX) writes all of its own
            List<String> always = schema.getProperties() == null ? List.of()
                    : present.of(entry.getKey()).orElseGet(() -> List.copyOf(schema.getProperties().keySet()));
            if (answered.contains(entry.getKey()) && !always.isEmpty()) {
                Set<String> required = new LinkedHashSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
                required.addAll(always);
                schema.setRequired(List.copyOf(required));
            }
            if (schema.getProperties() != null) {
                List<String> nullable = present.nullable(entry.getKey(), schema.getProperties().keySet());
                schema.getProperties().replaceAll((name, property) ->
                        nullableReference(nullable.contains(name) ? orNull(property) : property));
            }
        }
    }

    /** The property, null allowed too (a reference becomes anyOf [ref, null] below). */
    private static Schema<?> orNull(Schema<?> property) {
        if (property.get$ref() != null) {
            property.addType("null");
            return property;
        }
        Set<String> types = new LinkedHashSet<>(property.getTypes() == null ? Set.of() : property.getTypes());
        if (types.isEmpty() && property.getType() != null) {
            types.add(property.getType());
        }
        types.add("null");
        property.setTypes(types);
        return property;
    }

    private static Schema nullableReference(Schema<?> property) {
        boolean nullable = property.getTypes() != null && property.getTypes().contains("null")
                || Boolean.TRUE.equals(property.getNullable());
        if (property.get$ref() == null || !nullable) {
            return property;
        }
        Schema<?> nullSchema = new Schema<>();
        nullSchema.addType("null");
        return new Schema<>().anyOf(List.of(new Schema<>().$ref(property.get$ref()), nullSchema))
                .description(property.getDescription());
    }

    /** The component names the given contents refer to, directly or through other components. */
    private static Set<String> reachable(OpenAPI openApi, Map<String, Schema> schemas,
            Function<Operation, List<Content>> contents) {
        // schemas still to walk: the contents' own, then every schema they lead to
        Deque<Schema<?>> pending = new ArrayDeque<>();
        openApi.getPaths().values().stream()
                .flatMap(path -> path.readOperations().stream())
                .flatMap(op -> contents.apply(op).stream())
                .filter(Objects::nonNull)
                .flatMap(content -> content.values().stream())
                .map(MediaType::getSchema)
                .filter(Objects::nonNull)
                .forEach(pending::add);
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            Schema<?> schema = pending.pop();
            if (schema.get$ref() != null) {
                String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
                if (seen.add(name) && schemas.containsKey(name)) {
                    pending.add(schemas.get(name));
                }
                continue;
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(pending::add);
            }
            if (schema.getItems() != null) {
                pending.add(schema.getItems());
            }
            if (schema.getAdditionalProperties() instanceof Schema<?> values) {
                pending.add(values);
            }
            for (List<Schema> group : new List[] {schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()}) {
                if (group != null) {
                    group.forEach(pending::add);
                }
            }
        }
        return seen;
    }
}
