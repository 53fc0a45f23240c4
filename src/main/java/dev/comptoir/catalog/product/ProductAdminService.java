package dev.comptoir.catalog.product;

import dev.comptoir.catalog.ProductChanged;
import dev.comptoir.catalog.ProductEdited;
import dev.comptoir.catalog.StockChanged;
import dev.comptoir.catalog.StockCountRequested;
import dev.comptoir.catalog.category.Category;
import dev.comptoir.catalog.category.CategoryRepository;
import dev.comptoir.catalog.support.SlugAllocator;
import dev.comptoir.catalog.support.Slugs;
import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.BusinessRuleException;
import dev.comptoir.shared.error.NotFoundException;
import dev.comptoir.shared.error.Problems.FieldProblem;
import dev.comptoir.shared.money.Money;
import dev.comptoir.shared.metadata.Metadata;
import dev.comptoir.shared.metadata.MetadataColumns;
import dev.comptoir.shared.metadata.MetadataPatch;
import dev.comptoir.shared.security.CurrentUser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admin writes on products, their variants and images. Stock is inventory's: a write carrying stock asks
 * it through {@link StockKeeper} (the default location's on-hand) and mirrors the projection it leaves.
 */
@Service
public class ProductAdminService {

    static final String TABLE = "products";

    private final ProductRepository products;
    private final CategoryRepository categories;
    private final SlugAllocator slugs;
    private final SkuRegistry skus;
    private final StockKeeper stock;
    private final MetadataColumns metadata;
    private final ApplicationEventPublisher events;

    ProductAdminService(ProductRepository products, CategoryRepository categories, SlugAllocator slugs,
            SkuRegistry skus, StockKeeper stock, MetadataColumns metadata, ApplicationEventPublisher events) {
        this.products = products;
        this.categories = categories;
        this.slugs = slugs;
        this.skus = skus;
        this.stock = stock;
        this.metadata = metadata;
        this.events = events;
    }

    @Transactional
    public ProductResponse create(ProductRequest r) {
        UUID id = UUID.randomUUID();
        String sku = r.sku().strip();
        skus.reserve(sku, id, null);
        String slug = r.slug() != null ? slugs.claim(TABLE, r.slug(), id)
                : slugs.allocate(TABLE, Slugs.from(r.name(), "product", 200));
        // rows start with the stock asked for, which inventory counts at main: the projection it then
        // writes only differs (and publishes a change) when main is inactive
        Product p = new Product(id, slug, sku, r.stock() == null ? 0 : r.stock());
        apply(p, r);
        if (r.variants() != null) {
            for (int i = 0; i < r.variants().size(); i++) {
                newVariant(p, r.variants().get(i), "variants[" + i + "].prices");
            }
        }
        if (r.images() != null) {
            r.images().forEach(i -> newImage(p, i));
        }
        products.save(p);
        products.flush();
        // the stock asked for goes on hand at the default location; the rows show what inventory made of it
        List<StockCountRequested.Count> counts = new ArrayList<>();
        if (!p.hasVariants()) {
            counts.add(new StockCountRequested.Count(sku, id, null, r.stock() == null ? 0 : r.stock()));
        }
        Map<String, Integer> asked = new java.util.HashMap<>();
        if (r.variants() != null) {
            r.variants().forEach(v -> asked.put(v.sku().strip(), v.stock() == null ? 0 : v.stock()));
        }
        p.getVariants().forEach(v -> counts.add(new StockCountRequested.Count(v.getSku(), id, v.getId(),
                asked.getOrDefault(v.getSku(), 0))));
        stock.count(counts, StockChanged.RESTOCK, actor());
        mirrorStock(p);
        return changed(p, ProductEdited.CREATED);
    }

    /** PUT: replaces the product's own fields; a missing slug or stock keeps the current one. */
    @Transactional
    public ProductResponse replace(UUID id, ProductRequest r) {
        Product p = live(id);
        String sku = r.sku().strip();
        if (!sku.equals(p.getSku())) {
            skus.reserve(sku, id, null);
        }
        String slug = r.slug() == null || r.slug().equals(p.getSlug()) ? p.getSlug() : slugs.claim(TABLE, r.slug(), id);
        // stock first, before this write locks the product's row: inventory locks levels, then the
        // projection's row, as checkout does, so the two never deadlock
        if (!sku.equals(p.getSku())) {
            stock.renamed(p.getSku(), sku);
        }
        if (r.stock() != null) {
            restock(p, sku, r.stock());
        }
        p.identify(sku, slug);
        apply(p, r);
        p.touch();
        products.flush();
        return changed(p);
    }

    /**
     * PATCH: the present fields are laid over the current ones, then handled like a PUT. An entry of
     * {@code prices} in the product's currency stands for {@code price} (and {@code compareAtPrice}).
     */
    @Transactional
    public ProductResponse patch(UUID id, ProductPatch patch) {
        Product p = live(id);
        CheckedPrices prices = patch.prices() == null ? null
                : CheckedPrices.ofProduct(patch.prices(), p.getCurrency(), "prices");
        BigDecimal price = prices == null ? patch.price() : prices.price(patch.price());
        BigDecimal compareAtPrice = prices == null ? patch.compareAtPrice() : prices.compareAtPrice(patch.compareAtPrice());
        ProductRequest merged = new ProductRequest(or(patch.name(), p.getName()), patch.slug(),
                or(patch.description(), p.getDescription()), or(patch.shortDescription(), p.getShortDescription()),
                or(price, p.getPrice()), or(compareAtPrice, p.getCompareAtPrice()), null, patch.prices(),
                or(patch.sku(), p.getSku()), patch.stock(), or(patch.weight(), p.getWeight()),
                or(patch.dimensions(), p.getDimensions()), or(patch.isActive(), p.isActive()),
                or(patch.isFeatured(), p.isFeatured()), or(patch.seoTitle(), p.getSeoTitle()),
                or(patch.seoDescription(), p.getSeoDescription()),
                patch.categoryId() != null ? patch.categoryId()
                        : p.getCategory() == null ? null : p.getCategory().getId(),
                null, null);
        return replace(id, merged);
    }

    /** Soft delete: gone from public routes, kept for admins, past orders and stock ledgers. */
    @Transactional
    public void delete(UUID id) {
        Product p = live(id);
        p.delete();
        events.publishEvent(new ProductChanged(id));
        events.publishEvent(new ProductEdited(id, p.getSku(), ProductEdited.DELETED));
    }

    /** Undoes a soft delete: the product is back on the public routes and in search (if active). */
    @Transactional
    public ProductResponse restore(UUID id) {
        Product p = products.findWithCategory(id).orElseThrow(ProductReader::notFound);
        p.restore();
        return changed(p);
    }

    @Transactional
    public ProductResponse addVariant(UUID id, VariantRequest r) {
        Product p = live(id);
        ProductVariant v = newVariant(p, r, "prices");
        products.flush();
        stock.count(v.getSku(), id, v.getId(), r.stock() == null ? 0 : r.stock(), StockChanged.RESTOCK, actor());
        v.stockWritten(stock.shown(id, v.getId()));
        return changed(p);
    }

    @Transactional
    public ProductResponse replaceVariant(UUID id, UUID variantId, VariantRequest r) {
        Product p = live(id);
        ProductVariant v = variant(p, variantId);
        String sku = r.sku().strip();
        if (!sku.equals(v.getSku())) {
            skus.reserve(sku, id, variantId);
            stock.renamed(v.getSku(), sku);
        }
        // stock before the row write, in the lock order of checkout (levels, then the projection's row)
        if (r.stock() != null && r.stock() != v.getStock()) {
            stock.count(sku, id, variantId, r.stock(), StockChanged.ADJUSTMENT, actor());
            v.stockWritten(stock.shown(id, variantId));
        }
        v.define(sku, r.name().strip(), options(r), variantPrice(p, v, r, "prices"),
                r.position() == null ? v.getPosition() : r.position());
        p.touch();
        products.flush();
        return changed(p);
    }

    /**
     * Removes a variant; inventory keeps on hand only what outstanding orders hold of it (they can still
     * ship) and writes the rest off as adjustments, so ledgers stay exact.
     */
    @Transactional
    public ProductResponse deleteVariant(UUID id, UUID variantId) {
        Product p = live(id);
        ProductVariant v = variant(p, variantId);
        stock.withdraw(v.getSku(), id, variantId, actor());
        p.getVariants().remove(v);
        p.touch();
        return changed(p);
    }

    @Transactional
    public ProductResponse addImage(UUID id, ImageRequest r) {
        Product p = live(id);
        newImage(p, r);
        return changed(p);
    }

    @Transactional
    public ProductResponse reorderImages(UUID id, ImageOrderRequest r) {
        Product p = live(id);
        List<UUID> current = p.getImages().stream().map(ProductImage::getId).toList();
        if (r.imageIds().size() != current.size() || !new HashSet<>(r.imageIds()).equals(new HashSet<>(current))) {
            throw invalid("imageIds", "must list each of the product's images exactly once");
        }
        for (ProductImage image : p.getImages()) {
            image.placeAt(r.imageIds().indexOf(image.getId()));
        }
        p.touch();
        return changed(p);
    }

    @Transactional
    public ProductResponse deleteImage(UUID id, UUID imageId) {
        Product p = live(id);
        ProductImage image = p.getImages().stream().filter(i -> i.getId().equals(imageId)).findFirst()
                .orElseThrow(() -> new NotFoundException("image_not_found", "No such image on this product"));
        p.getImages().remove(image);
        p.touch();
        return changed(p);
    }

    /**
     * Merges a metadata patch into a live product's (ADR 0013): an edit like the others, so caches, search
     * and integrators ({@code product.updated}) hear of it.
     */
    @Transactional
    public Metadata patchMetadata(UUID id, MetadataPatch patch) {
        Product p = live(id);
        Metadata merged = metadata.patch(TABLE, "id = ?", patch, id).orElseThrow(ProductReader::notFound);
        publishChanged(p, ProductEdited.UPDATED);
        return merged;
    }

    /** Merges a metadata patch into a variant of a live product; the product counts as updated. */
    @Transactional
    public Metadata patchVariantMetadata(UUID id, UUID variantId, MetadataPatch patch) {
        Product p = live(id);
        variant(p, variantId);
        Metadata merged = metadata.patch("product_variants", "id = ? AND product_id = ?", patch, variantId, id)
                .orElseThrow(ProductAdminService::variantNotFound);
        publishChanged(p, ProductEdited.UPDATED);
        return merged;
    }

    private void apply(Product p, ProductRequest r) {
        p.describe(r.name().strip(), r.description(), r.shortDescription(), r.seoTitle(), r.seoDescription());
        BigDecimal price = Money.round(r.price());
        BigDecimal compareAtPrice = r.compareAtPrice() == null ? null : Money.round(r.compareAtPrice());
        if (r.prices() != null) {
            CheckedPrices prices = CheckedPrices.ofProduct(r.prices(), p.getCurrency(), "prices");
            price = prices.price(price);
            compareAtPrice = prices.compareAtPrice(compareAtPrice);
            p.priceInOtherCurrencies(prices.others());
        }
        p.price(price, compareAtPrice);
        p.ship(r.weight() == null ? null : r.weight().setScale(3, RoundingMode.HALF_UP), r.dimensions());
        p.flags(r.isActive() == null || r.isActive(), Boolean.TRUE.equals(r.isFeatured()));
        p.categorize(r.categoryId() == null ? null : category(r.categoryId()));
    }

    /**
     * A product with variants sells them: its own stock can only be "set" to the variants' total. A stock
     * equal to the one shown changes nothing (a form sent back as read); another one is the on-hand
     * count at the default location.
     */
    private void restock(Product p, String sku, int newStock) {
        if (p.hasVariants()) {
            if (newStock != p.sellableStock()) {
                throw new BusinessRuleException("stock_managed_by_variants",
                        "This product has variants; change the stock of each variant instead");
            }
            return;
        }
        if (newStock != p.getStock()) {
            stock.count(sku, p.getId(), null, newStock, StockChanged.ADJUSTMENT, actor());
            p.stockWritten(stock.shown(p.getId(), null));
        }
    }

    private void mirrorStock(Product p) {
        Map<UUID, Integer> shown = stock.shownOf(p.getId());
        if (!p.hasVariants()) {
            p.stockWritten(shown.getOrDefault(null, 0));
        }
        p.getVariants().forEach(v -> v.stockWritten(shown.getOrDefault(v.getId(), 0)));
    }

    private ProductVariant newVariant(Product p, VariantRequest r, String field) {
        UUID variantId = UUID.randomUUID();
        String sku = r.sku().strip();
        skus.reserve(sku, p.getId(), variantId);
        ProductVariant v = new ProductVariant(variantId, p, sku, r.stock() == null ? 0 : r.stock());
        int position = r.position() != null ? r.position()
                : p.getVariants().stream().mapToInt(ProductVariant::getPosition).max().orElse(-1) + 1;
        v.define(sku, r.name().strip(), options(r), variantPrice(p, v, r, field), position);
        p.addVariant(v);
        return v;
    }

    private void newImage(Product p, ImageRequest r) {
        int position = r.position() != null ? r.position()
                : p.getImages().stream().mapToInt(ProductImage::getPosition).max().orElse(-1) + 1;
        p.addImage(new ProductImage(p, r.url().strip(), r.altText(), position));
    }

    private ProductResponse changed(Product p) {
        return changed(p, ProductEdited.UPDATED);
    }

    private ProductResponse changed(Product p, String change) {
        publishChanged(p, change);
        return ProductResponse.of(p);
    }

    private void publishChanged(Product p, String change) {
        events.publishEvent(new ProductChanged(p.getId()));
        events.publishEvent(new ProductEdited(p.getId(), p.getSku(), change));
    }

    private Product live(UUID id) {
        return products.findWithCategory(id).filter(p -> p.getDeletedAt() == null)
                .orElseThrow(ProductReader::notFound);
    }

    private static ProductVariant variant(Product p, UUID variantId) {
        return p.getVariants().stream().filter(v -> v.getId().equals(variantId)).findFirst()
                .orElseThrow(ProductAdminService::variantNotFound);
    }

    private static NotFoundException variantNotFound() {
        return new NotFoundException("variant_not_found", "No such variant on this product");
    }

    private Category category(UUID id) {
        return categories.findLive(id).orElseThrow(() -> invalid("categoryId", "does not name an existing category"));
    }

    private static Map<String, String> options(VariantRequest r) {
        return r.options() == null ? Map.of() : r.options();
    }

    /**
     * The variant's own price in the product's currency (given as {@code price} or as that entry of
     * {@code prices}); its prices in other currencies are set as listed, or kept when {@code prices} is absent.
     */
    private static BigDecimal variantPrice(Product p, ProductVariant v, VariantRequest r, String field) {
        BigDecimal price = r.price() == null ? null : Money.round(r.price());
        if (r.prices() == null) {
            return price;
        }
        CheckedPrices prices = CheckedPrices.ofVariant(r.prices(), p.getCurrency(), field);
        v.priceInOtherCurrencies(prices.others());
        return prices.price(price);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    static BadRequestException invalid(String field, String message) {
        return new BadRequestException("invalid_data", "Invalid request: " + field + " " + message,
                Map.of("errors", FieldProblem.single(field, message)));
    }

    static String actor() {
        return CurrentUser.apiKey().map(k -> k.actor())
                .orElseGet(() -> CurrentUser.id().map(Objects::toString).orElse("system"));
    }
}
