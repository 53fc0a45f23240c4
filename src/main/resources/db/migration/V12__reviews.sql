-- Reviews: one per customer per product, moderated. product_id and user_id point into other modules'
-- tables, so there is no foreign key; the catalog's rating columns are recomputed from the approved
-- rows through CatalogService.

CREATE TABLE reviews (
    id                UUID                     NOT NULL PRIMARY KEY,
    product_id        UUID                     NOT NULL,
    user_id           UUID                     NOT NULL,
    author_name       VARCHAR(120)             NOT NULL,
    rating            INTEGER                  NOT NULL CHECK (rating BETWEEN 1 AND 5),
    title             VARCHAR(200),
    body              VARCHAR(5000),
    verified_purchase BOOLEAN                  NOT NULL DEFAULT FALSE,
    status            VARCHAR(10)              NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    moderated_at      TIMESTAMP WITH TIME ZONE,
    moderated_by      VARCHAR(100),
    version           BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT reviews_product_user_uk UNIQUE (product_id, user_id)
);
-- the public list reads approved reviews of one product, newest or by rating
CREATE INDEX reviews_approved_newest_idx ON reviews (product_id, created_at DESC) WHERE status = 'approved';
CREATE INDEX reviews_approved_rating_idx ON reviews (product_id, rating, created_at DESC) WHERE status = 'approved';
CREATE INDEX reviews_status_created_idx ON reviews (status, created_at);
CREATE INDEX reviews_user_created_idx ON reviews (user_id, created_at DESC);
