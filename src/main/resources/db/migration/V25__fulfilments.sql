-- Fulfilments (ADR 0012): an order ships as parcels, each from one stock location with its carrier and
-- tracking number, and each order item counts what left. quantity_shipped only ever grows through a
-- conditional UPDATE (quantity_shipped + q <= quantity); the CHECK backs it.
CREATE TABLE order_fulfilments (
    id              UUID                     NOT NULL PRIMARY KEY,
    order_id        UUID                     NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    location_code   VARCHAR(32)              NOT NULL,
    carrier         VARCHAR(100),
    tracking_number VARCHAR(100)             NOT NULL,
    status          VARCHAR(20)              NOT NULL CHECK (status IN ('shipped', 'delivered')),
    shipped_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    created_by      VARCHAR(255)             NOT NULL,
    CONSTRAINT order_fulfilments_delivered CHECK ((status = 'delivered') = (delivered_at IS NOT NULL))
);
CREATE INDEX order_fulfilments_order_idx ON order_fulfilments (order_id, shipped_at);

CREATE TABLE order_fulfilment_items (
    fulfilment_id UUID NOT NULL REFERENCES order_fulfilments (id) ON DELETE CASCADE,
    order_item_id UUID NOT NULL REFERENCES order_items (id) ON DELETE CASCADE,
    quantity      INT  NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (fulfilment_id, order_item_id)
);
CREATE INDEX order_fulfilment_items_item_idx ON order_fulfilment_items (order_item_id);

ALTER TABLE order_items ADD COLUMN quantity_shipped INT NOT NULL DEFAULT 0;
ALTER TABLE order_items ADD CONSTRAINT order_items_quantity_shipped
    CHECK (quantity_shipped >= 0 AND quantity_shipped <= quantity);

-- Orders shipped before parcels left in one parcel from the default location, with their tracking number,
-- delivered when the order was.
INSERT INTO order_fulfilments (id, order_id, location_code, carrier, tracking_number, status, shipped_at,
                               delivered_at, created_by)
SELECT gen_random_uuid(), o.id, 'main', NULL, coalesce(o.tracking_number, ''),
       CASE WHEN o.delivered_at IS NULL THEN 'shipped' ELSE 'delivered' END, o.shipped_at, o.delivered_at,
       'migration'
  FROM orders o WHERE o.shipped_at IS NOT NULL;

INSERT INTO order_fulfilment_items (fulfilment_id, order_item_id, quantity)
SELECT f.id, i.id, i.quantity FROM order_fulfilments f JOIN order_items i ON i.order_id = f.order_id;

UPDATE order_items i SET quantity_shipped = i.quantity
  FROM orders o WHERE o.id = i.order_id AND o.shipped_at IS NOT NULL;
