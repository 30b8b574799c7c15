<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountFlags</name>
    <message numerus="yes">
        <source>%n empty seats</source>
        <translation>
            <numerusform>%n empty seat</numerusform>
            <numerusform>%n empty seats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%1: the plan is sound (%n warnings).</source>
        <translation>
            <numerusform>%1: the plan is sound (%n warning).</numerusform>
            <numerusform>%1: the plan is sound (%n warnings).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1 would be replaced (%2); nothing was written. Choose an empty folder, or add --replace.</source>
        <translation>
            <numerusform>%n file in %1 would be replaced (%2); nothing was written. Choose an empty folder, or add --replace.</numerusform>
            <numerusform>%n files in %1 would be replaced (%2); nothing was written. Choose an empty folder, or add --replace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n summary(ies) written before it)</source>
        <translation>
            <numerusform>%1 (%n summary written before it)</numerusform>
            <numerusform>%1 (%n summaries written before it)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageText</name>
    <message numerus="yes">
        <source>map last reviewed %n days ago: review it</source>
        <translation>
            <numerusform>map last reviewed %n day ago: review it</numerusform>
            <numerusform>map last reviewed %n days ago: review it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>map reviewed %n days ago</source>
        <translation>
            <numerusform>map reviewed %n day ago</numerusform>
            <numerusform>map reviewed %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthScore</name>
    <message numerus="yes">
        <source>Key stakeholders contacted within %n days: %1 of %2</source>
        <translation>
            <numerusform>Key stakeholders contacted within %n day: %1 of %2</numerusform>
            <numerusform>Key stakeholders contacted within %n days: %1 of %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IcsExport</name>
    <message numerus="yes">
        <source>The last review was held on %1; this account&apos;s tier has one every %n days.</source>
        <translation>
            <numerusform>The last review was held on %1; this account&apos;s tier has one every day.</numerusform>
            <numerusform>The last review was held on %1; this account&apos;s tier has one every %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n created</numerusform>
            <numerusform>%n created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked</source>
        <translation>
            <numerusform>%n linked</numerusform>
            <numerusform>%n linked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain</source>
        <translation>
            <numerusform>%n uncertain</numerusform>
            <numerusform>%n uncertain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more left out</source>
        <translation>
            <numerusform>... and %n more left out</numerusform>
            <numerusform>... and %n more left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapNode</name>
    <message numerus="yes">
        <source>Last contact %n days ago</source>
        <translation>
            <numerusform>Last contact %n day ago</numerusform>
            <numerusform>Last contact %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineText</name>
    <message numerus="yes">
        <source>%n open opportunities · %1 · weighted %2</source>
        <translation>
            <numerusform>%n open opportunity · %1 · weighted %2</numerusform>
            <numerusform>%n open opportunities · %1 · weighted %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanChecker</name>
    <message numerus="yes">
        <source>%n value(s) in %1.%2 are not valid %3 (first at %4).</source>
        <translation>
            <numerusform>%n value in %1.%2 is not valid %3 (at %4).</numerusform>
            <numerusform>%n values in %1.%2 are not valid %3 (first at %4).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanSchema</name>
    <message numerus="yes">
        <source>%n amount(s) in %1.%2 are not whole amounts within ±10^15 minor units (ten trillion pounds, dollars or euros).</source>
        <translation>
            <numerusform>%n amount in %1.%2 is not a whole amount within ±10^15 minor units (ten trillion pounds, dollars or euros).</numerusform>
            <numerusform>%n amounts in %1.%2 are not whole amounts within ±10^15 minor units (ten trillion pounds, dollars or euros).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlayRule</name>
    <message numerus="yes">
        <source>the %1 tier sees key people every %n days</source>
        <translation>
            <numerusform>the %1 tier sees key people every day</numerusform>
            <numerusform>the %1 tier sees key people every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last contact %n days ago; %1</source>
        <translation>
            <numerusform>Last contact %n day ago; %1</numerusform>
            <numerusform>Last contact %n days ago; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last reviewed on %1, %n days ago</source>
        <translation>
            <numerusform>Last reviewed on %1, %n day ago</numerusform>
            <numerusform>Last reviewed on %1, %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renews on %1 (in %n days) with health %2</source>
        <translation>
            <numerusform>Renews on %1 (in %n day) with health %2</numerusform>
            <numerusform>Renews on %1 (in %n days) with health %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renews on %1 (in %n days); the last QBR was held on %2</source>
        <translation>
            <numerusform>Renews on %1 (in %n day); the last QBR was held on %2</numerusform>
            <numerusform>Renews on %1 (in %n days); the last QBR was held on %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renews on %1 (in %n days); no QBR held yet</source>
        <translation>
            <numerusform>Renews on %1 (in %n day); no QBR held yet</numerusform>
            <numerusform>Renews on %1 (in %n days); no QBR held yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %1 tier holds a review every %n days</source>
        <translation>
            <numerusform>the %1 tier holds a review every day</numerusform>
            <numerusform>the %1 tier holds a review every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last QBR held on %1, %n days ago; %2</source>
        <translation>
            <numerusform>Last QBR held on %1, %n day ago; %2</numerusform>
            <numerusform>Last QBR held on %1, %n days ago; %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At %1, on the strategic tier&apos;s cadence (touchpoints every %n days)</source>
        <translation>
            <numerusform>At %1, on the strategic tier&apos;s cadence (touchpoints every day)</numerusform>
            <numerusform>At %1, on the strategic tier&apos;s cadence (touchpoints every %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At %1, on the standard tier&apos;s cadence (touchpoints every %n days)</source>
        <translation>
            <numerusform>At %1, on the standard tier&apos;s cadence (touchpoints every day)</numerusform>
            <numerusform>At %1, on the standard tier&apos;s cadence (touchpoints every %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QbrDocument</name>
    <message numerus="yes">
        <source>%1 (in %n days)</source>
        <translation>
            <numerusform>%1 (in %n day)</numerusform>
            <numerusform>%1 (in %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open pipeline (%n opportunities)</source>
        <translation>
            <numerusform>Open pipeline (%n opportunity)</numerusform>
            <numerusform>Open pipeline (%n opportunities)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: %n changes.</source>
        <translation>
            <numerusform>: %n change.</numerusform>
            <numerusform>: %n changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QbrFigures</name>
    <message numerus="yes">
        <source>Appendix: the whole stakeholder map (%n people)</source>
        <translation>
            <numerusform>Appendix: the whole stakeholder map (%n person)</numerusform>
            <numerusform>Appendix: the whole stakeholder map (%n people)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThisWeek</name>
    <message numerus="yes">
        <source>Renews on %1 (in %n days)</source>
        <translation>
            <numerusform>Renews on %1 (in %n day)</numerusform>
            <numerusform>Renews on %1 (in %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyplan::BridgeTableModel</name>
    <message numerus="yes">
        <source>%n accounts had ARR at the start of the period; new ones are new business.</source>
        <translation>
            <numerusform>%n account had ARR at the start of the period; new ones are new business.</numerusform>
            <numerusform>%n accounts had ARR at the start of the period; new ones are new business.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyplan::BridgeView</name>
    <message numerus="yes">
        <source>%1 of %n accounts (the table&apos;s filter)</source>
        <translation>
            <numerusform>%1 of %n account (the table&apos;s filter)</numerusform>
            <numerusform>%1 of %n accounts (the table&apos;s filter)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyplan::HealthEditing</name>
    <message numerus="yes">
        <source>Import %n metric value(s)</source>
        <translation>
            <numerusform>Import %n metric value</numerusform>
            <numerusform>Import %n metric values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyplan::ImportWizard</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked</source>
        <translation>
            <numerusform>%n linked</numerusform>
            <numerusform>%n linked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n left out</numerusform>
            <numerusform>%n left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to confirm</source>
        <translation>
            <numerusform>%n to confirm</numerusform>
            <numerusform>%n to confirm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunities have a stage Keyplan does not know: they are left out until you say which stage it is.</source>
        <translation>
            <numerusform>%n opportunity has a stage Keyplan does not know: it is left out until you say which stage it is.</numerusform>
            <numerusform>%n opportunities have a stage Keyplan does not know: they are left out until you say which stage it is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyplan::MainWindow</name>
    <message numerus="yes">
        <source>Delete Account</source>
        <translation>
            <numerusform>Delete Account</numerusform>
            <numerusform>Delete Accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n accounts with their histories?</source>
        <translation>
            <numerusform>Delete this account with its history?</numerusform>
            <numerusform>Delete these %n accounts with their histories?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n accounts</source>
        <translation>
            <numerusform>Delete %n account</numerusform>
            <numerusform>Delete %n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyplan::PipelineChart</name>
    <message numerus="yes">
        <source>%1 · %2: %3 in %n opportunities</source>
        <translation>
            <numerusform>%1 · %2: %3 in %n opportunity</numerusform>
            <numerusform>%1 · %2: %3 in %n opportunities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open opportunities: %1, weighted %2.</source>
        <translation>
            <numerusform>%n open opportunity: %1, weighted %2.</numerusform>
            <numerusform>%n open opportunities: %1, weighted %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyplan::PlanSettingsDialog</name>
    <message numerus="yes">
        <source>%1 (%n accounts)</source>
        <translation>
            <numerusform>%1 (%n account)</numerusform>
            <numerusform>%1 (%n accounts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyplan::PortfolioModel</name>
    <message numerus="yes">
        <source>%n plays</source>
        <translation>
            <numerusform>%n play</numerusform>
            <numerusform>%n plays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The map was last reviewed %n days ago.</source>
        <translation>
            <numerusform>The map was last reviewed %n day ago.</numerusform>
            <numerusform>The map was last reviewed %n days ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyplan::PortfolioPanel</name>
    <message numerus="yes">
        <source>%n accounts</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyplan::PortfolioSummaryBar</name>
    <message numerus="yes">
        <source>%1 of %n accounts (the table&apos;s filter)</source>
        <translation>
            <numerusform>%1 of %n account (the table&apos;s filter)</numerusform>
            <numerusform>%1 of %n accounts (the table&apos;s filter)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyplan::StakeholderModel</name>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyplan::ThisWeekModel</name>
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
