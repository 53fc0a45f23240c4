package dev.comptoir.shared.error;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** 401 — missing, invalid or expired credentials. */
public class UnauthorizedException extends ApiException {

    public UnauthorizedException(String code, String message) {
        super(HttpStatus.UNAUTHORIZED, code, message, Map.of());
    }

    public UnauthorizedException(String code, String message, Map<String, Object> details) {
        super(HttpStatus.UNAUTHORIZED, code, message, details);
    }
}
