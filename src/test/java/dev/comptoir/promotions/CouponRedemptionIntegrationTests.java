package dev.comptoir.promotions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.comptoir.shared.error.ApiException;
import dev.comptoir.support.SystemTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The façade that cart and checkout call, on the real database, with real threads for the races. */
@SystemTest
@RecordApplicationEvents
class CouponRedemptionIntegrationTests {

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    static final BigDecimal TWENTY = new BigDecimal("20.00");

    @Autowired
    PromotionService promotions;

    @Autowired
    CouponAdminService admin;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void aPercentageIsTakenOffTheSubtotalRoundedHalfUp() {
        String code = create(CouponType.PERCENTAGE, "12.5", null, null);

        assertThat(promotions.evaluate(code, new BigDecimal("1.00"), null, null, NOW).discountAmount())
                .isEqualTo(new BigDecimal("0.13")); // 0.125
        CouponQuote quote = promotions.evaluate(code.toLowerCase(), new BigDecimal("59.97"), null, null, NOW);
        assertThat(quote.discountAmount()).isEqualTo(new BigDecimal("7.50")); // 7.49625
        assertThat(quote.freeShipping()).isFalse();
        assertThat(quote.code()).isEqualTo(code.toUpperCase());
        assertThat(quote.type()).isEqualTo(CouponType.PERCENTAGE);
    }

    @Test
    void aFixedAmountNeverExceedsTheSubtotalAndFreeShippingDiscountsNothing() {
        String fixed = create(CouponType.FIXED_AMOUNT, "50", null, null);
        assertThat(promotions.evaluate(fixed, new BigDecimal("30.00"), null, null, NOW).discountAmount())
                .isEqualTo(new BigDecimal("30.00"));
        assertThat(promotions.evaluate(fixed, new BigDecimal("80.00"), null, null, NOW).discountAmount())
                .isEqualTo(new BigDecimal("50.00"));

        String shipping = create(CouponType.FREE_SHIPPING, null, null, null);
        CouponQuote quote = promotions.evaluate(shipping, TWENTY, null, null, NOW);
        assertThat(quote.discountAmount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(quote.freeShipping()).isTrue();
    }

    @Test
    void anUnknownOrInactiveCouponIsNotFound() {
        assertRefused(() -> promotions.evaluate("NOPE-" + UUID.randomUUID().toString().substring(0, 8), TWENTY, null,
                null, NOW), "coupon_not_found", 404);
        assertRefused(() -> promotions.evaluate("not a code!", TWENTY, null, null, NOW), "coupon_not_found", 404);
        assertRefused(() -> promotions.evaluate(null, TWENTY, null, null, NOW), "coupon_not_found", 404);

        String code = uniqueCode();
        admin.create(request(code, CouponType.FIXED_AMOUNT, "5", null, null, null, null, null, false));
        assertRefused(() -> promotions.evaluate(code, TWENTY, null, null, NOW), "coupon_not_found", 404);
        assertRefused(() -> redeem(code, UUID.randomUUID(), null, "a@example.com"), "coupon_not_found", 404);
    }

    @Test
    void aCouponOutsideItsPeriodIsRefused() {
        String code = uniqueCode();
        Instant start = NOW.plus(1, ChronoUnit.DAYS);
        Instant end = NOW.plus(2, ChronoUnit.DAYS);
        admin.create(request(code, CouponType.FIXED_AMOUNT, "5", null, null, null, start, end, true));

        assertRefused(() -> promotions.evaluate(code, TWENTY, null, null, NOW), "coupon_not_started", 422);
        assertThat(promotions.evaluate(code, TWENTY, null, null, start).discountAmount())
                .isEqualTo(new BigDecimal("5.00"));
        assertRefused(() -> promotions.evaluate(code, TWENTY, null, null, end), "coupon_expired", 422);
        assertRefused(() -> redeem(code, UUID.randomUUID(), null, "a@example.com"), "coupon_not_started", 422);
    }

    @Test
    void aSubtotalUnderTheMinimumIsRefusedSayingTheMinimum() {
        String code = uniqueCode();
        admin.create(request(code, CouponType.PERCENTAGE, "10", new BigDecimal("50"), null, null, null, null, true));

        assertThatThrownBy(() -> promotions.evaluate(code, new BigDecimal("49.99"), null, null, NOW))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("coupon_min_subtotal");
                    assertThat(e.status().value()).isEqualTo(422);
                    assertThat(e.details()).containsEntry("minSubtotal", new BigDecimal("50.00"));
                });
        assertThat(promotions.evaluate(code, new BigDecimal("50.00"), null, null, NOW).discountAmount())
                .isEqualTo(new BigDecimal("5.00"));
    }

    @Test
    void aUsedUpCouponIsRefused() {
        String code = create(CouponType.FIXED_AMOUNT, "5", 1, null);
        redeem(code, UUID.randomUUID(), null, "first@example.com");

        assertRefused(() -> promotions.evaluate(code, TWENTY, null, null, NOW), "coupon_usage_limit", 422);
        assertRefused(() -> redeem(code, UUID.randomUUID(), null, "second@example.com"), "coupon_usage_limit", 422);
        assertThat(usedCount(code)).isEqualTo(1);
    }

    @Test
    void aCustomerOverTheirLimitIsRefusedByAccountOrByEmail() {
        String code = create(CouponType.FIXED_AMOUNT, "5", null, 1);
        UUID customer = UUID.randomUUID();
        String email = "limit-" + UUID.randomUUID() + "@example.com";
        redeem(code, UUID.randomUUID(), customer, email);

        assertRefused(() -> promotions.evaluate(code, TWENTY, customer, null, NOW), "coupon_customer_limit", 422);
        // the same buyer as a guest, with the email in another case
        assertRefused(() -> promotions.evaluate(code, TWENTY, null, email.toUpperCase(), NOW),
                "coupon_customer_limit", 422);
        assertRefused(() -> redeem(code, UUID.randomUUID(), customer, "new-" + email), "coupon_customer_limit", 422);
        // someone else may still use it, and an anonymous cart is not checked yet
        assertThat(promotions.evaluate(code, TWENTY, UUID.randomUUID(), "other@example.com", NOW)).isNotNull();
        assertThat(promotions.evaluate(code, TWENTY, null, null, NOW)).isNotNull();
    }

    @Test
    void redeemingRecordsTheUseAndPublishesAnEvent() {
        String code = create(CouponType.PERCENTAGE, "10", 10, null);
        UUID order = UUID.randomUUID();

        Redemption redemption = redeem(code, order, null, "Buyer@Example.com");

        assertThat(redemption.discountAmount()).isEqualTo(new BigDecimal("2.00"));
        assertThat(redemption.orderId()).isEqualTo(order);
        assertThat(usedCount(code)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT customer_email FROM coupon_redemptions WHERE order_id = ?",
                String.class, order)).isEqualTo("buyer@example.com");
        assertThat(events.stream(CouponRedeemed.class))
                .containsExactly(new CouponRedeemed(redemption.couponId(), code.toUpperCase(), order,
                        new BigDecimal("2.00")));
        assertRefused(() -> redeem(code, order, null, "buyer@example.com"), "coupon_already_redeemed", 409);
    }

    @Test
    void redeemingOutsideATransactionIsAProgrammingError() {
        String code = create(CouponType.FIXED_AMOUNT, "5", null, null);

        assertThatThrownBy(() -> promotions.redeem(code, UUID.randomUUID(), TWENTY, null, "a@example.com", NOW))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(usedCount(code)).isZero();
    }

    @Test
    void aCheckoutThatRollsBackGivesTheUseBack() {
        String code = create(CouponType.FIXED_AMOUNT, "5", 1, null);

        transactions.executeWithoutResult(tx -> {
            promotions.redeem(code, UUID.randomUUID(), TWENTY, null, "a@example.com", NOW);
            tx.setRollbackOnly();
        });

        assertThat(usedCount(code)).isZero();
        redeem(code, UUID.randomUUID(), null, "b@example.com");
        assertThat(usedCount(code)).isEqualTo(1);
    }

    @Test
    void aRefusalDoesNotDoomTheCallersTransaction() {
        String code = create(CouponType.FIXED_AMOUNT, "5", null, null);
        String unknown = uniqueCode();

        Redemption redemption = transactions.execute(tx -> {
            assertRefused(() -> promotions.evaluate(unknown, TWENTY, null, null, NOW), "coupon_not_found", 404);
            assertRefused(() -> promotions.redeem(unknown, UUID.randomUUID(), TWENTY, null, "a@example.com", NOW),
                    "coupon_not_found", 404);
            return promotions.redeem(code, UUID.randomUUID(), TWENTY, null, "a@example.com", NOW);
        });

        assertThat(redemption).isNotNull();
        assertThat(usedCount(code)).isEqualTo(1);
    }

    @Test
    void twentyConcurrentCheckoutsNeverPassAUsageLimitOfFive() throws Exception {
        String code = create(CouponType.PERCENTAGE, "10", 5, null);

        List<Object> outcomes = race(20, i -> redeem(code, UUID.randomUUID(), null, "racer" + i + "@example.com"));

        assertThat(outcomes).filteredOn(Redemption.class::isInstance).hasSize(5);
        assertThat(outcomes).filteredOn(o -> "coupon_usage_limit".equals(o)).hasSize(15);
        assertThat(usedCount(code)).isEqualTo(5);
        assertThat(liveRedemptions(code)).isEqualTo(5);
    }

    @Test
    void concurrentCheckoutsOfOneCustomerNeverPassTheirLimit() throws Exception {
        String code = create(CouponType.FIXED_AMOUNT, "3", null, 2);
        UUID customer = UUID.randomUUID();

        List<Object> outcomes = race(10, i -> redeem(code, UUID.randomUUID(), customer, "same@example.com"));

        assertThat(outcomes).filteredOn(Redemption.class::isInstance).hasSize(2);
        assertThat(outcomes).filteredOn(o -> "coupon_customer_limit".equals(o)).hasSize(8);
        assertThat(usedCount(code)).isEqualTo(2);
    }

    @Test
    void releasingGivesTheUseBackOnceOnly() {
        String code = create(CouponType.FIXED_AMOUNT, "5", 1, 1);
        UUID customer = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        Redemption redemption = redeem(code, cancelled, customer, "c@example.com");

        promotions.release(cancelled);
        assertThat(usedCount(code)).isZero();
        promotions.release(cancelled);
        transactions.executeWithoutResult(tx -> promotions.release(cancelled));
        assertThat(usedCount(code)).isZero();
        assertThat(jdbc.queryForObject("SELECT released_at IS NOT NULL FROM coupon_redemptions WHERE order_id = ?",
                Boolean.class, cancelled)).isTrue();
        assertThat(events.stream(CouponReleased.class))
                .containsExactly(new CouponReleased(redemption.couponId(), code.toUpperCase(), cancelled,
                        new BigDecimal("5.00")));

        // the freed use serves the same customer again (a released use does not count against them)
        redeem(code, UUID.randomUUID(), customer, "c@example.com");
        assertThat(usedCount(code)).isEqualTo(1);
        promotions.release(UUID.randomUUID()); // an order without a coupon: nothing happens
        assertThat(usedCount(code)).isEqualTo(1);
    }

    @Test
    void concurrentReleasesOfOneOrderGiveOneUseBack() throws Exception {
        String code = create(CouponType.FIXED_AMOUNT, "5", 5, null);
        redeem(code, UUID.randomUUID(), null, "keep@example.com");
        UUID order = UUID.randomUUID();
        redeem(code, order, null, "cancel@example.com");

        race(8, i -> {
            promotions.release(order);
            return "released";
        });

        assertThat(usedCount(code)).isEqualTo(1);
        assertThat(liveRedemptions(code)).isEqualTo(1);
    }

    // --- helpers

    interface Attempt {
        Object run(int i);
    }

    /** Runs the attempts at once on real threads; each outcome is its result or the refusal's code. */
    private List<Object> race(int threads, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                Callable<Object> task = () -> {
                    start.await();
                    try {
                        return attempt.run(n);
                    } catch (ApiException e) {
                        return e.code();
                    }
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private Redemption redeem(String code, UUID order, UUID customer, String email) {
        return transactions.execute(tx -> promotions.redeem(code, order, TWENTY, customer, email, NOW));
    }

    private String create(CouponType type, String value, Integer usageLimit, Integer perCustomerLimit) {
        String code = uniqueCode();
        admin.create(request(code, type, value, null, usageLimit, perCustomerLimit, null, null, true));
        return code;
    }

    private static CouponRequest request(String code, CouponType type, String value, BigDecimal minSubtotal,
            Integer usageLimit, Integer perCustomerLimit, Instant startsAt, Instant endsAt, boolean active) {
        return new CouponRequest(code, type, value == null ? null : new BigDecimal(value), minSubtotal, null, startsAt, endsAt,
                usageLimit, perCustomerLimit, active, null);
    }

    private int usedCount(String code) {
        return jdbc.queryForObject("SELECT used_count FROM coupons WHERE code = ?", Integer.class, code.toUpperCase());
    }

    private int liveRedemptions(String code) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM coupon_redemptions r JOIN coupons c ON c.id = r.coupon_id
                WHERE c.code = ? AND r.released_at IS NULL""", Integer.class, code.toUpperCase());
    }

    private static void assertRefused(ThrowingCallable call, String code, int status) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.status().value()).isEqualTo(status);
        });
    }

    private static String uniqueCode() {
        return "c-" + UUID.randomUUID().toString().substring(0, 12);
    }
}
