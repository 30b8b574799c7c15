-- Keyplan schema version 6: the living plan. The customer's goals (their success plan), the
-- health scorecard (measures entered by hand, overrides, the history of scores, usage metrics),
-- plays fired by rules or added by the user, and what the rules need to notice change: when a
-- person joined the map, when an account changed hands, when one of ours left the team, and every
-- one of ours at a meeting. The single health marks of earlier plans become the history, and each
-- account's latest mark holds for 90 days as an override until the scorecard has data.

-- The customer's stated goals.
CREATE TABLE IF NOT EXISTS goal (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    objective TEXT NOT NULL CHECK (objective <> ''),
    measure TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    baseline REAL,
    target REAL,
    due_on TEXT,
    status TEXT NOT NULL DEFAULT 'on_track' CHECK (status IN ('on_track', 'at_risk', 'achieved', 'dropped')),
    customer_owner_id INTEGER REFERENCES stakeholder (id) ON DELETE SET NULL,
    owner_id INTEGER REFERENCES team_member (id) ON DELETE SET NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS goal_account ON goal (account_id);

-- The goal a value outcome delivered against, and the goal an opportunity serves.
ALTER TABLE value_outcome ADD COLUMN goal_id INTEGER REFERENCES goal (id) ON DELETE SET NULL;
ALTER TABLE opportunity ADD COLUMN goal_id INTEGER REFERENCES goal (id) ON DELETE SET NULL;

-- A measure of the scorecard entered by hand: its score on a day, and why. The other measures
-- (engagement, relationship, goal progress; usage when metrics have thresholds) follow the plan.
CREATE TABLE IF NOT EXISTS health_entry (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    measure TEXT NOT NULL CHECK (measure IN ('usage', 'support', 'sentiment', 'payment')),
    entered_on TEXT NOT NULL,
    score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 10),
    note TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS health_entry_account ON health_entry (account_id, measure, entered_on);

-- The user's own score with a reason, from set_on to expires_on (the last day it holds).
CREATE TABLE IF NOT EXISTS health_override (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 10),
    reason TEXT NOT NULL CHECK (reason <> ''),
    set_on TEXT NOT NULL,
    expires_on TEXT NOT NULL CHECK (expires_on >= set_on),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS health_override_account ON health_override (account_id, expires_on);

-- The history: the score (in tenths) on the day it changed, with the weights in force
-- ('usage=20,...'; 'assessed' for a mark made before the scorecard) and whether an override set it.
CREATE TABLE IF NOT EXISTS health_snapshot (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    taken_on TEXT NOT NULL,
    tenths INTEGER NOT NULL CHECK (tenths BETWEEN 10 AND 100),
    weights TEXT NOT NULL,
    overridden INTEGER NOT NULL DEFAULT 0 CHECK (overridden IN (0, 1)),
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (account_id, taken_on)
);

-- Usage metrics over time, with the thresholds that score the latest value.
CREATE TABLE IF NOT EXISTS metric_series (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (name <> ''),
    unit TEXT NOT NULL DEFAULT '',
    good_at REAL,
    poor_at REAL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (account_id, name)
);

CREATE TABLE IF NOT EXISTS metric_point (
    id INTEGER PRIMARY KEY,
    series_id INTEGER NOT NULL REFERENCES metric_series (id) ON DELETE CASCADE,
    measured_on TEXT NOT NULL,
    value REAL NOT NULL,
    UNIQUE (series_id, measured_on)
);

-- Plays: a task with a reason. A rule's play is one per account, rule and subject while alive
-- (open or snoozed); a play the user added has no rule. account_id is null for a play about the
-- portfolio (an owner's load).
CREATE TABLE IF NOT EXISTS play (
    id INTEGER PRIMARY KEY,
    account_id INTEGER REFERENCES account (id) ON DELETE CASCADE,
    rule TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL CHECK (title <> ''),
    why TEXT NOT NULL DEFAULT '',
    owner_id INTEGER REFERENCES team_member (id) ON DELETE SET NULL,
    created_on TEXT NOT NULL,
    due_on TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'snoozed', 'done', 'dismissed', 'resolved')),
    snoozed_until TEXT,
    reason TEXT NOT NULL DEFAULT '',
    closed_on TEXT,
    cleared_on TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (status <> 'snoozed' OR snoozed_until IS NOT NULL),
    CHECK (status IN ('open', 'snoozed') OR closed_on IS NOT NULL)
);
CREATE INDEX IF NOT EXISTS play_account ON play (account_id, status);
CREATE UNIQUE INDEX IF NOT EXISTS play_alive ON play (coalesce(account_id, 0), rule, subject)
    WHERE rule <> '' AND status IN ('open', 'snoozed');

CREATE TABLE IF NOT EXISTS play_step (
    id INTEGER PRIMARY KEY,
    play_id INTEGER NOT NULL REFERENCES play (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL CHECK (text <> ''),
    done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    UNIQUE (play_id, position)
);

-- The user's playbook for a rule: the steps its new plays start with. A rule without rows here
-- uses Keyplan's own.
CREATE TABLE IF NOT EXISTS playbook_step (
    id INTEGER PRIMARY KEY,
    rule TEXT NOT NULL,
    position INTEGER NOT NULL,
    text TEXT NOT NULL CHECK (text <> ''),
    UNIQUE (rule, position)
);

-- When an account changed hands: the handover play starts from it.
CREATE TABLE IF NOT EXISTS account_owner_change (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    changed_on TEXT NOT NULL,
    from_id INTEGER REFERENCES team_member (id) ON DELETE SET NULL,
    to_id INTEGER REFERENCES team_member (id) ON DELETE SET NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS account_owner_change_account ON account_owner_change (account_id, changed_on);

-- When a person was put on the map (unknown for those added before schema 6), and when one of
-- ours left the team.
ALTER TABLE stakeholder ADD COLUMN added_on TEXT;
ALTER TABLE team_member ADD COLUMN left_on TEXT;

-- Every one of ours at a meeting. touchpoint.our_member_id held the one person earlier plans
-- could name; it moves here and the column stays empty (SQLite cannot drop a column that refers
-- to another table).
CREATE TABLE IF NOT EXISTS touchpoint_member (
    touchpoint_id INTEGER NOT NULL REFERENCES touchpoint (id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES team_member (id) ON DELETE CASCADE,
    PRIMARY KEY (touchpoint_id, member_id)
);
CREATE INDEX IF NOT EXISTS touchpoint_member_member ON touchpoint_member (member_id);
INSERT INTO touchpoint_member (touchpoint_id, member_id)
SELECT id, our_member_id FROM touchpoint WHERE our_member_id IS NOT NULL;
UPDATE touchpoint SET our_member_id = NULL WHERE our_member_id IS NOT NULL;

-- The health marks of earlier plans: each becomes the history's score of its day (the latest of
-- a day when there were several), and each account's latest mark holds as an override for 90
-- days from the upgrade, so the judgement stays on screen until the scorecard has data.
INSERT INTO health_snapshot (account_id, taken_on, tenths, weights, overridden)
SELECT account_id, assessed_on, score * 10, 'assessed', 1
FROM (SELECT account_id, assessed_on, score,
             ROW_NUMBER() OVER (PARTITION BY account_id, assessed_on ORDER BY id DESC) AS latest_of_day
      FROM account_health) AS marks
WHERE latest_of_day = 1
ORDER BY account_id, assessed_on;

INSERT INTO health_override (account_id, score, reason, set_on, expires_on)
SELECT account_id, score,
       CASE WHEN note = '' THEN 'Health as assessed before the scorecard'
            ELSE 'Health as assessed before the scorecard: ' || note END,
       CASE WHEN assessed_on > date('now') THEN date('now') ELSE assessed_on END,
       date('now', '+90 days')
FROM (SELECT account_id, assessed_on, score, note,
             ROW_NUMBER() OVER (PARTITION BY account_id ORDER BY assessed_on DESC, id DESC) AS newest
      FROM account_health) AS marks
WHERE newest = 1
ORDER BY account_id;

DROP INDEX IF EXISTS account_health_account;
DROP TABLE IF EXISTS account_health;
