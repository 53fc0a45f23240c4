package dev.comptoir.shared.metadata;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Gives admin lists their {@link MetadataFilter} and documents it on operations marked {@link MetadataFilters}. */
@Configuration(proxyBeanMethods = false)
class MetadataWebConfig implements WebMvcConfigurer {

    static {
        // read from the request's parameters by us, not bound by springdoc
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(MetadataFilter.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return MetadataFilter.class.equals(parameter.getParameterType());
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                    NativeWebRequest request, WebDataBinderFactory binders) {
                return MetadataFilter.of(request.getNativeRequest(HttpServletRequest.class).getParameterMap());
            }
        });
    }

    @Bean
    OperationCustomizer metadataFilterParameters() {
        return (Operation operation, HandlerMethod handler) -> {
            boolean marked = handler.hasMethodAnnotation(MetadataFilters.class);
            boolean takesFilter = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(p -> p.getParameterType() == MetadataFilter.class);
            if (marked != takesFilter) {
                throw new IllegalStateException(handler + (marked ? " is marked @MetadataFilters but takes no "
                        + "MetadataFilter" : " takes a MetadataFilter but is not marked @MetadataFilters"));
            }
            if (!marked) {
                return operation;
            }
            List<Parameter> parameters = new ArrayList<>(operation.getParameters() == null ? List.of()
                    : operation.getParameters());
            parameters.add(filter("metadata", "metadata"));
            parameters.add(filter("privateMetadata", "private metadata"));
            operation.setParameters(parameters);
            return operation;
        };
    }

    private static Parameter filter(String name, String what) {
        return new Parameter().in("query").name(name).required(false)
                .style(Parameter.StyleEnum.DEEPOBJECT).explode(true)
                .description("Keeps those whose " + what + " holds these values: `" + name + ".<key>=<value>` (or `"
                        + name + "[<key>]=<value>`), the stored value compared as text (a string without its "
                        + "quotes, a number or boolean as written); several must all match")
                .schema(new ObjectSchema().additionalProperties(new StringSchema()).example(Map.of("erpId", "A-17")));
    }
}
