-- Outside effects (ADR 0004): the last error of a failed event publication, staff alerts for what
-- gave up or needs a decision, and email deliveries claimed before the SMTP conversation.

ALTER TABLE event_publication
    ADD COLUMN last_error     VARCHAR(1000),
    ADD COLUMN last_failed_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX event_publication_status_idx ON event_publication (status) WHERE completion_date IS NULL;
CREATE INDEX event_publication_completed_idx ON event_publication (completion_date) WHERE completion_date IS NOT NULL;

CREATE TABLE staff_alerts (
    id               UUID                     NOT NULL PRIMARY KEY,
    kind             VARCHAR(50)              NOT NULL,
    ref              VARCHAR(300)             NOT NULL,
    subject_type     VARCHAR(30),
    subject_id       VARCHAR(100),
    summary          VARCHAR(500)             NOT NULL,
    status           VARCHAR(20)              NOT NULL,
    attempts         INT                      NOT NULL,
    first_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error       VARCHAR(1000),
    -- a given-up event publication, kept so that staff can put it back (retry)
    listener_id      TEXT,
    event_type       TEXT,
    serialized_event TEXT,
    publication_date TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    handled_at       TIMESTAMP WITH TIME ZONE,
    handled_by       VARCHAR(100),
    note             VARCHAR(500),
    CONSTRAINT staff_alerts_kind_ref UNIQUE (kind, ref)
);
CREATE INDEX staff_alerts_status_idx ON staff_alerts (status, last_attempt_at DESC);

ALTER TABLE email_deliveries
    ADD COLUMN status     VARCHAR(20)              NOT NULL DEFAULT 'sent',
    ADD COLUMN claim      UUID,
    ADD COLUMN claimed_at TIMESTAMP WITH TIME ZONE,
    ADD COLUMN attempts   INT                      NOT NULL DEFAULT 1,
    ADD COLUMN last_error VARCHAR(1000),
    ALTER COLUMN sent_at DROP NOT NULL,
    ALTER COLUMN sent_at DROP DEFAULT;
CREATE INDEX email_deliveries_sent_idx ON email_deliveries (sent_at);

-- Idempotency claims are fenced: only the holder of the current token may store the answer.
ALTER TABLE idempotency_keys ADD COLUMN claim_token UUID;
