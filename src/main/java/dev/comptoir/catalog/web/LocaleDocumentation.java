package dev.comptoir.catalog.web;

import dev.comptoir.catalog.CatalogLocale;
import dev.comptoir.catalog.CatalogLocales;
import dev.comptoir.catalog.LocaleParameters;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI side of {@link LocaleParameters}: the inputs that choose the language of a read and the
 * {@code Content-Language} of its answer. A handler taking a {@link CatalogLocale} must be marked.
 */
@Component
class LocaleDocumentation implements OperationCustomizer {

    static {
        // resolved by CatalogLocaleArguments, not bound from query parameters
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CatalogLocale.class);
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        boolean marked = handler.hasMethodAnnotation(LocaleParameters.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), LocaleParameters.class);
        boolean takesLocale = Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> p.getParameterType() == CatalogLocale.class);
        if (takesLocale != marked) {
            throw new IllegalStateException(handler + (marked ? " is marked @LocaleParameters but takes no CatalogLocale"
                    : " takes a CatalogLocale but is not marked @LocaleParameters"));
        }
        if (!marked) {
            return operation;
        }
        List<Parameter> parameters = new ArrayList<>(operation.getParameters() == null ? List.of()
                : operation.getParameters());
        parameters.add(new Parameter().in("query").name(CatalogLocales.PARAMETER).required(false)
                .description("The language to answer in (a language tag); wins over Accept-Language. Only the "
                        + "market's languages are answered: another one is treated as not asked for")
                .schema(new StringSchema().pattern(CatalogLocales.TAG).example("fr")));
        parameters.add(new Parameter().in("header").name(HttpHeaders.ACCEPT_LANGUAGE).required(false)
                .description("The reader's languages, when the locale query parameter is not given; else the "
                        + "market's default language")
                .schema(new StringSchema().example("fr-FR,fr;q=0.9,en;q=0.8")));
        operation.setParameters(parameters);
        if (operation.getResponses() != null && operation.getResponses().get("200") != null) {
            operation.getResponses().get("200").addHeaderObject(HttpHeaders.CONTENT_LANGUAGE, new Header()
                    .description("The language the texts are in (a missing translation falls back to the "
                            + "market's default language, then to the base text)")
                    .schema(new StringSchema().example("fr")));
        }
        return operation;
    }
}
