package dev.comptoir.catalog.product;

import dev.comptoir.catalog.CatalogLocales;
import dev.comptoir.catalog.ProductChanged;
import dev.comptoir.catalog.support.TranslationTexts;
import dev.comptoir.shared.error.ConflictException;
import dev.comptoir.shared.error.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admin writes of a product's translations (ADR 0011). One language of one product is written by one
 * transaction at a time (an advisory lock), and a slug is claimed under a lock of its own, so two
 * writers racing for a language or a slug get an answer each instead of a unique-key failure.
 */
@Service
public class ProductTranslations {

    /** A written translation, and whether it is new. */
    public record Written(ProductTranslationResponse translation, boolean created) {}

    private final ProductRepository products;
    private final CatalogLocales locales;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProductTranslations(ProductRepository products, CatalogLocales locales, JdbcTemplate jdbc,
            ApplicationEventPublisher events, Clock clock) {
        this.products = products;
        this.locales = locales;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Written put(UUID productId, String language, ProductTranslationRequest r) {
        String locale = locales.writable(language);
        lock("product_translations:" + productId + ":" + locale);
        Product p = products.findWithCategory(productId).filter(x -> x.getDeletedAt() == null)
                .orElseThrow(ProductReader::notFound);
        TranslationTexts texts = new TranslationTexts();
        String name = texts.text("name", r.name(), 2);
        String slug = texts.slug("slug", r.slug());
        String description = texts.text("description", r.description(), 0);
        String shortDescription = texts.text("shortDescription", r.shortDescription(), 0);
        String seoTitle = texts.text("seoTitle", r.seoTitle(), 0);
        String seoDescription = texts.text("seoDescription", r.seoDescription(), 0);
        texts.requireOne();
        if (slug != null) {
            claim(slug, locale, productId);
        }
        boolean created = !p.getTranslations().containsKey(locale);
        ProductTranslation t = p.translationIn(locale, clock.instant());
        t.write(name, slug, description, shortDescription, seoTitle, seoDescription, clock.instant());
        products.flush();
        events.publishEvent(new ProductChanged(productId));
        return new Written(ProductTranslationResponse.of(t), created);
    }

    @Transactional(readOnly = true)
    public ProductTranslationResponse get(UUID productId, String language) {
        Product p = products.findWithCategory(productId).orElseThrow(ProductReader::notFound);
        ProductTranslation t = p.getTranslations().get(normalized(language));
        if (t == null) {
            throw notFound();
        }
        return ProductTranslationResponse.of(t);
    }

    @Transactional
    public void delete(UUID productId, String language) {
        String locale = normalized(language);
        lock("product_translations:" + productId + ":" + locale);
        Product p = products.findWithCategory(productId).orElseThrow(ProductReader::notFound);
        if (!p.removeTranslation(locale)) {
            throw notFound();
        }
        products.flush();
        events.publishEvent(new ProductChanged(productId));
    }

    /**
     * A slug is unique within its language, and no other product's own slug: a storefront finds a product
     * by either, and neither may lead to two products.
     */
    private void claim(String slug, String locale, UUID productId) {
        lock("product_translations:slug:" + locale + ":" + slug);
        Integer taken = jdbc.queryForObject("""
                SELECT (SELECT count(*) FROM product_translations WHERE locale = ? AND slug = ? AND product_id <> ?)
                     + (SELECT count(*) FROM products WHERE slug = ? AND id <> ?)""", Integer.class,
                locale, slug, productId, slug, productId);
        if (taken != null && taken > 0) {
            throw new ConflictException("duplicate_slug", "The slug '" + slug + "' is already used");
        }
    }

    private void lock(String key) {
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(hashtext(?))::text", String.class, key);
    }

    private static String normalized(String language) {
        return language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
    }

    static NotFoundException notFound() {
        return new NotFoundException("translation_not_found", "This product has no translation in this language");
    }
}
