package dev.comptoir.shared.error;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** 422 — well-formed input that a business rule refuses. */
public class BusinessRuleException extends ApiException {

    public BusinessRuleException(String code, String message) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, code, message, Map.of());
    }

    public BusinessRuleException(String code, String message, Map<String, Object> details) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, code, message, details);
    }
}
