package dev.comptoir.shared.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

class ProblemsTests {

    @Test
    void aDetailNamedLikeAStandardMemberIsRefused() {
        for (String member : new String[] {"status", "title", "type", "detail", "instance", "error", "message"}) {
            assertThatThrownBy(() -> new ConflictException("x", "y", Map.of(member, "confirmed")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(member);
        }
    }

    @Test
    void otherStateIsNamedAfterWhatItIsAndTheStatusStaysTheHttpOne() {
        ProblemDetail problem = Problems.of(new ConflictException("order_not_payable", "no",
                Map.of("orderStatus", "confirmed", "paymentStatus", "paid")));
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getProperties()).containsEntry("orderStatus", "confirmed")
                .containsEntry("paymentStatus", "paid").containsEntry("error", "order_not_payable");
    }
}
