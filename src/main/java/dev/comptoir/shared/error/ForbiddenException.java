package dev.comptoir.shared.error;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** 403 — authenticated but not allowed. */
public class ForbiddenException extends ApiException {

    public ForbiddenException(String code, String message) {
        super(HttpStatus.FORBIDDEN, code, message, Map.of());
    }

    public ForbiddenException(String code, String message, Map<String, Object> details) {
        super(HttpStatus.FORBIDDEN, code, message, details);
    }
}
