package dev.comptoir.shared.error;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the RFC 9457 bodies that every error response uses: {@code error} + {@code message}. */
public final class Problems {

    public static final String REQUEST_ID = "requestId";

    /** The field message for text holding a NUL character, which PostgreSQL cannot store. */
    public static final String NUL_TEXT = "must not contain NUL characters";

    /**
     * Members every problem has: a detail of that name would give a body two meanings for one member
     * (a {@code status} 409 and a {@code status} "confirmed"). Other state gets its own name
     * ({@code orderStatus}, {@code paymentStatus}).
     */
    public static final Set<String> STANDARD_MEMBERS =
            Set.of("type", "title", "status", "detail", "instance", "error", "message", "errors", REQUEST_ID);

    private Problems() {}

    public static ProblemDetail of(HttpStatusCode status, String code, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known != null ? known.getReasonPhrase() : "Error");
        problem.setProperty("error", code);
        problem.setProperty("message", message);
        String requestId = MDC.get(REQUEST_ID);
        if (requestId != null) {
            problem.setProperty(REQUEST_ID, requestId);
        }
        return problem;
    }

    public static ProblemDetail of(ApiException e) {
        ProblemDetail problem = of(e.status(), e.code(), e.getMessage());
        e.details().forEach(problem::setProperty);
        return problem;
    }

    /**
     * Refuses details that would overwrite a standard member; {@code errors} is allowed, being the
     * documented list of field problems that validation-like refusals carry.
     */
    static Map<String, Object> checkedDetails(Map<String, Object> details) {
        if (details == null) {
            return Map.of();
        }
        for (String key : details.keySet()) {
            if (STANDARD_MEMBERS.contains(key) && !key.equals("errors")) {
                throw new IllegalArgumentException("A problem detail may not be named '" + key
                        + "', a standard problem member; name it after what it is (e.g. orderStatus)");
            }
        }
        return Map.copyOf(details);
    }

    public static ProblemDetail invalid(String message, List<FieldProblem> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid_data", message);
        problem.setProperty("errors", errors);
        return problem;
    }

    /** The code a bare status gets when nothing more specific is known. */
    public static String defaultCode(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 409 -> "conflict";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            case 422 -> "unprocessable";
            case 429 -> "rate_limit_exceeded";
            case 503 -> "service_unavailable";
            default -> status >= 500 ? "internal_error" : "bad_request";
        };
    }

    public record FieldProblem(String field, String message) {
        public static List<FieldProblem> single(String field, String message) {
            return List.of(new FieldProblem(field, message));
        }
    }

    public static Map<String, Object> details(String key, Object value) {
        return Map.of(key, value);
    }
}
