package dev.comptoir.catalog.web;

import dev.comptoir.catalog.CatalogLocale;
import dev.comptoir.catalog.CatalogLocales;
import dev.comptoir.markets.Markets;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A handler parameter of type {@link CatalogLocale} is the read's negotiated language ({@code locale},
 * else {@code Accept-Language}, within the market's languages). The answer then varies with
 * {@code Accept-Language} and {@code X-Market}, and {@link ContentLanguage} names its language.
 */
@Configuration(proxyBeanMethods = false)
class CatalogLocaleArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    static final String ATTRIBUTE = CatalogLocales.ANSWERED;

    private final CatalogLocales locales;

    CatalogLocaleArguments(CatalogLocales locales) {
        this.locales = locales;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CatalogLocale.class;
    }

    @Override
    public CatalogLocale resolveArgument(MethodParameter parameter, ModelAndViewContainer mav,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        HttpServletResponse response = webRequest.getNativeResponse(HttpServletResponse.class);
        if (response != null) {
            // the language comes from the header, among the languages of the market the other header may name
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE + ", " + Markets.HEADER);
        }
        CatalogLocale locale = locales.negotiate(request);
        request.setAttribute(ATTRIBUTE, locale);
        return locale;
    }
}
