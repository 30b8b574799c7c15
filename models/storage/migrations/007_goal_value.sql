-- Keyplan schema version 7: what a goal's unit is worth to the customer, so that the value
-- delivered against it can be told in money (hours saved × their cost of an hour). The value is
-- in the account's currency, in minor units; `value_per` says how often the measure recurs, so
-- that a weekly saving is counted over a year and a one-off saving once.
ALTER TABLE goal ADD COLUMN unit_value INTEGER CHECK (unit_value IS NULL OR unit_value > 0);
ALTER TABLE goal ADD COLUMN value_per TEXT NOT NULL DEFAULT 'year'
    CHECK (value_per IN ('once', 'week', 'month', 'quarter', 'year'));

-- Who a QBR section's remark is for: everyone who reads the review (printed in the customer's
-- edition too), or us only (the internal edition).
ALTER TABLE qbr_section ADD COLUMN remark_internal INTEGER NOT NULL DEFAULT 0 CHECK (remark_internal IN (0, 1));
