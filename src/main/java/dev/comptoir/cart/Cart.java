package dev.comptoir.cart;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Entity
@Table(name = "carts")
class Cart {

    static final Duration ANONYMOUS_TTL = Duration.ofHours(24);
    static final Duration CUSTOMER_TTL = Duration.ofDays(7);

    @Id
    private UUID id;
    private UUID userId;
    private String sessionId;
    private String couponCode;
    /** The market the cart is priced in; {@code currency}: the one its lines' seen prices are in. */
    private String marketCode;
    private String currency;
    private Instant expiresAt;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version; // a wrapper: null until persisted, so that save() persists instead of merging

    @OneToMany(mappedBy = "cart", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("addedAt, id")
    private List<CartItem> items = new ArrayList<>();

    protected Cart() {}

    Cart(CartOwner owner, Instant now) {
        this.id = UUID.randomUUID();
        this.userId = owner.userId();
        this.sessionId = owner.sessionId();
        this.createdAt = now;
        touch(now);
    }

    /** The cart is now priced in another market (a request chose it): its lines were re-priced. */
    void moveTo(String marketCode, String currency) {
        this.marketCode = marketCode;
        this.currency = currency;
    }

    String marketCode() {
        return marketCode;
    }

    /** Null on a cart made before markets (V23): its seen prices were in the default market's currency. */
    String currency() {
        return currency;
    }

    void touch(Instant now) {
        this.updatedAt = now;
        this.expiresAt = now.plus(userId != null ? CUSTOMER_TTL : ANONYMOUS_TTL);
    }

    Optional<CartItem> item(String sku) {
        return items.stream().filter(i -> i.sku().equals(sku)).findFirst();
    }

    Optional<CartItem> item(UUID itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    CartItem add(UUID productId, UUID variantId, String sku, int quantity, java.math.BigDecimal price, Instant now) {
        CartItem item = new CartItem(this, productId, variantId, sku, quantity, price, now);
        items.add(item);
        return item;
    }

    void remove(CartItem item) {
        items.remove(item);
    }

    void clear() {
        items.clear();
        couponCode = null;
    }

    boolean isExpired(Instant now) {
        return expiresAt.isBefore(now);
    }

    UUID id() {
        return id;
    }

    UUID userId() {
        return userId;
    }

    String couponCode() {
        return couponCode;
    }

    void applyCoupon(String code) {
        this.couponCode = code;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    List<CartItem> items() {
        return items;
    }
}
