-- Metadata (ADR 0013): integrators' own key/value pairs on products, variants, categories, accounts and
-- orders. `metadata` is public (storefront answers), `private_metadata` staff-only. Written only by a
-- jsonb merge in SQL (shared.metadata.MetadataColumns), never by an entity flush, so that concurrent
-- patches of different keys all survive. No index: only admin lists filter on them, paged.
ALTER TABLE products
    ADD COLUMN metadata         JSONB NOT NULL DEFAULT '{}',
    ADD COLUMN private_metadata JSONB NOT NULL DEFAULT '{}';
ALTER TABLE product_variants
    ADD COLUMN metadata         JSONB NOT NULL DEFAULT '{}',
    ADD COLUMN private_metadata JSONB NOT NULL DEFAULT '{}';
ALTER TABLE categories
    ADD COLUMN metadata         JSONB NOT NULL DEFAULT '{}',
    ADD COLUMN private_metadata JSONB NOT NULL DEFAULT '{}';
ALTER TABLE users
    ADD COLUMN metadata         JSONB NOT NULL DEFAULT '{}',
    ADD COLUMN private_metadata JSONB NOT NULL DEFAULT '{}';
ALTER TABLE orders
    ADD COLUMN metadata         JSONB NOT NULL DEFAULT '{}',
    ADD COLUMN private_metadata JSONB NOT NULL DEFAULT '{}';
