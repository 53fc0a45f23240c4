-- Returns and exchanges (ADR 0012), owned by the returns module. A return snapshots the order number
-- and each line's SKU and name, so that it reads without joining the orders module's tables.
ALTER TABLE order_items ADD COLUMN IF NOT EXISTS quantity_returned INT NOT NULL DEFAULT 0;
ALTER TABLE order_items ADD CONSTRAINT order_items_quantity_returned
    CHECK (quantity_returned >= 0 AND quantity_returned <= quantity);
-- an item added by an exchange: the order item it replaces
ALTER TABLE order_items ADD COLUMN IF NOT EXISTS exchange_for UUID REFERENCES order_items (id);

CREATE TABLE returns (
    id               UUID                     NOT NULL PRIMARY KEY,
    order_id         UUID                     NOT NULL REFERENCES orders (id),
    order_number     VARCHAR(32)              NOT NULL,
    status           VARCHAR(20)              NOT NULL
        CHECK (status IN ('requested', 'approved', 'rejected', 'received', 'refunded')),
    note             VARCHAR(1000),
    requested_by     VARCHAR(255)             NOT NULL,
    rejection_reason VARCHAR(500),
    refund_amount    NUMERIC(12, 2),
    refund_id        UUID,
    include_shipping BOOLEAN                  NOT NULL DEFAULT false,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    approved_at      TIMESTAMP WITH TIME ZONE,
    received_at      TIMESTAMP WITH TIME ZONE,
    refunded_at      TIMESTAMP WITH TIME ZONE,
    version          BIGINT                   NOT NULL DEFAULT 0
);
CREATE INDEX returns_order_idx ON returns (order_id, created_at);
CREATE INDEX returns_status_created_idx ON returns (status, created_at DESC);
CREATE INDEX returns_created_idx ON returns (created_at DESC);

CREATE TABLE return_items (
    id                        UUID         NOT NULL PRIMARY KEY,
    return_id                 UUID         NOT NULL REFERENCES returns (id) ON DELETE CASCADE,
    position                  INT          NOT NULL,
    order_item_id             UUID         NOT NULL REFERENCES order_items (id),
    sku                       VARCHAR(64)  NOT NULL,
    name                      VARCHAR(500) NOT NULL,
    quantity                  INT          NOT NULL CHECK (quantity > 0),
    reason                    VARCHAR(500),
    received_quantity         INT          NOT NULL DEFAULT 0,
    damaged_quantity          INT          NOT NULL DEFAULT 0,
    replacement_variant_id    UUID,
    replacement_sku           VARCHAR(64),
    replacement_unit_price    NUMERIC(10, 2),
    replacement_order_item_id UUID REFERENCES order_items (id),
    CONSTRAINT return_items_received CHECK (received_quantity >= 0 AND received_quantity <= quantity),
    CONSTRAINT return_items_damaged CHECK (damaged_quantity >= 0 AND damaged_quantity <= received_quantity),
    CONSTRAINT return_items_once UNIQUE (return_id, order_item_id)
);
CREATE INDEX return_items_order_item_idx ON return_items (order_item_id);
