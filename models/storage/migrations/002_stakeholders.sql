-- Keyplan schema version 2: the stakeholder map. People at the customer with their reporting
-- lines, dotted-line and influence links, touchpoints with them, and reviews of the map.
-- Idempotent (IF NOT EXISTS), like every step.

CREATE TABLE IF NOT EXISTS stakeholder (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '',
    business_unit TEXT NOT NULL DEFAULT '',
    reports_to INTEGER REFERENCES stakeholder (id) ON DELETE SET NULL,
    buying_layer TEXT NOT NULL DEFAULT 'other'
        CHECK (buying_layer IN ('executive_sponsor', 'economic_buyer', 'users_and_admins', 'other')),
    decision_role TEXT NOT NULL DEFAULT 'user'
        CHECK (decision_role IN ('champion', 'economic_buyer', 'decision_maker', 'technical_evaluator',
                                 'influencer', 'user', 'blocker')),
    support_level TEXT NOT NULL DEFAULT 'neutral'
        CHECK (support_level IN ('mentor', 'supporter', 'neutral', 'non_supporter', 'opponent')),
    influence TEXT NOT NULL DEFAULT 'medium' CHECK (influence IN ('low', 'medium', 'high')),
    relationship TEXT NOT NULL DEFAULT 'none'
        CHECK (relationship IN ('none', 'cold', 'neutral', 'warm', 'strong')),
    our_owner_id INTEGER REFERENCES team_member (id) ON DELETE SET NULL,
    desired_relationship TEXT NOT NULL DEFAULT 'warm'
        CHECK (desired_relationship IN ('none', 'cold', 'neutral', 'warm', 'strong')),
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    left_on TEXT,
    map_x DOUBLE PRECISION,
    map_y DOUBLE PRECISION,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS stakeholder_account ON stakeholder (account_id);
CREATE INDEX IF NOT EXISTS stakeholder_reports_to ON stakeholder (reports_to);

CREATE TABLE IF NOT EXISTS stakeholder_link (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    from_id INTEGER NOT NULL REFERENCES stakeholder (id) ON DELETE CASCADE,
    to_id INTEGER NOT NULL REFERENCES stakeholder (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('dotted_line', 'influence')),
    label TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (from_id <> to_id)
);
CREATE INDEX IF NOT EXISTS stakeholder_link_account ON stakeholder_link (account_id);

CREATE TABLE IF NOT EXISTS touchpoint (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    happened_on TEXT NOT NULL,
    our_member_id INTEGER REFERENCES team_member (id) ON DELETE SET NULL,
    kind TEXT NOT NULL CHECK (kind IN ('meeting', 'call', 'email', 'qbr', 'event')),
    notes TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS touchpoint_account ON touchpoint (account_id, happened_on);

CREATE TABLE IF NOT EXISTS touchpoint_stakeholder (
    touchpoint_id INTEGER NOT NULL REFERENCES touchpoint (id) ON DELETE CASCADE,
    stakeholder_id INTEGER NOT NULL REFERENCES stakeholder (id) ON DELETE CASCADE,
    PRIMARY KEY (touchpoint_id, stakeholder_id)
);
CREATE INDEX IF NOT EXISTS touchpoint_stakeholder_person ON touchpoint_stakeholder (stakeholder_id);

CREATE TABLE IF NOT EXISTS map_review (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    reviewed_on TEXT NOT NULL,
    reviewer_id INTEGER REFERENCES team_member (id) ON DELETE SET NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS map_review_account ON map_review (account_id, reviewed_on);
