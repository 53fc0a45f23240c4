package dev.comptoir.payments.payment;

import dev.comptoir.payments.PaymentState;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One payment intent at the provider for one order. Its state follows {@link PaymentState}; the
 * amount refunded is the sum of its succeeded refunds and never exceeds the amount (a CHECK too).
 */
@Entity
@Table(name = "payments")
public class Payment {

    public enum Success { CONFIRMED, MISMATCH, ALREADY_SETTLED }

    @Id
    private UUID id;
    private UUID orderId;
    private int attempt;
    private String provider;
    private String providerId;
    private String clientSecret;
    private BigDecimal amount;
    private String currency;
    private PaymentState status;
    private BigDecimal amountRefunded;
    private BigDecimal receivedAmount;
    private String receivedCurrency;
    private String failureReason;
    private Instant succeededAt;
    private Instant createdAt;
    private Instant updatedAt;

    protected Payment() {}

    public Payment(UUID orderId, int attempt, String provider, String providerId, String clientSecret,
            BigDecimal amount, String currency, Instant now) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.attempt = attempt;
        this.provider = provider;
        this.providerId = providerId;
        this.clientSecret = clientSecret;
        this.amount = amount;
        this.currency = currency;
        this.status = PaymentState.PENDING;
        this.amountRefunded = BigDecimal.ZERO.setScale(2);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A success settles the payment, even after a failure or cancellation that arrived earlier. */
    public Success succeed(BigDecimal received, String receivedCurrency, Instant now) {
        if (status.isSettled()) {
            return Success.ALREADY_SETTLED;
        }
        this.receivedAmount = received;
        this.receivedCurrency = receivedCurrency;
        this.updatedAt = now;
        if (received.compareTo(amount) != 0 || !currency.equalsIgnoreCase(receivedCurrency)) {
            this.status = PaymentState.REQUIRES_REVIEW;
            this.failureReason = "amount_mismatch: expected " + amount + " " + currency + ", received " + received
                    + " " + receivedCurrency;
            return Success.MISMATCH;
        }
        this.status = PaymentState.SUCCEEDED;
        this.failureReason = null;
        this.succeededAt = now;
        return Success.CONFIRMED;
    }

    /** A failed attempt; the customer may still pay with the same intent. False when already settled. */
    public boolean fail(String reason, Instant now) {
        if (status.isSettled() || status == PaymentState.CANCELED) {
            return false;
        }
        this.status = PaymentState.FAILED;
        this.failureReason = reason;
        this.updatedAt = now;
        return true;
    }

    public boolean cancel(Instant now) {
        if (status.isSettled() || status == PaymentState.CANCELED) {
            return false;
        }
        this.status = PaymentState.CANCELED;
        this.updatedAt = now;
        return true;
    }

    public void addRefunded(BigDecimal refunded, Instant now) {
        this.amountRefunded = amountRefunded.add(refunded);
        this.updatedAt = now;
    }

    /**
     * What can be given back: the amount of a succeeded payment, or what was received for a payment
     * held for review (another amount or currency than the order's), in {@link #refundCurrency()}.
     */
    public BigDecimal refundable() {
        return switch (status) {
            case SUCCEEDED -> amount;
            case REQUIRES_REVIEW -> receivedAmount;
            default -> BigDecimal.ZERO.setScale(2);
        };
    }

    public String refundCurrency() {
        return status == PaymentState.REQUIRES_REVIEW ? receivedCurrency : currency;
    }

    /** A payment that took the order's money (its refunds count against the order). */
    public boolean countsForOrder() {
        return status == PaymentState.SUCCEEDED;
    }

    public boolean fullyRefunded() {
        return amountRefunded.compareTo(amount) >= 0;
    }

    public UUID id() { return id; }
    public UUID orderId() { return orderId; }
    public int attempt() { return attempt; }
    public String provider() { return provider; }
    public String providerId() { return providerId; }
    public String clientSecret() { return clientSecret; }
    public BigDecimal amount() { return amount; }
    public String currency() { return currency; }
    public PaymentState status() { return status; }
    public BigDecimal amountRefunded() { return amountRefunded; }
    public BigDecimal receivedAmount() { return receivedAmount; }
    public String receivedCurrency() { return receivedCurrency; }
    public String failureReason() { return failureReason; }
    public Instant succeededAt() { return succeededAt; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
