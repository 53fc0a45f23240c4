package dev.comptoir.shared.error;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** 413 — the request body is over the configured limit. */
public class PayloadTooLargeException extends ApiException {

    public PayloadTooLargeException(long limitBytes) {
        super(HttpStatus.CONTENT_TOO_LARGE, "payload_too_large",
                "Request body exceeds the limit of " + limitBytes + " bytes", Map.of("limit", limitBytes));
    }
}
