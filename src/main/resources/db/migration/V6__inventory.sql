-- Inventory: the stock movements ledger. Every change of a SKU's stock has one row here, written
-- in the transaction that changed the stock, so stock always equals the sum of its movements.
CREATE TABLE stock_movements (
    id          BIGSERIAL PRIMARY KEY,
    sku         VARCHAR(64)              NOT NULL,
    product_id  UUID                     NOT NULL,
    variant_id  UUID,
    delta       INT                      NOT NULL CHECK (delta <> 0),
    stock_after INT                      NOT NULL CHECK (stock_after >= 0),
    reason      VARCHAR(20)              NOT NULL
        CHECK (reason IN ('sale', 'cancellation', 'adjustment', 'return', 'restock')),
    order_id    UUID,
    actor       VARCHAR(255),
    note        VARCHAR(500),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX stock_movements_sku_idx ON stock_movements (sku, id);
CREATE INDEX stock_movements_order_idx ON stock_movements (order_id) WHERE order_id IS NOT NULL;
CREATE INDEX stock_movements_reason_idx ON stock_movements (reason, id);
