-- Inventory that ships (ADR 0012): stock is held per location. products.stock / product_variants.stock
-- stay as the storefront's projection (available over active locations), written by inventory.
CREATE TABLE stock_locations (
    code       VARCHAR(32)              NOT NULL PRIMARY KEY CHECK (code ~ '^[a-z0-9][a-z0-9-]*$'),
    name       VARCHAR(200)             NOT NULL,
    address    JSONB,
    priority   INT                      NOT NULL DEFAULT 0,
    active     BOOLEAN                  NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
INSERT INTO stock_locations (code, name, priority) VALUES ('main', 'Main warehouse', 0);

-- One row per SKU and location. product_id / variant_id are the SKU's (never reused), kept here so that
-- a ledger line can be written from a level without asking the catalog.
CREATE TABLE stock_levels (
    sku           VARCHAR(64) NOT NULL,
    location_code VARCHAR(32) NOT NULL REFERENCES stock_locations (code),
    product_id    UUID        NOT NULL,
    variant_id    UUID,
    on_hand       INT         NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
    reserved      INT         NOT NULL DEFAULT 0 CHECK (reserved >= 0 AND reserved <= on_hand),
    PRIMARY KEY (sku, location_code)
);
CREATE INDEX stock_levels_location_idx ON stock_levels (location_code, sku);

-- Today's stock of every sellable SKU (variants, and products without variants) is at main.
INSERT INTO stock_levels (sku, location_code, product_id, variant_id, on_hand)
SELECT v.sku, 'main', v.product_id, v.id, v.stock FROM product_variants v
UNION ALL
SELECT p.sku, 'main', p.id, NULL, p.stock FROM products p
 WHERE NOT EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = p.id);

-- What each order holds where, until it ships or is released.
CREATE TABLE stock_reservations (
    order_id      UUID        NOT NULL,
    sku           VARCHAR(64) NOT NULL,
    location_code VARCHAR(32) NOT NULL REFERENCES stock_locations (code),
    quantity      INT         NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (order_id, sku, location_code)
);
CREATE INDEX stock_reservations_level_idx ON stock_reservations (sku, location_code);

-- The ledger gains its location and the reserved column: on_hand = Σ delta, reserved = Σ reserved_delta
-- per SKU and location. No foreign key: the ledger outlives a deleted (emptied) location, whose lines
-- add up to zero, so a location created again under its code starts from zero too.
ALTER TABLE stock_movements ADD COLUMN location_code VARCHAR(32) NOT NULL DEFAULT 'main';
ALTER TABLE stock_movements ALTER COLUMN location_code DROP DEFAULT;
ALTER TABLE stock_movements ADD COLUMN reserved_delta INT NOT NULL DEFAULT 0;
ALTER TABLE stock_movements ADD COLUMN reserved_after INT NOT NULL DEFAULT 0 CHECK (reserved_after >= 0);
ALTER TABLE stock_movements DROP CONSTRAINT stock_movements_delta_check;
ALTER TABLE stock_movements ADD CONSTRAINT stock_movements_delta_check CHECK (delta <> 0 OR reserved_delta <> 0);
ALTER TABLE stock_movements DROP CONSTRAINT stock_movements_reason_check;
ALTER TABLE stock_movements ADD CONSTRAINT stock_movements_reason_check CHECK (reason IN ('sale', 'cancellation',
    'adjustment', 'return', 'restock', 'reservation', 'transfer', 'write_off'));
CREATE INDEX stock_movements_level_idx ON stock_movements (sku, location_code, id);
CREATE INDEX stock_movements_location_idx ON stock_movements (location_code, id);

-- Where the old ledger did not add up to the stock (rows written outside the catalog), one adjustment
-- line makes on_hand = Σ delta hold from now on.
INSERT INTO stock_movements (sku, location_code, product_id, variant_id, delta, stock_after, reason, actor, note)
SELECT l.sku, 'main', l.product_id, l.variant_id, l.on_hand - COALESCE(m.total, 0), l.on_hand, 'adjustment',
       'migration', 'V24: ledger brought to the stock'
  FROM stock_levels l
  LEFT JOIN (SELECT sku, sum(delta) AS total FROM stock_movements GROUP BY sku) m ON m.sku = l.sku
 WHERE l.on_hand <> COALESCE(m.total, 0);
