package dev.comptoir.orders.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One line as it was bought: SKU, name and unit price copied at checkout. */
@Entity
@Table(name = "order_items")
public class OrderItem {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private Order order;
    private int position;
    private UUID productId;
    private UUID variantId;
    private String sku;
    private String name;
    private BigDecimal unitPrice;
    private BigDecimal unitPriceExclTax;
    private BigDecimal compareAtPrice;
    private UUID priceListId;
    private int quantity;
    private BigDecimal lineTotal;
    /** Grows only by ShippedQuantities' conditional UPDATE; mirrored here for the order's own decisions. */
    @Column(insertable = false, updatable = false)
    private int quantityShipped;
    /** Written by ReturnableOrders' conditional UPDATE; read here for the order's views. */
    @Column(insertable = false, updatable = false)
    private int quantityReturned;

    protected OrderItem() {}

    OrderItem(Order order, int position, OrderDraft.Line line) {
        this.id = UUID.randomUUID();
        this.order = order;
        this.position = position;
        this.productId = line.productId();
        this.variantId = line.variantId();
        this.sku = line.sku();
        this.name = line.name();
        this.unitPrice = line.unitPrice();
        this.unitPriceExclTax = line.unitPriceExclTax();
        this.compareAtPrice = line.compareAtPrice();
        this.priceListId = line.priceListId();
        this.quantity = line.quantity();
        this.lineTotal = line.lineTotal();
    }

    void recordShipped(int units) {
        quantityShipped += units;
    }

    public UUID id() { return id; }
    public UUID productId() { return productId; }
    public UUID variantId() { return variantId; }
    public String sku() { return sku; }
    public String name() { return name; }
    public BigDecimal unitPrice() { return unitPrice; }
    /** Null on lines bought before markets (their unit price was net). */
    public BigDecimal unitPriceExclTax() { return unitPriceExclTax; }
    BigDecimal compareAtPrice() { return compareAtPrice; }
    public UUID priceListId() { return priceListId; }
    public int quantity() { return quantity; }
    BigDecimal lineTotal() { return lineTotal; }
    public int quantityShipped() { return quantityShipped; }
    public int quantityReturned() { return quantityReturned; }
    /** Units bought and not shipped yet. */
    public int quantityOpen() { return quantity - quantityShipped; }
}
