-- Keyplan schema version 8: data from other tools. Where a record came from (a CRM's id, a
-- LinkedIn profile), so that importing the same or a newer export updates it instead of adding it
-- again; what the source said of it the last time (a LinkedIn export's company and position, to
-- notice a job change offline); the user's choices for each source (column mapping, the tables
-- that map stages and types); and what an import noticed about a person (may have left).

-- One row per record and source: `kind` is the source's object, the column set is where it lives
-- in the plan. Deleting the record deletes its rows here.
CREATE TABLE IF NOT EXISTS source_record (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL CHECK (source IN ('salesforce', 'hubspot', 'linkedin', 'vcard', 'csv')),
    kind TEXT NOT NULL CHECK (kind IN ('account', 'person', 'opportunity', 'business_unit')),
    source_id TEXT NOT NULL CHECK (source_id <> ''),
    account_id INTEGER REFERENCES account (id) ON DELETE CASCADE,
    stakeholder_id INTEGER REFERENCES stakeholder (id) ON DELETE CASCADE,
    opportunity_id INTEGER REFERENCES opportunity (id) ON DELETE CASCADE,
    business_unit_id INTEGER REFERENCES business_unit (id) ON DELETE CASCADE,
    seen_on TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    CHECK ((kind = 'account') = (account_id IS NOT NULL)),
    CHECK ((kind = 'person') = (stakeholder_id IS NOT NULL)),
    CHECK ((kind = 'opportunity') = (opportunity_id IS NOT NULL)),
    CHECK ((kind = 'business_unit') = (business_unit_id IS NOT NULL)),
    UNIQUE (source, kind, source_id)
);
CREATE INDEX IF NOT EXISTS source_record_account ON source_record (account_id);
CREATE INDEX IF NOT EXISTS source_record_stakeholder ON source_record (stakeholder_id);
CREATE INDEX IF NOT EXISTS source_record_opportunity ON source_record (opportunity_id);
CREATE INDEX IF NOT EXISTS source_record_business_unit ON source_record (business_unit_id);

-- The user's choices per source: `column:<header>` -> a field, `stage:<name>` -> a stage,
-- `motion:<type>` -> a motion.
CREATE TABLE IF NOT EXISTS import_setting (
    source TEXT NOT NULL,
    name TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (source, name)
);

-- What an import noticed about a person that the user should look at: a LinkedIn export that shows
-- them at another company (may have left), with its evidence. Cleared when the user decides.
CREATE TABLE IF NOT EXISTS stakeholder_signal (
    id INTEGER PRIMARY KEY,
    stakeholder_id INTEGER NOT NULL REFERENCES stakeholder (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('may_have_left')),
    evidence TEXT NOT NULL CHECK (evidence <> ''),
    source TEXT NOT NULL,
    noticed_on TEXT NOT NULL,
    cleared_on TEXT,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS stakeholder_signal_person ON stakeholder_signal (stakeholder_id, cleared_on);
