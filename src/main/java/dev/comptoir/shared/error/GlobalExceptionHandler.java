package dev.comptoir.shared.error;

import dev.comptoir.shared.error.Problems.FieldProblem;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.stream.Collectors;
import org.postgresql.util.PSQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Turns every failure into an RFC 9457 problem with a stable {@code error} code. Nothing internal
 * (stack trace, SQL, class name) reaches the client; a 500 carries only the request id.
 */
@RestControllerAdvice
public class GlobalExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> api(ApiException e) {
        if (e instanceof TooManyRequestsException wait) {
            return ResponseEntity.status(e.status())
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(wait.retryAfterSeconds())).body(Problems.of(e));
        }
        return ResponseEntity.status(e.status()).body(Problems.of(e));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraint(ConstraintViolationException e) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(leaf(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return ResponseEntity.badRequest().body(Problems.invalid("Invalid request", errors));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException e) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken) {
            return status(HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication is required");
        }
        return status(HttpStatus.FORBIDDEN, "forbidden", "You do not have permission to do this");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException e) {
        PSQLException psql = e.getMostSpecificCause() instanceof PSQLException p ? p : null;
        // SQLSTATE class 22 (data exception: bad encoding, out of range) is bad input, not a conflict
        if (psql != null && psql.getSQLState() != null && psql.getSQLState().startsWith("22")) {
            log.info("Data exception from the database (SQLSTATE {})", psql.getSQLState());
            return status(HttpStatus.BAD_REQUEST, "invalid_data", "A value is not valid text or is out of range");
        }
        // the constraint's name only: the database's message quotes the row's values
        log.info("Integrity violation ({})", psql != null && psql.getServerErrorMessage() != null
                ? psql.getServerErrorMessage().getConstraint() : "unnamed");
        return status(HttpStatus.CONFLICT, "conflict", "The request conflicts with existing data");
    }

    /** The work ran past its time limit (ADR 0004) and was rolled back; a retry may succeed. */
    @ExceptionHandler({TransactionTimedOutException.class, QueryTimeoutException.class})
    ResponseEntity<Object> timedOut(Exception e) {
        log.warn("Request rolled back after its time limit ({})", e.getClass().getSimpleName());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "timeout",
                        "The request took too long and was rolled back; retry shortly"));
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, PessimisticLockingFailureException.class,
            CannotAcquireLockException.class})
    ResponseEntity<Object> concurrentUpdate(Exception e) {
        return status(HttpStatus.CONFLICT, "concurrent_update",
                "The resource was changed by another request; retry");
    }

    /** No database connection within the pool's timeout: the server is saturated, not broken. */
    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class})
    ResponseEntity<Object> busy(Exception e) {
        log.warn("No database connection: {}", org.springframework.core.NestedExceptionUtils.getMostSpecificCause(e).getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service_unavailable",
                        "The service is busy or its database is unreachable; retry shortly"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (org.springframework.core.NestedExceptionUtils.getMostSpecificCause(e) instanceof java.sql.SQLException sql) {
            // a database failure's messages may quote the statement and its values: class and state only
            log.error("Unexpected database failure: {} (SQLSTATE {})", e.getClass().getSimpleName(), sql.getSQLState());
        } else {
            log.error("Unexpected failure", e);
        }
        return status(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error",
                "An unexpected error occurred; quote the request id when reporting it");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), message(f)))
                .toList();
        List<FieldProblem> global = e.getBindingResult().getGlobalErrors().stream()
                .map(g -> new FieldProblem(g.getObjectName(), g.getDefaultMessage()))
                .toList();
        List<FieldProblem> all = new java.util.ArrayList<>(errors);
        all.addAll(global);
        return ResponseEntity.badRequest().body(Problems.invalid(summary(all), all));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> new FieldProblem(
                                // a @Valid object's field is named by itself, a plain parameter by its name
                                err instanceof FieldError f ? f.getField() : r.getMethodParameter().getParameterName(),
                                err.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(Problems.invalid(summary(errors), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // the Jackson error that knows the field, not its root cause (e.g. a DateTimeParseException)
        Throwable cause = e.getMostSpecificCause();
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof JacksonException) {
                cause = t;
                break;
            }
        }
        if (cause instanceof JacksonException jackson && !(cause instanceof StreamReadException)
                && !jackson.getPath().isEmpty()) {
            String path = jsonPath(jackson);
            String why = Problems.NUL_TEXT.equals(jackson.getOriginalMessage()) ? Problems.NUL_TEXT
                    : "has the wrong type or format";
            return ResponseEntity.badRequest().body(Problems.invalid("Invalid value for " + path + ": " + why,
                    FieldProblem.single(path, why)));
        }
        if (e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")) {
            return status(HttpStatus.BAD_REQUEST, "missing_body", "A JSON request body is required");
        }
        return status(HttpStatus.BAD_REQUEST, "malformed_json", "The request body is not valid JSON");
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        return ResponseEntity.badRequest().body(Problems.invalid("Missing parameter " + e.getParameterName(),
                FieldProblem.single(e.getParameterName(), "is required")));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        String type = e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName();
        return ResponseEntity.badRequest().body(Problems.invalid("Invalid parameter " + name,
                FieldProblem.single(name, "must be a valid " + type.toLowerCase())));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return status(HttpStatus.NOT_FOUND, "not_found",
                "No route for " + e.getHttpMethod() + " /" + e.getResourcePath());
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(headers)
                .body(Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed",
                        "Method " + e.getMethod() + " is not allowed here"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers)
                .body(Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                        "Content type " + e.getContentType() + " is not supported; send application/json"));
    }

    /** Every other Spring MVC exception keeps its status and gets the default code for it. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (e instanceof MissingRequestHeaderException m) {
            body = Problems.invalid("Missing header " + m.getHeaderName(),
                    FieldProblem.single(m.getHeaderName(), "is required"));
        } else if (!(body instanceof ProblemDetail p) || p.getProperties() == null
                || !p.getProperties().containsKey("error")) {
            String message = body instanceof ProblemDetail p2 && p2.getDetail() != null
                    ? p2.getDetail() : HttpStatus.valueOf(status.value()).getReasonPhrase();
            body = Problems.of(status, Problems.defaultCode(status.value()), message);
        }
        if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null
                && servlet.getResponse().isCommitted()) {
            return null;
        }
        return new ResponseEntity<>(body, headers, status);
    }

    private static ResponseEntity<Object> status(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).body(Problems.of(status, code, message));
    }

    private static String message(FieldError f) {
        return f.getDefaultMessage() == null ? "is invalid" : f.getDefaultMessage();
    }

    private static String summary(List<FieldProblem> errors) {
        return errors.isEmpty() ? "Invalid request"
                : "Invalid request: " + errors.stream().map(f -> f.field() + " " + f.message())
                        .collect(Collectors.joining("; "));
    }

    private static String jsonPath(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) path.append('.');
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String leaf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
