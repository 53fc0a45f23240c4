package dev.comptoir.integrations.webhooks;

import dev.comptoir.integrations.events.EventExamples;
import dev.comptoir.integrations.events.IntegrationEventTypes;
import dev.comptoir.shared.openapi.NullableMembers;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI 3.1 document's {@code webhooks}: one entry per event type, the body a receiver gets
 * (its {@code data} schema resolved from the record it is written from, nested records inlined so
 * that two records' {@code Line}s never collide), an example, and the Standard Webhooks headers.
 */
@Component
class WebhooksDocument implements OpenApiCustomizer {

    private static final String TAG = "Webhooks";

    private final JsonMapper json;

    WebhooksDocument(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void customise(OpenAPI openApi) {
        for (IntegrationEventTypes.Type type : IntegrationEventTypes.ALL) {
            openApi.addWebhooks(type.name(), new PathItem().post(operation(type)));
        }
    }

    private Operation operation(IntegrationEventTypes.Type type) {
        return new Operation()
                .operationId("on" + camel(type.name()))
                .tags(List.of(TAG))
                .summary(type.summary())
                .description("Sent, signed per Standard Webhooks, to the endpoints subscribed to `" + type.name()
                        + "` or `*`, at least once: deduplicate on `webhook-id`.")
                .parameters(List.of(
                        header("webhook-id", "The message id (`msg_...`), the same on every retry and replay"),
                        header("webhook-timestamp", "Seconds since the epoch when this attempt was signed"),
                        header("webhook-signature", "`v1,<base64 HMAC-SHA256>`, space-separated when the secret is "
                                + "being rotated: verify with a Standard Webhooks library and the endpoint's secret")))
                .requestBody(new RequestBody().required(true).content(new Content().addMediaType("application/json",
                        new MediaType().schema(body(type)).example(example(type)))))
                .responses(new ApiResponses().addApiResponse("2XX", new ApiResponse().description(
                        "Acknowledged. Any other status, a timeout or a network error is retried (WEBHOOKS_RETRY_SCHEDULE)")));
    }

    private static Parameter header(String name, String description) {
        return new Parameter().in("header").name(name).required(true).description(description)
                .schema(new Schema<>().types(Set.of("string")));
    }

    private static Schema<?> body(IntegrationEventTypes.Type type) {
        return new Schema<>().types(Set.of("object"))
                .addProperty("id", new Schema<>().types(Set.of("string")).pattern("^msg_[0-9a-f]{32}$"))
                .addProperty("type", new Schema<>().types(Set.of("string"))._const(type.name()))
                .addProperty("timestamp", new Schema<>().types(Set.of("string")).format("date-time"))
                .addProperty("data", data(type))
                .required(List.of("id", "type", "timestamp", "data"));
    }

    private static Schema<?> data(IntegrationEventTypes.Type type) {
        ResolvedSchema resolved = ModelConverters.getInstance(true)
                .resolveAsResolvedSchema(new AnnotatedType(type.data()).resolveAsRef(false));
        Schema<?> data = inline(resolved.schema, resolved.referencedSchemas, type.data());
        if (type.withMetadata()) {
            data.addProperty("metadata", new Schema<>().types(Set.of("object"))
                    .description("The entity's public metadata"));
            data.addProperty("privateMetadata", new Schema<>().types(Set.of("object"))
                    .description("The entity's private metadata (staff and secret keys only)"));
        }
        return data;
    }

    /**
     * Replaces each reference to a resolved schema by that schema, down the properties and items, and
     * lets a member of {@code record} marked {@code @Nullable} be null (swagger-core reads no JSpecify).
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> inline(Schema<?> schema, Map<String, Schema> named, @Nullable Class<?> record) {
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            Schema<?> target = named.get(name);
            return target == null ? schema : inline(target, named, record);
        }
        if (schema.getItems() != null) {
            schema.setItems(inline(schema.getItems(), named, record));
        }
        if (schema.getProperties() != null) {
            Map<String, Schema> properties = new LinkedHashMap<>();
            schema.getProperties().forEach((key, value) -> {
                RecordComponent member = member(record, key);
                Schema<?> inlined = inline(value, named, member == null ? null : recordOf(member));
                if (member != null && NullableMembers.isNullable(member) && inlined.getTypes() != null) {
                    Set<String> types = new LinkedHashSet<>(inlined.getTypes());
                    types.add("null");
                    inlined.setTypes(types);
                }
                properties.put(key, inlined);
            });
            schema.setProperties(properties);
        }
        return schema;
    }

    @Nullable
    private static RecordComponent member(@Nullable Class<?> record, String name) {
        if (record == null || !record.isRecord()) {
            return null;
        }
        return Arrays.stream(record.getRecordComponents()).filter(c -> c.getName().equals(name)).findFirst()
                .orElse(null);
    }

    /** The record a member holds, itself or in a list. */
    @Nullable
    private static Class<?> recordOf(RecordComponent member) {
        if (member.getType().isRecord()) {
            return member.getType();
        }
        if (member.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> item && item.isRecord()) {
            return item;
        }
        return null;
    }

    private Object example(IntegrationEventTypes.Type type) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", "msg_2b3c4d5e6f708192a3b4c5d6e7f80912");
        body.put("type", type.name());
        body.put("timestamp", Instant.parse("2026-12-04T10:15:31Z"));
        Map<String, Object> data = new LinkedHashMap<>(json.convertValue(EventExamples.of(type.name()), Map.class));
        if (type.withMetadata()) {
            data.put("metadata", Map.of("erpId", "A-1042"));
            data.put("privateMetadata", Map.of("margin", 0.42));
        }
        body.put("data", data);
        return json.convertValue(body, Map.class);
    }

    private static String camel(String type) {
        StringBuilder out = new StringBuilder();
        for (String part : type.split("[._]")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }
}
