package dev.comptoir.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.comptoir.shared.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rounding rule of ADR 0009 holds for every basket, not just the worked examples: thousands of
 * random baskets (quantities, net prices, VAT rates of eight countries, percentage / fixed /
 * free-shipping coupons, taxable or untaxed shipping, tax-inclusive and exclusive markets, EUR, CHF
 * and JPY) priced by the real calculator on the shipped rules.
 *
 * <p>A seeded generator rather than jqwik: jqwik 1.10.1 is built on JUnit Platform 1.14 while this
 * build runs JUnit Platform 6, and its author asks that AI coding agents not use it. Each seed is
 * fixed, so a failure names the seed and the basket and replays exactly; add seeds to explore more.
 */
class TotalsPropertyTests {

    static final int BASKETS_PER_SEED = 2_500;
    static final LocalDate DATE = LocalDate.of(2026, 11, 27);
    static final List<String> CURRENCIES = List.of("EUR", "CHF", "JPY");
    /** Countries with their configured VAT rate (CH and JP added to the shipped EU rates). */
    static final Map<String, BigDecimal> RATES = Map.of("FR", new BigDecimal("0.20"), "DE", new BigDecimal("0.19"),
            "LU", new BigDecimal("0.17"), "HU", new BigDecimal("0.27"), "FI", new BigDecimal("0.255"),
            "CH", new BigDecimal("0.081"), "JP", new BigDecimal("0.10"), "US", BigDecimal.ZERO);
    static final List<String> COUNTRIES = List.of("FR", "DE", "LU", "HU", "FI", "CH", "JP", "US");

    enum Coupon { NONE, PERCENTAGE, FIXED, FREE_SHIPPING }

    static final AtomicInteger RUN = new AtomicInteger();

    final TotalsCalculator untaxedShipping = calculator(false);
    final TotalsCalculator taxedShipping = calculator(true);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20260527L, 14L, 9_009L, 0xC0FFEEL})
    void everyRandomBasketAddsUpToTheCentInItsCurrency(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<Coupon, Integer> coupons = new EnumMap<>(Coupon.class);
        Map<String, Integer> currencies = new java.util.HashMap<>();
        int inclusive = 0;
        for (int i = 0; i < BASKETS_PER_SEED; i++) {
            Basket basket = Basket.random(random);
            String where = "seed " + seed + ", basket " + i + ": " + basket;
            check(basket, where);
            coupons.merge(basket.coupon(), 1, Integer::sum);
            currencies.merge(basket.market().currency(), 1, Integer::sum);
            inclusive += basket.market().taxInclusive() ? 1 : 0;
            RUN.incrementAndGet();
        }
        // the generator reaches every case often
        assertThat(coupons).containsOnlyKeys(Coupon.values()).allSatisfy((c, n) -> assertThat(n).isGreaterThan(300));
        assertThat(currencies).containsOnlyKeys(CURRENCIES).allSatisfy((c, n) -> assertThat(n).isGreaterThan(500));
        assertThat(inclusive).isBetween(BASKETS_PER_SEED / 3, BASKETS_PER_SEED * 2 / 3);
    }

    @AfterAll
    static void report() {
        System.out.println("TotalsPropertyTests: " + RUN.get() + " random baskets priced and checked");
    }

    private void check(Basket basket, String where) {
        PriceContext market = basket.market();
        String currency = market.currency();
        int decimals = Money.decimals(currency);
        TotalsCalculator calculator = basket.shippingTaxable() ? taxedShipping : untaxedShipping;

        // lines as the cart makes them: the unit price shown in the market times the quantity
        BigDecimal subtotal = Money.zero(currency);
        for (Line line : basket.lines()) {
            DisplayPrice shown = calculator.displayPrices(line.net(), market);
            assertThat(shown.priceExclTax().scale()).as(where).isEqualTo(decimals);
            assertThat(shown.priceInclTax().scale()).as(where).isEqualTo(decimals);
            assertThat(shown.price()).as(where).isEqualTo(market.taxInclusive() ? shown.priceInclTax()
                    : shown.priceExclTax());
            subtotal = subtotal.add(shown.price().multiply(BigDecimal.valueOf(line.quantity())));
        }
        BigDecimal discount = switch (basket.coupon()) {
            case NONE, FREE_SHIPPING -> Money.zero(currency);
            case PERCENTAGE -> Money.round(subtotal.multiply(BigDecimal.valueOf(basket.couponValue()))
                    .movePointLeft(2), currency);
            case FIXED -> BigDecimal.valueOf(basket.couponValue(), decimals);
        };

        Totals totals = calculator.compute(market, subtotal, discount, basket.coupon() == Coupon.FREE_SHIPPING,
                basket.destination(), DATE);

        for (BigDecimal amount : List.of(totals.subtotal(), totals.discountAmount(), totals.taxableBase(),
                totals.taxAmount(), totals.shippingAmount(), totals.total(), totals.totalExclTax())) {
            assertThat(amount.scale()).as(where + " — every amount has " + decimals + " decimals").isEqualTo(decimals);
            assertThat(amount.signum()).as(where).isGreaterThanOrEqualTo(0);
        }
        assertThat(totals.currency()).isEqualTo(currency);
        assertThat(totals.taxInclusive()).isEqualTo(market.taxInclusive());
        assertThat(totals.subtotal()).as(where).isEqualTo(subtotal);
        assertThat(totals.discountAmount()).as(where).isEqualTo(discount.min(subtotal));

        BigDecimal afterDiscount = totals.subtotal().subtract(totals.discountAmount());
        ShippingZone zone = ShippingZone.zoneFor(market.zones(), basket.destination());
        boolean free = basket.coupon() == Coupon.FREE_SHIPPING
                || zone.freeAbove() != null && afterDiscount.compareTo(zone.freeAbove()) >= 0;
        assertThat(totals.shippingAmount()).as(where).isEqualTo(free ? Money.zero(currency) : zone.flatRate());

        BigDecimal taxable = basket.shippingTaxable() ? afterDiscount.add(totals.shippingAmount()) : afterDiscount;
        assertThat(totals.taxableBase()).as(where).isEqualTo(taxable);
        BigDecimal rate = RATES.get(basket.destination());
        assertThat(totals.taxRate()).as(where).isEqualByComparingTo(rate);
        if (market.taxInclusive()) {
            // what the shopper pays is what was shown; the tax is inside it, extracted once
            assertThat(totals.total()).as(where + " — total = subtotal − discount + shipping")
                    .isEqualTo(afterDiscount.add(totals.shippingAmount()));
            BigDecimal contained = taxable.multiply(rate).divide(BigDecimal.ONE.add(rate), MathContext.DECIMAL128);
            assertThat(totals.taxAmount()).as(where + " — tax = round(taxableGross × r / (1 + r))")
                    .isEqualTo(contained.setScale(decimals, RoundingMode.HALF_UP));
            assertThat(totals.taxAmount()).as(where).isLessThanOrEqualTo(taxable);
        } else {
            assertThat(totals.taxAmount()).as(where + " — tax = round(r × taxable base)")
                    .isEqualTo(taxable.multiply(rate).setScale(decimals, RoundingMode.HALF_UP));
            assertThat(totals.total()).as(where + " — total = subtotal − discount + tax + shipping")
                    .isEqualTo(afterDiscount.add(totals.taxAmount()).add(totals.shippingAmount()));
        }
        assertThat(totals.totalExclTax()).as(where + " — totalExclTax = total − tax")
                .isEqualTo(totals.total().subtract(totals.taxAmount()));

        // what a payment provider is sent is the total in minor units, exactly
        long minor = Money.toMinorUnits(totals.total(), currency);
        assertThat(minor).as(where).isEqualTo(totals.total().unscaledValue().longValueExact());
        assertThat(Money.fromMinorUnits(minor, currency)).as(where).isEqualTo(totals.total());
    }

    record Line(BigDecimal net, int quantity) {}

    record Basket(PriceContext market, List<Line> lines, Coupon coupon, long couponValue, String destination,
                  boolean shippingTaxable) {

        static Basket random(SplittableRandom random) {
            String currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
            int decimals = Money.decimals(currency);
            // a price up to 999.99 (EUR, CHF) or 199,999 yen, sometimes a cheap one whose tax rounds hard
            long maxMinor = decimals == 0 ? 200_000 : 100_000;
            List<Line> lines = new ArrayList<>();
            int count = 1 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                long minor = random.nextInt(5) == 0 ? 1 + random.nextLong(200) : 1 + random.nextLong(maxMinor);
                int quantity = random.nextInt(10) == 0 ? 1 + random.nextInt(999) : 1 + random.nextInt(20);
                lines.add(new Line(BigDecimal.valueOf(minor, decimals), quantity));
            }
            Coupon coupon = Coupon.values()[random.nextInt(Coupon.values().length)];
            long couponValue = switch (coupon) {
                case PERCENTAGE -> 1 + random.nextInt(100);
                case FIXED -> 1 + random.nextLong(maxMinor * 5); // sometimes more than the subtotal
                case NONE, FREE_SHIPPING -> 0;
            };
            String displayCountry = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
            String destination = random.nextBoolean() ? displayCountry : COUNTRIES.get(random.nextInt(COUNTRIES.size()));
            List<String> near = new ArrayList<>(List.of(displayCountry));
            COUNTRIES.stream().filter(c -> !c.equals(displayCountry) && random.nextBoolean()).forEach(near::add);
            List<ShippingZone> zones = List.of(zone(random, "near", near, decimals),
                    zone(random, "world", List.of(ShippingZone.ANY_COUNTRY), decimals));
            PriceContext market = new PriceContext(currency, random.nextBoolean(), displayCountry, zones);
            return new Basket(market, lines, coupon, couponValue, destination, random.nextBoolean());
        }

        private static ShippingZone zone(SplittableRandom random, String name, List<String> countries, int decimals) {
            // up to 99.99 (or 9,999 yen) of shipping, free from up to 1,999.99 (or 299,999 yen) or never
            BigDecimal flatRate = BigDecimal.valueOf(random.nextLong(10_000), decimals);
            BigDecimal freeAbove = random.nextInt(3) == 0 ? null
                    : BigDecimal.valueOf(random.nextLong(decimals == 0 ? 300_000 : 200_000), decimals);
            return new ShippingZone(name, countries, flatRate, freeAbove, 1, 5);
        }
    }

    private static TotalsCalculator calculator(boolean shippingTaxable) {
        return new TotalsCalculator(PricingDefaults.load(Map.of("comptoir.pricing.tax.rates.CH", "0.081",
                "comptoir.pricing.tax.rates.JP", "0.10", "comptoir.pricing.tax.shipping-taxable", shippingTaxable)));
    }
}
