package dev.comptoir.shared.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.comptoir.shared.alerts.StaffAlert.Subject;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What a given-up event is about, from a domain event's ids or from an integration event's data. */
class AlertSubjectsTests {

    private final AlertSubjects subjects = new AlertSubjects(JsonMapper.builder().build());

    @Test
    void theMostSpecificIdOfADomainEventWins() {
        assertThat(subjects.of("{\"orderId\":\"o-1\",\"refundId\":\"r-1\"}")).isEqualTo(new Subject("refund", "r-1"));
        assertThat(subjects.of("{\"orderNumber\":\"CO-1\"}")).isNull();
    }

    @Test
    void anIntegrationEventIsAboutWhatItsDataNames() {
        String event = """
                {"id":"msg_1","type":"order.paid","timestamp":"2026-12-04T10:00:00Z",
                 "payload":"{\\"id\\":\\"msg_1\\",\\"type\\":\\"order.paid\\",\\"data\\":{\\"orderId\\":\\"o-2\\"}}"}""";
        assertThat(subjects.of(event)).isEqualTo(new Subject("order", "o-2"));
    }
}
