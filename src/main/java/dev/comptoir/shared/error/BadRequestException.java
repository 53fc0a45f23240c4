package dev.comptoir.shared.error;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** 400 — invalid input that validation annotations cannot express. */
public class BadRequestException extends ApiException {

    public BadRequestException(String code, String message) {
        super(HttpStatus.BAD_REQUEST, code, message, Map.of());
    }

    public BadRequestException(String code, String message, Map<String, Object> details) {
        super(HttpStatus.BAD_REQUEST, code, message, details);
    }
}
