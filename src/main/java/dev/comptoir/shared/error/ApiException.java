package dev.comptoir.shared.error;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A failure that the client caused or can act on. Domain code throws a subclass with a stable
 * snake_case {@code code}; the problem handler turns it into an RFC 9457 response.
 */
public abstract class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Map<String, Object> details;

    protected ApiException(HttpStatus status, String code, String message, Map<String, Object> details) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = Problems.checkedDetails(details);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    /**
     * Extra members added to the problem body, e.g. {@code available} for insufficient stock; never a
     * standard member's name ({@link Problems#STANDARD_MEMBERS}).
     */
    public Map<String, Object> details() {
        return details;
    }
}
