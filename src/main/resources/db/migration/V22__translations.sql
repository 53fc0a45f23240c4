-- Catalog translations (ADR 0011): one row per product or category and language. Every text is
-- optional: a missing one falls back, field by field, to the market's default language, then to the
-- base text on the products / categories row. A translated slug is unique within its language.

CREATE TABLE product_translations (
    id                UUID                     NOT NULL PRIMARY KEY,
    product_id        UUID                     NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    locale            VARCHAR(12)              NOT NULL,
    name              VARCHAR(200),
    slug              VARCHAR(220),
    description       TEXT,
    short_description VARCHAR(500),
    seo_title         VARCHAR(200),
    seo_description   VARCHAR(500),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT product_translations_locale_uk UNIQUE (product_id, locale),
    -- NULL slugs are distinct: only the slugs given must be unique within a language
    CONSTRAINT product_translations_slug_uk UNIQUE (locale, slug)
);
-- a slug of any language finds its product (a link shared across languages)
CREATE INDEX product_translations_slug_idx ON product_translations (slug) WHERE slug IS NOT NULL;

CREATE TABLE category_translations (
    id          UUID                     NOT NULL PRIMARY KEY,
    category_id UUID                     NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
    locale      VARCHAR(12)              NOT NULL,
    name        VARCHAR(120),
    slug        VARCHAR(140),
    description TEXT,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT category_translations_locale_uk UNIQUE (category_id, locale),
    CONSTRAINT category_translations_slug_uk UNIQUE (locale, slug)
);
CREATE INDEX category_translations_slug_idx ON category_translations (slug) WHERE slug IS NOT NULL;
