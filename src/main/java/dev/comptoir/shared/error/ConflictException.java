package dev.comptoir.shared.error;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** 409 — the request clashes with the current state (duplicate, illegal transition, stock). */
public class ConflictException extends ApiException {

    public ConflictException(String code, String message) {
        super(HttpStatus.CONFLICT, code, message, Map.of());
    }

    public ConflictException(String code, String message, Map<String, Object> details) {
        super(HttpStatus.CONFLICT, code, message, details);
    }
}
