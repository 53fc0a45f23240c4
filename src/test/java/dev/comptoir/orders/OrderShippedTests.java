package dev.comptoir.orders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The outbox keeps events as JSON: a shipped event stored before parcels must still read. */
class OrderShippedTests {

    @Test
    void anEventStoredBeforeParcelsReadsWithNoParcel() {
        String stored = """
                {"orderId":"7f1e2a6c-3a9b-4c1e-9d2f-0a1b2c3d4e5f","orderNumber":"CMP-1001","email":"a@example.test",
                 "trackingNumber":"1Z999","at":"2026-11-30T10:00:00Z","locale":"fr"}""";

        OrderShipped event = JsonMapper.builder().build().readValue(stored, OrderShipped.class);

        assertThat(event.trackingNumber()).isEqualTo("1Z999");
        assertThat(event.fulfilmentId()).isNull();
        assertThat(event.items()).isNull();
        assertThat(event.fullyShipped()).isNull();
    }
}
