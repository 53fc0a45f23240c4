package dev.comptoir.catalog;

import org.jspecify.annotations.Nullable;

/** A product's name and slug in a reader's languages; null where they have none (the product's own then). */
public record TranslatedName(@Nullable String name, @Nullable String slug) {

    public String nameOr(String own) {
        return name != null ? name : own;
    }

    public String slugOr(String own) {
        return slug != null ? slug : own;
    }
}
