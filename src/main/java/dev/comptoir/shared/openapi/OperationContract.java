package dev.comptoir.shared.openapi;

import dev.comptoir.shared.ratelimit.RateLimitProperties;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * What every operation's documentation derives from its handler: security (path, {@code @PreAuthorize},
 * {@link SignIn}), the headers it takes part in ({@link ApiHeaders}), rate-limit headers, and one
 * problem response per status it can answer, whose {@code error} is an enum of the codes that
 * operation can produce: the shared ones (bad query strings, tokens, permissions, rate limits, an
 * unavailable database) and its own ({@link ErrorCodes}). An enum rather than a list in prose so that
 * a generated client can switch on it and the system tests' validator refuses a code left out.
 */
@Component
class OperationContract implements OperationCustomizer {

    private static final String[] SIGNED_IN_PATHS = {"/api/admin/", "/api/users/"};

    private final List<PathPattern> rateLimited;

    OperationContract(RateLimitProperties rateLimits) {
        this.rateLimited = rateLimits.groups().values().stream()
                .flatMap(g -> g.paths().stream())
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        List<String> paths = paths(handler);
        Access access = access(handler, paths);
        Set<ApiHeader> headers = headers(handler);
        boolean limited = paths.stream().anyMatch(p -> rateLimited.stream()
                .anyMatch(pattern -> pattern.matches(PathContainer.parsePath(p))));
        Map<Integer, Set<String>> codes = codes(handler, operation, access, headers, limited);
        security(operation, access, secretKeyAllowed(handler, paths));
        requestHeaders(operation, headers);
        successHeaders(operation, headers, limited);
        problems(operation, codes, limited);
        return operation;
    }

    enum Access { PUBLIC, OPTIONAL, REQUIRED }

    private static Access access(HandlerMethod handler, List<String> paths) {
        SignIn signIn = find(handler, SignIn.class);
        if (signIn != null) {
            return signIn.optional() ? Access.OPTIONAL : Access.REQUIRED;
        }
        boolean signedInPath = paths.stream().anyMatch(p -> Arrays.stream(SIGNED_IN_PATHS).anyMatch(p::startsWith));
        return signedInPath || find(handler, PreAuthorize.class) != null ? Access.REQUIRED : Access.PUBLIC;
    }

    /** Staff routes ruled by permissions take a secret API key too; admin-role ones and customers' do not. */
    private static boolean secretKeyAllowed(HandlerMethod handler, List<String> paths) {
        PreAuthorize rule = find(handler, PreAuthorize.class);
        return rule != null && !rule.value().contains("hasRole") && paths.stream().allMatch(p -> p.startsWith("/api/admin/"));
    }

    private static void security(Operation operation, Access access, boolean secretKey) {
        SecurityRequirement bearer = new SecurityRequirement().addList(OpenApiConfig.BEARER);
        switch (access) {
            case REQUIRED -> operation.setSecurity(secretKey
                    ? List.of(bearer, new SecurityRequirement().addList(OpenApiConfig.API_KEY)) : List.of(bearer));
            // an empty requirement first: the operation also works without any token
            case OPTIONAL -> operation.setSecurity(List.of(new SecurityRequirement(), bearer));
            case PUBLIC -> operation.setSecurity(null);
        }
    }

    private static void requestHeaders(Operation operation, Set<ApiHeader> headers) {
        for (ApiHeader header : headers) {
            if (header == ApiHeader.LOCATION || header == ApiHeader.CSV) {
                continue;
            }
            String component = switch (header) {
                case SESSION_ID, SESSION_ID_SENT -> OpenApiConfig.SESSION_ID;
                case GUEST_TOKEN -> OpenApiConfig.GUEST_TOKEN;
                case IDEMPOTENCY_KEY -> OpenApiConfig.IDEMPOTENCY_KEY;
                case ETAG -> OpenApiConfig.IF_NONE_MATCH;
                case LOCATION, CSV -> throw new IllegalStateException("not a request header");
            };
            String name = OpenApiConfig.PARAMETER_NAMES.get(component);
            List<Parameter> parameters = new ArrayList<>(operation.getParameters() == null ? List.of()
                    : operation.getParameters());
            // a @RequestHeader the handler declares is replaced by the shared, described one
            parameters.removeIf(p -> "header".equals(p.getIn()) && name.equalsIgnoreCase(p.getName()));
            parameters.add(new Parameter().$ref("#/components/parameters/" + component));
            operation.setParameters(parameters);
        }
    }

    private static void successHeaders(Operation operation, Set<ApiHeader> headers, boolean limited) {
        if (operation.getResponses() == null) {
            return;
        }
        operation.getResponses().forEach((status, response) -> {
            if (!status.startsWith("2")) {
                return;
            }
            if (headers.contains(ApiHeader.SESSION_ID)) {
                header(response, "X-Session-Id", OpenApiConfig.SESSION_ID);
            }
            if (headers.contains(ApiHeader.IDEMPOTENCY_KEY)) {
                header(response, "Idempotent-Replayed", OpenApiConfig.IDEMPOTENT_REPLAYED);
            }
            if (headers.contains(ApiHeader.ETAG) && status.equals("200")) {
                header(response, "ETag", OpenApiConfig.ETAG);
                header(response, "Cache-Control", OpenApiConfig.CACHE_CONTROL);
            }
            if (headers.contains(ApiHeader.CSV) && status.equals("200") && response.getContent() != null) {
                response.getContent().addMediaType("text/csv", new MediaType().schema(new StringSchema()
                        .description("the same rows as CSV, with a header row (Accept: text/csv)")));
            }
            if (headers.contains(ApiHeader.LOCATION) && (status.equals("201") || status.equals("202"))) {
                header(response, "Location", OpenApiConfig.LOCATION);
            }
            if (limited) {
                rateLimitHeaders(response);
            }
        });
        if (headers.contains(ApiHeader.ETAG)) {
            ApiResponse notModified = new ApiResponse()
                    .description("Not Modified: the If-None-Match ETag is still current; no body");
            header(notModified, "ETag", OpenApiConfig.ETAG);
            operation.getResponses().addApiResponse("304", notModified);
        }
    }

    private static Map<Integer, Set<String>> codes(HandlerMethod handler, Operation operation, Access access,
            Set<ApiHeader> headers, boolean limited) {
        Map<Integer, Set<String>> codes = new TreeMap<>();
        // invalid_data too: a query value holding NUL is refused on every route, whatever its parameters
        add(codes, HttpStatus.BAD_REQUEST, "invalid_encoding", "invalid_url", "invalid_data");
        if (operation.getRequestBody() != null) {
            boolean json = operation.getRequestBody().getContent() != null
                    && operation.getRequestBody().getContent().containsKey("application/json");
            if (json) {
                add(codes, HttpStatus.BAD_REQUEST, "malformed_json", "missing_body");
            }
            add(codes, HttpStatus.CONTENT_TOO_LARGE, "payload_too_large");
            add(codes, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type");
        }
        switch (access) {
            case REQUIRED -> add(codes, HttpStatus.UNAUTHORIZED, "unauthorized", "invalid_token");
            // a token sent where none is needed is still checked
            case OPTIONAL, PUBLIC -> add(codes, HttpStatus.UNAUTHORIZED, "invalid_token");
        }
        // an X-API-Key is checked on every route (ADR 0013)
        add(codes, HttpStatus.UNAUTHORIZED, "invalid_api_key", "api_key_in_browser");
        if (find(handler, PreAuthorize.class) != null) {
            add(codes, HttpStatus.FORBIDDEN, "forbidden");
        }
        if (headers.contains(ApiHeader.IDEMPOTENCY_KEY)) {
            add(codes, HttpStatus.BAD_REQUEST, "invalid_idempotency_key");
            add(codes, HttpStatus.CONFLICT, "idempotency_request_in_progress");
            add(codes, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency_key_reused");
        }
        if (limited) {
            add(codes, HttpStatus.TOO_MANY_REQUESTS, "rate_limit_exceeded");
        }
        add(codes, HttpStatus.INTERNAL_SERVER_ERROR, "internal_error");
        add(codes, HttpStatus.SERVICE_UNAVAILABLE, "service_unavailable", "timeout");
        Stream.concat(all(handler.getBeanType()), all(handler.getMethod()))
                .forEach(e -> add(codes, e.status(), e.value()));
        return codes;
    }

    private static void problems(Operation operation, Map<Integer, Set<String>> codes, boolean limited) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        responses.entrySet().removeIf(e -> (e.getKey().startsWith("4") || e.getKey().startsWith("5"))
                && (e.getValue().getContent() == null || e.getValue().getContent().containsKey("*/*")
                        || e.getValue().getContent().containsKey("application/problem+json")));
        codes.forEach((status, errors) -> {
            if (responses.containsKey(Integer.toString(status))) {
                return; // documented by the operation itself, with its own body
            }
            // written out in full rather than allOf [Problem, {error enum}]: a strict validator closes each
            // branch of an allOf to the members the other declares
            Schema<?> schema = OpenApiConfig.problem(new StringSchema()._enum(List.copyOf(errors)));
            ApiResponse response = new ApiResponse()
                    .description(HttpStatus.valueOf(status).getReasonPhrase() + " — error: " + String.join(", ", errors))
                    .content(new Content().addMediaType("application/problem+json", new MediaType().schema(schema)));
            header(response, "X-Request-Id", OpenApiConfig.REQUEST_ID);
            if (status == 401) {
                header(response, "WWW-Authenticate", OpenApiConfig.WWW_AUTHENTICATE);
            }
            if (status == 429 || status == 503) {
                header(response, "Retry-After", OpenApiConfig.RETRY_AFTER);
            }
            if (limited) {
                rateLimitHeaders(response);
            }
            responses.addApiResponse(Integer.toString(status), response);
        });
        operation.setResponses(responses);
    }

    private static void rateLimitHeaders(ApiResponse response) {
        header(response, "RateLimit-Limit", OpenApiConfig.RATE_LIMIT_LIMIT);
        header(response, "RateLimit-Remaining", OpenApiConfig.RATE_LIMIT_REMAINING);
        header(response, "RateLimit-Reset", OpenApiConfig.RATE_LIMIT_RESET);
    }

    private static void header(ApiResponse response, String name, String component) {
        response.addHeaderObject(name, new Header().$ref("#/components/headers/" + component));
    }

    private static void add(Map<Integer, Set<String>> codes, HttpStatus status, String... errors) {
        codes.computeIfAbsent(status.value(), s -> new TreeSet<>()).addAll(List.of(errors));
    }

    private static Set<ApiHeader> headers(HandlerMethod handler) {
        Set<ApiHeader> headers = EnumSet.noneOf(ApiHeader.class);
        Stream.of(handler.getBeanType().getAnnotation(ApiHeaders.class), handler.getMethodAnnotation(ApiHeaders.class))
                .filter(a -> a != null)
                .forEach(a -> headers.addAll(List.of(a.value())));
        return headers;
    }

    private static Stream<ErrorCodes> all(java.lang.reflect.AnnotatedElement element) {
        return AnnotatedElementUtils.findMergedRepeatableAnnotations(element, ErrorCodes.class).stream();
    }

    private static <A extends java.lang.annotation.Annotation> A find(HandlerMethod handler, Class<A> type) {
        A onMethod = handler.getMethodAnnotation(type);
        return onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), type);
    }

    /** The handler's path templates: the controller's prefixes times the method's paths. */
    private static List<String> paths(HandlerMethod handler) {
        RequestMapping type = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequestMapping.class);
        RequestMapping method = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        List<String> prefixes = type == null || type.path().length == 0 ? List.of("") : List.of(type.path());
        List<String> suffixes = method == null || method.path().length == 0 ? List.of("") : List.of(method.path());
        List<String> paths = new ArrayList<>();
        prefixes.forEach(p -> suffixes.forEach(s -> paths.add(p + s)));
        return paths;
    }
}
