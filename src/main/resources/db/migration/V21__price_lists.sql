-- Price lists and customer groups (module pricelists, ADR 0010). Members are user ids: the accounts
-- belong to customers, so there is no foreign key into users (existence is checked by the service).

CREATE TABLE customer_groups (
    id          UUID                     NOT NULL PRIMARY KEY,
    name        VARCHAR(100)             NOT NULL,
    description VARCHAR(500),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
-- "VIP" and "vip" are one group
CREATE UNIQUE INDEX customer_groups_name_key ON customer_groups (lower(name));

CREATE TABLE customer_group_members (
    group_id UUID                     NOT NULL REFERENCES customer_groups (id) ON DELETE CASCADE,
    user_id  UUID                     NOT NULL,
    added_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (group_id, user_id)
);
-- the price of a signed-in customer asks for the groups of one user
CREATE INDEX customer_group_members_user_idx ON customer_group_members (user_id, group_id);
CREATE INDEX customer_group_members_added_idx ON customer_group_members (group_id, added_at DESC, user_id);

CREATE TABLE price_lists (
    id          UUID                     NOT NULL PRIMARY KEY,
    name        VARCHAR(200)             NOT NULL,
    description VARCHAR(1000),
    type        VARCHAR(10)              NOT NULL CHECK (type IN ('sale', 'override')),
    status      VARCHAR(10)              NOT NULL CHECK (status IN ('active', 'draft')),
    currency    VARCHAR(3)               NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    starts_at   TIMESTAMP WITH TIME ZONE,
    ends_at     TIMESTAMP WITH TIME ZONE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT price_lists_period_check CHECK (starts_at IS NULL OR ends_at IS NULL OR ends_at > starts_at)
);
CREATE INDEX price_lists_created_idx ON price_lists (created_at DESC, id);

-- A list limited to groups; a list without rows here is for everyone. A group that a list names
-- cannot be deleted (no cascade): the list would silently become everyone's.
CREATE TABLE price_list_groups (
    price_list_id UUID NOT NULL REFERENCES price_lists (id) ON DELETE CASCADE,
    group_id      UUID NOT NULL REFERENCES customer_groups (id),
    PRIMARY KEY (price_list_id, group_id)
);
CREATE INDEX price_list_groups_group_idx ON price_list_groups (group_id);

-- Net amounts in the list's currency, exact (no more decimals than the currency has). A SKU is
-- any catalog SKU string; one the catalog does not (yet) have is stored and simply never asked for.
CREATE TABLE price_list_prices (
    price_list_id UUID           NOT NULL REFERENCES price_lists (id) ON DELETE CASCADE,
    sku           VARCHAR(64)    NOT NULL,
    amount        NUMERIC(12, 2) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (price_list_id, sku)
);
-- PriceLists.apply looks prices up by SKU: index-only for the amount
CREATE INDEX price_list_prices_sku_idx ON price_list_prices (sku, price_list_id) INCLUDE (amount);

-- The new permission: admin gets it from Permissions.ALL at every start too.
UPDATE roles SET permissions = array_append(permissions, 'pricing:manage')
 WHERE name IN ('admin', 'marketing') AND NOT ('pricing:manage' = ANY (permissions));
UPDATE roles SET description = 'Coupons, price lists, customer groups and reports'
 WHERE name = 'marketing' AND description = 'Coupons and reports';
