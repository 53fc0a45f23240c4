-- Customers: the address book and the wishlist.

CREATE TABLE addresses (
    id                  UUID                     NOT NULL PRIMARY KEY,
    user_id             UUID                     NOT NULL REFERENCES users (id),
    label               VARCHAR(60),
    first_name          VARCHAR(100)             NOT NULL,
    last_name           VARCHAR(100)             NOT NULL,
    company             VARCHAR(120),
    line1               VARCHAR(200)             NOT NULL,
    line2               VARCHAR(200),
    city                VARCHAR(100)             NOT NULL,
    postal_code         VARCHAR(20)              NOT NULL,
    country             VARCHAR(2)               NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    phone               VARCHAR(40),
    is_default_shipping BOOLEAN                  NOT NULL DEFAULT FALSE,
    is_default_billing  BOOLEAN                  NOT NULL DEFAULT FALSE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT                   NOT NULL DEFAULT 0
);
CREATE INDEX addresses_user_idx ON addresses (user_id, created_at);
-- At most one default of each kind per customer, even if the service's per-customer lock were bypassed.
CREATE UNIQUE INDEX addresses_default_shipping_uk ON addresses (user_id) WHERE is_default_shipping;
CREATE UNIQUE INDEX addresses_default_billing_uk ON addresses (user_id) WHERE is_default_billing;

-- product_id points into the catalog's table, which this module does not own: no foreign key; a
-- product that is deleted or deactivated is left out when the list is read.
CREATE TABLE wishlist_items (
    user_id    UUID                     NOT NULL REFERENCES users (id),
    product_id UUID                     NOT NULL,
    added_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, product_id)
);
