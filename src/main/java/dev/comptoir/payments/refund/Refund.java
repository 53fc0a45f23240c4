package dev.comptoir.payments.refund;

import dev.comptoir.payments.RefundState;
import dev.comptoir.payments.payment.Payment;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A refund of (part of) a payment. Ours start {@code pending} and are committed before the provider
 * is called; one made in Stripe's dashboard arrives by webhook ({@code source} "dashboard").
 */
@Entity
@Table(name = "refunds")
public class Refund {

    @Id
    private UUID id;
    private UUID paymentId;
    private UUID orderId;
    private String providerRefundId;
    private String requestKey;
    private BigDecimal amount;
    private BigDecimal reportedAmount;
    private String currency;
    private String reason;
    private String source;
    private RefundState status;
    private String failureReason;
    private int attempts;
    private Instant createdAt;
    private Instant updatedAt;

    protected Refund() {}

    public Refund(Payment payment, BigDecimal amount, String reason, String source, String requestKey, Instant now) {
        this.id = UUID.randomUUID();
        this.paymentId = payment.id();
        this.orderId = payment.orderId();
        this.amount = amount;
        this.currency = payment.refundCurrency();
        this.reason = reason;
        this.source = source;
        this.requestKey = requestKey;
        this.status = RefundState.PENDING;
        this.attempts = 0;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A new provider attempt; the attempt number keeps each attempt's idempotency key distinct. */
    int startAttempt(Instant now) {
        this.status = RefundState.PENDING;
        this.failureReason = null;
        this.attempts++;
        this.updatedAt = now;
        return attempts;
    }

    /** True when this call made it succeed (so the amount is counted once). */
    boolean succeed(String providerRefundId, Instant now) {
        if (providerRefundId != null) {
            this.providerRefundId = providerRefundId;
        }
        if (status == RefundState.SUCCEEDED) {
            return false;
        }
        this.status = RefundState.SUCCEEDED;
        this.failureReason = null;
        this.updatedAt = now;
        return true;
    }

    /** Only a pending refund can fail; a refund already counted stays counted. */
    boolean fail(String providerRefundId, String reason, Instant now) {
        if (providerRefundId != null) {
            this.providerRefundId = providerRefundId;
        }
        if (status != RefundState.PENDING) {
            return false;
        }
        this.status = RefundState.FAILED;
        this.failureReason = reason;
        this.updatedAt = now;
        return true;
    }

    /** The provider could not be reached or answered 5xx: still pending, retried with the same key. */
    void noteRetry(String reason, Instant now) {
        if (status == RefundState.PENDING) {
            this.failureReason = "retrying after: " + reason;
            this.updatedAt = now;
        }
    }

    /**
     * The provider reported {@code reported}, more than the {@code left} of its payment: the refund counts
     * for what was left, and keeps what was reported for staff to look into.
     */
    public void capTo(BigDecimal left, BigDecimal reported, Instant now) {
        if (left.signum() <= 0 || left.compareTo(reported) >= 0) {
            throw new IllegalArgumentException("a refund is capped to a positive amount below the reported one");
        }
        this.amount = left;
        this.reportedAmount = reported;
        this.updatedAt = now;
    }

    public void linkProvider(String providerRefundId) {
        this.providerRefundId = providerRefundId;
    }

    public UUID id() { return id; }
    public UUID paymentId() { return paymentId; }
    UUID orderId() { return orderId; }
    public String providerRefundId() { return providerRefundId; }
    String requestKey() { return requestKey; }
    public BigDecimal amount() { return amount; }
    /** What the provider reported when it was more than was left of the payment; else null. */
    public BigDecimal reportedAmount() { return reportedAmount; }
    public String currency() { return currency; }
    public String reason() { return reason; }
    public String source() { return source; }
    public RefundState status() { return status; }
    public String failureReason() { return failureReason; }
    public int attempts() { return attempts; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
