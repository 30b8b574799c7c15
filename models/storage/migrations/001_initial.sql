-- Keyplan schema version 1: accounts, our team, stage history and revenue history.
-- Portable SQL (SQLite and PostgreSQL): integer money in minor units, ISO dates as text,
-- a version integer on every editable row that each update increments.
-- Steps 1-4 are idempotent (IF NOT EXISTS), so re-running one on a plan that has it changes nothing;
-- step 5 moves data and runs once (the version is recorded in the same transaction).

CREATE TABLE IF NOT EXISTS plan_info (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS team_member (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE IF NOT EXISTS account (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    segment TEXT NOT NULL CHECK (segment IN ('enterprise', 'mid_market', 'smb')),
    tier TEXT NOT NULL CHECK (tier IN ('strategic', 'growth', 'standard', 'at_risk')),
    is_key INTEGER NOT NULL DEFAULT 1 CHECK (is_key IN (0, 1)),
    owner_id INTEGER REFERENCES team_member (id) ON DELETE SET NULL,
    industry TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    employees INTEGER NOT NULL DEFAULT 0 CHECK (employees >= 0),
    currency TEXT NOT NULL DEFAULT 'GBP',
    arr_minor BIGINT NOT NULL DEFAULT 0,
    renewal_date TEXT,
    stage TEXT NOT NULL CHECK (stage IN ('pre_kam', 'early_kam', 'mid_kam', 'partnership_kam',
                                          'synergistic_kam', 'uncoupling_kam')),
    notes TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS account_owner ON account (owner_id);

CREATE TABLE IF NOT EXISTS stage_change (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    from_stage TEXT,
    to_stage TEXT NOT NULL,
    changed_on TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS stage_change_account ON stage_change (account_id, changed_on);

CREATE TABLE IF NOT EXISTS revenue_snapshot (
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    month TEXT NOT NULL,
    recurring_minor BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (account_id, month)
);
CREATE INDEX IF NOT EXISTS revenue_snapshot_month ON revenue_snapshot (month);
