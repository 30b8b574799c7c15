-- Keyplan schema version 3: whitespace and the expansion pipeline. A portfolio-wide catalogue of
-- offerings; per account its business units (or teams or regions), the whitespace matrix of
-- offerings by business units, expansion opportunities with the six-point decision checklist;
-- and a dated health mark per account (value before upsell: poor health means fix first).
-- Money in integer minor units. Idempotent (IF NOT EXISTS), like every step.

CREATE TABLE IF NOT EXISTS offering (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL DEFAULT 'product' CHECK (kind IN ('product', 'module', 'tier')),
    category TEXT NOT NULL DEFAULT '',
    list_price INTEGER NOT NULL DEFAULT 0 CHECK (list_price >= 0),
    position INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE IF NOT EXISTS business_unit (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'business_unit' CHECK (kind IN ('business_unit', 'team', 'region')),
    position INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (account_id, name)
);

CREATE TABLE IF NOT EXISTS opportunity (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    motion TEXT NOT NULL
        CHECK (motion IN ('upsell', 'cross_sell', 'seat_growth', 'usage_growth', 'price_increase')),
    title TEXT NOT NULL,
    offering_id INTEGER REFERENCES offering (id) ON DELETE SET NULL,
    business_unit_id INTEGER REFERENCES business_unit (id) ON DELETE SET NULL,
    amount INTEGER NOT NULL DEFAULT 0,
    stage TEXT NOT NULL DEFAULT 'identified'
        CHECK (stage IN ('identified', 'qualified', 'proposal', 'commit', 'won', 'lost')),
    probability INTEGER NOT NULL DEFAULT 10 CHECK (probability BETWEEN 0 AND 100),
    expected_close TEXT,
    champion_id INTEGER REFERENCES stakeholder (id) ON DELETE SET NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS opportunity_account ON opportunity (account_id);

-- The decision checklist: one row per question answered, with its note.
CREATE TABLE IF NOT EXISTS opportunity_check (
    opportunity_id INTEGER NOT NULL REFERENCES opportunity (id) ON DELETE CASCADE,
    check_key TEXT NOT NULL CHECK (check_key IN ('client_goals', 'business_case', 'champion',
                                                 'deliverable', 'timing', 'validated')),
    met INTEGER NOT NULL DEFAULT 0 CHECK (met IN (0, 1)),
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (opportunity_id, check_key)
);

CREATE TABLE IF NOT EXISTS whitespace_cell (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    offering_id INTEGER NOT NULL REFERENCES offering (id) ON DELETE CASCADE,
    business_unit_id INTEGER NOT NULL REFERENCES business_unit (id) ON DELETE CASCADE,
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'sold', 'in_pipeline', 'not_applicable')),
    revenue INTEGER NOT NULL DEFAULT 0,
    potential INTEGER NOT NULL DEFAULT 0,
    competitor TEXT NOT NULL DEFAULT '',
    competitor_spend INTEGER,
    opportunity_id INTEGER REFERENCES opportunity (id) ON DELETE SET NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (offering_id, business_unit_id)
);
CREATE INDEX IF NOT EXISTS whitespace_cell_account ON whitespace_cell (account_id);

-- How healthy the account is, 1 (failing) to 10 (thriving), as assessed on a day.
CREATE TABLE IF NOT EXISTS account_health (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    assessed_on TEXT NOT NULL,
    score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 10),
    note TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS account_health_account ON account_health (account_id, assessed_on);
