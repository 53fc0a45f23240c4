package dev.comptoir.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.authentication.PreemptiveOAuth2HeaderScheme;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks every request a test sends and every response it gets against the OpenAPI document the test
 * server publishes, so the document cannot drift from the behaviour. A request marked with
 * {@link Contract#invalidRequest()} skips only the request check (it breaks the contract on purpose);
 * its response is still checked, unless its path is no route of the document (then there is nothing
 * to check it against). The actuator's probes, the document itself and the test-only routes under
 * {@code /test/} are not part of the published API.
 */
final class OpenApiValidation {

    static final String SKIP_REQUEST = "contract.skip-request-validation";
    static final String DOCUMENT = "/api/docs/openapi.json";
    private static final Pattern METADATA_FILTER = Pattern.compile("^(metadata|privateMetadata)\\.(.+)$");
    private static final List<String> UNPUBLISHED = List.of("/actuator/", "/test/", "/api/docs", "/api/swagger-ui", "/swagger-ui");

    /** Marks one request as deliberately invalid. */
    static final OrderedFilter SKIP_REQUEST_VALIDATION = new OrderedFilter() {
        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext ctx) {
            ctx.setValue(SKIP_REQUEST, Boolean.TRUE);
            return ctx.next(request, response);
        }

        @Override
        public int getOrder() {
            return HIGHEST_PRECEDENCE;
        }
    };

    private OpenApiValidation() {}

    /**
     * The filter that checks each exchange against the document of the server it went to (an extra
     * instance started with other settings publishes its own), each document read once.
     */
    static OrderedFilter filter() {
        return new Validating(new ConcurrentHashMap<>());
    }

    private static OpenApiInteractionValidator validatorFor(int port) {
        return OpenApiInteractionValidator
                .createForSpecificationUrl("http://localhost:" + port + DOCUMENT)
                .withLevelResolver(LevelResolver.create()
                        // the document lists the codes of every problem; an undocumented one is an error
                        .withDefaultLevel(ValidationReport.Level.ERROR)
                        .build())
                .build();
    }

    private record Validating(Map<Integer, OpenApiInteractionValidator> validators) implements OrderedFilter {

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext ctx) {
            Response answer = ctx.next(request, response);
            String path = URI.create(request.getURI()).getRawPath();
            // a CORS preflight, or a request from an origin CORS refuses, is answered by the CORS layer, not
            // by an operation
            if (UNPUBLISHED.stream().anyMatch(path::startsWith) || request.getMethod().equals("OPTIONS")
                    || refusedOrigin(request, answer)) {
                return answer;
            }
            OpenApiInteractionValidator validator = validators.computeIfAbsent(
                    URI.create(request.getURI()).getPort(), OpenApiValidation::validatorFor);
            Request sent = withDeepObjectNames(withBearer(RestAssuredRequest.of(request), request));
            boolean invalidOnPurpose = Boolean.TRUE.equals(ctx.getValue(SKIP_REQUEST));
            ValidationReport report = invalidOnPurpose
                    ? validator.validateResponse(sent.getPath(), sent.getMethod(), RestAssuredResponse.of(answer))
                    : validator.validate(sent, RestAssuredResponse.of(answer));
            if (invalidOnPurpose) {
                report = withoutUnknownRoute(report);
            }
            report = withoutExpectedFaults(report, answer);
            if (report.hasErrors()) {
                throw new AssertionError("Not as the OpenAPI document says: " + request.getMethod() + " " + path
                        + " → " + answer.statusCode() + "\n" + format(report) + "\nResponse body: "
                        + abbreviate(answer.asString()));
            }
            return answer;
        }

        @Override
        public int getOrder() {
            // after the request is complete (auth, body), before REST Assured's own logging
            return LOWEST_PRECEDENCE - 1;
        }

        /** REST Assured adds {@code auth().oauth2(token)} after the filters: the validator is told of it. */
        private static Request withBearer(Request sent, FilterableRequestSpecification request) {
            if (!(request.getAuthenticationScheme() instanceof PreemptiveOAuth2HeaderScheme oauth)
                    || oauth.getAccessToken() == null || !sent.getHeaderValues("Authorization").isEmpty()) {
                return sent;
            }
            SimpleRequest.Builder copy = new SimpleRequest.Builder(sent.getMethod(), sent.getPath());
            sent.getHeaders().forEach((name, values) -> copy.withHeader(name, List.copyOf(values)));
            copy.withHeader("Authorization", "Bearer " + oauth.getAccessToken());
            sent.getQueryParameters().forEach(q -> copy.withQueryParam(q, List.copyOf(sent.getQueryParameterValues(q))));
            sent.getRequestBody().ifPresent(copy::withBody);
            return copy.build();
        }

        /**
         * The admin lists' metadata filters are documented as deepObject parameters ({@code metadata[key]}),
         * and also accepted as {@code metadata.key} (ADR 0013): the validator is shown the documented form.
         */
        private static Request withDeepObjectNames(Request sent) {
            if (sent.getQueryParameters().stream().noneMatch(q -> METADATA_FILTER.matcher(q).matches())) {
                return sent;
            }
            SimpleRequest.Builder copy = new SimpleRequest.Builder(sent.getMethod(), sent.getPath());
            sent.getHeaders().forEach((name, values) -> copy.withHeader(name, List.copyOf(values)));
            sent.getQueryParameters().forEach(q -> copy.withQueryParam(METADATA_FILTER.matcher(q).replaceFirst("$1[$2]"),
                    List.copyOf(sent.getQueryParameterValues(q))));
            sent.getRequestBody().ifPresent(copy::withBody);
            return copy.build();
        }

        private static boolean refusedOrigin(FilterableRequestSpecification request, Response answer) {
            return request.getHeaders().hasHeaderWithName("Origin") && answer.statusCode() == 403
                    && answer.header("Access-Control-Allow-Origin") == null
                    && !String.valueOf(answer.contentType()).startsWith("application/problem+json");
        }

        /**
         * A request without the token its operation requires is what the documented 401 answers (the
         * answer is still checked); a body the test asked to keep compressed cannot be read as JSON.
         */
        private static ValidationReport withoutExpectedFaults(ValidationReport report, Response answer) {
            boolean compressed = answer.header("Content-Encoding") != null;
            return ValidationReport.from(report.getMessages().stream()
                    .filter(m -> !(m.getKey().equals("validation.request.security.missing") && answer.statusCode() == 401))
                    .filter(m -> !(compressed && m.getKey().startsWith("validation.response.body")))
                    .toList());
        }

        private static ValidationReport withoutUnknownRoute(ValidationReport report) {
            return ValidationReport.from(report.getMessages().stream()
                    .filter(m -> !m.getKey().equals("validation.response.path.missing")
                            && !m.getKey().equals("validation.request.path.missing")
                            && !m.getKey().equals("validation.response.operation.notAllowed")
                            && !m.getKey().equals("validation.request.operation.notAllowed"))
                    .toList());
        }

        private static String format(ValidationReport report) {
            StringBuilder out = new StringBuilder();
            report.getMessages().forEach(m -> out.append("  [").append(m.getKey()).append("] ")
                    .append(m.getMessage().replace('\n', ' ')).append('\n'));
            return out.toString();
        }

        private static String abbreviate(String body) {
            return body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
        }
    }
}
