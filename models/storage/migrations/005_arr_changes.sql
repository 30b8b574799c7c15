-- Keyplan schema version 5: an account's ARR is a timeline of dated changes, and the plan keeps
-- dated exchange rates. The monthly revenue history becomes changes (an unchanged month is no
-- change, a month at zero is churn) and the account's separate ARR field goes: ARR on a day is
-- the last change on or before it.

CREATE TABLE IF NOT EXISTS arr_change (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    effective_on TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('new', 'upsell', 'cross_sell', 'seat_growth', 'usage_growth',
                                       'price_increase', 'expansion', 'contraction', 'churn',
                                       'reactivation')),
    arr_minor BIGINT NOT NULL CHECK (arr_minor >= 0),
    note TEXT NOT NULL DEFAULT '',
    opportunity_id INTEGER REFERENCES opportunity (id) ON DELETE SET NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS arr_change_account ON arr_change (account_id, effective_on);
CREATE INDEX IF NOT EXISTS arr_change_opportunity ON arr_change (opportunity_id);

-- One unit of from_currency was worth rate_billionths / 10^9 units of to_currency from effective_on.
CREATE TABLE IF NOT EXISTS exchange_rate (
    id INTEGER PRIMARY KEY,
    from_currency TEXT NOT NULL,
    to_currency TEXT NOT NULL,
    effective_on TEXT NOT NULL,
    rate_billionths BIGINT NOT NULL CHECK (rate_billionths > 0),
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (from_currency, to_currency, effective_on)
);

-- Each month whose figure differs from the month before becomes a change on the first of that
-- month: up from zero is new business (or reactivation after earlier revenue), down to zero is
-- churn, otherwise expansion (its motion was never recorded) or contraction.
INSERT INTO arr_change (account_id, effective_on, kind, arr_minor)
SELECT account_id, month || '-01',
       CASE WHEN amount = 0 THEN 'churn'
            WHEN previous IS NULL OR previous = 0 THEN
                CASE WHEN earlier_best > 0 THEN 'reactivation' ELSE 'new' END
            WHEN amount > previous THEN 'expansion'
            ELSE 'contraction' END,
       amount
FROM (SELECT account_id, month, amount,
             LAG(amount) OVER (PARTITION BY account_id ORDER BY month) AS previous,
             MAX(amount) OVER (PARTITION BY account_id ORDER BY month
                               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS earlier_best
      FROM (SELECT account_id, month,
                   CASE WHEN recurring_minor < 0 THEN 0 ELSE recurring_minor END AS amount
            FROM revenue_snapshot) AS figures) AS history
WHERE (previous IS NULL AND amount > 0) OR (previous IS NOT NULL AND amount <> previous)
ORDER BY account_id, month;

-- Where the account's own ARR field said something the history did not end with, that figure is
-- kept as a change dated the day of the upgrade.
INSERT INTO arr_change (account_id, effective_on, kind, arr_minor, note)
SELECT id, CURRENT_DATE,
       CASE WHEN latest IS NULL THEN 'new'
            WHEN latest = 0 THEN 'reactivation'
            WHEN arr_minor > latest THEN 'expansion'
            ELSE 'contraction' END,
       arr_minor, 'ARR from the account''s details, kept when Keyplan converted the monthly history'
FROM (SELECT a.id, a.arr_minor,
             (SELECT c.arr_minor FROM arr_change c WHERE c.account_id = a.id
              ORDER BY c.effective_on DESC, c.id DESC LIMIT 1) AS latest
      FROM account a) AS details
WHERE arr_minor > 0 AND (latest IS NULL OR latest <> arr_minor)
ORDER BY id;

DROP INDEX IF EXISTS revenue_snapshot_month;
DROP TABLE IF EXISTS revenue_snapshot;
ALTER TABLE account DROP COLUMN arr_minor;
