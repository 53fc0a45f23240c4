package dev.comptoir.cart;

import dev.comptoir.catalog.SkuRef;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "cart_items")
class CartItem {

    static final int MAX_QUANTITY = 999;

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cart_id")
    private Cart cart;
    private UUID productId;
    private UUID variantId;
    private String sku;
    private int quantity;
    private BigDecimal priceAtAdd;
    private Instant addedAt;

    protected CartItem() {}

    CartItem(Cart cart, UUID productId, UUID variantId, String sku, int quantity, BigDecimal price, Instant now) {
        this.id = UUID.randomUUID();
        this.cart = cart;
        this.productId = productId;
        this.variantId = variantId;
        this.sku = sku;
        this.quantity = quantity;
        this.priceAtAdd = price;
        this.addedAt = now;
    }

    UUID id() {
        return id;
    }

    SkuRef skuRef() {
        return new SkuRef(productId, variantId);
    }

    UUID productId() {
        return productId;
    }

    UUID variantId() {
        return variantId;
    }

    String sku() {
        return sku;
    }

    int quantity() {
        return quantity;
    }

    BigDecimal priceAtAdd() {
        return priceAtAdd;
    }

    /** The price the shopper now sees (after the cart moved to another market). */
    void seen(BigDecimal price) {
        this.priceAtAdd = price;
    }

    void setQuantity(int quantity) {
        this.quantity = quantity;
    }
}
