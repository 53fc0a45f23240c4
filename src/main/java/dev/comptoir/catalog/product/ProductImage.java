package dev.comptoir.catalog.product;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** A product picture by URL (http or https only), shown in {@code position} order. */
@Entity
@Table(name = "product_images")
public class ProductImage {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    private String url;
    private String altText;
    private int position;

    protected ProductImage() {}

    ProductImage(Product product, String url, String altText, int position) {
        this.id = UUID.randomUUID();
        this.product = product;
        this.url = url;
        this.altText = altText;
        this.position = position;
    }

    void placeAt(int position) {
        this.position = position;
    }

    public UUID getId() { return id; }
    public Product getProduct() { return product; }
    public String getUrl() { return url; }
    public String getAltText() { return altText; }
    public int getPosition() { return position; }
}
