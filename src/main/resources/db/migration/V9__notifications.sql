-- Emails sent, one row per (kind, subject id): a redelivered event finds its row and sends nothing.
CREATE TABLE email_deliveries (
    delivery_key VARCHAR(200)             NOT NULL PRIMARY KEY,
    recipient    VARCHAR(320)             NOT NULL,
    subject      VARCHAR(300)             NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
