-- Keyplan schema version 4: quarterly business reviews. Per account the value delivered in the
-- customer's terms, risks with their remediation, agreed next steps, and the reviews themselves:
-- the one in preparation keeps the user's section choices, remarks and the opportunities to
-- present; a held one also keeps a snapshot (JSON) of the account for the next review to compare.
-- Idempotent (IF NOT EXISTS), like every step.

CREATE TABLE IF NOT EXISTS value_outcome (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    achieved_on TEXT NOT NULL,
    metric TEXT NOT NULL,
    before_value REAL NOT NULL DEFAULT 0,
    after_value REAL NOT NULL DEFAULT 0,
    unit TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS value_outcome_account ON value_outcome (account_id, achieved_on);

CREATE TABLE IF NOT EXISTS account_risk (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    severity TEXT NOT NULL DEFAULT 'medium' CHECK (severity IN ('low', 'medium', 'high')),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'mitigating', 'closed')),
    remediation TEXT NOT NULL DEFAULT '',
    owner_id INTEGER REFERENCES team_member (id) ON DELETE SET NULL,
    raised_on TEXT,
    due_on TEXT,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS account_risk_account ON account_risk (account_id);

CREATE TABLE IF NOT EXISTS next_step (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    action TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '',
    due_on TEXT,
    done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS next_step_account ON next_step (account_id);

CREATE TABLE IF NOT EXISTS qbr (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    held_on TEXT,
    our_team TEXT NOT NULL DEFAULT '',
    attendees TEXT NOT NULL DEFAULT '',
    snapshot TEXT,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS qbr_account ON qbr (account_id, held_on);

-- Which sections the review prints, and the user's remark under each.
CREATE TABLE IF NOT EXISTS qbr_section (
    qbr_id INTEGER NOT NULL REFERENCES qbr (id) ON DELETE CASCADE,
    section TEXT NOT NULL CHECK (section IN ('cover', 'value', 'relationship', 'revenue', 'growth',
                                             'risks', 'changes')),
    included INTEGER NOT NULL DEFAULT 1 CHECK (included IN (0, 1)),
    remark TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (qbr_id, section)
);

-- The one or two expansion opportunities the review presents, in order.
CREATE TABLE IF NOT EXISTS qbr_opportunity (
    qbr_id INTEGER NOT NULL REFERENCES qbr (id) ON DELETE CASCADE,
    opportunity_id INTEGER NOT NULL REFERENCES opportunity (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (qbr_id, opportunity_id)
);
