<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountFlags</name>
    <message>
        <source>Fix first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-threaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renews in %1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale map</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n empty seats</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountHealth</name>
    <message>
        <source>▲ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▬</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArrChangeKind</name>
    <message>
        <source>New business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion: upsell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion: cross-sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion: seat growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion: usage growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion: price increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion (motion not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Cannot Open Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyplan has a good backup of this plan from %1 (%2 accounts, %3 key accounts). Restore it? The damaged file is kept beside it as %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the Backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup folder %1 could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup did not pass its check (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan is open in another Keyplan; close it there first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan could not be locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup could not be copied beside the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the damaged plan could not be moved aside to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup could not be put in place; the damaged plan is at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuyingLayer</name>
    <message>
        <source>Executive sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and admins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellState</name>
    <message>
        <source>Open whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link between people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting attendee on our side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QBR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample takes one plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--accounts takes a whole number from 1 to 1000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of takes a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sample could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report takes one plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes one plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyplan: unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan is damaged and could not be read (%1). Keyplan did not change it; `keyplan check` tells more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-map takes one plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-map needs --account NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-map needs -o OUT.pdf, OUT.svg or OUT.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output file must end in .pdf, .svg or .png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size takes a4 or letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no account named &quot;%1&quot; in %2; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one account is named &quot;%1&quot;; give the name exactly as the plan spells it. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file; without --account, -o names a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan is damaged and could not be read (%1); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-qbr takes one plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup takes one plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: backed up to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unchanged since its backup %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore takes one plan file and --from FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan as it is now could not be backed up first, so nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup could not be restored (%1); the plan is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan was restored, but closing it said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: restored from %2; the plan as it was is kept at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: restored from %2; the damaged plan is kept at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: restored from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be read as `keyplan report` reads it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1 would be replaced (%2); nothing was written. Choose an empty folder, or add --replace.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n summary(ies) written before it)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>-o needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the plan itself; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; add --replace to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in Keyplan; close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a plan open in another Keyplan; close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written (it appeared meanwhile?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the plan itself; nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 problem found; Keyplan did not change the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 problems found; Keyplan did not change the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 is not a regular file (a link or a folder); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scope takes all or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period takes ttm, ytd, a year (2025), a fiscal year (FY2025), a quarter (2025-Q3) or a range (2025-04-01..2026-03-31)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody called &quot;%1&quot; is on the plan&apos;s team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figures need exchange rates the plan does not have: %1. Add them in Plan Settings (Exchange Rates) and run the report again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portfolio summary needs exchange rates the plan does not have: %1; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plays takes one plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 QBR summaries (%3) and the portfolio summary written to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--edition is customer or internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-qbr needs -o FOLDER (or --account NAME -o OUT.pdf|OUT.odt|OUT.pptx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-qbr needs -o OUT.pdf, OUT.odt or OUT.pptx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output file must end in .pdf, .odt or .pptx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  keyplan [PLAN]                       open the plan (default: your portfolio)
                                       Wherever a command takes a PLAN, a team plan&apos;s
                                       address works too: postgresql://user@host:5432/db
  keyplan sample PLAN [--accounts N] [--as-of YYYY-MM-DD]
                                       write the sample portfolio (or N generated accounts)
                                       into a new plan file
  keyplan report PLAN [--json] [--period ttm|ytd|YYYY|FYYYYY|YYYY-Qn|FIRST..LAST]
                      [--scope all|key] [--owner NAME] [--as-of YYYY-MM-DD]
                                       portfolio and per-account figures (coverage as
                                       of today, or of the given day)
  keyplan plays PLAN [--json] [--owner NAME] [--as-of YYYY-MM-DD]
                                       the plays alive today (or on the given day), as the
                                       rules find the plan; the plan is not changed
  keyplan check PLAN                   integrity and consistency check
  keyplan backup PLAN [-o FILE [--replace]]
                                       a checked copy of the plan (default: into your backups)
  keyplan restore PLAN --from FILE     put a backup back; the plan as it was becomes a backup
  keyplan import PLAN FILE... [--format auto|salesforce|hubspot|linkedin|vcard|json|csv]
                 [--account NAME] [--mapping FILE] [--dry-run] [--as-of YYYY-MM-DD]
                                       accounts, people, opportunities, ARR and usage from
                                       CRM exports (a Salesforce export zip is one file);
                                       the plan is made when missing; importing again updates
  keyplan export PLAN --format json|csv|ics -o OUT [--as-of YYYY-MM-DD]
                                       the whole plan as JSON (imports into a new plan),
                                       five spreadsheets (a folder, or OUT.zip), or its
                                       renewals, QBRs due, plays and next steps as a calendar
  keyplan export-map PLAN --account NAME -o OUT.pdf|OUT.svg|OUT.png
                    [--page-size a4|letter] [--as-of YYYY-MM-DD]
                                       the account&apos;s stakeholder map, as printed
  keyplan export-qbr PLAN --account NAME -o OUT.pdf|OUT.odt|OUT.pptx
                    [--edition customer|internal] [--page-size a4|letter] [--as-of YYYY-MM-DD]
                                       the account&apos;s QBR: paper, an editable text or slides; the customer&apos;s
                                       edition unless --edition internal
  keyplan export-qbr PLAN -o FOLDER [--edition customer|internal] [--replace]
                                       one QBR PDF per key account and the portfolio summary
                                       (files already in FOLDER are replaced only with --replace)

  keyplan team init URL                make a team plan in an empty PostgreSQL database (or
                                       upgrade one), with the roles keyplan_reader and
                                       keyplan_editor
  keyplan team grant URL USER --role reader|editor
                                       let a server user read, or read and edit, the team plan
  keyplan copy SRC DST                 copy a whole plan into a new one: a plan file to a
                                       team plan, a team plan to a file (offline, backup)

Exit status: 0 done, 1 the input was refused, 2 wrong usage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team init takes one team plan&apos;s address (postgresql://...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made a new team plan at %1 (format %2), with the roles %3 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give people access with: keyplan team grant %1 USER --role reader|editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may only read this team plan; its owner runs team init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roles could not be granted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded the team plan at %1 from format %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team plan at %1 is already in this Keyplan&apos;s format (%2); nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team grant takes a team plan&apos;s address and a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role takes reader or editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team takes init or grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown team command %1; it takes init or grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy takes the plan to copy and where to copy it (a plan file or a team plan&apos;s address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be copied to %1: %2. The team plan there was made but holds nothing of it; copy again once the cause is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be copied to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 (1 account, %2 rows) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 (%2 accounts, %3 rows) to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a team plan is backed up by its server (pg_dump), or copied to a plan file with: keyplan copy %1 FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a team plan is restored with its server&apos;s tools (pg_restore); a plan file goes onto a new team plan with: keyplan copy FILE URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the plan&apos;s owner (who ran team init or published it) or an administrator of the server grants Keyplan&apos;s roles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be made a reader: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be made an editor: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may now connect to the team plan at %2 and read it, changing nothing (a reader on every Keyplan plan of this server they may connect to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may now connect to the team plan at %2, read it and edit it (an editor on every Keyplan plan of this server they may connect to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the plan is sound (%n warnings).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key account flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewal date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit stage change of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add team member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the coverage settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageText</name>
    <message>
        <source>Coverage %1 (target %2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody from the buying group is on the map yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 company-owned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single-threaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty seats: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map never reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>map last reviewed %n days ago: review it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>map reviewed %n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1, column %2: a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the row is longer than 16 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>UAE dirham</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afghan afghani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Albanian lek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armenian dram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netherlands Antillean guilder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angolan kwanza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argentine peso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australian dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aruban florin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azerbaijani manat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina convertible mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barbados dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bangladeshi taka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulgarian lev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bahraini dinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burundian franc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bermudian dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brunei dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boliviano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brazilian real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bahamian dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bhutanese ngultrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Botswana pula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belarusian ruble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belize dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canadian dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congolese franc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swiss franc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chilean peso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colombian peso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costa Rican colón</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuban peso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cape Verdean escudo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Czech koruna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Djiboutian franc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danish krone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dominican peso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algerian dinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egyptian pound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eritrean nakfa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethiopian birr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiji dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falkland Islands pound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Georgian lari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghanaian cedi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gibraltar pound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gambian dalasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guinean franc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guatemalan quetzal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guyanese dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honduran lempira</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haitian gourde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hungarian forint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indonesian rupiah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Israeli new shekel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indian rupee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iraqi dinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iranian rial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icelandic króna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jamaican dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jordanian dinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kenyan shilling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kyrgyzstani som</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cambodian riel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comoro franc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North Korean won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Korean won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuwaiti dinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cayman Islands dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstani tenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lao kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lebanese pound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sri Lankan rupee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liberian dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesotho loti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libyan dinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moroccan dirham</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moldovan leu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malagasy ariary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macedonian denar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myanmar kyat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mongolian tögrög</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macanese pataca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mauritanian ouguiya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mauritian rupee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maldivian rufiyaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malawian kwacha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mexican peso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malaysian ringgit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mozambican metical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namibian dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nigerian naira</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicaraguan córdoba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian krone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nepalese rupee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Zealand dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omani rial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panamanian balboa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peruvian sol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papua New Guinean kina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Philippine peso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakistani rupee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polish złoty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paraguayan guaraní</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qatari riyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Romanian leu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serbian dinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian ruble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rwandan franc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saudi riyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solomon Islands dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seychelles rupee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudanese pound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish krona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singapore dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saint Helena pound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sierra Leonean leone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somali shilling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surinamese dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Sudanese pound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>São Tomé and Príncipe dobra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syrian pound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swazi lilangeni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thai baht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tajikistani somoni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkmenistan manat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunisian dinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tongan paʻanga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish lira</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trinidad and Tobago dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Taiwan dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanzanian shilling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukrainian hryvnia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ugandan shilling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uruguayan peso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uzbekistani sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venezuelan bolívar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vanuatu vatu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samoan tala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central African CFA franc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>East Caribbean dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>West African CFA franc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CFP franc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yemeni rial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South African rand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zambian kwacha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zimbabwe gold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionCheck</name>
    <message>
        <source>Aligned with the client&apos;s stated goals?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clear business case with measurable ROI?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A champion who supports it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can we deliver without hurting current service?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the timing right (budget cycle)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated by a pilot or proof of concept?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionRole</name>
    <message>
        <source>Champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorWidgets</name>
    <message>
        <source>(no owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeRates</name>
    <message>
        <source>needs a %1→%2 rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpansionMotion</name>
    <message>
        <source>Upsell to a higher tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price increase at renewal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>export takes one plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes json, csv or ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o names the file (or, for CSV, a folder or a .zip) to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of takes a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Start My Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyplan plans (*.keyplan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthMeasure</name>
    <message>
        <source>Product usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment timeliness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthScore</name>
    <message>
        <source>No key stakeholders on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in the buying group on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single-threaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty seats: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the account&apos;s usage metrics and their thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals of the success plan counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals in the success plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coverage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Key stakeholders contacted within %n days: %1 of %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IcsExport</name>
    <message>
        <source>Renewal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR %1 today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QBR due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last review was held on %1; this account&apos;s tier has one every %n days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No review has been held with this account yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QBR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>%n created</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: a whole Keyplan plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2, %3, %4, %5 of %6 columns mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, line %3: %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... and %n more left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the mapping %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping %1 is not a JSON object (%2 at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes a plan file and one or more files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes auto, salesforce, hubspot, linkedin, vcard, json or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of takes a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run into a new plan %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported into a new plan %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported: the backup before the import could not be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import is in the plan, but it could not be closed cleanly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run into %1 (nothing was written):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported into %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportEditing</name>
    <message>
        <source>Undoing the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redoing the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup before the import could not be written (%1); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server cannot be reached, so nothing was imported. Keyplan connects again by itself; then import again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Record ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region or country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner on our side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner on our side (user ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports to (ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a file Keyplan can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no room to unpack the archive (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a CSV table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Keyplan imports accounts, contacts, opportunities and their contact roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the archive holds no table Keyplan can import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an address book Keyplan can read (larger than 256 MiB, or unreadable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not JSON (%2 at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Keyplan reads Salesforce data exports (sf data export tree) and jCard address books among JSON files; this one is neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping has “%1”, which Keyplan does not know (it reads columns, kinds, stages and types)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no account called “%1” is in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping&apos;s stage “%1” maps to “%2”, which is not a stage (identified, qualified, proposal, commit, won, lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping&apos;s type “%1” maps to “%2”, which is not a motion (upsell, cross_sell, seat_growth, usage_growth, price_increase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a spreadsheet workbook; Keyplan reads CSV. Export CSV from the CRM (HubSpot: Export, file format CSV), or save the sheet as CSV, and import that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSubject</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage metrics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>the account to import into is not in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may be “%1”, already in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its account “%1” may be “%2”, already in the plan: confirm which in File &gt; Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its account “%1” waits for your answer: which account of the plan it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its account (%1 id %2) is neither in the plan nor in this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no account called “%1” is in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employees: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept as a business unit of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an import into one account adds no accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a business unit of “%1”, its parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its stage “%1” is not in the table of stages: map it to one of Keyplan&apos;s and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its amount is in %1 and the account&apos;s figures in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: “%1” → “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probability: %1% → %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close date: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the opportunity is not in the plan or this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person is not in the plan or this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person and the opportunity are at different accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the opportunity&apos;s champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figure is in %1 and the account&apos;s in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR did not change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs a metric&apos;s name and a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on any account&apos;s map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn (%1, line %2) shows %3 at %4 as %5, not at %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn (%1, line %2) shows %3 at %4 as %5; an earlier export showed them at %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may have left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their manager (%1 id %2) is not in the plan or this import: reporting line left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their manager is at another account: reporting line left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reporting to their manager would make them their own manager: reporting line left out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Influence</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkKind</name>
    <message>
        <source>Dotted-line report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapEditing</name>
    <message>
        <source>Add %1 to the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dotted-line report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>influences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty seat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapNode</name>
    <message>
        <source>%1 · %2 · influence %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship %1 (aim: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on our side owns this relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owned by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the company on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody fills this seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required seat nobody on the map fills: %1. Double-click to add the person who holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May have left: %1 Open them to say whether they are still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May have left?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last contact %n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapPrint</name>
    <message>
        <source>Stakeholder map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continues on page %1 →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← from page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continues on page %1 ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ from page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer or file could not be opened for drawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview · page 1 of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2 · row %3, column %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file name must end in .pdf, .svg or .png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stakeholder map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Keyplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map is too large for a PNG image; export a PDF instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Schema step %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPlan</name>
    <message>
        <source>%1 already exists; Keyplan never overwrites a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new plan did not pass its check (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appeared meanwhile; Keyplan never overwrites a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OdtWriter</name>
    <message>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferingKind</name>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Opportunity</name>
    <message>
        <source>%1 left the company on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpportunityStage</name>
    <message>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverwriteRowCommand</name>
    <message>
        <source>Save my version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>The printer or file could not be opened for drawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Percent</name>
    <message>
        <source>%1%2 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonSignalEditing</name>
    <message>
        <source>Whether a person has left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineBreakdown</name>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineText</name>
    <message>
        <source>the relationship is uncoupling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health is %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix first: %1. Deliver value and restore the relationship before selling more; expansion proposed now risks the renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health: no measure has data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 in 30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, set by hand until %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · no data for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open opportunities · %1 · weighted %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanBackup</name>
    <message>
        <source>the plan is not an open SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy could not be moved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanChecker</name>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one account is named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has no owner on our side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has no stage history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; is in stage %2, but its last stage change moved it to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: the stage change of %2 starts from %3, but the one before ended in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months (YYYY-MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 could not be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in %1.%2 are not valid %3 (first at %4).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite integrity check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts or their stage history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity check stopped early: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 currency codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s currency &quot;%1&quot; is not an ISO 4217 currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: the ARR change of %2 is recorded as %3 but counts as %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange rate of %1 converts %2 into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule %1 on %2 was never checked against the rows already there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCopy</name>
    <message>
        <source>the two plans are in different formats (%1 and %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plan is copied into a new one only, and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan to copy has no tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDatabase</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a SQLite database, but not a Keyplan plan. Keyplan did not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan was written by a newer version of Keyplan (plan format %1; this Keyplan reads up to %2). Update Keyplan to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is damaged (%1). Keyplan did not change it; restore a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read (permission denied?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it is not a Keyplan plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Keyplan plan (it is not a SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is damaged: the file is shorter than its header says (truncated). Keyplan did not change it; restore a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan is in use by another Keyplan (process %1 on %2). Close it there first, or open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be prepared for use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan needs an upgrade, but the backup copy made first could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be upgraded (%1). It was left as it was; a copy is at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; Keyplan will not overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new plan could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file says it is a Keyplan plan but has no plan format. Keyplan did not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan&apos;s structure was changed outside Keyplan, so Keyplan will not use it: %1 Keyplan did not change the file; `keyplan check` lists every difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot be used: %1 Keyplan did not change it; `keyplan check` lists every problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, a device or a socket), so it cannot be a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan is already open in this Keyplan (process %1 on %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan is in use by another Keyplan. Close it there first, or open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds %1 is full. Free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds %1 reported an error (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan&apos;s journal could not be written into the plan (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan&apos;s journal is still beside it after closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s lock could not be taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A crash left this plan&apos;s latest edits in %1, in a folder Keyplan cannot write, and they could not be copied to read them. Copy the plan together with that file somewhere writable and open it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan could not be read into memory (it is from an older Keyplan, or a crash left edits beside it on a read-only medium). Copy it somewhere writable and open it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its lock could not be taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server at %1 asks for %2&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server at %1 did not accept the password for %2. Check the user name and the password (or the password file, ~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server at %1 has no user called %2. Ask its administrator for an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server at %1 has no database called %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server at %1 accepts %2 over a secure connection only. Add ?sslmode=verify-full&amp;sslrootcert=CA-FILE to the address (the CA file from its administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the team server at %1 could not be made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server at %1 does not let %2 in from this computer: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team server answered at %1. Check the address, and that you are online (on the VPN, if your team needs it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server at %1 refused the connection: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Keyplan cannot reach team plans: its PostgreSQL driver (Qt&apos;s QPSQL plugin) is missing. Install libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server refused to set up the session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already holds other tables; a team plan needs a database of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds no Keyplan team plan. Its administrator makes one with: keyplan team init %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team plan could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team plan was made by a newer Keyplan (format %1; this one reads up to %2). Update Keyplan to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team plan is in an older format (%1; this Keyplan uses %2). Its owner upgrades it with: keyplan team init %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team plan could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team plan could not be upgraded (%1). It was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team plan&apos;s tables were changed outside Keyplan, so Keyplan will not use it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team plan does not keep a change log yet. Its owner adds one with: keyplan team init %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team plan&apos;s change log could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not read this team plan. Its owner gives access with: keyplan team grant %2 %1 --role reader (or editor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server&apos;s certificate is not made out to %1, so Keyplan did not trust it. Connect by the name on its certificate, or ask its administrator. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 was not found, so the team server&apos;s certificate cannot be checked. Give the path of the CA file from its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a team plan; Keyplan will not overwrite it. To publish a plan file, copy it into a new, empty database: keyplan copy makes the team plan itself, without team init first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not make or upgrade the team plan in the database %2: that is for the database&apos;s owner (createdb -O OWNER %2), and the first plan on a server needs CREATEROLE once, for Keyplan&apos;s roles. (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file Keyplan writes over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file: CSV goes into a folder, or a file ending in .zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 could not be made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <source>The plan is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team plan is restored with its server&apos;s own tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan as it is now could not be backed up first, so nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored (%1). The plan is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanJson</name>
    <message>
        <source>not a Keyplan plan document (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Keyplan plan document (no &quot;format&quot;: &quot;keyplan-plan&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document was written by a newer Keyplan (plan format %1; this Keyplan reads up to %2); update Keyplan to import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is in plan format %1, which this Keyplan (plan format %2) does not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole plan goes into a new or empty plan, and %1; import it into a new plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has a table “%1” this Keyplan does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2: “%3” is not a column Keyplan knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2: “%3” has a value of the wrong kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2: the plan refused it (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row id %2: it refers to a %3 the document does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan it makes would not be sound: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row refers to one the document does not have (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanReadCheck</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: the snapshot kept when the QBR of %2 was held could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanSchema</name>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s list of tables could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Keyplan cannot tell which tables a plan of format %1 has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 should be a %2 but is a %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 was changed outside Keyplan (its columns, rules or indexed columns differ from Keyplan&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 was not made by Keyplan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is damaged: the amounts in %1.%2 could not be read (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n amount(s) in %1.%2 are not whole amounts within ±10^15 minor units (ten trillion pounds, dollars or euros).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The plan is damaged: its columns could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTables</name>
    <message>
        <source>this plan already has offerings, exchange rates or a playbook of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this plan already holds accounts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayActions</name>
    <message>
        <source>Required: it stays with the play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. the customer is away until then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss Play</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayRule</name>
    <message>
        <source>%1, %2, left on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in the buying group on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage %1% (target %2–%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single-threaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty seats: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact yet; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QBR held yet; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, on the map since %3; no contact yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health %1, below 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone no longer on the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left our team on %2; relationships here still theirs: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected to close on %1; still at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champion or sponsor left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-thread the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departures within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out who took over their responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask another contact for an introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a new champion on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thin coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the empty seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the empty seat that matters most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the champion for an introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the first meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key stakeholder not contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get back in touch with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of grace beyond the cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a reason that matters to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder map not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the stakeholder map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check who left and who joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update relationships and owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the map reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal with poor health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk review before the renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go through the scorecard&apos;s weakest measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree a remediation plan with the sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal without a QBR this quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold a QBR before the renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the QBR with the sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the value delivered against their goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QBR overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the QBR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage went back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out why the relationship went back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves back within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to the champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree what would win the trust back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get introduced to %1 early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on the map within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn their priorities for the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out why %1 is falling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the admins what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer training or a health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health below 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the risk and its remediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account changed hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk the new owner through the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduce them to the sponsor and the champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship owner left our team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-own %1&apos;s relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each relationship a new owner on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity past its close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update or close %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the timing with the champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the close date, or mark it lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort out of proportion to the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the effort to the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the tier that fits the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner above the guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalance %1&apos;s key accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise, up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-market, up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree which accounts move, and to whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enterprise key accounts (guideline up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mid-market key accounts (guideline up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, may have left: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the %1 tier sees key people every %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last contact %n days ago; %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last reviewed on %1, %n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renews on %1 (in %n days) with health %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renews on %1 (in %n days); the last QBR was held on %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renews on %1 (in %n days); no QBR held yet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %1 tier holds a review every %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last QBR held on %1, %n days ago; %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At %1, on the strategic tier&apos;s cadence (touchpoints every %n days)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At %1, on the standard tier&apos;s cadence (touchpoints every %n days)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlayStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaysReport</name>
    <message>
        <source>Plays alive on %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plays of %1 alive on %2: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
%1 · %2%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 · %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Why: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Snoozed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioReport</name>
    <message>
        <source>%1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key accounts: %1 of %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 3 share of ARR: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion pipeline: %1 (weighted %2); open whitespace: %3

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan&apos;s amounts are too large to add up (beyond what Keyplan can total exactly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key accounts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key accounts of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: %1 of the plan&apos;s %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting currency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 %1 = %2 %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; rates used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR today: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRR: %1   GRR: %2   (accounts with ARR at the start: %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR bridge: start %1, new %2, expansion %3, contraction %4, churn %5, reactivation %6, end %7
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioSummary</name>
    <message>
        <source>Key accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 key accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   ·   top 3 hold %1 of ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage: people in the buying group with an active, company-owned relationship; low below the %1 target. Fix first: uncoupling, or health below 6 of 10. Renewals flagged within %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · portfolio summary · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   ·   ARR today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   ·   NRR %1, GRR %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR bridge: %1 at the start + %2 new + %3 expansion − %4 contraction − %5 churn + %6 reactivation = %7 at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 %1 = %2 %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other currencies in %1 at %2; retention at constant currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (limit %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PptxWriter</name>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · internal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintDocument</name>
    <message>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QbrChange</name>
    <message>
        <source>none measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined the map: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-threaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold across the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed from the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual recurring revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QbrDocument</name>
    <message>
        <source>Quarterly business review · %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared on </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   ·   Account owner </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   ·   Renewal </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our team: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attending for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual recurring revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net revenue retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value before upsell: fix first. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship is uncoupling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health is %1 of 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Millman–Wilson stage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage depth </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 of %2 people in the buying group with an active relationship; target %3–%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-threaded at best: no active relationship carries the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-threaded: one active relationship carries the whole account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-threaded: %1 active relationships carry the whole account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty seats: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And %1 more on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross revenue retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark bars: the months of this review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold across the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our share of the wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest open whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incumbent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion opportunities for this review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   ·   %1, %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   ·   champion: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business case: %1 of 6 in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open risks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No next steps agreed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier QBR of this account was marked as held. Once this one is, the next summary lists everything that changed in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the QBR held on </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention over the twelve months to %1: ARR then against ARR on %2, in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR at each month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the wallet: what we sell (%1) over that, the competitors&apos; known spend (%2, in %3 of %4 open cells) and the open potential (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure of the health scorecard has data yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, set by hand until %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals and value delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What&apos;s next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks, plays and next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · printed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared for %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal: not for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared for our meeting on </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   ·   Your account manager </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From our side: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results delivered in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed next steps open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals or results were recorded for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other results this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   ·   now %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (tomorrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (of 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix first: value before upsell. Expansion waits until the account is healthy again; the customer&apos;s edition shows a value-recovery plan instead of opportunities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential a year (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open expansion opportunity was chosen for this review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Towards %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicative investment %1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   ·   timing to agree together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   ·   could start from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   ·   serves their goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   ·   expected close </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we propose to work on with you next, and the goal each one serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting your goals back on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before anything new, our priority is the value you expect from what you have today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will agree the goals to recover with you at this review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps we agreed to get there follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk and its remediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open plays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open plays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value delivered a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return on what you pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results in money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together the results are worth %1 a year to you, and %2 once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together the results are worth %1 to you, once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together the results are worth %1 a year to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> That is %1 the %2 a year you pay for the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from 1 goal, at the value of a unit you gave us, from where it started to the latest result; the service&apos;s annual fee as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from %1 goals, at the value of a unit you gave us, from where each started to the latest result; the service&apos;s annual fee as of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value in money yet: the latest result is not better than where it started (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth %1 to you, once: %2 better than at the start, each worth %3 to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth %1 a year to you: %2 better than at the start, each worth %3 to you, 52 weeks a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth %1 a year to you: %2 better than at the start, each worth %3 to you, 12 months a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth %1 a year to you: %2 better than at the start, each worth %3 to you, 4 quarters a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth %1 a year to you: %2 better than at the start, each worth %3 to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps to get there are to be agreed with you at this review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n days)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open pipeline (%n opportunities)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: %n changes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QbrExport</name>
    <message>
        <source>%1 · printed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key accounts · portfolio summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file name must end in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: portfolio summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - QBR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stakeholder map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ARR at each month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Keyplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal: not for customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file name must end in .pdf, .odt or .pptx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - QBR (internal)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QbrFigures</name>
    <message>
        <source>No revenue recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: the whole stakeholder map (%1 people). Each numbered part is printed at reading size on the page of that number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: the whole stakeholder map, row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole map follows as an appendix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole map is on the account&apos;s Map tab (Export Map prints it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key people only: the decision makers, economic buyers and champions, and whom they report to (%1 of %2 people).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map of %1 people is too large to print here at a readable size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Appendix: the whole stakeholder map (%n people)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QbrRowDialogs</name>
    <message>
        <source>Hours spent on rotas each week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours a week, £ a month, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was achieved, in the customer&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;chieved on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could go wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan to fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emediation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the business case to the CFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does it, on either side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (the account has no goals yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against &amp;goal:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QbrSection</name>
    <message>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue and health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks and next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since the last QBR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportingPeriod</name>
    <message>
        <source>FY %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FY %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trailing 12 months to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevenueEditing</name>
    <message>
        <source>Record %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the ARR change of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the ARR change of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the reporting currency, fiscal year or exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskSeverity</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowConverter</name>
    <message>
        <source>%1, record %2, field %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3 (%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date, or not in the day and month order of the rows above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number of employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a probability from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ARR figure of zero or more is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a kind of change (new, upsell, cross_sell, seat_growth, usage_growth, price_increase, expansion, contraction, churn, reactivation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SamplePortfolio</name>
    <message>
        <source>the plan already has accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sample portfolio could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Segment</name>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerLocation</name>
    <message>
        <source>%1 is not a team plan&apos;s address; it looks like postgresql://user@host:5432/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team plan&apos;s address is not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team plan&apos;s address has no usable port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team plan&apos;s address names no database: add it after the server, as in postgresql://user@host:5432/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team plan&apos;s address has an option Keyplan does not use: %1 (it takes %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode=%1 is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect_timeout must be a whole number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Pre-KAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early KAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid KAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership KAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synergistic KAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncoupling KAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this account worth investing in? Potential and strategic fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One contact; the buyer is still shopping around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust is building; more contacts on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are the preferred supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We plan together as one entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship is breaking down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportLevel</name>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opponent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableKind</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn connections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>%1: the file cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no header row Keyplan recognises in its first lines (it looks for columns such as Name, Account Name, First Name, Email, Stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file changed while it was being read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamSchema</name>
    <message>
        <source>%1 is not a Keyplan role; it is reader or editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no user called %1. Its administrator creates one first (createuser %1, or CREATE ROLE ... LOGIN), then grants it a role here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyplan could not make its own schema to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 lacks column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 has a column Keyplan did not make: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view %1 was added outside Keyplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger %1 on %2 was added outside Keyplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 was added outside Keyplan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>the file cannot be read from its start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is written in %1, which Keyplan cannot read; save it as UTF-8 and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read to its end: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThisWeek</name>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last held on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None held yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Renews on %1 (in %n days)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <source>Strategic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TouchpointKind</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QBR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitKind</name>
    <message>
        <source>Business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>line %1: a card begun here has no END:VCARD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no BEGIN:VCARD: the file holds no vCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not jCard: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not jCard: an entry is not [&quot;vcard&quot;, [...]]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuePeriod</name>
    <message>
        <source>Once (a one-off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Whitespace</name>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WinRecording</name>
    <message>
        <source>Won: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the Win in ARR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>the archive cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of the archive cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive&apos;s entry cannot be unpacked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::AccountDetailsForm</name>
    <message>
        <source>Key account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters about this account: goals, history, what to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person on our side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Team Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person on our side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add owner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR today, from the account&apos;s timeline of changes. Typing a new figure records a dated change and asks what kind it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;RR:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mployees:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::AccountEditing</name>
    <message>
        <source>That value does not fit this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change of stage on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change of stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those coverage settings do not fit together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coverage settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the stage change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the team member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::AccountEditor</name>
    <message>
        <source>Select an account to see its plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owned by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a key account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open plays (%1, %2 overdue): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open plays (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QBR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::AccountHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan file keeps no history of who changed what. A team plan does: publish this plan to a team server (keyplan copy), then open it with File &gt; Connect to Team Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has changed this account since the team plan began keeping its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to the account and to what belongs to it, newest first, by anyone on the team plan (at most the newest %1). Times are your computer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::AccountHistoryModel</name>
    <message>
        <source>%1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyplan, in %1&apos;s window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::ArrChangeDialog</name>
    <message>
        <source>Edit ARR Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ARR Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ARR in %2 from the day below. Type the new ARR or the difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. +2,000 or -1,500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened: e.g. &quot;Moved to the Enterprise tier&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ARR from then:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Difference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ARR from then must be an amount of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR is already %1 on that day: this records no change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2 counts as %3, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::ArrMonthEndModel</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in the month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::ArrTimelineModel</name>
    <message>
        <source>%1 (scheduled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change in ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as %1; counted as %2, because ARR was %3 before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated after today: ARR today does not include it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR from then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::BackupListModel</name>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several currencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key-account ARR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::BridgeChart</name>
    <message>
        <source>No figures for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upsell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion (motion not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at the start + %2 new + %3 expansion − %4 contraction − %5 churn + %6 reactivation = %7 at the end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::BridgeTableModel</name>
    <message>
        <source>All accounts in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a %1 rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n accounts had ARR at the start of the period; new ones are new business.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyplan::BridgeView</name>
    <message>
        <source>All accounts in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · in %3 at constant currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR bridge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These figures need a %1 rate: add it in Plan Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n accounts (the table&apos;s filter)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyplan::BusinessUnitsDialog</name>
    <message>
        <source>Edit Business Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Business Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Leeds depot, Finance, EMEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Units of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::CadenceHealthSettings</name>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence by tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints with each key stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business review (QBR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: touchpoints every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: business review every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accounts, every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score is the weighted mean of the measures that have data; a measure without data drops out and the card says so. Below 6 an account needs a risk review. A weight of 0 leaves a measure out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from the plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from usage metrics, else entered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (entered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score entered by hand counts for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one measure a weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track record: not enough history yet. It compares accounts scored below 6 with the others, month by month, once their scores are six months old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track record: of %1 account-months scored below 6, %2 lost revenue within six months (%3); of %4 scored 6 or above, %5 did (%6). The further apart, the better the weights predict.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::CatalogueDialog</name>
    <message>
        <source>Edit Offering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Offering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List price a year (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue of Offerings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offerings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::ChartPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the chart as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as .png or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::ChoiceFilterButton</name>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::ConflictDialog</name>
    <message>
        <source>Someone Changed This First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed after you opened it, so your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed %2 at %3, after you opened it, so your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed after you opened it (in another window), so your change was not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed %2 at %3, after you opened it, so your change was not saved yet. Keep their version, or save yours over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not changed: theirs stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Their Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mine over Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed after you opened it (in another window), so it was not removed. Look at it, then remove it again if it should go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed %2 at %3, after you opened it, so it was not removed. Look at their change, then remove it again if it should go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removing it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed already, after you opened it: nothing more to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed %2 at %3, after you opened it: nothing more to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::CoverageChart</name>
    <message>
        <source>below the target of %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the target of %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the target of %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: coverage %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage depth of key accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage depth (active, company-owned relationships ÷ buying group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown: %1 key accounts with nobody from the buying group on the map.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::CoverageSettingsDialog</name>
    <message>
        <source>Coverage Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings belong to the plan: everyone who opens it measures coverage the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required seat that nobody on an account&apos;s map fills shows as an empty seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required seats in every buying group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A warm or strong relationship is &amp;active when contacted within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Single-threaded with at most this many active relationships:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage depth &amp;target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A map is stale when not &amp;reviewed for:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::DataActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in accounts, people, opportunities, ARR and usage from Salesforce, HubSpot, LinkedIn, address books or a Keyplan plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the plan as JSON, as spreadsheets, or its dates as a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported. %1 The plan as it was is kept as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole plan as JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets, zipped CSV (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar of renewals, QBRs, plays and next steps (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported. %1 Undo takes it out again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::GoalEditing</name>
    <message>
        <source>A goal needs an objective, and its baseline and target must be numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the goal “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the goal “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the goal “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a unit is worth must be an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the goal “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::GoalsPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals yet. Write down what the customer wants to achieve: value delivered, the QBR and every expansion case point back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals counted: %1 · at risk or overdue: %2 · goal progress on the health scorecard: %3 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, in the customer&apos;s words: Cut the time spent building rotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a week on rotas, from the scheduler&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measured by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heir owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our o&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline and target are numbers (or left empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a value of a unit, results are told in their unit only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a baseline and a different target to count the value of the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That value is too large to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaching the target (%1 better) would be worth %2 to them, once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaching the target (%1 better) would be worth %2 a year to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what one unit saves them, e.g. 32 for a manager&apos;s hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a value, the QBR tells the results in money and what they return on what the customer pays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value of a unit (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;curs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of a unit is an amount above zero (or left empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::HealthDialog</name>
    <message>
        <source> of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a Health Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS 32 in the October survey; two P1 tickets; paid 40 days late…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 is failing, 10 thriving. Engagement, relationship and goal progress follow the plan; usage does too once the account has a metric with thresholds. The score is the weighted mean of the measures with data; below %1 the account needs a risk review and shows &quot;fix first&quot; where expansion is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::HealthEditing</name>
    <message>
        <source>A measure entered by hand needs a day and a score from 1 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the %1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An override needs a score from 1 to 10, a reason, and an expiry date from today on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override health with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the health override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A metric needs a name, numbers for its thresholds and values, and one value a day, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the metric “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the metric “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the metric “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: expected 4 fields (account, date, metric, value), found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: no account is named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the metric has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no rows of account, date, metric and value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n metric value(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metric “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::HealthPage</name>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at risk: a risk review is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Metrics as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste usage metrics as CSV: account,date,metric,value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health %1 of 10 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 in 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure has data yet: enter one by hand, add a metric, goals or people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by hand to %1 until %2: %3. The computed score, %4, returns after that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for %1: the score is the weighted mean of the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (entered on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>judged before the scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · weights changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: what the measures do not show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your score holds until the day you choose; then the computed score returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One value a line: account,date,metric,value (dates as YYYY-MM-DD). A metric not yet on the account is added; a day already there takes the new value. Any line that cannot be read refuses the whole paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values: %1 · new metrics: %2 · metrics updated: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest value scores the usage measure: 1 at the poor threshold or worse, 10 at the good one or better, straight between. Lower is better when good is below poor. Without both, the metric is shown but does not score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Poor at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Good at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thresholds are numbers (or left empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric values as CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::HealthTrendChart</name>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::ImportWizard</name>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to confirm</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports of Salesforce (a weekly export&apos;s zip is one file), HubSpot, LinkedIn&apos;s Connections.csv, address books (vCard), billing (account, date, ARR or MRR), usage metrics, or a Keyplan plan as JSON. Importing the same export again updates what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised from each file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account each record names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the columns hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyplan matched each header to a field. Change any that is wrong; your choices are kept for the next import from the same source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyplan field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written until you press Import. It is one step you can undo, and the plan is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Files to Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports (*.csv *.zip *.vcf *.json *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the files to import first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole Keyplan plan: every table as it was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address book: each card&apos;s name, organisation, title, email and phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import cannot go in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list below shows the first %1 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: a Keyplan plan, a Salesforce data export or jCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages and deal types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the opportunities&apos; stages and types become Keyplan&apos;s stages and motions. Change any that is wrong; your choices are kept for the next import from the same source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Keyplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n opportunities have a stage Keyplan does not know: they are left out until you say which stage it is.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyplan&apos;s %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known: left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Keyplan&apos;s guess)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Into account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal stages and types</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::LiveRefresh</name>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::LivingPlanEditing</name>
    <message>
        <source>Change the cadence, health weights or plays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days must be from 1 to 3650, weights from 0 to 100 with at least one above 0, and rule parameters from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::MainWindow</name>
    <message>
        <source>Keyplan plans (*.keyplan);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the open plan to another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Keyplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — Keyplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is on a read-only medium, so it is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was upgraded; the previous version is kept at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file: this is the open plan itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete Account</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 with its stage and revenue history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Keyplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyplan %1&lt;/h3&gt;&lt;p&gt;Key account planning in one local file: the stakeholder map, the whitespace, the pipeline, the relationship stage and revenue retention of the few customers that carry most of the revenue.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage by Key Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coverage Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;overage Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required seats and coverage thresholds of this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is on a read-only medium and from an older Keyplan: it is open read-only, upgraded in memory; the file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion across the Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pipeline and Whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;QBR Summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare, print or export the account&apos;s quarterly business review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Portfolio &amp;Summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page with every key account&apos;s stage, revenue, coverage, pipeline and flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Portfolio Summary as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Portfolio Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back one of the plan&apos;s automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. The plan as it was is kept as a backup: File &gt; Restore from Backup… brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR &amp;Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting currency, fiscal year and exchange rates of this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key accounts&apos; figures need exchange rates the plan does not have: %1. Add them in Plan Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample: %1 — %2 — Keyplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n accounts with their histories?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n accounts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to &amp;Team Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan your team shares on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: you may read this team plan, not change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team Plan Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the team server cannot be reached; nothing can be saved until it is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed what in the account&apos;s plan, and when (team plans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Touchpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call, meeting or email with people at the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan Settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::MapLegendWidget</name>
    <message>
        <source>Legend of the stakeholder map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::NewAccountDialog</name>
    <message>
        <source>This is a key account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual recurring revenue, e.g. 24,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;RR (%1):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::NextStepModel</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: tick when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::OpportunityDialog</name>
    <message>
        <source>Edit Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, e.g. Time and Attendance for the Leeds depot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual recurring revenue, in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet (the account has no map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — left the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Motion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ffering:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount a year (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &amp;close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hampion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All six answered yes: worth pursuing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 6 answered yes. Pursue only what answers all six.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the checklist&apos;s champion point is no until another champion is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (the account has no goals yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves &amp;goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aligned with the client&apos;s stated goals: it serves “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aligned with the client&apos;s stated goals: no goal is linked. Link the goal it serves above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::PeopleEditing</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change to the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That value does not fit this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only someone on this account&apos;s map can be a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot report to someone who reports to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the map reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a person on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move people on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link joins two different people on the same map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a dotted-line report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an influence link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a dotted-line report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an influence link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the map review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone removed a person it moves, after you looked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved “%2” at %3, after you looked; they stay where they are now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was moved in another window after you looked; they stay where they are now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::PipelineChart</name>
    <message>
        <source>&amp;Weighted by probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each opportunity counted at its amount times its probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weighted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pipeline by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pipeline by expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a year, weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open opportunities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %3 in %n opportunities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open opportunities: %1, weighted %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyplan::PipelineEditing</name>
    <message>
        <source>Add %1 to the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offering “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays in the catalogue: %2 whitespace cells or opportunities use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the business unit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a whitespace cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whitespace cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only open whitespace can become an opportunity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn %1 into an opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That value does not fit this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the opportunity “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the offering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 whitespace cells or opportunities use it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the business unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::PipelineModel</name>
    <message>
        <source>Overdue: expected to close by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount / year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
No champion: %2. The checklist&apos;s champion point is no until another is named.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::PipelinePage</name>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title, account or motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title or motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which stages the list shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the plan of the selected opportunity&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown: %1 (all: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The totals need a %1 rate: add it in Plan Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Health &amp;Measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Opportunity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open A&amp;ccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::PlanDocument</name>
    <message>
        <source>This plan is open read-only; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2 changed the same item at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step was not undone or redone: the item changed after it, and stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server cannot be reached (%1), so this change was not saved. Keyplan connects again by itself; then make the change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step was not undone or redone: someone else changed the same item after it, and their change stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step was not undone or redone: %1 changed the same item at %2, after it, and their change stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::PlanSettingsDialog</name>
    <message>
        <source>Plan Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals, retention and the ARR bridge are shown in the reporting currency. An account in another currency is converted at the rate in force: ARR today at today&apos;s rate, a period&apos;s retention and bridge at the rate of its last day, so a move of the rate never reads as churn or expansion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fiscal year starts in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates copied from a spreadsheet, one a line: from,to,date,rate (e.g. USD,GBP,2026-10-01,0.79)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xchange rates (1 unit of From is worth Rate units of To, from that day on):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the rate must be a number above zero, with at most nine decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: a rate converts one currency into another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2 to %3 already has a rate from that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not from,to,date,rate (e.g. USD,GBP,2026-10-01,0.79): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rate yet to %1 for: %2. Their figures stay out of the totals, which say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cadence and Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the plan&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting c&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n accounts)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyplan::PlayEditing</name>
    <message>
        <source>The play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A play is snoozed until a day after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze the play until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the play done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the play is dismissed: the reason stays with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This play is open again already: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a step of the play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick a step of the play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the play to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A play needs a title and a due day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the play “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the play “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the playbook of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the play “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the play</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::PlayEvaluator</name>
    <message>
        <source>The plays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::PlayRuleSettings</name>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fires: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules look at every key account when the plan opens and after each edit, and open a play with its evidence. A play closes itself when its condition clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play&amp;book of the chosen rule: the steps its new plays start with, one a line (empty: Keyplan&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::PlaysPage</name>
    <message>
        <source>Dis&amp;miss…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a play you added; a rule&apos;s play is dismissed instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;teps (tick what is done):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plays: nothing the rules noticed, and none of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alive: %1 · overdue: %2 · closed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, e.g. Invite the new CFO to the customer day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Play…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the play</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::PortfolioModel</name>
    <message>
        <source>%1 at the start of the period, %2 at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as a key account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net revenue retention over the period: revenue at the end over revenue at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross revenue retention: like NRR, but expansion does not count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage %1 of %2 people in the buying group (target %3–%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody from the buying group is on the map yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-threaded: one active relationship carries the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-threaded: %1 active relationships carry the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty seats: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map has never been reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage depth: the share of the buying group with a warm, recently contacted relationship owned by someone on our side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1; the plan %2, so this account is left out of the totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at 1 %2 = %3 %4 (the rate of %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New business in the period: not part of the retention cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ARR at the start of the period: not part of the retention cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure has data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by hand until %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since 30 days ago: %1 · since 90 days ago: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (due %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health scorecard, 1 to 10, of the key accounts, with its move over 30 days (▲ ▼); below 6 calls for a risk review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plays due, fix first, single-threading, renewals within 90 days, coverage and the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n plays</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The map was last reviewed %n days ago.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyplan::PortfolioPanel</name>
    <message>
        <source>Filter accounts by name, owner, industry or region (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan has no accounts yet. Bring them in from Salesforce, HubSpot, LinkedIn or your address book with File &gt; Import…, or add one with Account &gt; New Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n accounts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyplan::PortfolioPipelineView</name>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By Expected Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitespace by Offering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitespace by Business Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitespace by offering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitespace by business unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::PortfolioSummaryBar</name>
    <message>
        <source>NRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 3 share of ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 key accounts: a programme that names everything key has no focus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The three largest accounts hold %1 of ARR: losing one moves the whole company&apos;s numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To (inclusive):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: %1. Period: %2. In %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a %1 rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These accounts are in another currency and the plan has no rate to convert them: add one in Plan Settings. Different currencies are never added unconverted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 %1 = %2 %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts with ARR at the start of the period: %1. Accounts new in it are new business, not retention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net revenue retention: ARR at the end of the accounts that had ARR at the start, over their ARR at the start, at constant currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross revenue retention: like NRR with each account capped at its start: churn and contraction only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n accounts (the table&apos;s filter)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyplan::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key account programme usually holds 15 to 30 accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At 30% or more, losing one of the three largest accounts moves the whole company&apos;s numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyplan warns when the portfolio crosses these lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn above this many &amp;key accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when the top 3 accounts hold at least this &amp;share of ARR:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::QbrDialog</name>
    <message>
        <source>Mark as &amp;Held…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QBR Summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who from our side attends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who from %1 attends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your remark under this section&apos;s title: what to stress, what to ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3, %4%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no open expansion opportunity to present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present one or two, each with its business case from the decision checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion opportunities to present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for &amp;Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OpenDocument text (.odt) to edit in an office suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan keeps a snapshot of the account; the next summary lists what changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remark under &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: QBR summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print QBR Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export QBR Summary for Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export QBR Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the QBR as Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this QBR as held on %1? The plan keeps a snapshot of the account as it is now; the next summary lists what changed since. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the &amp;customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Slides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16:9 slides (.pptx) for PowerPoint or LibreOffice Impress, one per section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s story: their goals, the value delivered, adoption, what&apos;s next and the agreed next steps. Nothing of our judgement is printed: no support or roles, owners, coverage, whitespace, pipeline, probabilities, risks, plays, health scores or price increases. Your remarks are printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything, for our own review: the customer&apos;s story plus the map, coverage, revenue, health, whitespace, pipeline, risks and plays. Every page says &quot;Internal: not for the customer&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (internal edition only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QBR Summary Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerPoint slides (*.pptx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export QBR as Slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present one or two, each framed as the customer&apos;s next goal (price increases are never shown to them; a fix-first account gets a recovery plan instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;us only: print it in the internal edition, never the customer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our &amp;team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities to show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::QbrPage</name>
    <message>
        <source>&amp;Prepare QBR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sections, remarks and opportunities; preview, print or export the summary, and mark it as held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value delivered (in the customer&apos;s terms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks and their remediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last QBR held on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QBR of this account has been marked as held yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next one, being prepared, covers %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next one would cover %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Value Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Value Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Next Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Next Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyplan backs up this plan automatically while you work. Restoring a backup keeps the plan as it is now as a backup too, so you can come back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan has no backups yet. Keyplan makes one within half an hour of your first edit, and before every upgrade, import and restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the plan with the backup of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan as it is now is kept as a backup first: to undo the restore, restore that backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::RevenueEditing</name>
    <message>
        <source>That ARR change does not fit: it needs a day and an amount of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting currency must be an ISO 4217 code and the fiscal year must start in a month from 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each exchange rate needs two different currencies, a day and a rate above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ARR change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the ARR change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revenue settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change of ARR on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::RevenuePage</name>
    <message>
        <source>&amp;Record Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a change of this account&apos;s ARR: new business, expansion by motion, contraction, churn or reactivation, from a given day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ARR recorded yet: Record Change… starts the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR over time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR bridge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR at each month end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::ReviewEditing</name>
    <message>
        <source>Add value outcome %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit value outcome %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value outcome “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove value outcome %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add risk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit risk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the risk “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove risk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add next step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit next step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next step “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove next step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the QBR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the QBR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the QBR in preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the QBR as held</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::RiskModel</name>
    <message>
        <source>%1
Remediation: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::StageChangeDialog</name>
    <message>
        <source>Change Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2. Where is the relationship now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened: e.g. &quot;Preferred supplier after the re-tender&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::StageHistoryModel</name>
    <message>
        <source>(start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::StageHistoryPage</name>
    <message>
        <source>Change Stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::StakeholderDelegate</name>
    <message>
        <source>(nobody on the map)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::StakeholderDialog</name>
    <message>
        <source>Left the company on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@customer.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying &amp;layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Influence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations&amp;hip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aim for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;May have left?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still &amp;with the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has le&amp;ft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as left: OK records the day they left and closes the question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still with the account: OK closes the question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until you say which, the map shows the question and a re-thread play may ask for a new contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ports to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wned by (our side):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phon&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::StakeholderMapPage</name>
    <message>
        <source>Add Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person at the customer to the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put everyone you moved back where the automatic layout places them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the whole map in the window (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the map, with a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the map as PDF, SVG or PNG, as it prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to move people · Shift+drag from one person to another to connect them · double-click to edit · right-click for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Reports to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Has a Dotted-Line Report to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Influences %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does %1 influence %2? (a few words, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the Person Who Holds This Seat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Direct Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Reporting Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Automatic Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Dotted-Line Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Influence Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stakeholder map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Stakeholder Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stakeholder map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Stakeholder Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Touchpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle whether %1 has left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still with the Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi&amp;de Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the map the whole window; the portfolio list steps aside until you uncheck this (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the colours, badges and lines of the map mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More map tools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::StakeholderMapView</name>
    <message>
        <source>Stakeholder map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::StakeholderModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the company on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May have left?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May have left: %1
Open the person on the map to say whether they are still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyplan::StakeholderPage</name>
    <message>
        <source>Add Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter people by name, title or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person at the customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Touchpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Map Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the map was reviewed today: a map not reviewed in six months is stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::StartPortfolioDialog</name>
    <message>
        <source>My portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start My Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as your team knows you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting &amp;currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fiscal year starts in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::TeamConnectDialog</name>
    <message>
        <source>Connect to Team Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt, without checking the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer encryption (the server decides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No encryption (a server on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate from the server&apos;s administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyplan never stores a password: it reads your password file (~/.pgpass) or asks when the server wants one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the server, database and user%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and the CA file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::ThisWeekModel</name>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR needs a rate to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyplan::ThisWeekView</name>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan to see what needs you this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due: every key account is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key accounts needing you: %1 · things to do: %2 · overdue: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nooze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ismiss…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the account where this is dealt with (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the play done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the play off until a day, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the play, with a reason; it returns only once its condition has cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs you this week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::TouchpointDialog</name>
    <message>
        <source>Record Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who met them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the account&apos;s people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed or learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who on our side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who at the customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::TouchpointModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::ValueOutcomeModel</name>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::WelcomePage</name>
    <message>
        <source>Welcome to Keyplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key accounts&apos; plans in one file on this computer. Begin with your own accounts, bring them in from your CRM, or look around the sample first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start My Portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new plan: its name, currency and fiscal year, and you as its owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from Salesforce, HubSpot or Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new plan filled from your CRM&apos;s exports, LinkedIn or address books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fictional portfolio in a file of its own, marked Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xplore the Sample</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::WhitespaceCellDialog</name>
    <message>
        <source>Whitespace Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody, or not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incumbent competitor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;spend a year (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revenue a year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated &amp;potential a year:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::WhitespaceChart</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Open whitespace %2
In pipeline %3
Sold %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open whitespace by business unit, key accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitespace by offering, key accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 business units with most open whitespace of %2; the table lists them all. Open whitespace across key accounts: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open whitespace across key accounts: %1; in pipeline %2; sold %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::WhitespaceModel</name>
    <message>
        <source>Open %1 · in pipeline %2 · sold %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend with them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::WhitespacePage</name>
    <message>
        <source>&amp;Convert to Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell &amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business Units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;talogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the open cell into an identified expansion opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State, amount, incumbent competitor and the customer&apos;s spend with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s business units, teams or regions: the matrix&apos;s columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we sell, across the portfolio: the matrix&apos;s rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No business units yet. Add the account&apos;s business units, teams or regions (Business Units…) to map what it could still buy from us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type over a cell to change its amount; double-click a cell in pipeline to open its opportunity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open whitespace %1 · in pipeline %2 · sold %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Opportunity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · our share of the wallet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the wallet: our %1 sold ÷ (%1 sold + %2 the competitors&apos; known spend, in %3 of %4 open cells + %5 open potential).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitespace: business units by offerings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyplan::WhitespaceSummaryModel</name>
    <message>
        <source>Offering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open whitespace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
