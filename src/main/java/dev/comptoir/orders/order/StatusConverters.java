package dev.comptoir.orders.order;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the statuses as their lower-case names, the same words the API uses. */
final class StatusConverters {

    private StatusConverters() {}

    @Converter(autoApply = true)
    static class OrderStatusConverter implements AttributeConverter<OrderStatus, String> {
        @Override
        public String convertToDatabaseColumn(OrderStatus status) {
            return status == null ? null : status.value();
        }

        @Override
        public OrderStatus convertToEntityAttribute(String value) {
            return value == null ? null : OrderStatus.parse(value);
        }
    }

    @Converter(autoApply = true)
    static class PaymentStatusConverter implements AttributeConverter<PaymentStatus, String> {
        @Override
        public String convertToDatabaseColumn(PaymentStatus status) {
            return status == null ? null : status.value();
        }

        @Override
        public PaymentStatus convertToEntityAttribute(String value) {
            return value == null ? null : PaymentStatus.parse(value);
        }
    }

    @Converter(autoApply = true)
    static class FulfilmentStatusConverter implements AttributeConverter<FulfilmentStatus, String> {
        @Override
        public String convertToDatabaseColumn(FulfilmentStatus status) {
            return status == null ? null : status.value();
        }

        @Override
        public FulfilmentStatus convertToEntityAttribute(String value) {
            return value == null ? null : FulfilmentStatus.parse(value);
        }
    }
}
