package dev.comptoir.shared.error;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** 404 — the resource does not exist or is not visible to the caller. */
public class NotFoundException extends ApiException {

    public NotFoundException(String code, String message) {
        super(HttpStatus.NOT_FOUND, code, message, Map.of());
    }

    public NotFoundException(String code, String message, Map<String, Object> details) {
        super(HttpStatus.NOT_FOUND, code, message, details);
    }
}
