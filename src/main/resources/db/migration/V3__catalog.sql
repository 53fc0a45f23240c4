-- Catalog: the category tree, products with their variants and images, and the SKU registry that
-- keeps every SKU unique across products and variants (the database enforces it, even under races).

CREATE TABLE categories (
    id          UUID                     NOT NULL PRIMARY KEY,
    name        VARCHAR(120)             NOT NULL,
    slug        VARCHAR(140)             NOT NULL,
    description TEXT,
    parent_id   UUID REFERENCES categories (id),
    position    INT                      NOT NULL DEFAULT 0,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at  TIMESTAMP WITH TIME ZONE,
    version     BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT categories_slug_uk UNIQUE (slug),
    CONSTRAINT categories_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX categories_parent_idx ON categories (parent_id);

CREATE TABLE products (
    id                UUID                     NOT NULL PRIMARY KEY,
    name              VARCHAR(200)             NOT NULL,
    slug              VARCHAR(220)             NOT NULL,
    description       TEXT,
    short_description VARCHAR(500),
    price             NUMERIC(10, 2)           NOT NULL CHECK (price >= 0),
    compare_at_price  NUMERIC(10, 2) CHECK (compare_at_price >= 0),
    currency          VARCHAR(3)               NOT NULL DEFAULT 'EUR' CHECK (currency = 'EUR'),
    sku               VARCHAR(64)              NOT NULL,
    stock             INT                      NOT NULL DEFAULT 0 CHECK (stock >= 0),
    weight            NUMERIC(10, 3) CHECK (weight >= 0),
    dimensions        JSONB,
    is_active         BOOLEAN                  NOT NULL DEFAULT TRUE,
    is_featured       BOOLEAN                  NOT NULL DEFAULT FALSE,
    seo_title         VARCHAR(200),
    seo_description   VARCHAR(500),
    category_id       UUID REFERENCES categories (id),
    rating_average    NUMERIC(3, 2)            NOT NULL DEFAULT 0 CHECK (rating_average BETWEEN 0 AND 5),
    rating_count      INT                      NOT NULL DEFAULT 0 CHECK (rating_count >= 0),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at        TIMESTAMP WITH TIME ZONE,
    version           BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT products_slug_uk UNIQUE (slug),
    CONSTRAINT products_sku_uk UNIQUE (sku)
);
CREATE INDEX products_category_idx ON products (category_id);
-- the public listing only ever reads live products
CREATE INDEX products_live_created_idx ON products (created_at DESC) WHERE deleted_at IS NULL AND is_active;
CREATE INDEX products_live_price_idx ON products (price) WHERE deleted_at IS NULL AND is_active;
CREATE INDEX products_live_name_idx ON products (lower(name), id) WHERE deleted_at IS NULL AND is_active;
CREATE INDEX products_live_rating_idx ON products (rating_average DESC, rating_count DESC, id)
    WHERE deleted_at IS NULL AND is_active;

CREATE TABLE product_variants (
    id         UUID                     NOT NULL PRIMARY KEY,
    product_id UUID                     NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    sku        VARCHAR(64)              NOT NULL,
    name       VARCHAR(200)             NOT NULL,
    options    JSONB                    NOT NULL DEFAULT '{}',
    price      NUMERIC(10, 2) CHECK (price >= 0),
    stock      INT                      NOT NULL DEFAULT 0 CHECK (stock >= 0),
    position   INT                      NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT product_variants_sku_uk UNIQUE (sku)
);
CREATE INDEX product_variants_product_idx ON product_variants (product_id);

CREATE TABLE product_images (
    id         UUID          NOT NULL PRIMARY KEY,
    product_id UUID          NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    url        VARCHAR(2048) NOT NULL CHECK (url ~* '^https?://'),
    alt_text   VARCHAR(255),
    position   INT           NOT NULL DEFAULT 0
);
CREATE INDEX product_images_product_idx ON product_images (product_id);

-- One row per SKU ever handed out, product or variant. Its primary key is what makes SKUs unique
-- across both tables; rows are never deleted, so a SKU is never reused and stock ledgers and past
-- orders that name it stay unambiguous.
CREATE TABLE catalog_skus (
    sku        VARCHAR(64)              NOT NULL PRIMARY KEY,
    product_id UUID                     NOT NULL,
    variant_id UUID,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
