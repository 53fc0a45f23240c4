-- Markets module: where the shop sells, in which currency, with or without tax in the prices. The
-- default market is inserted at start from the configuration (comptoir.pricing, comptoir.locale) when
-- the table is empty, so that a shop upgraded to markets keeps selling exactly as before.

CREATE TABLE markets (
    code           VARCHAR(32)              NOT NULL PRIMARY KEY,
    name           VARCHAR(100)             NOT NULL,
    currency       CHAR(3)                  NOT NULL,
    tax_inclusive  BOOLEAN                  NOT NULL,
    default_locale VARCHAR(8)               NOT NULL,
    locales        TEXT[]                   NOT NULL,
    -- [{name, countries, flatRate, freeAbove, deliveryDaysMin, deliveryDaysMax}], amounts in currency
    shipping_zones JSONB                    NOT NULL,
    is_default     BOOLEAN                  NOT NULL DEFAULT FALSE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT markets_code_format CHECK (code ~ '^[a-z0-9][a-z0-9_-]{1,31}$'),
    CONSTRAINT markets_currency_format CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT markets_default_locale_listed CHECK (default_locale = ANY (locales)),
    CONSTRAINT markets_zones_array CHECK (jsonb_typeof(shipping_zones) = 'array')
);
-- one default market at most
CREATE UNIQUE INDEX markets_one_default ON markets (is_default) WHERE is_default;

-- A market's countries in order (the first one's VAT rate is in the prices shown). The primary key
-- on the country is what keeps a country in one market, also when two admins race.
CREATE TABLE market_countries (
    country     CHAR(2)     NOT NULL PRIMARY KEY,
    market_code VARCHAR(32) NOT NULL REFERENCES markets (code) ON DELETE CASCADE,
    position    INT         NOT NULL,
    CONSTRAINT market_countries_format CHECK (country ~ '^[A-Z]{2}$'),
    CONSTRAINT market_countries_position_key UNIQUE (market_code, position)
);

-- the new permission; AccountBootstrap re-syncs admin with Permissions.ALL at every start as well
UPDATE roles SET permissions = array_append(permissions, 'markets:manage')
WHERE name = 'admin' AND NOT ('markets:manage' = ANY (permissions));
