package dev.comptoir.reviews;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.Problems.FieldProblem;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;
import java.util.Map;

/** Moderation: pending → approved | rejected; an admin may change their mind either way. */
enum ReviewStatus {
    PENDING, APPROVED, REJECTED;

    @JsonValue
    String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A query parameter's value; anything else is a 400 naming {@code field}. */
    static ReviewStatus parse(String value, String field) {
        for (ReviewStatus status : values()) {
            if (status.value().equals(value)) {
                return status;
            }
        }
        throw new BadRequestException("invalid_data", "Invalid request: " + field + " must be pending, approved or rejected",
                Map.of("errors", FieldProblem.single(field, "must be pending, approved or rejected")));
    }

    @Converter
    static class DatabaseConverter implements AttributeConverter<ReviewStatus, String> {

        @Override
        public String convertToDatabaseColumn(ReviewStatus status) {
            return status == null ? null : status.value();
        }

        @Override
        public ReviewStatus convertToEntityAttribute(String value) {
            return value == null ? null : valueOf(value.toUpperCase(Locale.ROOT));
        }
    }
}
