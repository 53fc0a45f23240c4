package dev.comptoir.catalog.web;

import dev.comptoir.catalog.CatalogLocale;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * {@code Content-Language} on an answer read in a negotiated language ({@link CatalogLocaleArguments}).
 * Not on a problem: its message is not in that language.
 */
@RestControllerAdvice
class ContentLanguage implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (!(body instanceof ProblemDetail) && request instanceof ServletServerHttpRequest servlet
                && servlet.getServletRequest().getAttribute(CatalogLocaleArguments.ATTRIBUTE) instanceof CatalogLocale l) {
            response.getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, l.locale());
        }
        return body;
    }
}
