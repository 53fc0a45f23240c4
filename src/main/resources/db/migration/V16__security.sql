-- Security review (ADR 0005, 0006): refunds the provider reported larger than what was left of their
-- payment keep the reported amount beside the capped one they count for.
ALTER TABLE refunds ADD COLUMN reported_amount NUMERIC(12, 2);
