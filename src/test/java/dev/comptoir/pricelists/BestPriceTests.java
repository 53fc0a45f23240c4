package dev.comptoir.pricelists;

import static org.assertj.core.api.Assertions.assertThat;

import dev.comptoir.pricelists.BestPrice.Offer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The choice among the offers of applicable lists (which lists apply is tested in PriceListsApplyTests). */
class BestPriceTests {

    private static final BigDecimal REGULAR = new BigDecimal("100.00");
    private static final Instant MONDAY = Instant.parse("2026-06-01T00:00:00Z");

    @Test
    void withoutOffersTheRegularPriceIsPaid() {
        assertThat(BestPrice.choose(REGULAR, List.of())).isEqualTo(AppliedPrice.regular(REGULAR));
    }

    @Test
    void anOverrideReplacesTheRegularPriceWithoutACompareAtPrice() {
        Offer vip = override("85.00");

        assertThat(BestPrice.choose(REGULAR, List.of(vip)))
                .isEqualTo(new AppliedPrice(new BigDecimal("85.00"), null, vip.priceListId(), "override"));
    }

    @Test
    void anOverrideAboveTheRegularPriceStillReplacesIt() {
        Offer b2b = override("120.00");

        assertThat(BestPrice.choose(REGULAR, List.of(b2b)).amount()).isEqualByComparingTo("120.00");
    }

    @Test
    void theLowestOverrideIsTheBase() {
        Offer high = override("90.00");
        Offer low = override("70.00");

        assertThat(BestPrice.choose(REGULAR, List.of(high, low)).priceListId()).isEqualTo(low.priceListId());
    }

    @Test
    void aSaleBelowTheRegularPriceWinsAndShowsItAsCompareAtPrice() {
        Offer summer = sale("80.00");

        assertThat(BestPrice.choose(REGULAR, List.of(summer)))
                .isEqualTo(new AppliedPrice(new BigDecimal("80.00"), REGULAR, summer.priceListId(), "sale"));
    }

    @Test
    void aSaleNotBelowTheBaseIsIgnored() {
        assertThat(BestPrice.choose(REGULAR, List.of(sale("100.00")))).isEqualTo(AppliedPrice.regular(REGULAR));
        assertThat(BestPrice.choose(REGULAR, List.of(sale("110.00")))).isEqualTo(AppliedPrice.regular(REGULAR));
    }

    @Test
    void aSaleBelowTheOverrideWinsAgainstTheOverride() {
        Offer vip = override("85.00");
        Offer summer = sale("80.00");

        assertThat(BestPrice.choose(REGULAR, List.of(vip, summer)))
                .isEqualTo(new AppliedPrice(new BigDecimal("80.00"), new BigDecimal("85.00"), summer.priceListId(),
                        "sale"));
    }

    @Test
    void anOverrideBelowTheSaleLeavesTheSaleOut() {
        Offer vip = override("75.00");
        Offer summer = sale("80.00");

        assertThat(BestPrice.choose(REGULAR, List.of(summer, vip)))
                .isEqualTo(new AppliedPrice(new BigDecimal("75.00"), null, vip.priceListId(), "override"));
    }

    @Test
    void theLowestOfSeveralSalesWins() {
        Offer small = sale("90.00");
        Offer big = sale("60.00");

        assertThat(BestPrice.choose(REGULAR, List.of(small, big)).priceListId()).isEqualTo(big.priceListId());
    }

    @Test
    void onEqualAmountsTheListCreatedFirstWins() {
        Offer later = new Offer(UUID.randomUUID(), "sale", new BigDecimal("80.00"), MONDAY.plusSeconds(60));
        Offer earlier = new Offer(UUID.randomUUID(), "sale", new BigDecimal("80.0"), MONDAY);

        assertThat(BestPrice.choose(REGULAR, List.of(later, earlier)).priceListId()).isEqualTo(earlier.priceListId());
        assertThat(BestPrice.choose(REGULAR, List.of(earlier, later)).priceListId()).isEqualTo(earlier.priceListId());
    }

    @Test
    void onEqualAmountsAndCreationTheSmallerIdWins() {
        Offer a = new Offer(UUID.fromString("00000000-0000-0000-0000-00000000000a"), "override",
                new BigDecimal("80.00"), MONDAY);
        Offer b = new Offer(UUID.fromString("00000000-0000-0000-0000-00000000000b"), "override",
                new BigDecimal("80.00"), MONDAY);

        assertThat(BestPrice.choose(REGULAR, List.of(b, a)).priceListId()).isEqualTo(a.priceListId());
    }

    @Test
    void zeroDecimalAmountsStayWhole() {
        AppliedPrice yen = BestPrice.choose(new BigDecimal("1500"), List.of(sale("1200")));

        assertThat(yen.amount()).isEqualTo(new BigDecimal("1200"));
        assertThat(yen.compareAtPrice()).isEqualTo(new BigDecimal("1500"));
    }

    private static Offer sale(String amount) {
        return new Offer(UUID.randomUUID(), "sale", new BigDecimal(amount), MONDAY);
    }

    private static Offer override(String amount) {
        return new Offer(UUID.randomUUID(), "override", new BigDecimal(amount), MONDAY);
    }
}
