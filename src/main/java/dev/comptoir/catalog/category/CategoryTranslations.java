package dev.comptoir.catalog.category;

import dev.comptoir.catalog.CatalogLocales;
import dev.comptoir.catalog.CategoryChanged;
import dev.comptoir.catalog.support.TranslationTexts;
import dev.comptoir.shared.error.ConflictException;
import dev.comptoir.shared.error.NotFoundException;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admin writes of a category's translations (ADR 0011), serialised per category and language, a slug
 * claimed under a lock of its own. A change reindexes the category's products (their category path
 * carries its names) through {@link CategoryChanged}.
 */
@Service
public class CategoryTranslations {

    /** A written translation, and whether it is new. */
    public record Written(CategoryTranslationResponse translation, boolean created) {}

    private final CategoryRepository categories;
    private final CatalogLocales locales;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CategoryTranslations(CategoryRepository categories, CatalogLocales locales, JdbcTemplate jdbc,
            ApplicationEventPublisher events, Clock clock) {
        this.categories = categories;
        this.locales = locales;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Written put(UUID categoryId, String language, CategoryTranslationRequest r) {
        String locale = locales.writable(language);
        lock("category_translations:" + categoryId + ":" + locale);
        Category c = categories.findLive(categoryId).orElseThrow(CategoryService::notFound);
        TranslationTexts texts = new TranslationTexts();
        String name = texts.text("name", r.name(), 1);
        String slug = texts.slug("slug", r.slug());
        String description = texts.text("description", r.description(), 0);
        texts.requireOne();
        if (slug != null) {
            claim(slug, locale, categoryId);
        }
        boolean created = !c.getTranslations().containsKey(locale);
        CategoryTranslation t = c.translationIn(locale, clock.instant());
        t.write(name, slug, description, clock.instant());
        categories.flush();
        events.publishEvent(new CategoryChanged(categoryId));
        return new Written(CategoryTranslationResponse.of(t), created);
    }

    @Transactional(readOnly = true)
    public CategoryTranslationResponse get(UUID categoryId, String language) {
        Category c = categories.findLive(categoryId).orElseThrow(CategoryService::notFound);
        CategoryTranslation t = c.getTranslations().get(normalized(language));
        if (t == null) {
            throw notFound();
        }
        return CategoryTranslationResponse.of(t);
    }

    @Transactional
    public void delete(UUID categoryId, String language) {
        String locale = normalized(language);
        lock("category_translations:" + categoryId + ":" + locale);
        Category c = categories.findLive(categoryId).orElseThrow(CategoryService::notFound);
        if (!c.removeTranslation(locale)) {
            throw notFound();
        }
        categories.flush();
        events.publishEvent(new CategoryChanged(categoryId));
    }

    /** Unique within its language, and no other category's own slug. */
    private void claim(String slug, String locale, UUID categoryId) {
        lock("category_translations:slug:" + locale + ":" + slug);
        Integer taken = jdbc.queryForObject("""
                SELECT (SELECT count(*) FROM category_translations WHERE locale = ? AND slug = ? AND category_id <> ?)
                     + (SELECT count(*) FROM categories WHERE slug = ? AND id <> ?)""", Integer.class,
                locale, slug, categoryId, slug, categoryId);
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
        return new NotFoundException("translation_not_found", "This category has no translation in this language");
    }
}
