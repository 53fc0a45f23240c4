package dev.comptoir.markets;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives controllers of every module the request's market ({@link RequestMarket}) and documents the
 * inputs that choose it on operations marked {@link MarketParameters}.
 */
@Configuration(proxyBeanMethods = false)
class MarketWebConfig implements WebMvcConfigurer {

    static {
        // a Market parameter is resolved by us, not bound from query parameters by springdoc
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Market.class);
    }

    private final Markets markets;

    MarketWebConfig(Markets markets) {
        this.markets = markets;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.hasParameterAnnotation(RequestMarket.class)
                        && Market.class.equals(parameter.getParameterType());
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                    NativeWebRequest request, WebDataBinderFactory binders) {
                return markets.fromRequest(request.getNativeRequest(HttpServletRequest.class));
            }
        });
    }

    @Bean
    OperationCustomizer marketParameters() {
        return (Operation operation, HandlerMethod handler) -> {
            boolean marked = handler.hasMethodAnnotation(MarketParameters.class)
                    || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), MarketParameters.class);
            boolean resolved = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(p -> p.hasParameterAnnotation(RequestMarket.class));
            if (resolved && !marked) {
                throw new IllegalStateException(handler + " takes a @RequestMarket but is not marked @MarketParameters");
            }
            if (marked) {
                addParameters(operation);
            }
            return operation;
        };
    }

    private static void addParameters(Operation operation) {
        List<Parameter> parameters = new ArrayList<>(operation.getParameters() == null ? List.of()
                : operation.getParameters());
        parameters.removeIf(p -> "query".equals(p.getIn()) && Markets.PARAMETER.equals(p.getName())
                || "header".equals(p.getIn()) && Markets.HEADER.equalsIgnoreCase(p.getName()));
        parameters.add(new Parameter().in("query").name(Markets.PARAMETER).required(false)
                .description("The market's code (see GET /api/markets); wins over X-Market and country. "
                        + "Unknown: 400 unknown_market")
                .schema(new StringSchema().maxLength(40).example("fr")));
        parameters.add(new Parameter().in("header").name(Markets.HEADER).required(false)
                .description("The market's code, when the market query parameter is not given")
                .schema(new StringSchema().maxLength(40).example("fr")));
        boolean ownCountry = parameters.stream()
                .anyMatch(p -> "query".equals(p.getIn()) && Markets.COUNTRY_PARAMETER.equals(p.getName()));
        if (!ownCountry) {
            parameters.add(new Parameter().in("query").name(Markets.COUNTRY_PARAMETER).required(false)
                    .description("An ISO 3166-1 alpha-2 country: without a market code, the request is in the "
                            + "market listing it, else in the default market")
                    .schema(new StringSchema().example("FR")));
        }
        operation.setParameters(parameters);
    }
}
