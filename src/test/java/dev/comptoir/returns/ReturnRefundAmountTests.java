package dev.comptoir.returns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.comptoir.orders.ReturnableOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** ADR 0012's default refund: the returned units' share of what the order paid, without its shipping. */
class ReturnRefundAmountTests {

    private static final UUID ITEM = UUID.randomUUID();

    private static ReturnableOrder order(String currency, String unitPrice, int quantity, String subtotal,
            String shipping, String total) {
        return new ReturnableOrder(UUID.randomUUID(), "CO-1", null, "a@example.test", null, "delivered", "paid",
                currency, new BigDecimal(subtotal), new BigDecimal(shipping), new BigDecimal(total), Instant.now(),
                List.of(new ReturnableOrder.Item(ITEM, UUID.randomUUID(), null, "SKU", "Thing",
                        new BigDecimal(unitPrice), null, quantity, quantity, 0, null)));
    }

    private static ReturnRecord received(int quantity, String replacementUnitPrice) {
        return new ReturnRecord(UUID.randomUUID(), UUID.randomUUID(), "CO-1", ReturnStatus.RECEIVED, null, "guest",
                null, null, null, false, Instant.now(), null, null, null, List.of(new ReturnRecord.Line(
                        UUID.randomUUID(), ITEM, "SKU", "Thing", quantity, null, quantity, 0, null, null,
                        replacementUnitPrice == null ? null : new BigDecimal(replacementUnitPrice), null)));
    }

    @Test
    void aDiscountAndTaxesApplyToTheReturnedUnitsAsToTheOrder() {
        // 3 × 10.00, 10% off, 20% VAT on 27.00, 4.90 shipping: 37.30 paid, 32.40 for the goods
        ReturnableOrder order = order("EUR", "10.00", 3, "30.00", "4.90", "37.30");
        assertThat(ReturnRefunds.defaultAmount(order, received(1, null), false)).isEqualByComparingTo("10.80");
        assertThat(ReturnRefunds.defaultAmount(order, received(1, null), true)).isEqualByComparingTo("15.70");
        assertThat(ReturnRefunds.defaultAmount(order, received(3, null), true)).isEqualByComparingTo("37.30");
    }

    @Test
    void amountsAreRoundedHalfUpToTheCurrency() {
        // 3 × ¥1000 with 10% tax: 3300 paid; one unit is 1100; 1000 × 3301 / 3000 = 1100.33 → 1100
        assertThat(ReturnRefunds.defaultAmount(order("JPY", "1000", 3, "3000", "0", "3301"), received(1, null), false))
                .isEqualByComparingTo("1100");
        // 10.00 × 10.05 / 20.00 = 5.025 → 5.03
        assertThat(ReturnRefunds.defaultAmount(order("EUR", "10.00", 2, "20.00", "0", "10.05"), received(1, null),
                false)).isEqualByComparingTo("5.03");
    }

    @Test
    void anExchangedUnitGivesBackOnlyWhatItsReplacementCostsLess() {
        ReturnableOrder order = order("EUR", "10.00", 2, "20.00", "0", "24.00");
        assertThat(ReturnRefunds.defaultAmount(order, received(1, "8.00"), false)).isEqualByComparingTo("2.40");
        assertThat(ReturnRefunds.defaultAmount(order, received(2, "10.00"), false)).isEqualByComparingTo("0.00");
    }
}
