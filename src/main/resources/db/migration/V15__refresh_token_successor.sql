-- A rotated refresh token points at the one issued in its place, so that within the grace window a
-- second presentation of it can be answered with that same successor (AuthService.refresh). Only
-- hashes are stored still: the successor's raw value is derived again from the presented token.
-- UNIQUE also indexes the column, which the ON DELETE look-ups of the cleanup need.
ALTER TABLE refresh_tokens
    ADD COLUMN successor_id UUID UNIQUE REFERENCES refresh_tokens (id) ON DELETE SET NULL;
