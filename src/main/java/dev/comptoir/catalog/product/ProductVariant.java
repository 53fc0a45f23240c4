package dev.comptoir.catalog.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A sellable variation of a product (size, colour...) with its own SKU and stock; price null = product's. */
@Entity
@Table(name = "product_variants")
public class ProductVariant {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    private String sku;
    private String name;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> options;

    private BigDecimal price;

    /** Own prices in currencies other than the product's, by currency code (V20). */
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, StoredPrice> prices = new TreeMap<>();

    @Column(updatable = false)
    private int stock;

    private int position;
    private Instant createdAt;
    private Instant updatedAt;

    /** Written only by shared.metadata.MetadataColumns' merge in SQL, never by a flush (ADR 0013). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(insertable = false, updatable = false)
    private Map<String, Object> metadata = Map.of();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(insertable = false, updatable = false)
    private Map<String, Object> privateMetadata = Map.of();

    protected ProductVariant() {}

    ProductVariant(UUID id, Product product, String sku, int stock) {
        this.id = id;
        this.product = product;
        this.sku = sku;
        this.stock = stock;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    void define(String sku, String name, Map<String, String> options, BigDecimal price, int position) {
        this.sku = sku;
        this.name = name;
        this.options = options;
        this.price = price;
        this.position = position;
        this.updatedAt = Instant.now();
    }

    /** The variant's own prices in other currencies than the product's, replacing those it had. */
    void priceInOtherCurrencies(Map<String, StoredPrice> others) {
        this.prices = new TreeMap<>(others);
        this.updatedAt = Instant.now();
    }

    void stockWritten(int stock) {
        this.stock = stock;
    }

    /** The variant's own price, else the product's. */
    public BigDecimal effectivePrice() {
        return price != null ? price : product.getPrice();
    }

    /** The variant's own price in {@code currency}, if it has one (else it sells at the product's). */
    public Optional<BigDecimal> ownPriceIn(String currency) {
        if (product.getCurrency().equals(currency)) {
            return Optional.ofNullable(price);
        }
        StoredPrice other = prices == null ? null : prices.get(currency);
        return other == null ? Optional.empty() : Optional.of(PriceRules.scaled(other.amount(), currency));
    }

    /**
     * What the variant sells at in {@code currency}: its own price there, else the product's; empty when
     * the product has no price there (not sold in that currency, whatever the variant's own prices).
     */
    public Optional<BigDecimal> effectivePriceIn(String currency) {
        return product.priceIn(currency).map(own -> ownPriceIn(currency).orElse(own.amount()));
    }

    /** The variant's own prices: in the product's currency first (when it has one), then by currency code. */
    public List<VariantPrice> prices() {
        List<VariantPrice> all = new ArrayList<>();
        if (price != null) {
            all.add(new VariantPrice(product.getCurrency(), price));
        }
        otherPrices().forEach((code, p) -> all.add(new VariantPrice(code, PriceRules.scaled(p.amount(), code))));
        return all;
    }

    Map<String, StoredPrice> otherPrices() {
        return prices == null ? Map.of() : new TreeMap<>(prices);
    }

    public UUID getId() { return id; }
    public Product getProduct() { return product; }
    public String getSku() { return sku; }
    public String getName() { return name; }
    public Map<String, String> getOptions() { return options; }
    public Map<String, Object> getMetadata() { return metadata; }
    public Map<String, Object> getPrivateMetadata() { return privateMetadata; }
    public BigDecimal getPrice() { return price; }
    public int getStock() { return stock; }
    public int getPosition() { return position; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
