package dev.comptoir.returns;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.comptoir.shared.error.ConflictException;
import java.util.Locale;
import java.util.Map;

/** ADR 0012's return states: requested → approved | rejected, approved → received → refunded. */
enum ReturnStatus {
    REQUESTED, APPROVED, REJECTED, RECEIVED, REFUNDED;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ReturnStatus parse(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    boolean canMoveTo(ReturnStatus next) {
        return switch (this) {
            case REQUESTED -> next == APPROVED || next == REJECTED;
            case APPROVED -> next == RECEIVED;
            case RECEIVED -> next == REFUNDED;
            case REJECTED, REFUNDED -> false;
        };
    }

    /** Throws 409 invalid_transition unless this state may move to {@code next}. */
    void requireMoveTo(ReturnStatus next) {
        if (!canMoveTo(next)) {
            throw invalid(this, next);
        }
    }

    static ConflictException invalid(ReturnStatus from, ReturnStatus to) {
        return new ConflictException("invalid_transition",
                "A return cannot go from " + from.value() + " to " + to.value(),
                Map.of("from", from.value(), "to", to.value()));
    }
}
