-- Idempotency keys (SPEC §5): the first response to (scope, key) is kept and replayed to retries.
CREATE TABLE idempotency_keys (
    scope           VARCHAR(200)             NOT NULL,
    idem_key        VARCHAR(255)             NOT NULL,
    request_hash    VARCHAR(64)              NOT NULL,
    status          VARCHAR(16)              NOT NULL,
    response_status INT,
    response_body   TEXT,
    locked_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, idem_key)
);
CREATE INDEX idempotency_keys_created_at_idx ON idempotency_keys (created_at);
