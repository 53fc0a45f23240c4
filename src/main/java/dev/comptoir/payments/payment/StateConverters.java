package dev.comptoir.payments.payment;

import dev.comptoir.payments.PaymentState;
import dev.comptoir.payments.RefundState;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the states as their lower-case names, the words the API uses. */
final class StateConverters {

    private StateConverters() {}

    @Converter(autoApply = true)
    static class PaymentStateConverter implements AttributeConverter<PaymentState, String> {
        @Override
        public String convertToDatabaseColumn(PaymentState state) {
            return state == null ? null : state.value();
        }

        @Override
        public PaymentState convertToEntityAttribute(String value) {
            return value == null ? null : PaymentState.parse(value);
        }
    }

    @Converter(autoApply = true)
    static class RefundStateConverter implements AttributeConverter<RefundState, String> {
        @Override
        public String convertToDatabaseColumn(RefundState state) {
            return state == null ? null : state.value();
        }

        @Override
        public RefundState convertToEntityAttribute(String value) {
            return value == null ? null : RefundState.parse(value);
        }
    }
}
