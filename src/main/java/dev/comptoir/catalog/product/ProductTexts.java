package dev.comptoir.catalog.product;

import dev.comptoir.catalog.CatalogLocale;

/** A product's texts as one read shows them: its own, or in a language with fallbacks field by field. */
public record ProductTexts(String name, String slug, String description, String shortDescription, String seoTitle,
        String seoDescription) {

    public static ProductTexts base(Product p) {
        return new ProductTexts(p.getName(), p.getSlug(), p.getDescription(), p.getShortDescription(), p.getSeoTitle(),
                p.getSeoDescription());
    }

    public static ProductTexts in(Product p, CatalogLocale locale) {
        var t = p.getTranslations();
        return new ProductTexts(locale.text(t, ProductTranslation::getName, p.getName()),
                locale.text(t, ProductTranslation::getSlug, p.getSlug()),
                locale.text(t, ProductTranslation::getDescription, p.getDescription()),
                locale.text(t, ProductTranslation::getShortDescription, p.getShortDescription()),
                locale.text(t, ProductTranslation::getSeoTitle, p.getSeoTitle()),
                locale.text(t, ProductTranslation::getSeoDescription, p.getSeoDescription()));
    }
}
