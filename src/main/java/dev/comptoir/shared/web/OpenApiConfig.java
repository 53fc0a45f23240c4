package dev.comptoir.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document: bearer scheme, and the problem responses every operation can give. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    private static final String PROBLEM = "Problem";

    @Bean
    OpenAPI comptoirOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Comptoir API").version("0.1.0")
                        .description("Headless e-commerce REST API. Errors are application/problem+json.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** Adds 400/401/403/404/429/500 problem responses to each operation that does not document them. */
    @Bean
    OpenApiCustomizer problemResponses() {
        Map<String, String> common = Map.of(
                "400", "Invalid input (error: invalid_data, malformed_json, ...)",
                "401", "Missing or invalid access token",
                "403", "Missing permission",
                "404", "Not found",
                "429", "Rate limit exceeded",
                "500", "Unexpected failure (only a request id is given)");
        return openApi -> {
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(op ->
                common.forEach((status, description) -> {
                    if (op.getResponses() != null && !op.getResponses().containsKey(status)) {
                        op.getResponses().addApiResponse(status, new ApiResponse().description(description)
                                .content(new Content().addMediaType("application/problem+json",
                                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
                    }
                })));
        };
    }

    private static Schema<?> problemSchema() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema())
                .addProperty("message", new StringSchema());
        return new ObjectSchema()
                .description("RFC 9457 problem with a stable error code")
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("error", new StringSchema().example("invalid_data"))
                .addProperty("message", new StringSchema())
                .addProperty("requestId", new StringSchema())
                .addProperty("errors", new ArraySchema().items(fieldError));
    }
}
