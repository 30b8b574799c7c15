<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountFlags</name>
    <message>
        <source>Fix first</source>
        <translation>Zuerst beheben</translation>
    </message>
    <message>
        <source>Single-threaded</source>
        <translation>Zu wenige Kontakte</translation>
    </message>
    <message>
        <source>Renews in %1 d</source>
        <translation>Verlängerung in %1 T</translation>
    </message>
    <message>
        <source>Renewal passed</source>
        <translation>Verlängerung verstrichen</translation>
    </message>
    <message>
        <source>Low coverage</source>
        <translation>Geringe Abdeckung</translation>
    </message>
    <message>
        <source>Stale map</source>
        <translation>Veraltete Landkarte</translation>
    </message>
    <message numerus="yes">
        <source>%n empty seats</source>
        <translation>
            <numerusform>%n leerer Platz</numerusform>
            <numerusform>%n leere Plätze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountHealth</name>
    <message>
        <source>▲ %1</source>
        <translation>▲ %1</translation>
    </message>
    <message>
        <source>▼ %1</source>
        <translation>▼ %1</translation>
    </message>
    <message>
        <source>▬</source>
        <translation>▬</translation>
    </message>
</context>
<context>
    <name>ArrChangeKind</name>
    <message>
        <source>New business</source>
        <translation>Neugeschäft</translation>
    </message>
    <message>
        <source>Expansion: upsell</source>
        <translation>Ausbau: Upselling</translation>
    </message>
    <message>
        <source>Expansion: cross-sell</source>
        <translation>Ausbau: Cross-Selling</translation>
    </message>
    <message>
        <source>Expansion: seat growth</source>
        <translation>Ausbau: mehr Lizenzen</translation>
    </message>
    <message>
        <source>Expansion: usage growth</source>
        <translation>Ausbau: mehr Nutzung</translation>
    </message>
    <message>
        <source>Expansion: price increase</source>
        <translation>Ausbau: Preiserhöhung</translation>
    </message>
    <message>
        <source>Expansion (motion not recorded)</source>
        <translation>Ausbau (Art nicht erfasst)</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Rückgang</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Abwanderung</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Reaktivierung</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Cannot Open Plan</source>
        <translation>Plan kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Keyplan has a good backup of this plan from %1 (%2 accounts, %3 key accounts). Restore it? The damaged file is kept beside it as %4.</source>
        <translation>Keyplan hat eine intakte Sicherung dieses Plans vom %1 (%2 Accounts, davon %3 Key Accounts). Wiederherstellen? Die beschädigte Datei bleibt daneben als %4 erhalten.</translation>
    </message>
    <message>
        <source>Restore the Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Vor einem Upgrade</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>the backup folder %1 could not be made</source>
        <translation>der Sicherungsordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>the backup did not pass its check (%1)</source>
        <translation>die Sicherung hat ihre Prüfung nicht bestanden (%1)</translation>
    </message>
    <message>
        <source>the plan could not be read: %1</source>
        <translation>der Plan konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>sie ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>the plan is open in another Keyplan; close it there first</source>
        <translation>der Plan ist in einem anderen Keyplan geöffnet; bitte dort zuerst schließen</translation>
    </message>
    <message>
        <source>the plan could not be locked</source>
        <translation>der Plan konnte nicht gesperrt werden</translation>
    </message>
    <message>
        <source>the backup could not be copied beside the plan</source>
        <translation>die Sicherung konnte nicht neben den Plan kopiert werden</translation>
    </message>
    <message>
        <source>the damaged plan could not be moved aside to %1</source>
        <translation>der beschädigte Plan konnte nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>the backup could not be put in place; the damaged plan is at %1</source>
        <translation>die Sicherung konnte nicht an ihren Platz gebracht werden; der beschädigte Plan liegt unter %1</translation>
    </message>
</context>
<context>
    <name>BuyingLayer</name>
    <message>
        <source>Executive sponsor</source>
        <translation>Executive Sponsor</translation>
    </message>
    <message>
        <source>Economic buyer</source>
        <translation>Budgetverantwortlicher</translation>
    </message>
    <message>
        <source>Users and admins</source>
        <translation>Anwender und Administratoren</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>CellState</name>
    <message>
        <source>Open whitespace</source>
        <translation>Offenes Potenzial</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>In pipeline</source>
        <translation>In der Pipeline</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Geschäftsbereich</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Berichtet an</translation>
    </message>
    <message>
        <source>Buying layer</source>
        <translation>Entscheidungsebene</translation>
    </message>
    <message>
        <source>Decision role</source>
        <translation>Rolle in der Entscheidung</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Relationship wanted</source>
        <translation>Angestrebte Beziehung</translation>
    </message>
    <message>
        <source>Our owner</source>
        <translation>Verantwortlich bei uns</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Customer owner</source>
        <translation>Verantwortlich beim Kunden</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Ausgeschieden am</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Hinzugefügt am</translation>
    </message>
    <message>
        <source>Place on the map</source>
        <translation>Platz auf der Landkarte</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Key account</source>
        <translation>Key Account</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>Wirksam ab</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Verlängerungsdatum</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Erwarteter Abschluss</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Link between people</source>
        <translation>Verbindung zwischen Personen</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Meeting attendee</source>
        <translation>Teilnehmer des Termins</translation>
    </message>
    <message>
        <source>Meeting attendee on our side</source>
        <translation>Teilnehmer des Termins auf unserer Seite</translation>
    </message>
    <message>
        <source>Map review</source>
        <translation>Überprüfung der Landkarte</translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation>Beziehungsphase</translation>
    </message>
    <message>
        <source>Change of ARR</source>
        <translation>ARR-Änderung</translation>
    </message>
    <message>
        <source>Change of owner</source>
        <translation>Wechsel der Verantwortung</translation>
    </message>
    <message>
        <source>Opportunity check</source>
        <translation>Prüfung der Verkaufschance</translation>
    </message>
    <message>
        <source>Whitespace</source>
        <translation>Whitespace</translation>
    </message>
    <message>
        <source>Value outcome</source>
        <translation>Erzielter Nutzen</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>QBR</source>
        <translation>QBR</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Play step</source>
        <translation>Schritt der Maßnahme</translation>
    </message>
    <message>
        <source>Health mark</source>
        <translation>Zustandsbewertung</translation>
    </message>
    <message>
        <source>Health override</source>
        <translation>Manueller Zustandswert</translation>
    </message>
    <message>
        <source>Health snapshot</source>
        <translation>Zustandsaufnahme</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Metric value</source>
        <translation>Kennzahlwert</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Moved on the map</source>
        <translation>Auf der Landkarte verschoben</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>unbekannte Option --%1</translation>
    </message>
    <message>
        <source>sample takes one plan file</source>
        <translation>sample nimmt eine Plandatei</translation>
    </message>
    <message>
        <source>--accounts takes a whole number from 1 to 1000000</source>
        <translation>--accounts nimmt eine ganze Zahl von 1 bis 1000000</translation>
    </message>
    <message>
        <source>--as-of takes a date as YYYY-MM-DD</source>
        <translation>--as-of nimmt ein Datum als JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>the sample could not be written: %1</source>
        <translation>das Beispiel konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>report takes one plan file</source>
        <translation>report nimmt eine Plandatei</translation>
    </message>
    <message>
        <source>check takes one plan file</source>
        <translation>check nimmt eine Plandatei</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>unbekannter Befehl %1</translation>
    </message>
    <message>
        <source>keyplan: unexpected argument %1</source>
        <translation>keyplan: unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>the plan is damaged and could not be read (%1). Keyplan did not change it; `keyplan check` tells more.</source>
        <translation>der Plan ist beschädigt und konnte nicht gelesen werden (%1). Keyplan hat ihn nicht verändert; `keyplan check` sagt mehr.</translation>
    </message>
    <message>
        <source>export-map takes one plan file</source>
        <translation>export-map nimmt eine Plandatei</translation>
    </message>
    <message>
        <source>export-map needs --account NAME</source>
        <translation>export-map braucht --account NAME</translation>
    </message>
    <message>
        <source>export-map needs -o OUT.pdf, OUT.svg or OUT.png</source>
        <translation>export-map braucht -o AUS.pdf, AUS.svg oder AUS.png</translation>
    </message>
    <message>
        <source>the output file must end in .pdf, .svg or .png</source>
        <translation>die Ausgabedatei muss auf .pdf, .svg oder .png enden</translation>
    </message>
    <message>
        <source>--page-size takes a4 or letter</source>
        <translation>--page-size nimmt a4 oder letter</translation>
    </message>
    <message>
        <source>there is no account named &quot;%1&quot; in %2; nothing was written.</source>
        <translation>in %2 gibt es keinen Account namens „%1“; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>more than one account is named &quot;%1&quot;; give the name exactly as the plan spells it. Nothing was written.</source>
        <translation>mehr als ein Account heißt „%1“; geben Sie den Namen genau so an, wie der Plan ihn schreibt. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>%1 is a file; without --account, -o names a folder.</source>
        <translation>%1 ist eine Datei; ohne --account nennt -o einen Ordner.</translation>
    </message>
    <message>
        <source>the folder %1 could not be made</source>
        <translation>der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>the plan is damaged and could not be read (%1); nothing was written.</source>
        <translation>der Plan ist beschädigt und konnte nicht gelesen werden (%1); nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation>Portfolio-Übersicht</translation>
    </message>
    <message>
        <source>export-qbr takes one plan file</source>
        <translation>export-qbr nimmt eine Plandatei</translation>
    </message>
    <message>
        <source>--account needs a name</source>
        <translation>--account braucht einen Namen</translation>
    </message>
    <message>
        <source>backup takes one plan file</source>
        <translation>backup nimmt eine Plandatei</translation>
    </message>
    <message>
        <source>the backup could not be written: %1</source>
        <translation>die Sicherung konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1: backed up to %2 (%3)</source>
        <translation>%1: gesichert nach %2 (%3)</translation>
    </message>
    <message>
        <source>%1: unchanged since its backup %2</source>
        <translation>%1: seit der Sicherung %2 unverändert</translation>
    </message>
    <message>
        <source>restore takes one plan file and --from FILE</source>
        <translation>restore nimmt eine Plandatei und --from DATEI</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>the plan as it is now could not be backed up first, so nothing was restored: %1</source>
        <translation>der Plan, wie er jetzt ist, konnte nicht zuerst gesichert werden, daher wurde nichts wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>the backup could not be restored (%1); the plan is unchanged</source>
        <translation>die Sicherung konnte nicht wiederhergestellt werden (%1); der Plan ist unverändert</translation>
    </message>
    <message>
        <source>the plan was restored, but closing it said: %1</source>
        <translation>der Plan wurde wiederhergestellt, aber beim Schließen hieß es: %1</translation>
    </message>
    <message>
        <source>%1: restored from %2; the plan as it was is kept at %3</source>
        <translation>%1: aus %2 wiederhergestellt; der Plan, wie er war, liegt unter %3</translation>
    </message>
    <message>
        <source>%1: restored from %2; the damaged plan is kept at %3</source>
        <translation>%1: aus %2 wiederhergestellt; der beschädigte Plan liegt unter %3</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: restored from %2</source>
        <translation>%1: aus %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>The plan could not be read as `keyplan report` reads it: %1</source>
        <translation>Der Plan konnte nicht so gelesen werden, wie `keyplan report` ihn liest: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1 would be replaced (%2); nothing was written. Choose an empty folder, or add --replace.</source>
        <translation>
            <numerusform>%n Datei in %1 würde ersetzt (%2); nichts wurde geschrieben. Wählen Sie einen leeren Ordner oder geben Sie --replace an.</numerusform>
            <numerusform>%n Dateien in %1 würden ersetzt (%2); nichts wurde geschrieben. Wählen Sie einen leeren Ordner oder geben Sie --replace an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n summary(ies) written before it)</source>
        <translation>
            <numerusform>%1 (%n Zusammenfassung davor geschrieben)</numerusform>
            <numerusform>%1 (%n Zusammenfassungen davor geschrieben)</numerusform>
        </translation>
    </message>
    <message>
        <source>-o needs a file name</source>
        <translation>-o braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>%1 is the plan itself; choose another file.</source>
        <translation>%1 ist der Plan selbst; bitte eine andere Datei wählen.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; choose another name.</source>
        <translation>%1 ist keine gewöhnliche Datei; bitte einen anderen Namen wählen.</translation>
    </message>
    <message>
        <source>%1 already exists; add --replace to replace it.</source>
        <translation>%1 gibt es schon; mit --replace wird es ersetzt.</translation>
    </message>
    <message>
        <source>%1 is open in Keyplan; close it first.</source>
        <translation>%1 ist in Keyplan geöffnet; bitte zuerst schließen.</translation>
    </message>
    <message>
        <source>%1 is a plan open in another Keyplan; close it there first.</source>
        <translation>%1 ist ein Plan, der in einem anderen Keyplan geöffnet ist; bitte dort zuerst schließen.</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>in %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be written (it appeared meanwhile?)</source>
        <translation>%1 konnte nicht geschrieben werden (ist es inzwischen entstanden?)</translation>
    </message>
    <message>
        <source>%1 is the plan itself; nothing to restore.</source>
        <translation>%1 ist der Plan selbst; es gibt nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: 1 problem found; Keyplan did not change the plan.</source>
        <translation>%1: 1 Problem gefunden; Keyplan hat den Plan nicht verändert.</translation>
    </message>
    <message>
        <source>%1: %2 problems found; Keyplan did not change the plan.</source>
        <translation>%1: %2 Probleme gefunden; Keyplan hat den Plan nicht verändert.</translation>
    </message>
    <message>
        <source>%1 in %2 is not a regular file (a link or a folder); nothing was written.</source>
        <translation>%1 in %2 ist keine gewöhnliche Datei (ein Link oder Ordner); nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>--scope takes all or key</source>
        <translation>--scope nimmt all oder key</translation>
    </message>
    <message>
        <source>--period takes ttm, ytd, a year (2025), a fiscal year (FY2025), a quarter (2025-Q3) or a range (2025-04-01..2026-03-31)</source>
        <translation>--period nimmt ttm, ytd, ein Jahr (2025), ein Geschäftsjahr (FY2025), ein Quartal (2025-Q3) oder einen Zeitraum (2025-04-01..2026-03-31)</translation>
    </message>
    <message>
        <source>nobody called &quot;%1&quot; is on the plan&apos;s team</source>
        <translation>niemand namens „%1“ ist im Team des Plans</translation>
    </message>
    <message>
        <source>the figures need exchange rates the plan does not have: %1. Add them in Plan Settings (Exchange Rates) and run the report again.</source>
        <translation>für die Zahlen fehlen dem Plan Wechselkurse: %1. Tragen Sie sie in den Planeinstellungen (Wechselkurse) ein und erstellen Sie den Bericht erneut.</translation>
    </message>
    <message>
        <source>the portfolio summary needs exchange rates the plan does not have: %1; nothing was written.</source>
        <translation>für die Portfolio-Übersicht fehlen dem Plan Wechselkurse: %1; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>plays takes one plan file</source>
        <translation>plays nimmt eine Plandatei</translation>
    </message>
    <message>
        <source>%1: %2 QBR summaries (%3) and the portfolio summary written to %4</source>
        <translation>%1: %2 QBR-Zusammenfassungen (%3) und die Portfolio-Übersicht nach %4 geschrieben</translation>
    </message>
    <message>
        <source>--edition is customer or internal</source>
        <translation>--edition ist customer oder internal</translation>
    </message>
    <message>
        <source>export-qbr needs -o FOLDER (or --account NAME -o OUT.pdf|OUT.odt|OUT.pptx)</source>
        <translation>export-qbr braucht -o ORDNER (oder --account NAME -o AUS.pdf|AUS.odt|AUS.pptx)</translation>
    </message>
    <message>
        <source>export-qbr needs -o OUT.pdf, OUT.odt or OUT.pptx</source>
        <translation>export-qbr braucht -o AUS.pdf, AUS.odt oder AUS.pptx</translation>
    </message>
    <message>
        <source>the output file must end in .pdf, .odt or .pptx</source>
        <translation>die Ausgabedatei muss auf .pdf, .odt oder .pptx enden</translation>
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
        <translation>Aufruf:
  keyplan [PLAN]                       den Plan öffnen (sonst: Ihr Portfolio)
                                       Wo ein Befehl einen PLAN nimmt, geht auch die
                                       Adresse eines Teamplans: postgresql://user@host:5432/db
  keyplan sample PLAN [--accounts N] [--as-of YYYY-MM-DD]
                                       das Beispielportfolio (oder N erzeugte Accounts)
                                       in eine neue Plandatei schreiben
  keyplan report PLAN [--json] [--period ttm|ytd|YYYY|FYYYYY|YYYY-Qn|FIRST..LAST]
                      [--scope all|key] [--owner NAME] [--as-of YYYY-MM-DD]
                                       Zahlen des Portfolios und je Account (Abdeckung
                                       von heute oder vom angegebenen Tag)
  keyplan plays PLAN [--json] [--owner NAME] [--as-of YYYY-MM-DD]
                                       die heute (oder am angegebenen Tag) aktiven
                                       Maßnahmen, wie die Regeln den Plan sehen; der Plan
                                       bleibt unverändert
  keyplan check PLAN                   Prüfung auf Integrität und Stimmigkeit
  keyplan backup PLAN [-o FILE [--replace]]
                                       eine geprüfte Kopie des Plans (sonst: in Ihre Sicherungen)
  keyplan restore PLAN --from FILE     eine Sicherung zurückholen; der Plan, wie er war,
                                       wird zur Sicherung
  keyplan import PLAN FILE... [--format auto|salesforce|hubspot|linkedin|vcard|json|csv]
                 [--account NAME] [--mapping FILE] [--dry-run] [--as-of YYYY-MM-DD]
                                       Accounts, Personen, Verkaufschancen, ARR und Nutzung
                                       aus CRM-Exporten (eine Salesforce-Export-ZIP ist eine
                                       Datei); der Plan wird angelegt, wenn er fehlt; ein
                                       erneuter Import aktualisiert
  keyplan export PLAN --format json|csv|ics -o OUT [--as-of YYYY-MM-DD]
                                       der ganze Plan als JSON (lässt sich in einen neuen Plan
                                       importieren), fünf Tabellen (ein Ordner oder OUT.zip)
                                       oder seine Verlängerungen, fälligen QBRs, Maßnahmen und
                                       nächsten Schritte als Kalender
  keyplan export-map PLAN --account NAME -o OUT.pdf|OUT.svg|OUT.png
                    [--page-size a4|letter] [--as-of YYYY-MM-DD]
                                       die Stakeholder-Landkarte des Accounts, wie gedruckt
  keyplan export-qbr PLAN --account NAME -o OUT.pdf|OUT.odt|OUT.pptx
                    [--edition customer|internal] [--page-size a4|letter] [--as-of YYYY-MM-DD]
                                       der QBR des Accounts: Papier, ein bearbeitbarer Text oder
                                       Folien; die Ausgabe für den Kunden, außer mit
                                       --edition internal
  keyplan export-qbr PLAN -o FOLDER [--edition customer|internal] [--replace]
                                       ein QBR-PDF je Key Account und die Portfolio-Übersicht
                                       (Dateien, die schon in FOLDER liegen, werden nur mit
                                       --replace ersetzt)

  keyplan team init URL                einen Teamplan in einer leeren PostgreSQL-Datenbank
                                       anlegen (oder einen aktualisieren), mit den Rollen
                                       keyplan_reader und keyplan_editor
  keyplan team grant URL USER --role reader|editor
                                       einen Benutzer des Servers den Teamplan lesen, oder
                                       lesen und bearbeiten lassen
  keyplan copy SRC DST                 einen ganzen Plan in einen neuen kopieren: eine
                                       Plandatei in einen Teamplan, einen Teamplan in eine
                                       Datei (offline, Sicherung)

Exit-Status: 0 erledigt, 1 die Eingabe wurde abgelehnt, 2 falscher Aufruf.
</translation>
    </message>
    <message>
        <source>team init takes one team plan&apos;s address (postgresql://...)</source>
        <translation>team init nimmt die Adresse eines Teamplans (postgresql://...)</translation>
    </message>
    <message>
        <source>Made a new team plan at %1 (format %2), with the roles %3 and %4.</source>
        <translation>Neuer Teamplan unter %1 angelegt (Format %2), mit den Rollen %3 und %4.</translation>
    </message>
    <message>
        <source>Give people access with: keyplan team grant %1 USER --role reader|editor</source>
        <translation>Zugang geben mit: keyplan team grant %1 BENUTZER --role reader|editor</translation>
    </message>
    <message>
        <source>%1 may only read this team plan; its owner runs team init.</source>
        <translation>%1 darf diesen Teamplan nur lesen; team init führt sein Eigentümer aus.</translation>
    </message>
    <message>
        <source>The roles could not be granted: %1</source>
        <translation>Die Rollen konnten nicht vergeben werden: %1</translation>
    </message>
    <message>
        <source>Upgraded the team plan at %1 from format %2 to %3.</source>
        <translation>Teamplan unter %1 von Format %2 auf %3 aktualisiert.</translation>
    </message>
    <message>
        <source>The team plan at %1 is already in this Keyplan&apos;s format (%2); nothing to do.</source>
        <translation>Der Teamplan unter %1 hat schon das Format dieses Keyplan (%2); nichts zu tun.</translation>
    </message>
    <message>
        <source>team grant takes a team plan&apos;s address and a user</source>
        <translation>team grant nimmt die Adresse eines Teamplans und einen Benutzer</translation>
    </message>
    <message>
        <source>--role takes reader or editor</source>
        <translation>--role nimmt reader oder editor</translation>
    </message>
    <message>
        <source>team takes init or grant</source>
        <translation>team nimmt init oder grant</translation>
    </message>
    <message>
        <source>unknown team command %1; it takes init or grant</source>
        <translation>unbekannter team-Befehl %1; er nimmt init oder grant</translation>
    </message>
    <message>
        <source>copy takes the plan to copy and where to copy it (a plan file or a team plan&apos;s address)</source>
        <translation>copy nimmt den zu kopierenden Plan und das Ziel (eine Plandatei oder die Adresse eines Teamplans)</translation>
    </message>
    <message>
        <source>The plan could not be copied to %1: %2. The team plan there was made but holds nothing of it; copy again once the cause is fixed.</source>
        <translation>Der Plan konnte nicht nach %1 kopiert werden: %2. Der Teamplan dort wurde angelegt, enthält aber nichts davon; kopieren Sie erneut, sobald die Ursache behoben ist.</translation>
    </message>
    <message>
        <source>The plan could not be copied to %1: %2</source>
        <translation>Der Plan konnte nicht nach %1 kopiert werden: %2</translation>
    </message>
    <message>
        <source>Copied %1 (1 account, %2 rows) to %3.</source>
        <translation>%1 (1 Account, %2 Zeilen) nach %3 kopiert.</translation>
    </message>
    <message>
        <source>Copied %1 (%2 accounts, %3 rows) to %4.</source>
        <translation>%1 (%2 Accounts, %3 Zeilen) nach %4 kopiert.</translation>
    </message>
    <message>
        <source>a team plan is backed up by its server (pg_dump), or copied to a plan file with: keyplan copy %1 FILE</source>
        <translation>ein Teamplan wird von seinem Server gesichert (pg_dump) oder in eine Plandatei kopiert mit: keyplan copy %1 DATEI</translation>
    </message>
    <message>
        <source>a team plan is restored with its server&apos;s tools (pg_restore); a plan file goes onto a new team plan with: keyplan copy FILE URL</source>
        <translation>ein Teamplan wird mit den Werkzeugen seines Servers wiederhergestellt (pg_restore); eine Plandatei kommt in einen neuen Teamplan mit: keyplan copy DATEI URL</translation>
    </message>
    <message>
        <source>only the plan&apos;s owner (who ran team init or published it) or an administrator of the server grants Keyplan&apos;s roles (%1)</source>
        <translation>nur der Eigentümer des Plans (wer team init ausgeführt oder ihn veröffentlicht hat) oder ein Administrator des Servers vergibt die Rollen von Keyplan (%1)</translation>
    </message>
    <message>
        <source>%1 could not be made a reader: %2</source>
        <translation>%1 konnte nicht zum Leser gemacht werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be made an editor: %2</source>
        <translation>%1 konnte nicht zum Bearbeiter gemacht werden: %2</translation>
    </message>
    <message>
        <source>%1 may now connect to the team plan at %2 and read it, changing nothing (a reader on every Keyplan plan of this server they may connect to).</source>
        <translation>%1 darf sich jetzt mit dem Teamplan unter %2 verbinden und ihn lesen, ohne etwas zu ändern (Leser auf jedem Keyplan-Plan dieses Servers, mit dem sich die Person verbinden darf).</translation>
    </message>
    <message>
        <source>%1 may now connect to the team plan at %2, read it and edit it (an editor on every Keyplan plan of this server they may connect to).</source>
        <translation>%1 darf sich jetzt mit dem Teamplan unter %2 verbinden, ihn lesen und bearbeiten (Bearbeiter auf jedem Keyplan-Plan dieses Servers, mit dem sich die Person verbinden darf).</translation>
    </message>
    <message numerus="yes">
        <source>%1: the plan is sound (%n warnings).</source>
        <translation>
            <numerusform>%1: der Plan ist in Ordnung (%n Warnung).</numerusform>
            <numerusform>%1: der Plan ist in Ordnung (%n Warnungen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>key account flag</source>
        <translation>Key-Account-Kennzeichen</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortlichen</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>renewal date</source>
        <translation>Verlängerungsdatum</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Add account %1</source>
        <translation>Account %1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete account %1</source>
        <translation>Account %1 löschen</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Wechsel zu %1</translation>
    </message>
    <message>
        <source>Edit stage change of %1</source>
        <translation>Phasenwechsel von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add team member %1</source>
        <translation>Teammitglied %1 hinzufügen</translation>
    </message>
    <message>
        <source>Change the coverage settings</source>
        <translation>Abdeckungseinstellungen ändern</translation>
    </message>
</context>
<context>
    <name>CoverageText</name>
    <message>
        <source>Coverage %1 (target %2–%3)</source>
        <translation>Abdeckung %1 (Ziel %2–%3)</translation>
    </message>
    <message>
        <source>Nobody from the buying group is on the map yet</source>
        <translation>Noch niemand aus der Entscheidergruppe steht auf der Landkarte</translation>
    </message>
    <message>
        <source>%1 company-owned</source>
        <translation>%1 durch unser Unternehmen betreut</translation>
    </message>
    <message>
        <source>single-threaded</source>
        <translation>zu wenige Kontakte</translation>
    </message>
    <message>
        <source>empty seats: %1</source>
        <translation>leere Plätze: %1</translation>
    </message>
    <message>
        <source>map never reviewed</source>
        <translation>Landkarte nie überprüft</translation>
    </message>
    <message numerus="yes">
        <source>map last reviewed %n days ago: review it</source>
        <translation>
            <numerusform>Landkarte zuletzt vor %n Tag überprüft: bitte überprüfen</numerusform>
            <numerusform>Landkarte zuletzt vor %n Tagen überprüft: bitte überprüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>map reviewed %n days ago</source>
        <translation>
            <numerusform>Landkarte vor %n Tag überprüft</numerusform>
            <numerusform>Landkarte vor %n Tagen überprüft</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1, column %2: a quoted field is not closed</source>
        <translation>Zeile %1, Spalte %2: ein Feld in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>line %1: the row is longer than 16 MiB</source>
        <translation>Zeile %1: die Zeile ist länger als 16 MiB</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>UAE dirham</source>
        <translation>VAE-Dirham</translation>
    </message>
    <message>
        <source>Afghan afghani</source>
        <translation>Afghanischer Afghani</translation>
    </message>
    <message>
        <source>Albanian lek</source>
        <translation>Albanischer Lek</translation>
    </message>
    <message>
        <source>Armenian dram</source>
        <translation>Armenischer Dram</translation>
    </message>
    <message>
        <source>Netherlands Antillean guilder</source>
        <translation>Niederländische-Antillen-Gulden</translation>
    </message>
    <message>
        <source>Angolan kwanza</source>
        <translation>Angolanischer Kwanza</translation>
    </message>
    <message>
        <source>Argentine peso</source>
        <translation>Argentinischer Peso</translation>
    </message>
    <message>
        <source>Australian dollar</source>
        <translation>Australischer Dollar</translation>
    </message>
    <message>
        <source>Aruban florin</source>
        <translation>Aruba-Florin</translation>
    </message>
    <message>
        <source>Azerbaijani manat</source>
        <translation>Aserbaidschan-Manat</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina convertible mark</source>
        <translation>Konvertible Mark Bosnien und Herzegowina</translation>
    </message>
    <message>
        <source>Barbados dollar</source>
        <translation>Barbados-Dollar</translation>
    </message>
    <message>
        <source>Bangladeshi taka</source>
        <translation>Bangladesch-Taka</translation>
    </message>
    <message>
        <source>Bulgarian lev</source>
        <translation>Bulgarischer Lew</translation>
    </message>
    <message>
        <source>Bahraini dinar</source>
        <translation>Bahrain-Dinar</translation>
    </message>
    <message>
        <source>Burundian franc</source>
        <translation>Burundi-Franc</translation>
    </message>
    <message>
        <source>Bermudian dollar</source>
        <translation>Bermuda-Dollar</translation>
    </message>
    <message>
        <source>Brunei dollar</source>
        <translation>Brunei-Dollar</translation>
    </message>
    <message>
        <source>Boliviano</source>
        <translation>Boliviano</translation>
    </message>
    <message>
        <source>Brazilian real</source>
        <translation>Brasilianischer Real</translation>
    </message>
    <message>
        <source>Bahamian dollar</source>
        <translation>Bahamas-Dollar</translation>
    </message>
    <message>
        <source>Bhutanese ngultrum</source>
        <translation>Bhutan-Ngultrum</translation>
    </message>
    <message>
        <source>Botswana pula</source>
        <translation>Botswanischer Pula</translation>
    </message>
    <message>
        <source>Belarusian ruble</source>
        <translation>Belarus-Rubel</translation>
    </message>
    <message>
        <source>Belize dollar</source>
        <translation>Belize-Dollar</translation>
    </message>
    <message>
        <source>Canadian dollar</source>
        <translation>Kanadischer Dollar</translation>
    </message>
    <message>
        <source>Congolese franc</source>
        <translation>Kongo-Franc</translation>
    </message>
    <message>
        <source>Swiss franc</source>
        <translation>Schweizer Franken</translation>
    </message>
    <message>
        <source>Chilean peso</source>
        <translation>Chilenischer Peso</translation>
    </message>
    <message>
        <source>Chinese yuan</source>
        <translation>Chinesischer Yuan</translation>
    </message>
    <message>
        <source>Colombian peso</source>
        <translation>Kolumbianischer Peso</translation>
    </message>
    <message>
        <source>Costa Rican colón</source>
        <translation>Costa-Rica-Colón</translation>
    </message>
    <message>
        <source>Cuban peso</source>
        <translation>Kubanischer Peso</translation>
    </message>
    <message>
        <source>Cape Verdean escudo</source>
        <translation>Cabo-Verde-Escudo</translation>
    </message>
    <message>
        <source>Czech koruna</source>
        <translation>Tschechische Krone</translation>
    </message>
    <message>
        <source>Djiboutian franc</source>
        <translation>Dschibuti-Franc</translation>
    </message>
    <message>
        <source>Danish krone</source>
        <translation>Dänische Krone</translation>
    </message>
    <message>
        <source>Dominican peso</source>
        <translation>Dominikanischer Peso</translation>
    </message>
    <message>
        <source>Algerian dinar</source>
        <translation>Algerischer Dinar</translation>
    </message>
    <message>
        <source>Egyptian pound</source>
        <translation>Ägyptisches Pfund</translation>
    </message>
    <message>
        <source>Eritrean nakfa</source>
        <translation>Eritreischer Nakfa</translation>
    </message>
    <message>
        <source>Ethiopian birr</source>
        <translation>Äthiopischer Birr</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <source>Fiji dollar</source>
        <translation>Fidschi-Dollar</translation>
    </message>
    <message>
        <source>Falkland Islands pound</source>
        <translation>Falkland-Pfund</translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation>Britisches Pfund</translation>
    </message>
    <message>
        <source>Georgian lari</source>
        <translation>Georgischer Lari</translation>
    </message>
    <message>
        <source>Ghanaian cedi</source>
        <translation>Ghanaischer Cedi</translation>
    </message>
    <message>
        <source>Gibraltar pound</source>
        <translation>Gibraltar-Pfund</translation>
    </message>
    <message>
        <source>Gambian dalasi</source>
        <translation>Gambischer Dalasi</translation>
    </message>
    <message>
        <source>Guinean franc</source>
        <translation>Guinea-Franc</translation>
    </message>
    <message>
        <source>Guatemalan quetzal</source>
        <translation>Guatemaltekischer Quetzal</translation>
    </message>
    <message>
        <source>Guyanese dollar</source>
        <translation>Guyana-Dollar</translation>
    </message>
    <message>
        <source>Hong Kong dollar</source>
        <translation>Hongkong-Dollar</translation>
    </message>
    <message>
        <source>Honduran lempira</source>
        <translation>Honduras-Lempira</translation>
    </message>
    <message>
        <source>Haitian gourde</source>
        <translation>Haitianische Gourde</translation>
    </message>
    <message>
        <source>Hungarian forint</source>
        <translation>Ungarischer Forint</translation>
    </message>
    <message>
        <source>Indonesian rupiah</source>
        <translation>Indonesische Rupiah</translation>
    </message>
    <message>
        <source>Israeli new shekel</source>
        <translation>Israelischer Neuer Schekel</translation>
    </message>
    <message>
        <source>Indian rupee</source>
        <translation>Indische Rupie</translation>
    </message>
    <message>
        <source>Iraqi dinar</source>
        <translation>Irakischer Dinar</translation>
    </message>
    <message>
        <source>Iranian rial</source>
        <translation>Iranischer Rial</translation>
    </message>
    <message>
        <source>Icelandic króna</source>
        <translation>Isländische Krone</translation>
    </message>
    <message>
        <source>Jamaican dollar</source>
        <translation>Jamaika-Dollar</translation>
    </message>
    <message>
        <source>Jordanian dinar</source>
        <translation>Jordanischer Dinar</translation>
    </message>
    <message>
        <source>Japanese yen</source>
        <translation>Japanischer Yen</translation>
    </message>
    <message>
        <source>Kenyan shilling</source>
        <translation>Kenia-Schilling</translation>
    </message>
    <message>
        <source>Kyrgyzstani som</source>
        <translation>Kirgisischer Som</translation>
    </message>
    <message>
        <source>Cambodian riel</source>
        <translation>Kambodschanischer Riel</translation>
    </message>
    <message>
        <source>Comoro franc</source>
        <translation>Komoren-Franc</translation>
    </message>
    <message>
        <source>North Korean won</source>
        <translation>Nordkoreanischer Won</translation>
    </message>
    <message>
        <source>South Korean won</source>
        <translation>Südkoreanischer Won</translation>
    </message>
    <message>
        <source>Kuwaiti dinar</source>
        <translation>Kuwait-Dinar</translation>
    </message>
    <message>
        <source>Cayman Islands dollar</source>
        <translation>Kaiman-Dollar</translation>
    </message>
    <message>
        <source>Kazakhstani tenge</source>
        <translation>Kasachischer Tenge</translation>
    </message>
    <message>
        <source>Lao kip</source>
        <translation>Laotischer Kip</translation>
    </message>
    <message>
        <source>Lebanese pound</source>
        <translation>Libanesisches Pfund</translation>
    </message>
    <message>
        <source>Sri Lankan rupee</source>
        <translation>Sri-Lanka-Rupie</translation>
    </message>
    <message>
        <source>Liberian dollar</source>
        <translation>Liberianischer Dollar</translation>
    </message>
    <message>
        <source>Lesotho loti</source>
        <translation>Loti</translation>
    </message>
    <message>
        <source>Libyan dinar</source>
        <translation>Libyscher Dinar</translation>
    </message>
    <message>
        <source>Moroccan dirham</source>
        <translation>Marokkanischer Dirham</translation>
    </message>
    <message>
        <source>Moldovan leu</source>
        <translation>Moldau-Leu</translation>
    </message>
    <message>
        <source>Malagasy ariary</source>
        <translation>Madagassischer Ariary</translation>
    </message>
    <message>
        <source>Macedonian denar</source>
        <translation>Mazedonischer Denar</translation>
    </message>
    <message>
        <source>Myanmar kyat</source>
        <translation>Myanmarischer Kyat</translation>
    </message>
    <message>
        <source>Mongolian tögrög</source>
        <translation>Mongolischer Tögrög</translation>
    </message>
    <message>
        <source>Macanese pataca</source>
        <translation>Macao-Pataca</translation>
    </message>
    <message>
        <source>Mauritanian ouguiya</source>
        <translation>Mauretanischer Ouguiya</translation>
    </message>
    <message>
        <source>Mauritian rupee</source>
        <translation>Mauritius-Rupie</translation>
    </message>
    <message>
        <source>Maldivian rufiyaa</source>
        <translation>Malediven-Rufiyaa</translation>
    </message>
    <message>
        <source>Malawian kwacha</source>
        <translation>Malawi-Kwacha</translation>
    </message>
    <message>
        <source>Mexican peso</source>
        <translation>Mexikanischer Peso</translation>
    </message>
    <message>
        <source>Malaysian ringgit</source>
        <translation>Malaysischer Ringgit</translation>
    </message>
    <message>
        <source>Mozambican metical</source>
        <translation>Mosambikanischer Metical</translation>
    </message>
    <message>
        <source>Namibian dollar</source>
        <translation>Namibia-Dollar</translation>
    </message>
    <message>
        <source>Nigerian naira</source>
        <translation>Nigerianischer Naira</translation>
    </message>
    <message>
        <source>Nicaraguan córdoba</source>
        <translation>Nicaragua-Córdoba</translation>
    </message>
    <message>
        <source>Norwegian krone</source>
        <translation>Norwegische Krone</translation>
    </message>
    <message>
        <source>Nepalese rupee</source>
        <translation>Nepalesische Rupie</translation>
    </message>
    <message>
        <source>New Zealand dollar</source>
        <translation>Neuseeland-Dollar</translation>
    </message>
    <message>
        <source>Omani rial</source>
        <translation>Omanischer Rial</translation>
    </message>
    <message>
        <source>Panamanian balboa</source>
        <translation>Panamaischer Balboa</translation>
    </message>
    <message>
        <source>Peruvian sol</source>
        <translation>Peruanischer Sol</translation>
    </message>
    <message>
        <source>Papua New Guinean kina</source>
        <translation>Papua-neuguineischer Kina</translation>
    </message>
    <message>
        <source>Philippine peso</source>
        <translation>Philippinischer Peso</translation>
    </message>
    <message>
        <source>Pakistani rupee</source>
        <translation>Pakistanische Rupie</translation>
    </message>
    <message>
        <source>Polish złoty</source>
        <translation>Polnischer Złoty</translation>
    </message>
    <message>
        <source>Paraguayan guaraní</source>
        <translation>Paraguayischer Guaraní</translation>
    </message>
    <message>
        <source>Qatari riyal</source>
        <translation>Katar-Riyal</translation>
    </message>
    <message>
        <source>Romanian leu</source>
        <translation>Rumänischer Leu</translation>
    </message>
    <message>
        <source>Serbian dinar</source>
        <translation>Serbischer Dinar</translation>
    </message>
    <message>
        <source>Russian ruble</source>
        <translation>Russischer Rubel</translation>
    </message>
    <message>
        <source>Rwandan franc</source>
        <translation>Ruanda-Franc</translation>
    </message>
    <message>
        <source>Saudi riyal</source>
        <translation>Saudi-Rial</translation>
    </message>
    <message>
        <source>Solomon Islands dollar</source>
        <translation>Salomonen-Dollar</translation>
    </message>
    <message>
        <source>Seychelles rupee</source>
        <translation>Seychellen-Rupie</translation>
    </message>
    <message>
        <source>Sudanese pound</source>
        <translation>Sudanesisches Pfund</translation>
    </message>
    <message>
        <source>Swedish krona</source>
        <translation>Schwedische Krone</translation>
    </message>
    <message>
        <source>Singapore dollar</source>
        <translation>Singapur-Dollar</translation>
    </message>
    <message>
        <source>Saint Helena pound</source>
        <translation>St.-Helena-Pfund</translation>
    </message>
    <message>
        <source>Sierra Leonean leone</source>
        <translation>Sierra-leonischer Leone</translation>
    </message>
    <message>
        <source>Somali shilling</source>
        <translation>Somalia-Schilling</translation>
    </message>
    <message>
        <source>Surinamese dollar</source>
        <translation>Suriname-Dollar</translation>
    </message>
    <message>
        <source>South Sudanese pound</source>
        <translation>Südsudanesisches Pfund</translation>
    </message>
    <message>
        <source>São Tomé and Príncipe dobra</source>
        <translation>São-toméischer Dobra</translation>
    </message>
    <message>
        <source>Syrian pound</source>
        <translation>Syrisches Pfund</translation>
    </message>
    <message>
        <source>Swazi lilangeni</source>
        <translation>Swasiländischer Lilangeni</translation>
    </message>
    <message>
        <source>Thai baht</source>
        <translation>Thailändischer Baht</translation>
    </message>
    <message>
        <source>Tajikistani somoni</source>
        <translation>Tadschikistan-Somoni</translation>
    </message>
    <message>
        <source>Turkmenistan manat</source>
        <translation>Turkmenistan-Manat</translation>
    </message>
    <message>
        <source>Tunisian dinar</source>
        <translation>Tunesischer Dinar</translation>
    </message>
    <message>
        <source>Tongan paʻanga</source>
        <translation>Tongaischer Paʻanga</translation>
    </message>
    <message>
        <source>Turkish lira</source>
        <translation>Türkische Lira</translation>
    </message>
    <message>
        <source>Trinidad and Tobago dollar</source>
        <translation>Trinidad-und-Tobago-Dollar</translation>
    </message>
    <message>
        <source>New Taiwan dollar</source>
        <translation>Neuer Taiwan-Dollar</translation>
    </message>
    <message>
        <source>Tanzanian shilling</source>
        <translation>Tansania-Schilling</translation>
    </message>
    <message>
        <source>Ukrainian hryvnia</source>
        <translation>Ukrainische Hrywnja</translation>
    </message>
    <message>
        <source>Ugandan shilling</source>
        <translation>Uganda-Schilling</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>US-Dollar</translation>
    </message>
    <message>
        <source>Uruguayan peso</source>
        <translation>Uruguayischer Peso</translation>
    </message>
    <message>
        <source>Uzbekistani sum</source>
        <translation>Usbekistan-Sum</translation>
    </message>
    <message>
        <source>Venezuelan bolívar</source>
        <translation>Venezolanischer Bolívar</translation>
    </message>
    <message>
        <source>Vietnamese đồng</source>
        <translation>Vietnamesischer Đồng</translation>
    </message>
    <message>
        <source>Vanuatu vatu</source>
        <translation>Vanuatu-Vatu</translation>
    </message>
    <message>
        <source>Samoan tala</source>
        <translation>Samoanischer Tala</translation>
    </message>
    <message>
        <source>Central African CFA franc</source>
        <translation>CFA-Franc (BEAC)</translation>
    </message>
    <message>
        <source>East Caribbean dollar</source>
        <translation>Ostkaribischer Dollar</translation>
    </message>
    <message>
        <source>West African CFA franc</source>
        <translation>CFA-Franc (BCEAO)</translation>
    </message>
    <message>
        <source>CFP franc</source>
        <translation>CFP-Franc</translation>
    </message>
    <message>
        <source>Yemeni rial</source>
        <translation>Jemen-Rial</translation>
    </message>
    <message>
        <source>South African rand</source>
        <translation>Südafrikanischer Rand</translation>
    </message>
    <message>
        <source>Zambian kwacha</source>
        <translation>Sambischer Kwacha</translation>
    </message>
    <message>
        <source>Zimbabwe gold</source>
        <translation>Simbabwe-Gold</translation>
    </message>
</context>
<context>
    <name>DecisionCheck</name>
    <message>
        <source>Aligned with the client&apos;s stated goals?</source>
        <translation>Passend zu den erklärten Zielen des Kunden?</translation>
    </message>
    <message>
        <source>A clear business case with measurable ROI?</source>
        <translation>Ein klarer Business Case mit messbarem ROI?</translation>
    </message>
    <message>
        <source>A champion who supports it?</source>
        <translation>Ein Champion, der sie unterstützt?</translation>
    </message>
    <message>
        <source>Can we deliver without hurting current service?</source>
        <translation>Können wir liefern, ohne den laufenden Service zu gefährden?</translation>
    </message>
    <message>
        <source>Is the timing right (budget cycle)?</source>
        <translation>Stimmt der Zeitpunkt (Budgetzyklus)?</translation>
    </message>
    <message>
        <source>Validated by a pilot or proof of concept?</source>
        <translation>Durch ein Pilotprojekt oder einen Proof of Concept bestätigt?</translation>
    </message>
</context>
<context>
    <name>DecisionRole</name>
    <message>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <source>Economic buyer</source>
        <translation>Budgetverantwortlicher</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>Technical evaluator</source>
        <translation>Technischer Evaluator</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Beeinflusser</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Anwender</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blockierer</translation>
    </message>
</context>
<context>
    <name>EditorWidgets</name>
    <message>
        <source>(no owner)</source>
        <translation>(niemand verantwortlich)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>“%1” is not an amount: write it like %2</source>
        <translation>„%1“ ist kein Betrag: schreiben Sie ihn wie %2</translation>
    </message>
</context>
<context>
    <name>ExchangeRates</name>
    <message>
        <source>needs a %1→%2 rate</source>
        <translation>braucht einen Kurs %1→%2</translation>
    </message>
</context>
<context>
    <name>ExpansionMotion</name>
    <message>
        <source>Upsell to a higher tier</source>
        <translation>Upselling auf eine höhere Edition</translation>
    </message>
    <message>
        <source>Cross-sell</source>
        <translation>Cross-Selling</translation>
    </message>
    <message>
        <source>Seat growth</source>
        <translation>Mehr Lizenzen</translation>
    </message>
    <message>
        <source>Usage growth</source>
        <translation>Mehr Nutzung</translation>
    </message>
    <message>
        <source>Price increase at renewal</source>
        <translation>Preiserhöhung bei Verlängerung</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>export takes one plan file</source>
        <translation>export nimmt eine Plandatei</translation>
    </message>
    <message>
        <source>--format takes json, csv or ics</source>
        <translation>--format nimmt json, csv oder ics</translation>
    </message>
    <message>
        <source>-o names the file (or, for CSV, a folder or a .zip) to write</source>
        <translation>-o nennt die zu schreibende Datei (oder, für CSV, einen Ordner oder eine .zip)</translation>
    </message>
    <message>
        <source>--as-of takes a date as YYYY-MM-DD</source>
        <translation>--as-of nimmt ein Datum als JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Start My Portfolio</source>
        <translation>Mein Portfolio beginnen</translation>
    </message>
    <message>
        <source>Keyplan plans (*.keyplan)</source>
        <translation>Keyplan-Pläne (*.keyplan)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it instead.</source>
        <translation>%1 gibt es schon. Wählen Sie einen anderen Namen oder öffnen Sie die Datei.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Explore the Sample</source>
        <translation>Beispiel erkunden</translation>
    </message>
    <message>
        <source>The sample could not be made.</source>
        <translation>Das Beispiel konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Aufgegeben</translation>
    </message>
</context>
<context>
    <name>HealthMeasure</name>
    <message>
        <source>Product usage</source>
        <translation>Produktnutzung</translation>
    </message>
    <message>
        <source>Support load</source>
        <translation>Supportaufwand</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Payment timeliness</source>
        <translation>Zahlungspünktlichkeit</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Goal progress</source>
        <translation>Zielfortschritt</translation>
    </message>
</context>
<context>
    <name>HealthScore</name>
    <message>
        <source>No key stakeholders on the map</source>
        <translation>Keine wichtigen Stakeholder auf der Landkarte</translation>
    </message>
    <message>
        <source>Nobody in the buying group on the map</source>
        <translation>Niemand aus der Entscheidergruppe auf der Landkarte</translation>
    </message>
    <message>
        <source>single-threaded</source>
        <translation>zu wenige Kontakte</translation>
    </message>
    <message>
        <source>empty seats: %1</source>
        <translation>leere Plätze: %1</translation>
    </message>
    <message>
        <source>From the account&apos;s usage metrics and their thresholds</source>
        <translation>Aus den Nutzungskennzahlen des Accounts und ihren Schwellen</translation>
    </message>
    <message>
        <source>Goals of the success plan counted: %1</source>
        <translation>Gezählte Ziele des Erfolgsplans: %1</translation>
    </message>
    <message>
        <source>No goals in the success plan</source>
        <translation>Keine Ziele im Erfolgsplan</translation>
    </message>
    <message>
        <source>coverage %1</source>
        <translation>Abdeckung %1</translation>
    </message>
    <message numerus="yes">
        <source>Key stakeholders contacted within %n days: %1 of %2</source>
        <translation>
            <numerusform>Wichtige Stakeholder kontaktiert innerhalb von %n Tag: %1 von %2</numerusform>
            <numerusform>Wichtige Stakeholder kontaktiert innerhalb von %n Tagen: %1 von %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IcsExport</name>
    <message>
        <source>Renewal: %1</source>
        <translation>Verlängerung: %1</translation>
    </message>
    <message>
        <source>ARR %1 today.</source>
        <translation>ARR heute: %1.</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>QBR due: %1</source>
        <translation>QBR fällig: %1</translation>
    </message>
    <message numerus="yes">
        <source>The last review was held on %1; this account&apos;s tier has one every %n days.</source>
        <translation>
            <numerusform>Das letzte Review fand am %1 statt; die Stufe dieses Accounts sieht jeden Tag eines vor.</numerusform>
            <numerusform>Das letzte Review fand am %1 statt; die Stufe dieses Accounts sieht alle %n Tage eines vor.</numerusform>
        </translation>
    </message>
    <message>
        <source>No review has been held with this account yet.</source>
        <translation>Mit diesem Account fand noch kein Review statt.</translation>
    </message>
    <message>
        <source>QBR</source>
        <translation>QBR</translation>
    </message>
    <message>
        <source>Next step: %1 (%2)</source>
        <translation>Nächster Schritt: %1 (%2)</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Play: %1</source>
        <translation>Maßnahme: %1</translation>
    </message>
    <message>
        <source>Play: %1 (%2)</source>
        <translation>Maßnahme: %1 (%2)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Maßnahme</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n angelegt</numerusform>
            <numerusform>%n angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked</source>
        <translation>
            <numerusform>%n verknüpft</numerusform>
            <numerusform>%n verknüpft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain</source>
        <translation>
            <numerusform>%n unsicher</numerusform>
            <numerusform>%n unsicher</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: a whole Keyplan plan</source>
        <translation>  %1: ein ganzer Keyplan-Plan</translation>
    </message>
    <message>
        <source>  %1: %2, %3, %4, %5 of %6 columns mapped</source>
        <translation>  %1: %2, %3, %4, %5 von %6 Spalten zugeordnet</translation>
    </message>
    <message>
        <source>  left out: %1</source>
        <translation>  ausgelassen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2, line %3: %4: %5</source>
        <translation>%1 %2, Zeile %3: %4: %5</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more left out</source>
        <translation>
            <numerusform>... und %n weiterer ausgelassen</numerusform>
            <numerusform>... und %n weitere ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>the mapping %1 cannot be read: %2</source>
        <translation>die Zuordnung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the mapping %1 is not a JSON object (%2 at byte %3)</source>
        <translation>die Zuordnung %1 ist kein JSON-Objekt (%2 bei Byte %3)</translation>
    </message>
    <message>
        <source>import takes a plan file and one or more files to import</source>
        <translation>import nimmt eine Plandatei und eine oder mehrere zu importierende Dateien</translation>
    </message>
    <message>
        <source>--format takes auto, salesforce, hubspot, linkedin, vcard, json or csv</source>
        <translation>--format nimmt auto, salesforce, hubspot, linkedin, vcard, json oder csv</translation>
    </message>
    <message>
        <source>--as-of takes a date as YYYY-MM-DD</source>
        <translation>--as-of nimmt ein Datum als JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>Dry run into a new plan %1:</source>
        <translation>Probelauf in einen neuen Plan %1:</translation>
    </message>
    <message>
        <source>Imported into a new plan %1:</source>
        <translation>Importiert in einen neuen Plan %1:</translation>
    </message>
    <message>
        <source>nothing was imported: the backup before the import could not be written (%1)</source>
        <translation>nichts wurde importiert: die Sicherung vor dem Import konnte nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>the import is in the plan, but it could not be closed cleanly: %1</source>
        <translation>der Import ist im Plan, aber der Plan konnte nicht sauber geschlossen werden: %1</translation>
    </message>
    <message>
        <source>Dry run into %1 (nothing was written):</source>
        <translation>Probelauf in %1 (nichts wurde geschrieben):</translation>
    </message>
    <message>
        <source>Imported into %1:</source>
        <translation>Importiert in %1:</translation>
    </message>
</context>
<context>
    <name>ImportEditing</name>
    <message>
        <source>Undoing the import</source>
        <translation>Import wird rückgängig gemacht</translation>
    </message>
    <message>
        <source>Redoing the import</source>
        <translation>Import wird wiederholt</translation>
    </message>
    <message>
        <source>The plan is open read-only.</source>
        <translation>Der Plan ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>The backup before the import could not be written (%1); nothing was imported.</source>
        <translation>Die Sicherung vor dem Import konnte nicht geschrieben werden (%1); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Import von %1</translation>
    </message>
    <message>
        <source>The team server cannot be reached, so nothing was imported. Keyplan connects again by itself; then import again.</source>
        <translation>Der Teamserver ist nicht erreichbar, daher wurde nichts importiert. Keyplan verbindet sich selbst wieder; importieren Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Record ID</source>
        <translation>Datensatz-ID</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Account-ID</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Account-Name</translation>
    </message>
    <message>
        <source>Parent account ID</source>
        <translation>ID des übergeordneten Accounts</translation>
    </message>
    <message>
        <source>Parent account name</source>
        <translation>Name des übergeordneten Accounts</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Account-Typ</translation>
    </message>
    <message>
        <source>Region or country</source>
        <translation>Region oder Land</translation>
    </message>
    <message>
        <source>Owner on our side</source>
        <translation>Verantwortlich bei uns</translation>
    </message>
    <message>
        <source>Owner on our side (user ID)</source>
        <translation>Verantwortlich bei uns (Benutzer-ID)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Reports to (ID)</source>
        <translation>Berichtet an (ID)</translation>
    </message>
    <message>
        <source>LinkedIn profile</source>
        <translation>LinkedIn-Profil</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Vernetzt am</translation>
    </message>
    <message>
        <source>Opportunity name</source>
        <translation>Name der Verkaufschance</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Opportunity type</source>
        <translation>Typ der Verkaufschance</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Probability (%)</source>
        <translation>Wahrscheinlichkeit (%)</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <source>Opportunity ID</source>
        <translation>Verkaufschancen-ID</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>Kontakt-ID</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Hauptkontakt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: keine solche Datei</translation>
    </message>
    <message>
        <source>%1: not a file Keyplan can read</source>
        <translation>%1: keine Datei, die Keyplan lesen kann</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no room to unpack the archive (%2)</source>
        <translation>%1: kein Platz, um das Archiv zu entpacken (%2)</translation>
    </message>
    <message>
        <source>%1: not a CSV table</source>
        <translation>%1: keine CSV-Tabelle</translation>
    </message>
    <message>
        <source>%1: Keyplan imports accounts, contacts, opportunities and their contact roles</source>
        <translation>%1: Keyplan importiert Accounts, Kontakte, Verkaufschancen und deren Kontaktrollen</translation>
    </message>
    <message>
        <source>%1: the archive holds no table Keyplan can import</source>
        <translation>%1: das Archiv enthält keine Tabelle, die Keyplan importieren kann</translation>
    </message>
    <message>
        <source>%1: not an address book Keyplan can read (larger than 256 MiB, or unreadable)</source>
        <translation>%1: kein Adressbuch, das Keyplan lesen kann (größer als 256 MiB oder unlesbar)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: not JSON (%2 at byte %3)</source>
        <translation>%1: kein JSON (%2 bei Byte %3)</translation>
    </message>
    <message>
        <source>%1: Keyplan reads Salesforce data exports (sf data export tree) and jCard address books among JSON files; this one is neither</source>
        <translation>%1: Keyplan liest unter den JSON-Dateien Salesforce-Datenexporte (sf data export tree) und jCard-Adressbücher; diese ist keines von beiden</translation>
    </message>
    <message>
        <source>no file to import</source>
        <translation>keine Datei zum Importieren</translation>
    </message>
    <message>
        <source>the mapping has “%1”, which Keyplan does not know (it reads columns, kinds, stages and types)</source>
        <translation>die Zuordnung enthält „%1“, was Keyplan nicht kennt (es liest columns, kinds, stages und types)</translation>
    </message>
    <message>
        <source>no account called “%1” is in the plan</source>
        <translation>im Plan gibt es keinen Account namens „%1“</translation>
    </message>
    <message>
        <source>the mapping&apos;s stage “%1” maps to “%2”, which is not a stage (identified, qualified, proposal, commit, won, lost)</source>
        <translation>die Phase „%1“ der Zuordnung verweist auf „%2“, was keine Phase ist (identified, qualified, proposal, commit, won, lost)</translation>
    </message>
    <message>
        <source>the mapping&apos;s type “%1” maps to “%2”, which is not a motion (upsell, cross_sell, seat_growth, usage_growth, price_increase)</source>
        <translation>der Typ „%1“ der Zuordnung verweist auf „%2“, was keine Art ist (upsell, cross_sell, seat_growth, usage_growth, price_increase)</translation>
    </message>
    <message>
        <source>%1 is a spreadsheet workbook; Keyplan reads CSV. Export CSV from the CRM (HubSpot: Export, file format CSV), or save the sheet as CSV, and import that.</source>
        <translation>%1 ist eine Tabellenkalkulationsmappe; Keyplan liest CSV. Exportieren Sie CSV aus dem CRM (HubSpot: Exportieren, Dateiformat CSV) oder speichern Sie das Blatt als CSV und importieren Sie das.</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>Salesforce</source>
        <translation>Salesforce</translation>
    </message>
    <message>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
</context>
<context>
    <name>ImportSubject</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Business units</source>
        <translation>Geschäftsbereiche</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <source>Contact roles</source>
        <translation>Kontaktrollen</translation>
    </message>
    <message>
        <source>ARR changes</source>
        <translation>ARR-Änderungen</translation>
    </message>
    <message>
        <source>Usage metrics</source>
        <translation>Nutzungskennzahlen</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>the account to import into is not in the plan</source>
        <translation>der Account, in den importiert wird, ist nicht im Plan</translation>
    </message>
    <message>
        <source>may be “%1”, already in the plan</source>
        <translation>ist vielleicht „%1“, der schon im Plan ist</translation>
    </message>
    <message>
        <source>its account “%1” may be “%2”, already in the plan: confirm which in File &gt; Import</source>
        <translation>sein Account „%1“ ist vielleicht „%2“, der schon im Plan ist: bestätigen Sie unter Datei &gt; Importieren, welcher</translation>
    </message>
    <message>
        <source>its account “%1” waits for your answer: which account of the plan it is</source>
        <translation>sein Account „%1“ wartet auf Ihre Antwort: welcher Account des Plans es ist</translation>
    </message>
    <message>
        <source>its account (%1 id %2) is neither in the plan nor in this import</source>
        <translation>sein Account (%1 ID %2) ist weder im Plan noch in diesem Import</translation>
    </message>
    <message>
        <source>it names no account</source>
        <translation>er nennt keinen Account</translation>
    </message>
    <message>
        <source>no account called “%1” is in the plan</source>
        <translation>im Plan gibt es keinen Account namens „%1“</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation>%1: „%2“ → „%3“</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>employees: %1 → %2</source>
        <translation>Mitarbeiter: %1 → %2</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>kept as a business unit of “%1”</source>
        <translation>als Geschäftsbereich von „%1“ behalten</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>er hat keinen Namen</translation>
    </message>
    <message>
        <source>an import into one account adds no accounts</source>
        <translation>ein Import in einen Account legt keine Accounts an</translation>
    </message>
    <message>
        <source>a business unit of “%1”, its parent</source>
        <translation>ein Geschäftsbereich von „%1“, dem übergeordneten Account</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>its stage “%1” is not in the table of stages: map it to one of Keyplan&apos;s and import again</source>
        <translation>seine Phase „%1“ steht nicht in der Tabelle der Phasen: ordnen Sie sie einer Phase von Keyplan zu und importieren Sie erneut</translation>
    </message>
    <message>
        <source>its amount is in %1 and the account&apos;s figures in %2</source>
        <translation>sein Betrag ist in %1, die Zahlen des Accounts in %2</translation>
    </message>
    <message>
        <source>name: “%1” → “%2”</source>
        <translation>Name: „%1“ → „%2“</translation>
    </message>
    <message>
        <source>stage: %1 → %2</source>
        <translation>Phase: %1 → %2</translation>
    </message>
    <message>
        <source>amount changed</source>
        <translation>Betrag geändert</translation>
    </message>
    <message>
        <source>probability: %1% → %2%</source>
        <translation>Wahrscheinlichkeit: %1 % → %2 %</translation>
    </message>
    <message>
        <source>close date: %1 → %2</source>
        <translation>Abschlussdatum: %1 → %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>the opportunity is not in the plan or this import</source>
        <translation>die Verkaufschance ist weder im Plan noch in diesem Import</translation>
    </message>
    <message>
        <source>the person is not in the plan or this import</source>
        <translation>die Person ist weder im Plan noch in diesem Import</translation>
    </message>
    <message>
        <source>the person and the opportunity are at different accounts</source>
        <translation>die Person und die Verkaufschance gehören zu verschiedenen Accounts</translation>
    </message>
    <message>
        <source>role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>the opportunity&apos;s champion</source>
        <translation>der Champion der Verkaufschance</translation>
    </message>
    <message>
        <source>the figure is in %1 and the account&apos;s in %2</source>
        <translation>die Zahl ist in %1, die des Accounts in %2</translation>
    </message>
    <message>
        <source>ARR did not change</source>
        <translation>ARR hat sich nicht geändert</translation>
    </message>
    <message>
        <source>%1: %2 on %3</source>
        <translation>%1: %2 am %3</translation>
    </message>
    <message>
        <source>it needs a metric&apos;s name and a date</source>
        <translation>er braucht den Namen einer Kennzahl und ein Datum</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>not on any account&apos;s map</source>
        <translation>auf keiner Landkarte eines Accounts</translation>
    </message>
    <message>
        <source>LinkedIn (%1, line %2) shows %3 at %4 as %5, not at %6.</source>
        <translation>LinkedIn (%1, Zeile %2) zeigt %3 bei %4 als %5, nicht bei %6.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ohne Position)</translation>
    </message>
    <message>
        <source>LinkedIn (%1, line %2) shows %3 at %4 as %5; an earlier export showed them at %6.</source>
        <translation>LinkedIn (%1, Zeile %2) zeigt %3 bei %4 als %5; ein früherer Export zeigte die Person bei %6.</translation>
    </message>
    <message>
        <source>may have left: %1</source>
        <translation>hat vielleicht das Unternehmen verlassen: %1</translation>
    </message>
    <message>
        <source>their manager (%1 id %2) is not in the plan or this import: reporting line left out</source>
        <translation>die Führungskraft (%1 ID %2) ist weder im Plan noch in diesem Import: Berichtslinie ausgelassen</translation>
    </message>
    <message>
        <source>their manager is at another account: reporting line left out</source>
        <translation>die Führungskraft ist bei einem anderen Account: Berichtslinie ausgelassen</translation>
    </message>
    <message>
        <source>reporting to their manager would make them their own manager: reporting line left out</source>
        <translation>die Berichtslinie an die Führungskraft würde die Person zu ihrer eigenen Führungskraft machen: Berichtslinie ausgelassen</translation>
    </message>
</context>
<context>
    <name>Influence</name>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
</context>
<context>
    <name>KeyboardAccess</name>
    <message>
        <source>Show the %1 Tab</source>
        <translation>Registerkarte „%1“ zeigen</translation>
    </message>
    <message>
        <source>Next Tab</source>
        <translation>Nächste Registerkarte</translation>
    </message>
    <message>
        <source>Previous Tab</source>
        <translation>Vorherige Registerkarte</translation>
    </message>
</context>
<context>
    <name>LinkKind</name>
    <message>
        <source>Dotted-line report</source>
        <translation>Fachliche Berichtslinie</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
</context>
<context>
    <name>MapEditing</name>
    <message>
        <source>Add %1 to the map</source>
        <translation>%1 zur Landkarte hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 from the map</source>
        <translation>%1 von der Landkarte entfernen</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linien</translation>
    </message>
    <message>
        <source>reports to</source>
        <translation>berichtet an</translation>
    </message>
    <message>
        <source>dotted-line report</source>
        <translation>fachliche Berichtslinie</translation>
    </message>
    <message>
        <source>influences</source>
        <translation>beeinflusst</translation>
    </message>
    <message>
        <source>left the company</source>
        <translation>hat das Unternehmen verlassen</translation>
    </message>
    <message>
        <source>empty seat</source>
        <translation>leerer Platz</translation>
    </message>
</context>
<context>
    <name>MapNode</name>
    <message>
        <source>%1 · %2 · influence %3</source>
        <translation>%1 · %2 · Einfluss %3</translation>
    </message>
    <message>
        <source>Relationship %1 (aim: %2)</source>
        <translation>Beziehung %1 (Ziel: %2)</translation>
    </message>
    <message>
        <source>Nobody on our side owns this relationship</source>
        <translation>Niemand bei uns ist für diese Beziehung verantwortlich</translation>
    </message>
    <message>
        <source>Owned by %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Last contact %1</source>
        <translation>Letzter Kontakt %1</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Nie kontaktiert</translation>
    </message>
    <message>
        <source>Left the company on %1</source>
        <translation>Hat das Unternehmen am %1 verlassen</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>Ausgeschieden %1</translation>
    </message>
    <message>
        <source>No contact yet</source>
        <translation>Noch kein Kontakt</translation>
    </message>
    <message>
        <source>Contacted today</source>
        <translation>Heute kontaktiert</translation>
    </message>
    <message>
        <source>Last contact yesterday</source>
        <translation>Letzter Kontakt gestern</translation>
    </message>
    <message>
        <source>%1 · no owner</source>
        <translation>%1 · niemand verantwortlich</translation>
    </message>
    <message>
        <source>Empty seat</source>
        <translation>Leerer Platz</translation>
    </message>
    <message>
        <source>Nobody fills this seat</source>
        <translation>Niemand besetzt diesen Platz</translation>
    </message>
    <message>
        <source>A required seat nobody on the map fills: %1. Double-click to add the person who holds it.</source>
        <translation>Ein notwendiger Platz, den niemand auf der Landkarte besetzt: %1. Doppelklicken, um die Person hinzuzufügen, die ihn innehat.</translation>
    </message>
    <message>
        <source>May have left: %1 Open them to say whether they are still there.</source>
        <translation>Hat vielleicht das Unternehmen verlassen: %1 Öffnen Sie die Person, um zu sagen, ob sie noch da ist.</translation>
    </message>
    <message>
        <source>May have left?</source>
        <translation>Vielleicht ausgeschieden?</translation>
    </message>
    <message numerus="yes">
        <source>Last contact %n days ago</source>
        <translation>
            <numerusform>Letzter Kontakt vor %n Tag</numerusform>
            <numerusform>Letzter Kontakt vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapPrint</name>
    <message>
        <source>Stakeholder map</source>
        <translation>Stakeholder-Landkarte</translation>
    </message>
    <message>
        <source>continues on page %1 →</source>
        <translation>weiter auf Seite %1 →</translation>
    </message>
    <message>
        <source>← from page %1</source>
        <translation>← von Seite %1</translation>
    </message>
    <message>
        <source>continues on page %1 ↓</source>
        <translation>weiter auf Seite %1 ↓</translation>
    </message>
    <message>
        <source>↑ from page %1</source>
        <translation>↑ von Seite %1</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for drawing.</source>
        <translation>Der Drucker oder die Datei konnte nicht zum Zeichnen geöffnet werden.</translation>
    </message>
    <message>
        <source>Overview · page 1 of %1</source>
        <translation>Übersicht · Seite 1 von %1</translation>
    </message>
    <message>
        <source>Page %1 of %2 · row %3, column %4</source>
        <translation>Seite %1 von %2 · Zeile %3, Spalte %4</translation>
    </message>
    <message>
        <source>%1: the file name must end in .pdf, .svg or .png.</source>
        <translation>%1: der Dateiname muss auf .pdf, .svg oder .png enden.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: stakeholder map</source>
        <translation>%1: Stakeholder-Landkarte</translation>
    </message>
    <message>
        <source>Made with Keyplan</source>
        <translation>Erstellt mit Keyplan</translation>
    </message>
    <message>
        <source>The map is too large for a PNG image; export a PDF instead.</source>
        <translation>Die Landkarte ist zu groß für ein PNG-Bild; exportieren Sie stattdessen ein PDF.</translation>
    </message>
    <message>
        <source>%1 could not be written as PNG.</source>
        <translation>%1 konnte nicht als PNG geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>You can undo this with %1.</source>
        <translation>Sie können das mit %1 rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Schema step %1 failed: %2</source>
        <translation>Schemaschritt %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>NewPlan</name>
    <message>
        <source>%1 already exists; Keyplan never overwrites a plan.</source>
        <translation>%1 gibt es schon; Keyplan überschreibt nie einen Plan.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>in %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the new plan did not pass its check (%1)</source>
        <translation>der neue Plan hat seine Prüfung nicht bestanden (%1)</translation>
    </message>
    <message>
        <source>%1 appeared meanwhile; Keyplan never overwrites a plan.</source>
        <translation>%1 ist inzwischen entstanden; Keyplan überschreibt nie einen Plan.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>OdtWriter</name>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <source>Figure %1</source>
        <translation>Abbildung %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>OfferingKind</name>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
</context>
<context>
    <name>Opportunity</name>
    <message>
        <source>%1 left the company on %2</source>
        <translation>%1 hat das Unternehmen am %2 verlassen</translation>
    </message>
</context>
<context>
    <name>OpportunityStage</name>
    <message>
        <source>Identified</source>
        <translation>Identifiziert</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Angebot abgegeben</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
</context>
<context>
    <name>OverwriteRowCommand</name>
    <message>
        <source>Save my version</source>
        <translation>Meine Fassung speichern</translation>
    </message>
    <message>
        <source>Save my version of %1</source>
        <translation>Meine Fassung von %1 speichern</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Fassung</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>The printer or file could not be opened for drawing.</source>
        <translation>Der Drucker oder die Datei konnte nicht zum Zeichnen geöffnet werden.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>Percent</name>
    <message>
        <source>%1%2 pts</source>
        <translation>%1%2 Pkt.</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
</context>
<context>
    <name>PersonSignalEditing</name>
    <message>
        <source>Whether a person has left</source>
        <translation>Ob eine Person das Unternehmen verlassen hat</translation>
    </message>
    <message>
        <source>%1 is still there</source>
        <translation>%1 ist noch da</translation>
    </message>
</context>
<context>
    <name>PipelineBreakdown</name>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
</context>
<context>
    <name>PipelineText</name>
    <message>
        <source>the relationship is uncoupling</source>
        <translation>die Beziehung löst sich</translation>
    </message>
    <message>
        <source>health is %1 of 10</source>
        <translation>der Zustand ist %1 von 10</translation>
    </message>
    <message>
        <source>Fix first: %1. Deliver value and restore the relationship before selling more; expansion proposed now risks the renewal.</source>
        <translation>Zuerst beheben: %1. Liefern Sie Nutzen und stellen Sie die Beziehung wieder her, bevor Sie mehr verkaufen; ein jetzt vorgeschlagener Ausbau gefährdet die Verlängerung.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Health: no measure has data yet</source>
        <translation>Zustand: noch keine Messgröße hat Daten</translation>
    </message>
    <message>
        <source>Health %1 of 10</source>
        <translation>Zustand %1 von 10</translation>
    </message>
    <message>
        <source>%1 (%2 in 30 days)</source>
        <translation>%1 (%2 in 30 Tagen)</translation>
    </message>
    <message>
        <source>%1, set by hand until %2: %3</source>
        <translation>%1, von Hand gesetzt bis %2: %3</translation>
    </message>
    <message>
        <source>%1 · no data for %2</source>
        <translation>%1 · keine Daten für %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open opportunities · %1 · weighted %2</source>
        <translation>
            <numerusform>%n offene Verkaufschance · %1 · gewichtet %2</numerusform>
            <numerusform>%n offene Verkaufschancen · %1 · gewichtet %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanBackup</name>
    <message>
        <source>the plan is not an open SQLite database</source>
        <translation>der Plan ist keine geöffnete SQLite-Datenbank</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 ist ein Ordner</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr frei</translation>
    </message>
    <message>
        <source>the copy could not be moved to %1</source>
        <translation>die Kopie konnte nicht nach %1 verschoben werden</translation>
    </message>
</context>
<context>
    <name>PlanChecker</name>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>SQLite-Integritätsprüfung: %1</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row in %3.</source>
        <translation>Zeile %1 der Tabelle %2 verweist auf eine fehlende Zeile in %3.</translation>
    </message>
    <message>
        <source>More than one account is named &quot;%1&quot;.</source>
        <translation>Mehr als ein Account heißt „%1“.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has no owner on our side.</source>
        <translation>Account „%1“ hat niemanden bei uns als Verantwortlichen.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has no stage history.</source>
        <translation>Account „%1“ hat keine Phasenhistorie.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; is in stage %2, but its last stage change moved it to %3.</source>
        <translation>Account „%1“ ist in der Phase %2, aber sein letzter Phasenwechsel führte nach %3.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: the stage change of %2 starts from %3, but the one before ended in %4.</source>
        <translation>Account „%1“: der Phasenwechsel vom %2 beginnt bei %3, aber der vorige endete bei %4.</translation>
    </message>
    <message>
        <source>dates (YYYY-MM-DD)</source>
        <translation>Daten (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>months (YYYY-MM)</source>
        <translation>Monate (JJJJ-MM)</translation>
    </message>
    <message>
        <source>relationship stages</source>
        <translation>Beziehungsphasen</translation>
    </message>
    <message>
        <source>row %1: &quot;%2&quot;</source>
        <translation>Zeile %1: „%2“</translation>
    </message>
    <message>
        <source>%1.%2 could not be read: %3</source>
        <translation>%1.%2 konnte nicht gelesen werden: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in %1.%2 are not valid %3 (first at %4).</source>
        <translation>
            <numerusform>%n Wert in %1.%2 gehört nicht zu den gültigen %3 (bei %4).</numerusform>
            <numerusform>%n Werte in %1.%2 gehören nicht zu den gültigen %3 (zuerst bei %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite integrity check could not run: %1</source>
        <translation>Die SQLite-Integritätsprüfung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>Schema: %1</source>
        <translation>Schema: %1</translation>
    </message>
    <message>
        <source>The accounts or their stage history could not be read: %1</source>
        <translation>Die Accounts oder ihre Phasenhistorie konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>SQLite integrity check stopped early: %1</source>
        <translation>Die SQLite-Integritätsprüfung brach vorzeitig ab: %1</translation>
    </message>
    <message>
        <source>ISO 4217 currency codes</source>
        <translation>ISO-4217-Währungscodes</translation>
    </message>
    <message>
        <source>The plan&apos;s currency &quot;%1&quot; is not an ISO 4217 currency code.</source>
        <translation>Die Währung des Plans „%1“ ist kein ISO-4217-Währungscode.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: the ARR change of %2 is recorded as %3 but counts as %4.</source>
        <translation>Account „%1“: die ARR-Änderung vom %2 ist als %3 erfasst, zählt aber als %4.</translation>
    </message>
    <message>
        <source>The exchange rate of %1 converts %2 into itself.</source>
        <translation>Der Wechselkurs vom %1 rechnet %2 in sich selbst um.</translation>
    </message>
    <message>
        <source>The rule %1 on %2 was never checked against the rows already there.</source>
        <translation>Die Regel %1 auf %2 wurde nie gegen die schon vorhandenen Zeilen geprüft.</translation>
    </message>
</context>
<context>
    <name>PlanCopy</name>
    <message>
        <source>the two plans are in different formats (%1 and %2)</source>
        <translation>die beiden Pläne haben verschiedene Formate (%1 und %2)</translation>
    </message>
    <message>
        <source>a plan is copied into a new one only, and %1</source>
        <translation>ein Plan wird nur in einen neuen kopiert, und %1</translation>
    </message>
    <message>
        <source>the plan to copy has no tables</source>
        <translation>der zu kopierende Plan hat keine Tabellen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PlanDatabase</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is damaged: %1</source>
        <translation>Die Datei ist beschädigt: %1</translation>
    </message>
    <message>
        <source>This is a SQLite database, but not a Keyplan plan. Keyplan did not change it.</source>
        <translation>Dies ist eine SQLite-Datenbank, aber kein Keyplan-Plan. Keyplan hat sie nicht verändert.</translation>
    </message>
    <message>
        <source>This plan was written by a newer version of Keyplan (plan format %1; this Keyplan reads up to %2). Update Keyplan to open it; the file was not changed.</source>
        <translation>Dieser Plan wurde von einer neueren Keyplan-Version geschrieben (Planformat %1; dieses Keyplan liest bis %2). Aktualisieren Sie Keyplan, um ihn zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The plan is damaged (%1). Keyplan did not change it; restore a backup copy.</source>
        <translation>Der Plan ist beschädigt (%1). Keyplan hat ihn nicht verändert; stellen Sie eine Sicherungskopie wieder her.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Unter %1 gibt es keine Datei.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a plan file.</source>
        <translation>%1 ist ein Ordner, keine Plandatei.</translation>
    </message>
    <message>
        <source>%1 could not be read (permission denied?).</source>
        <translation>%1 konnte nicht gelesen werden (keine Berechtigung?).</translation>
    </message>
    <message>
        <source>The file is empty: it is not a Keyplan plan.</source>
        <translation>Die Datei ist leer: sie ist kein Keyplan-Plan.</translation>
    </message>
    <message>
        <source>This file is not a Keyplan plan (it is not a SQLite database).</source>
        <translation>Diese Datei ist kein Keyplan-Plan (sie ist keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>The plan is damaged: the file is shorter than its header says (truncated). Keyplan did not change it; restore a backup copy.</source>
        <translation>Der Plan ist beschädigt: die Datei ist kürzer, als ihr Kopf angibt (abgeschnitten). Keyplan hat ihn nicht verändert; stellen Sie eine Sicherungskopie wieder her.</translation>
    </message>
    <message>
        <source>The plan could not be opened: %1</source>
        <translation>Der Plan konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>This plan is in use by another Keyplan (process %1 on %2). Close it there first, or open a copy.</source>
        <translation>Dieser Plan wird von einem anderen Keyplan verwendet (Prozess %1 auf %2). Schließen Sie ihn dort zuerst oder öffnen Sie eine Kopie.</translation>
    </message>
    <message>
        <source>The plan could not be prepared for use: %1</source>
        <translation>Der Plan konnte nicht zur Verwendung vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>The plan needs an upgrade, but the backup copy made first could not be written: %1</source>
        <translation>Der Plan braucht ein Upgrade, aber die vorher angelegte Sicherungskopie konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The plan could not be upgraded (%1). It was left as it was; a copy is at %2.</source>
        <translation>Der Plan konnte nicht aktualisiert werden (%1). Er blieb, wie er war; eine Kopie liegt unter %2.</translation>
    </message>
    <message>
        <source>%1 already exists; Keyplan will not overwrite it.</source>
        <translation>%1 gibt es schon; Keyplan überschreibt es nicht.</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>%1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The new plan could not be created: %1</source>
        <translation>Der neue Plan konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>This file says it is a Keyplan plan but has no plan format. Keyplan did not change it.</source>
        <translation>Diese Datei gibt sich als Keyplan-Plan aus, hat aber kein Planformat. Keyplan hat sie nicht verändert.</translation>
    </message>
    <message>
        <source>This plan&apos;s structure was changed outside Keyplan, so Keyplan will not use it: %1 Keyplan did not change the file; `keyplan check` lists every difference.</source>
        <translation>Die Struktur dieses Plans wurde außerhalb von Keyplan geändert, daher verwendet Keyplan ihn nicht: %1 Keyplan hat die Datei nicht verändert; `keyplan check` nennt jeden Unterschied.</translation>
    </message>
    <message>
        <source>The plan cannot be used: %1 Keyplan did not change it; `keyplan check` lists every problem.</source>
        <translation>Der Plan kann nicht verwendet werden: %1 Keyplan hat ihn nicht verändert; `keyplan check` nennt jedes Problem.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, a device or a socket), so it cannot be a plan.</source>
        <translation>%1 ist keine gewöhnliche Datei (eine Pipe, ein Gerät oder ein Socket) und kann daher kein Plan sein.</translation>
    </message>
    <message>
        <source>This plan is already open in this Keyplan (process %1 on %2).</source>
        <translation>Dieser Plan ist in diesem Keyplan schon geöffnet (Prozess %1 auf %2).</translation>
    </message>
    <message>
        <source>This plan is in use by another Keyplan. Close it there first, or open a copy.</source>
        <translation>Dieser Plan wird von einem anderen Keyplan verwendet. Schließen Sie ihn dort zuerst oder öffnen Sie eine Kopie.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full. Free some space, then try again.</source>
        <translation>Der Datenträger, auf dem %1 liegt, ist voll. Geben Sie Platz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disk that holds %1 reported an error (%2): %3</source>
        <translation>Der Datenträger, auf dem %1 liegt, meldete einen Fehler (%2): %3</translation>
    </message>
    <message>
        <source>the plan&apos;s journal could not be written into the plan (%1)</source>
        <translation>das Journal des Plans konnte nicht in den Plan geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>it is busy</source>
        <translation>er ist belegt</translation>
    </message>
    <message>
        <source>the plan&apos;s journal is still beside it after closing</source>
        <translation>das Journal des Plans liegt nach dem Schließen noch daneben</translation>
    </message>
    <message>
        <source>The plan&apos;s lock could not be taken: %1</source>
        <translation>Die Sperre des Plans konnte nicht gesetzt werden: %1</translation>
    </message>
    <message>
        <source>A crash left this plan&apos;s latest edits in %1, in a folder Keyplan cannot write, and they could not be copied to read them. Copy the plan together with that file somewhere writable and open it there.</source>
        <translation>Ein Absturz hat die letzten Änderungen dieses Plans in %1 hinterlassen, in einem Ordner, in den Keyplan nicht schreiben kann, und sie konnten nicht zum Lesen kopiert werden. Kopieren Sie den Plan zusammen mit dieser Datei an einen beschreibbaren Ort und öffnen Sie ihn dort.</translation>
    </message>
    <message>
        <source>This plan could not be read into memory (it is from an older Keyplan, or a crash left edits beside it on a read-only medium). Copy it somewhere writable and open it there.</source>
        <translation>Dieser Plan konnte nicht in den Speicher gelesen werden (er stammt von einem älteren Keyplan, oder ein Absturz hat auf einem schreibgeschützten Medium Änderungen daneben hinterlassen). Kopieren Sie ihn an einen beschreibbaren Ort und öffnen Sie ihn dort.</translation>
    </message>
    <message>
        <source>its lock could not be taken</source>
        <translation>seine Sperre konnte nicht gesetzt werden</translation>
    </message>
    <message>
        <source>The team server at %1 asks for %2&apos;s password.</source>
        <translation>Der Teamserver unter %1 fragt nach dem Passwort von %2.</translation>
    </message>
    <message>
        <source>The team server at %1 did not accept the password for %2. Check the user name and the password (or the password file, ~/.pgpass).</source>
        <translation>Der Teamserver unter %1 hat das Passwort für %2 nicht angenommen. Prüfen Sie Benutzername und Passwort (oder die Passwortdatei ~/.pgpass).</translation>
    </message>
    <message>
        <source>The team server at %1 has no user called %2. Ask its administrator for an account.</source>
        <translation>Der Teamserver unter %1 hat keinen Benutzer namens %2. Bitten Sie seinen Administrator um ein Konto.</translation>
    </message>
    <message>
        <source>The team server at %1 has no database called %2.</source>
        <translation>Der Teamserver unter %1 hat keine Datenbank namens %2.</translation>
    </message>
    <message>
        <source>The team server at %1 accepts %2 over a secure connection only. Add ?sslmode=verify-full&amp;sslrootcert=CA-FILE to the address (the CA file from its administrator).</source>
        <translation>Der Teamserver unter %1 nimmt %2 nur über eine sichere Verbindung an. Fügen Sie der Adresse ?sslmode=verify-full&amp;sslrootcert=CA-DATEI hinzu (die CA-Datei von seinem Administrator).</translation>
    </message>
    <message>
        <source>A secure connection to the team server at %1 could not be made: %2</source>
        <translation>Eine sichere Verbindung zum Teamserver unter %1 konnte nicht hergestellt werden: %2</translation>
    </message>
    <message>
        <source>The team server at %1 does not let %2 in from this computer: %3</source>
        <translation>Der Teamserver unter %1 lässt %2 von diesem Computer aus nicht herein: %3</translation>
    </message>
    <message>
        <source>No team server answered at %1. Check the address, and that you are online (on the VPN, if your team needs it).</source>
        <translation>Unter %1 hat kein Teamserver geantwortet. Prüfen Sie die Adresse und ob Sie online sind (im VPN, falls Ihr Team es braucht).</translation>
    </message>
    <message>
        <source>The team server at %1 refused the connection: %2</source>
        <translation>Der Teamserver unter %1 hat die Verbindung abgelehnt: %2</translation>
    </message>
    <message>
        <source>This Keyplan cannot reach team plans: its PostgreSQL driver (Qt&apos;s QPSQL plugin) is missing. Install libqt6sql6-psql.</source>
        <translation>Dieses Keyplan kann keine Teampläne erreichen: sein PostgreSQL-Treiber (das QPSQL-Plugin von Qt) fehlt. Installieren Sie libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The team server refused to set up the session: %1</source>
        <translation>Der Teamserver hat das Einrichten der Sitzung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The database %1 already holds other tables; a team plan needs a database of its own.</source>
        <translation>Die Datenbank %1 enthält schon andere Tabellen; ein Teamplan braucht eine eigene Datenbank.</translation>
    </message>
    <message>
        <source>The database %1 holds no Keyplan team plan. Its administrator makes one with: keyplan team init %2</source>
        <translation>Die Datenbank %1 enthält keinen Keyplan-Teamplan. Ihr Administrator legt einen an mit: keyplan team init %2</translation>
    </message>
    <message>
        <source>The team plan could not be read: %1</source>
        <translation>Der Teamplan konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This team plan was made by a newer Keyplan (format %1; this one reads up to %2). Update Keyplan to open it.</source>
        <translation>Dieser Teamplan wurde von einem neueren Keyplan angelegt (Format %1; dieses liest bis %2). Aktualisieren Sie Keyplan, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>This team plan is in an older format (%1; this Keyplan uses %2). Its owner upgrades it with: keyplan team init %3</source>
        <translation>Dieser Teamplan hat ein älteres Format (%1; dieses Keyplan verwendet %2). Sein Eigentümer aktualisiert ihn mit: keyplan team init %3</translation>
    </message>
    <message>
        <source>The team plan could not be made: %1</source>
        <translation>Der Teamplan konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The team plan could not be upgraded (%1). It was left as it was.</source>
        <translation>Der Teamplan konnte nicht aktualisiert werden (%1). Er blieb, wie er war.</translation>
    </message>
    <message>
        <source>This team plan&apos;s tables were changed outside Keyplan, so Keyplan will not use it: %1.</source>
        <translation>Die Tabellen dieses Teamplans wurden außerhalb von Keyplan geändert, daher verwendet Keyplan ihn nicht: %1.</translation>
    </message>
    <message>
        <source>This team plan does not keep a change log yet. Its owner adds one with: keyplan team init %1</source>
        <translation>Dieser Teamplan führt noch kein Änderungsprotokoll. Sein Eigentümer fügt eines hinzu mit: keyplan team init %1</translation>
    </message>
    <message>
        <source>The team plan&apos;s change log could not be added: %1</source>
        <translation>Das Änderungsprotokoll des Teamplans konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>%1 may not read this team plan. Its owner gives access with: keyplan team grant %2 %1 --role reader (or editor)</source>
        <translation>%1 darf diesen Teamplan nicht lesen. Sein Eigentümer gibt Zugang mit: keyplan team grant %2 %1 --role reader (oder editor)</translation>
    </message>
    <message>
        <source>The team server&apos;s certificate is not made out to %1, so Keyplan did not trust it. Connect by the name on its certificate, or ask its administrator. (%2)</source>
        <translation>Das Zertifikat des Teamservers ist nicht auf %1 ausgestellt, daher hat Keyplan ihm nicht vertraut. Verbinden Sie sich über den Namen im Zertifikat oder fragen Sie den Administrator. (%2)</translation>
    </message>
    <message>
        <source>The CA file %1 was not found, so the team server&apos;s certificate cannot be checked. Give the path of the CA file from its administrator.</source>
        <translation>Die CA-Datei %1 wurde nicht gefunden, daher kann das Zertifikat des Teamservers nicht geprüft werden. Geben Sie den Pfad der CA-Datei von dessen Administrator an.</translation>
    </message>
    <message>
        <source>%1 already holds a team plan; Keyplan will not overwrite it. To publish a plan file, copy it into a new, empty database: keyplan copy makes the team plan itself, without team init first.</source>
        <translation>%1 enthält schon einen Teamplan; Keyplan überschreibt ihn nicht. Um eine Plandatei zu veröffentlichen, kopieren Sie sie in eine neue, leere Datenbank: keyplan copy legt den Teamplan selbst an, ohne vorheriges team init.</translation>
    </message>
    <message>
        <source>%1 may not make or upgrade the team plan in the database %2: that is for the database&apos;s owner (createdb -O OWNER %2), and the first plan on a server needs CREATEROLE once, for Keyplan&apos;s roles. (%3)</source>
        <translation>%1 darf den Teamplan in der Datenbank %2 weder anlegen noch aktualisieren: das ist Sache des Eigentümers der Datenbank (createdb -O EIGENTÜMER %2), und der erste Plan auf einem Server braucht einmal CREATEROLE, für die Rollen von Keyplan. (%3)</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a file Keyplan writes over</source>
        <translation>%1 ist keine Datei, die Keyplan überschreibt</translation>
    </message>
    <message>
        <source>%1 is a file: CSV goes into a folder, or a file ending in .zip</source>
        <translation>%1 ist eine Datei: CSV kommt in einen Ordner oder in eine Datei mit der Endung .zip</translation>
    </message>
    <message>
        <source>the folder %1 could not be made</source>
        <translation>der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <source>The plan is open read-only.</source>
        <translation>Der Plan ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>A team plan is restored with its server&apos;s own tools.</source>
        <translation>Ein Teamplan wird mit den eigenen Werkzeugen seines Servers wiederhergestellt.</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>Diese Sicherung kann nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>The plan as it is now could not be backed up first, so nothing was restored: %1</source>
        <translation>Der Plan, wie er jetzt ist, konnte nicht zuerst gesichert werden, daher wurde nichts wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>The backup could not be restored (%1). The plan is unchanged.</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden (%1). Der Plan ist unverändert.</translation>
    </message>
</context>
<context>
    <name>PlanJson</name>
    <message>
        <source>not a Keyplan plan document (%1 at byte %2)</source>
        <translation>kein Keyplan-Plandokument (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>not a Keyplan plan document (no &quot;format&quot;: &quot;keyplan-plan&quot;)</source>
        <translation>kein Keyplan-Plandokument (kein &quot;format&quot;: &quot;keyplan-plan&quot;)</translation>
    </message>
    <message>
        <source>the document was written by a newer Keyplan (plan format %1; this Keyplan reads up to %2); update Keyplan to import it</source>
        <translation>das Dokument wurde von einem neueren Keyplan geschrieben (Planformat %1; dieses Keyplan liest bis %2); aktualisieren Sie Keyplan, um es zu importieren</translation>
    </message>
    <message>
        <source>the document is in plan format %1, which this Keyplan (plan format %2) does not import</source>
        <translation>das Dokument hat das Planformat %1, das dieses Keyplan (Planformat %2) nicht importiert</translation>
    </message>
    <message>
        <source>a whole plan goes into a new or empty plan, and %1; import it into a new plan</source>
        <translation>ein ganzer Plan kommt in einen neuen oder leeren Plan, und %1; importieren Sie ihn in einen neuen Plan</translation>
    </message>
    <message>
        <source>the document has a table “%1” this Keyplan does not know</source>
        <translation>das Dokument hat eine Tabelle „%1“, die dieses Keyplan nicht kennt</translation>
    </message>
    <message>
        <source>%1, row %2: “%3” is not a column Keyplan knows</source>
        <translation>%1, Zeile %2: „%3“ ist keine Spalte, die Keyplan kennt</translation>
    </message>
    <message>
        <source>%1, row %2: “%3” has a value of the wrong kind</source>
        <translation>%1, Zeile %2: „%3“ hat einen Wert der falschen Art</translation>
    </message>
    <message>
        <source>%1, row %2: the plan refused it (%3)</source>
        <translation>%1, Zeile %2: der Plan hat sie abgelehnt (%3)</translation>
    </message>
    <message>
        <source>%1, row id %2: it refers to a %3 the document does not have</source>
        <translation>%1, Zeilen-ID %2: sie verweist auf %3, das das Dokument nicht enthält</translation>
    </message>
    <message>
        <source>the plan it makes would not be sound: %1</source>
        <translation>der daraus entstehende Plan wäre nicht stimmig: %1</translation>
    </message>
    <message>
        <source>a row refers to one the document does not have (%1)</source>
        <translation>eine Zeile verweist auf eine, die das Dokument nicht enthält (%1)</translation>
    </message>
</context>
<context>
    <name>PlanReadCheck</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>Das Team</translation>
    </message>
    <message>
        <source>The catalogue</source>
        <translation>Der Katalog</translation>
    </message>
    <message>
        <source>The accounts</source>
        <translation>Die Accounts</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;</source>
        <translation>Account „%1“</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: the snapshot kept when the QBR of %2 was held could not be read.</source>
        <translation>Account „%1“: die beim QBR vom %2 festgehaltene Momentaufnahme konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>PlanSchema</name>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <source>The plan&apos;s list of tables could not be read: %1</source>
        <translation>Die Tabellenliste des Plans konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This Keyplan cannot tell which tables a plan of format %1 has.</source>
        <translation>Dieses Keyplan weiß nicht, welche Tabellen ein Plan im Format %1 hat.</translation>
    </message>
    <message>
        <source>The %1 %2 is missing.</source>
        <translation>%1 %2 fehlt.</translation>
    </message>
    <message>
        <source>%1 should be a %2 but is a %3.</source>
        <translation>%1 sollte %2 sein, ist aber %3.</translation>
    </message>
    <message>
        <source>The %1 %2 was changed outside Keyplan (its columns, rules or indexed columns differ from Keyplan&apos;s).</source>
        <translation>%1 %2 wurde außerhalb von Keyplan geändert (Spalten, Regeln oder indizierte Spalten weichen von Keyplan ab).</translation>
    </message>
    <message>
        <source>The %1 %2 was not made by Keyplan.</source>
        <translation>%1 %2 wurde nicht von Keyplan angelegt.</translation>
    </message>
    <message>
        <source>The plan is damaged: the amounts in %1.%2 could not be read (%3).</source>
        <translation>Der Plan ist beschädigt: die Beträge in %1.%2 konnten nicht gelesen werden (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n amount(s) in %1.%2 are not whole amounts within ±10^15 minor units (ten trillion pounds, dollars or euros).</source>
        <translation>
            <numerusform>%n Betrag in %1.%2 ist kein ganzer Betrag innerhalb von ±10^15 kleinsten Einheiten (zehn Billionen Pfund, Dollar oder Euro).</numerusform>
            <numerusform>%n Beträge in %1.%2 sind keine ganzen Beträge innerhalb von ±10^15 kleinsten Einheiten (zehn Billionen Pfund, Dollar oder Euro).</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan is damaged: its columns could not be read (%1).</source>
        <translation>Der Plan ist beschädigt: seine Spalten konnten nicht gelesen werden (%1).</translation>
    </message>
</context>
<context>
    <name>PlanTables</name>
    <message>
        <source>this plan already has offerings, exchange rates or a playbook of its own</source>
        <translation>dieser Plan hat schon eigene Angebote, Wechselkurse oder ein eigenes Playbook</translation>
    </message>
    <message>
        <source>this plan already holds accounts (%1)</source>
        <translation>dieser Plan enthält schon Accounts (%1)</translation>
    </message>
</context>
<context>
    <name>PlayActions</name>
    <message>
        <source>Required: it stays with the play</source>
        <translation>Pflicht: er bleibt bei der Maßnahme</translation>
    </message>
    <message>
        <source>Optional, e.g. the customer is away until then</source>
        <translation>Optional, z. B. der Kunde ist bis dahin abwesend</translation>
    </message>
    <message>
        <source>Snooze &amp;until:</source>
        <translation>Zurückstellen &amp;bis:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Snooze Play</source>
        <translation>Maßnahme zurückstellen</translation>
    </message>
    <message>
        <source>Dismiss Play</source>
        <translation>Maßnahme verwerfen</translation>
    </message>
</context>
<context>
    <name>PlayRule</name>
    <message>
        <source>%1, %2, left on %3</source>
        <translation>%1, %2, ausgeschieden am %3</translation>
    </message>
    <message>
        <source>Nobody in the buying group on the map</source>
        <translation>Niemand aus der Entscheidergruppe auf der Landkarte</translation>
    </message>
    <message>
        <source>Coverage %1% (target %2–%3%)</source>
        <translation>Abdeckung %1 % (Ziel %2–%3 %)</translation>
    </message>
    <message>
        <source>single-threaded</source>
        <translation>zu wenige Kontakte</translation>
    </message>
    <message>
        <source>empty seats: %1</source>
        <translation>leere Plätze: %1</translation>
    </message>
    <message>
        <source>No contact yet; %1</source>
        <translation>Noch kein Kontakt; %1</translation>
    </message>
    <message>
        <source>Never reviewed</source>
        <translation>Nie überprüft</translation>
    </message>
    <message>
        <source>No QBR held yet; %1</source>
        <translation>Noch kein QBR abgehalten; %1</translation>
    </message>
    <message>
        <source>%1 → %2 on %3</source>
        <translation>%1 → %2 am %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2, on the map since %3; no contact yet</source>
        <translation>%1, %2, seit %3 auf der Landkarte; noch kein Kontakt</translation>
    </message>
    <message>
        <source>%1: %2 (to %3)</source>
        <translation>%1: %2 (bis %3)</translation>
    </message>
    <message>
        <source>Health %1, below 6</source>
        <translation>Zustand %1, unter 6</translation>
    </message>
    <message>
        <source>someone no longer on the team</source>
        <translation>jemand, der nicht mehr im Team ist</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>From %1 to %2 on %3</source>
        <translation>Von %1 zu %2 am %3</translation>
    </message>
    <message>
        <source>%1 left our team on %2; relationships here still theirs: %3</source>
        <translation>%1 hat unser Team am %2 verlassen; Beziehungen hier liegen noch bei ihr/ihm: %3</translation>
    </message>
    <message>
        <source>Expected to close on %1; still at %2</source>
        <translation>Abschluss erwartet am %1; steht noch bei %2</translation>
    </message>
    <message>
        <source>Champion or sponsor left</source>
        <translation>Champion oder Sponsor ausgeschieden</translation>
    </message>
    <message>
        <source>Re-thread the account</source>
        <translation>Den Account breiter aufstellen</translation>
    </message>
    <message>
        <source>Departures within (days)</source>
        <translation>Abgänge innerhalb von (Tagen)</translation>
    </message>
    <message>
        <source>Find out who took over their responsibilities</source>
        <translation>Herausfinden, wer die Aufgaben übernommen hat</translation>
    </message>
    <message>
        <source>Ask another contact for an introduction</source>
        <translation>Einen anderen Kontakt bitten, Sie vorzustellen</translation>
    </message>
    <message>
        <source>Name a new champion on the map</source>
        <translation>Einen neuen Champion auf der Landkarte benennen</translation>
    </message>
    <message>
        <source>Thin coverage</source>
        <translation>Dünne Abdeckung</translation>
    </message>
    <message>
        <source>Fill the empty seats</source>
        <translation>Die leeren Plätze besetzen</translation>
    </message>
    <message>
        <source>Pick the empty seat that matters most</source>
        <translation>Den wichtigsten leeren Platz auswählen</translation>
    </message>
    <message>
        <source>Ask the champion for an introduction</source>
        <translation>Den Champion bitten, Sie vorzustellen</translation>
    </message>
    <message>
        <source>Log the first meeting</source>
        <translation>Das erste Treffen erfassen</translation>
    </message>
    <message>
        <source>Key stakeholder not contacted</source>
        <translation>Wichtiger Stakeholder nicht kontaktiert</translation>
    </message>
    <message>
        <source>Get back in touch with %1</source>
        <translation>Wieder Kontakt mit %1 aufnehmen</translation>
    </message>
    <message>
        <source>Days of grace beyond the cadence</source>
        <translation>Toleranztage über den Rhythmus hinaus</translation>
    </message>
    <message>
        <source>Find a reason that matters to them</source>
        <translation>Einen Anlass finden, der ihnen wichtig ist</translation>
    </message>
    <message>
        <source>Record the touchpoint</source>
        <translation>Den Kontakt erfassen</translation>
    </message>
    <message>
        <source>Stakeholder map not reviewed</source>
        <translation>Stakeholder-Landkarte nicht überprüft</translation>
    </message>
    <message>
        <source>Review the stakeholder map</source>
        <translation>Die Stakeholder-Landkarte überprüfen</translation>
    </message>
    <message>
        <source>Check who left and who joined</source>
        <translation>Prüfen, wer gegangen und wer hinzugekommen ist</translation>
    </message>
    <message>
        <source>Update relationships and owners</source>
        <translation>Beziehungen und Verantwortliche aktualisieren</translation>
    </message>
    <message>
        <source>Mark the map reviewed</source>
        <translation>Die Landkarte als überprüft markieren</translation>
    </message>
    <message>
        <source>Renewal with poor health</source>
        <translation>Verlängerung bei schlechtem Zustand</translation>
    </message>
    <message>
        <source>Risk review before the renewal</source>
        <translation>Risikoprüfung vor der Verlängerung</translation>
    </message>
    <message>
        <source>Renewal within (days)</source>
        <translation>Verlängerung innerhalb von (Tagen)</translation>
    </message>
    <message>
        <source>Go through the scorecard&apos;s weakest measures</source>
        <translation>Die schwächsten Messgrößen der Bewertung durchgehen</translation>
    </message>
    <message>
        <source>Agree a remediation plan with the sponsor</source>
        <translation>Mit dem Sponsor einen Abhilfeplan vereinbaren</translation>
    </message>
    <message>
        <source>Renewal without a QBR this quarter</source>
        <translation>Verlängerung ohne QBR in diesem Quartal</translation>
    </message>
    <message>
        <source>Hold a QBR before the renewal</source>
        <translation>Vor der Verlängerung einen QBR abhalten</translation>
    </message>
    <message>
        <source>Book the QBR with the sponsor</source>
        <translation>Den QBR mit dem Sponsor vereinbaren</translation>
    </message>
    <message>
        <source>Prepare the value delivered against their goals</source>
        <translation>Den erzielten Nutzen gegenüber ihren Zielen aufbereiten</translation>
    </message>
    <message>
        <source>QBR overdue</source>
        <translation>QBR überfällig</translation>
    </message>
    <message>
        <source>Book the QBR</source>
        <translation>Den QBR vereinbaren</translation>
    </message>
    <message>
        <source>Stage went back</source>
        <translation>Phase zurückgegangen</translation>
    </message>
    <message>
        <source>Find out why the relationship went back</source>
        <translation>Herausfinden, warum die Beziehung zurückgegangen ist</translation>
    </message>
    <message>
        <source>Moves back within (days)</source>
        <translation>Rückschritte innerhalb von (Tagen)</translation>
    </message>
    <message>
        <source>Talk to the champion</source>
        <translation>Mit dem Champion sprechen</translation>
    </message>
    <message>
        <source>Agree what would win the trust back</source>
        <translation>Vereinbaren, was das Vertrauen zurückgewinnen würde</translation>
    </message>
    <message>
        <source>New executive</source>
        <translation>Neue Führungskraft</translation>
    </message>
    <message>
        <source>Get introduced to %1 early</source>
        <translation>Sich früh %1 vorstellen lassen</translation>
    </message>
    <message>
        <source>Put on the map within (days)</source>
        <translation>Auf die Landkarte gesetzt innerhalb von (Tagen)</translation>
    </message>
    <message>
        <source>Learn their priorities for the year</source>
        <translation>Ihre Prioritäten für das Jahr erfahren</translation>
    </message>
    <message>
        <source>Usage down</source>
        <translation>Nutzung rückläufig</translation>
    </message>
    <message>
        <source>Find out why %1 is falling</source>
        <translation>Herausfinden, warum %1 sinkt</translation>
    </message>
    <message>
        <source>Ask the admins what changed</source>
        <translation>Die Administratoren fragen, was sich geändert hat</translation>
    </message>
    <message>
        <source>Offer training or a health check</source>
        <translation>Schulung oder einen Gesundheitscheck anbieten</translation>
    </message>
    <message>
        <source>Health below 6</source>
        <translation>Zustand unter 6</translation>
    </message>
    <message>
        <source>Risk review</source>
        <translation>Risikoprüfung</translation>
    </message>
    <message>
        <source>Record the risk and its remediation</source>
        <translation>Das Risiko und seine Abhilfe erfassen</translation>
    </message>
    <message>
        <source>Account changed hands</source>
        <translation>Account hat eine neue verantwortliche Person</translation>
    </message>
    <message>
        <source>Hand over the account</source>
        <translation>Den Account übergeben</translation>
    </message>
    <message>
        <source>Changes within (days)</source>
        <translation>Änderungen innerhalb von (Tagen)</translation>
    </message>
    <message>
        <source>Walk the new owner through the plan</source>
        <translation>Die neue verantwortliche Person durch den Plan führen</translation>
    </message>
    <message>
        <source>Introduce them to the sponsor and the champion</source>
        <translation>Sie dem Sponsor und dem Champion vorstellen</translation>
    </message>
    <message>
        <source>Relationship owner left our team</source>
        <translation>Beziehungsverantwortliche(r) hat unser Team verlassen</translation>
    </message>
    <message>
        <source>Re-own %1&apos;s relationships</source>
        <translation>Die Beziehungen von %1 neu vergeben</translation>
    </message>
    <message>
        <source>Give each relationship a new owner on the map</source>
        <translation>Jeder Beziehung auf der Landkarte neue Verantwortliche geben</translation>
    </message>
    <message>
        <source>Opportunity past its close date</source>
        <translation>Abschlussdatum der Verkaufschance überschritten</translation>
    </message>
    <message>
        <source>Update or close %1</source>
        <translation>%1 aktualisieren oder abschließen</translation>
    </message>
    <message>
        <source>Confirm the timing with the champion</source>
        <translation>Den Zeitpunkt mit dem Champion bestätigen</translation>
    </message>
    <message>
        <source>Move the close date, or mark it lost</source>
        <translation>Das Abschlussdatum verschieben oder als verloren markieren</translation>
    </message>
    <message>
        <source>Effort out of proportion to the stage</source>
        <translation>Aufwand steht in keinem Verhältnis zur Phase</translation>
    </message>
    <message>
        <source>Match the effort to the stage</source>
        <translation>Den Aufwand der Phase anpassen</translation>
    </message>
    <message>
        <source>Choose the tier that fits the stage</source>
        <translation>Die zur Phase passende Stufe wählen</translation>
    </message>
    <message>
        <source>Owner above the guideline</source>
        <translation>Verantwortliche(r) über dem Richtwert</translation>
    </message>
    <message>
        <source>Rebalance %1&apos;s key accounts</source>
        <translation>Die Key Accounts von %1 neu verteilen</translation>
    </message>
    <message>
        <source>Enterprise, up to</source>
        <translation>Enterprise, bis</translation>
    </message>
    <message>
        <source>Mid-market, up to</source>
        <translation>Mittelstand, bis</translation>
    </message>
    <message>
        <source>Agree which accounts move, and to whom</source>
        <translation>Vereinbaren, welche Accounts an wen wechseln</translation>
    </message>
    <message>
        <source>%1 enterprise key accounts (guideline up to %2)</source>
        <translation>%1 Enterprise-Key-Accounts (Richtwert bis %2)</translation>
    </message>
    <message>
        <source>%1 mid-market key accounts (guideline up to %2)</source>
        <translation>%1 Mittelstands-Key-Accounts (Richtwert bis %2)</translation>
    </message>
    <message>
        <source>%1, %2, may have left: %3</source>
        <translation>%1, %2, vielleicht ausgeschieden: %3</translation>
    </message>
    <message numerus="yes">
        <source>the %1 tier sees key people every %n days</source>
        <translation>
            <numerusform>die Stufe %1 sieht wichtige Personen jeden Tag</numerusform>
            <numerusform>die Stufe %1 sieht wichtige Personen alle %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last contact %n days ago; %1</source>
        <translation>
            <numerusform>Letzter Kontakt vor %n Tag; %1</numerusform>
            <numerusform>Letzter Kontakt vor %n Tagen; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last reviewed on %1, %n days ago</source>
        <translation>
            <numerusform>Zuletzt überprüft am %1, vor %n Tag</numerusform>
            <numerusform>Zuletzt überprüft am %1, vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renews on %1 (in %n days) with health %2</source>
        <translation>
            <numerusform>Verlängerung am %1 (in %n Tag) bei Zustand %2</numerusform>
            <numerusform>Verlängerung am %1 (in %n Tagen) bei Zustand %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renews on %1 (in %n days); the last QBR was held on %2</source>
        <translation>
            <numerusform>Verlängerung am %1 (in %n Tag); der letzte QBR fand am %2 statt</numerusform>
            <numerusform>Verlängerung am %1 (in %n Tagen); der letzte QBR fand am %2 statt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renews on %1 (in %n days); no QBR held yet</source>
        <translation>
            <numerusform>Verlängerung am %1 (in %n Tag); noch kein QBR abgehalten</numerusform>
            <numerusform>Verlängerung am %1 (in %n Tagen); noch kein QBR abgehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %1 tier holds a review every %n days</source>
        <translation>
            <numerusform>die Stufe %1 hält jeden Tag ein Review ab</numerusform>
            <numerusform>die Stufe %1 hält alle %n Tage ein Review ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last QBR held on %1, %n days ago; %2</source>
        <translation>
            <numerusform>Letzter QBR am %1, vor %n Tag; %2</numerusform>
            <numerusform>Letzter QBR am %1, vor %n Tagen; %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At %1, on the strategic tier&apos;s cadence (touchpoints every %n days)</source>
        <translation>
            <numerusform>Bei %1, im Rhythmus der strategischen Stufe (Kontakte jeden Tag)</numerusform>
            <numerusform>Bei %1, im Rhythmus der strategischen Stufe (Kontakte alle %n Tage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At %1, on the standard tier&apos;s cadence (touchpoints every %n days)</source>
        <translation>
            <numerusform>Bei %1, im Rhythmus der Standardstufe (Kontakte jeden Tag)</numerusform>
            <numerusform>Bei %1, im Rhythmus der Standardstufe (Kontakte alle %n Tage)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlayStatus</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
</context>
<context>
    <name>PlaysReport</name>
    <message>
        <source>Plays alive on %1: %2
</source>
        <translation>Am %1 aktive Maßnahmen: %2
</translation>
    </message>
    <message>
        <source>Plays of %1 alive on %2: %3
</source>
        <translation>Am %2 aktive Maßnahmen von %1: %3
</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>
%1 · %2%3
</source>
        <translation>
%1 · %2%3
</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (neu)</translation>
    </message>
    <message>
        <source>  %1 · %2
</source>
        <translation>  %1 · %2
</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>niemand verantwortlich</translation>
    </message>
    <message>
        <source>  Why: %1
</source>
        <translation>  Warum: %1
</translation>
    </message>
    <message>
        <source>  Snoozed: %1
</source>
        <translation>  Zurückgestellt: %1
</translation>
    </message>
</context>
<context>
    <name>PortfolioReport</name>
    <message>
        <source>%1
</source>
        <translation>%1
</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Key accounts: %1 of %2
</source>
        <translation>Key Accounts: %1 von %2
</translation>
    </message>
    <message>
        <source>Top 3 share of ARR: %1
</source>
        <translation>Anteil der Top 3 am ARR: %1
</translation>
    </message>
    <message>
        <source>Expansion pipeline: %1 (weighted %2); open whitespace: %3

</source>
        <translation>Ausbau-Pipeline: %1 (gewichtet %2); offenes Whitespace-Potenzial: %3

</translation>
    </message>
    <message>
        <source>the plan&apos;s amounts are too large to add up (beyond what Keyplan can total exactly)</source>
        <translation>die Beträge des Plans sind zu groß zum Addieren (über das hinaus, was Keyplan genau summieren kann)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Key accounts (%1)</source>
        <translation>Key Accounts (%1)</translation>
    </message>
    <message>
        <source>All accounts (%1)</source>
        <translation>Alle Accounts (%1)</translation>
    </message>
    <message>
        <source>Key accounts of %1 (%2)</source>
        <translation>Key Accounts von %1 (%2)</translation>
    </message>
    <message>
        <source>All accounts of %1 (%2)</source>
        <translation>Alle Accounts von %1 (%2)</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Scope: %1 of the plan&apos;s %2
</source>
        <translation>Umfang: %1 von %2 des Plans
</translation>
    </message>
    <message>
        <source>Period: %1
</source>
        <translation>Zeitraum: %1
</translation>
    </message>
    <message>
        <source>Reporting currency: %1</source>
        <translation>Berichtswährung: %1</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3 (%4)</source>
        <translation>1 %1 = %2 %3 (%4)</translation>
    </message>
    <message>
        <source>; rates used: %1</source>
        <translation>; verwendete Kurse: %1</translation>
    </message>
    <message>
        <source>ARR today: %1
</source>
        <translation>ARR heute: %1
</translation>
    </message>
    <message>
        <source>NRR: %1   GRR: %2   (accounts with ARR at the start: %3)
</source>
        <translation>NRR: %1   GRR: %2   (Accounts mit ARR zu Beginn: %3)
</translation>
    </message>
    <message>
        <source>ARR bridge: start %1, new %2, expansion %3, contraction %4, churn %5, reactivation %6, end %7
</source>
        <translation>ARR-Überleitung: Anfang %1, neu %2, Ausbau %3, Rückgang %4, Abwanderung %5, Reaktivierung %6, Ende %7
</translation>
    </message>
</context>
<context>
    <name>PortfolioSummary</name>
    <message>
        <source>Key accounts</source>
        <translation>Key Accounts</translation>
    </message>
    <message>
        <source>%1 key accounts</source>
        <translation>%1 Key Accounts</translation>
    </message>
    <message>
        <source>   ·   top 3 hold %1 of ARR</source>
        <translation>   ·   die Top 3 halten %1 des ARR</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Open whitespace</source>
        <translation>Offenes Potenzial</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>Gewichtete Pipeline</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Coverage: people in the buying group with an active, company-owned relationship; low below the %1 target. Fix first: uncoupling, or health below 6 of 10. Renewals flagged within %2 days.</source>
        <translation>Abdeckung: Personen der Entscheidergruppe mit einer aktiven, vom Unternehmen betreuten Beziehung; gering unter dem Ziel von %1. Zuerst beheben: Beziehung löst sich, oder Zustand unter 6 von 10. Verlängerungen werden %2 Tage vorher markiert.</translation>
    </message>
    <message>
        <source>%1 · portfolio summary · %2</source>
        <translation>%1 · Portfolio-Übersicht · %2</translation>
    </message>
    <message>
        <source>   ·   ARR today %1</source>
        <translation>   ·   ARR heute %1</translation>
    </message>
    <message>
        <source>   ·   NRR %1, GRR %2 (%3)</source>
        <translation>   ·   NRR %1, GRR %2 (%3)</translation>
    </message>
    <message>
        <source>ARR bridge: %1 at the start + %2 new + %3 expansion − %4 contraction − %5 churn + %6 reactivation = %7 at the end.</source>
        <translation>ARR-Überleitung: %1 zu Beginn + %2 neu + %3 Ausbau − %4 Rückgang − %5 Abwanderung + %6 Reaktivierung = %7 am Ende.</translation>
    </message>
    <message>
        <source>ARR (%1)</source>
        <translation>ARR (%1)</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3 (%4)</source>
        <translation>1 %1 = %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Other currencies in %1 at %2; retention at constant currency.</source>
        <translation>Andere Währungen in %1 zum Kurs vom %2; Umsatzbindung zu konstanten Wechselkursen.</translation>
    </message>
    <message>
        <source> (limit %1)</source>
        <translation> (Grenze %1)</translation>
    </message>
</context>
<context>
    <name>PptxWriter</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source> · internal</source>
        <translation> · intern</translation>
    </message>
</context>
<context>
    <name>PrintDocument</name>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
</context>
<context>
    <name>QbrChange</name>
    <message>
        <source>none measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Whitespace</source>
        <translation>Whitespace</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>left the company</source>
        <translation>hat das Unternehmen verlassen</translation>
    </message>
    <message>
        <source>joined the map: %1, %2</source>
        <translation>auf die Landkarte gekommen: %1, %2</translation>
    </message>
    <message>
        <source>relationship %1</source>
        <translation>Beziehung %1</translation>
    </message>
    <message>
        <source>no longer on the map</source>
        <translation>nicht mehr auf der Landkarte</translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation>Beziehungsphase</translation>
    </message>
    <message>
        <source>Coverage depth</source>
        <translation>Abdeckungstiefe</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Empty seats</source>
        <translation>Leere Plätze</translation>
    </message>
    <message>
        <source>Single-threaded</source>
        <translation>Zu wenige Kontakte</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Open whitespace</source>
        <translation>Offenes Potenzial</translation>
    </message>
    <message>
        <source>Sold across the matrix</source>
        <translation>Verkauft über die Matrix</translation>
    </message>
    <message>
        <source>removed from the plan</source>
        <translation>aus dem Plan entfernt</translation>
    </message>
    <message>
        <source>Annual recurring revenue</source>
        <translation>Jährlich wiederkehrender Umsatz</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 von 10</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>moved on</source>
        <translation>weitergezogen</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>hinzugekommen</translation>
    </message>
    <message>
        <source>joined as %1</source>
        <translation>hinzugekommen als %1</translation>
    </message>
</context>
<context>
    <name>QbrDocument</name>
    <message>
        <source>Quarterly business review · %1 – %2</source>
        <translation>Quartalsgespräch (QBR) · %1 – %2</translation>
    </message>
    <message>
        <source>Held on </source>
        <translation>Abgehalten am </translation>
    </message>
    <message>
        <source>Prepared on </source>
        <translation>Vorbereitet am </translation>
    </message>
    <message>
        <source>   ·   Account owner </source>
        <translation>   ·   Account-Verantwortliche(r) </translation>
    </message>
    <message>
        <source>   ·   Renewal </source>
        <translation>   ·   Verlängerung </translation>
    </message>
    <message>
        <source>Our team: </source>
        <translation>Unser Team: </translation>
    </message>
    <message>
        <source>Attending for %1: </source>
        <translation>Für %1 anwesend: </translation>
    </message>
    <message>
        <source>Annual recurring revenue</source>
        <translation>Jährlich wiederkehrender Umsatz</translation>
    </message>
    <message>
        <source>Net revenue retention</source>
        <translation>Netto-Umsatzbindung (NRR)</translation>
    </message>
    <message>
        <source>Coverage depth</source>
        <translation>Abdeckungstiefe</translation>
    </message>
    <message>
        <source>%1 / 10</source>
        <translation>%1 / 10</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Open whitespace</source>
        <translation>Offenes Potenzial</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>Gewichtete Pipeline</translation>
    </message>
    <message>
        <source>Relationship stage: %1</source>
        <translation>Beziehungsphase: %1</translation>
    </message>
    <message>
        <source>Value before upsell: fix first. %1</source>
        <translation>Nutzen vor Upselling: zuerst beheben. %1</translation>
    </message>
    <message>
        <source>The relationship is uncoupling.</source>
        <translation>Die Beziehung löst sich.</translation>
    </message>
    <message>
        <source>Health is %1 of 10.</source>
        <translation>Der Zustand ist %1 von 10.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Millman–Wilson stage: </source>
        <translation>Millman-Wilson-Phase: </translation>
    </message>
    <message>
        <source>, since %1</source>
        <translation>, seit %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>(start)</source>
        <translation>(Beginn)</translation>
    </message>
    <message>
        <source>Stakeholder coverage</source>
        <translation>Stakeholder-Abdeckung</translation>
    </message>
    <message>
        <source>Coverage depth </source>
        <translation>Abdeckungstiefe </translation>
    </message>
    <message>
        <source> (%1 of %2 people in the buying group with an active relationship; target %3–%4)</source>
        <translation> (%1 von %2 Personen der Entscheidergruppe mit aktiver Beziehung; Ziel %3–%4)</translation>
    </message>
    <message>
        <source>Single-threaded at best: no active relationship carries the account.</source>
        <translation>Bestenfalls nur ein Kontakt: keine aktive Beziehung trägt den Account.</translation>
    </message>
    <message>
        <source>Single-threaded: one active relationship carries the whole account.</source>
        <translation>Nur ein Kontakt: eine einzige aktive Beziehung trägt den ganzen Account.</translation>
    </message>
    <message>
        <source>Single-threaded: %1 active relationships carry the whole account.</source>
        <translation>Zu wenige Kontakte: %1 aktive Beziehungen tragen den ganzen Account.</translation>
    </message>
    <message>
        <source>Empty seats: </source>
        <translation>Leere Plätze: </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Stakeholder-Landkarte</translation>
    </message>
    <message>
        <source>People who left</source>
        <translation>Ausgeschiedene Personen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Role in the decision</source>
        <translation>Rolle in der Entscheidung</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Ausgeschieden am</translation>
    </message>
    <message>
        <source>Key relationships</source>
        <translation>Wichtige Beziehungen</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>Our owner</source>
        <translation>Verantwortlich bei uns</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>And %1 more on the map.</source>
        <translation>Und %1 weitere auf der Landkarte.</translation>
    </message>
    <message>
        <source>Gross revenue retention</source>
        <translation>Brutto-Umsatzbindung (GRR)</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Verlängerungsdatum</translation>
    </message>
    <message>
        <source>Dark bars: the months of this review.</source>
        <translation>Dunkle Balken: die Monate dieses Reviews.</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 von 10</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Trend: %1</source>
        <translation>Verlauf: %1</translation>
    </message>
    <message>
        <source>Sold across the matrix</source>
        <translation>Verkauft über die Matrix</translation>
    </message>
    <message>
        <source>Our share of the wallet</source>
        <translation>Unser Anteil am Budget</translation>
    </message>
    <message>
        <source>Largest open whitespace</source>
        <translation>Größtes offenes Whitespace-Potenzial</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Geschäftsbereich</translation>
    </message>
    <message>
        <source>Incumbent</source>
        <translation>Bisheriger Anbieter</translation>
    </message>
    <message>
        <source>none known</source>
        <translation>keiner bekannt</translation>
    </message>
    <message>
        <source>Expansion opportunities for this review</source>
        <translation>Verkaufschancen für dieses Review</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1 pro Jahr</translation>
    </message>
    <message>
        <source>   ·   %1, %2%</source>
        <translation>   ·   %1, %2 %</translation>
    </message>
    <message>
        <source>   ·   champion: </source>
        <translation>   ·   Champion: </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <source>Business case: %1 of 6 in place</source>
        <translation>Business Case: %1 von 6 erfüllt</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>No open risks.</source>
        <translation>Keine offenen Risiken.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>No next steps agreed yet.</source>
        <translation>Noch keine nächsten Schritte vereinbart.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>No earlier QBR of this account was marked as held. Once this one is, the next summary lists everything that changed in between.</source>
        <translation>Kein früherer QBR dieses Accounts wurde als abgehalten markiert. Sobald dieser es ist, zeigt die nächste Zusammenfassung alles, was sich dazwischen geändert hat.</translation>
    </message>
    <message>
        <source>Since the QBR held on </source>
        <translation>Seit dem QBR am </translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Damals</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Retention over the twelve months to %1: ARR then against ARR on %2, in %3.</source>
        <translation>Umsatzbindung über die zwölf Monate bis %1: ARR damals gegenüber ARR am %2, in %3.</translation>
    </message>
    <message>
        <source>ARR at each month end</source>
        <translation>ARR am Ende jedes Monats</translation>
    </message>
    <message>
        <source>Share of the wallet: what we sell (%1) over that, the competitors&apos; known spend (%2, in %3 of %4 open cells) and the open potential (%5).</source>
        <translation>Anteil am Budget: was wir verkaufen (%1) im Verhältnis dazu, die bekannten Ausgaben bei Wettbewerbern (%2, in %3 von %4 offenen Zellen) und das offene Potenzial (%5).</translation>
    </message>
    <message>
        <source>No measure of the health scorecard has data yet.</source>
        <translation>Noch keine Messgröße der Zustandsbewertung hat Daten.</translation>
    </message>
    <message>
        <source>, set by hand until %1: </source>
        <translation>, von Hand gesetzt bis %1: </translation>
    </message>
    <message>
        <source>Customer edition</source>
        <translation>Ausgabe für den Kunden</translation>
    </message>
    <message>
        <source>Internal edition</source>
        <translation>Interne Ausgabe</translation>
    </message>
    <message>
        <source>Goals and value delivered</source>
        <translation>Ziele und erzielter Nutzen</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>What&apos;s next</source>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <source>Risks, plays and next steps</source>
        <translation>Risiken, Maßnahmen und nächste Schritte</translation>
    </message>
    <message>
        <source>Agreed next steps</source>
        <translation>Vereinbarte nächste Schritte</translation>
    </message>
    <message>
        <source>%1 · printed %2</source>
        <translation>%1 · gedruckt %2</translation>
    </message>
    <message>
        <source>Prepared for %1 · %2</source>
        <translation>Vorbereitet für %1 · %2</translation>
    </message>
    <message>
        <source>Internal: not for the customer</source>
        <translation>Intern: nicht für den Kunden</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Prepared for our meeting on </source>
        <translation>Vorbereitet für unser Treffen am </translation>
    </message>
    <message>
        <source>   ·   Your account manager </source>
        <translation>   ·   Ihr Account Manager </translation>
    </message>
    <message>
        <source>From our side: </source>
        <translation>Von unserer Seite: </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Goals achieved</source>
        <translation>Erreichte Ziele</translation>
    </message>
    <message>
        <source>Results delivered in the period</source>
        <translation>Im Zeitraum erzielte Ergebnisse</translation>
    </message>
    <message>
        <source>Agreed next steps open</source>
        <translation>Offene vereinbarte nächste Schritte</translation>
    </message>
    <message>
        <source>No goals or results were recorded for this period.</source>
        <translation>Für diesen Zeitraum wurden keine Ziele oder Ergebnisse erfasst.</translation>
    </message>
    <message>
        <source>Other results this period</source>
        <translation>Weitere Ergebnisse in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Measured by %1</source>
        <translation>Gemessen an %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 auf %2</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> bis %1</translation>
    </message>
    <message>
        <source>   ·   now %1</source>
        <translation>   ·   jetzt %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (heute)</translation>
    </message>
    <message>
        <source>%1 (tomorrow)</source>
        <translation>%1 (morgen)</translation>
    </message>
    <message>
        <source>Health scorecard</source>
        <translation>Zustandsbewertung</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Score (of 10)</source>
        <translation>Wert (von 10)</translation>
    </message>
    <message>
        <source>What it rests on</source>
        <translation>Worauf er beruht</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Zu Beginn</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Neuester Wert</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Fix first: value before upsell. Expansion waits until the account is healthy again; the customer&apos;s edition shows a value-recovery plan instead of opportunities.</source>
        <translation>Zuerst beheben: Nutzen vor Upselling. Der Ausbau wartet, bis der Account wieder gesund ist; die Ausgabe für den Kunden zeigt statt Verkaufschancen einen Plan zur Wiederherstellung des Nutzens.</translation>
    </message>
    <message>
        <source>Potential a year (%1)</source>
        <translation>Potenzial pro Jahr (%1)</translation>
    </message>
    <message>
        <source>No open expansion opportunity was chosen for this review.</source>
        <translation>Für dieses Review wurde keine offene Verkaufschance ausgewählt.</translation>
    </message>
    <message>
        <source>Towards %1</source>
        <translation>Für %1</translation>
    </message>
    <message>
        <source>Indicative investment %1 a year</source>
        <translation>Richtwert der Investition %1 pro Jahr</translation>
    </message>
    <message>
        <source>   ·   timing to agree together</source>
        <translation>   ·   Zeitpunkt gemeinsam abzustimmen</translation>
    </message>
    <message>
        <source>   ·   could start from %1</source>
        <translation>   ·   könnte ab %1 beginnen</translation>
    </message>
    <message>
        <source>   ·   serves their goal: %1</source>
        <translation>   ·   dient ihrem Ziel: %1</translation>
    </message>
    <message>
        <source>   ·   expected close </source>
        <translation>   ·   erwarteter Abschluss </translation>
    </message>
    <message>
        <source>%1, passed</source>
        <translation>%1, verstrichen</translation>
    </message>
    <message>
        <source>What we propose to work on with you next, and the goal each one serves.</source>
        <translation>Woran wir als Nächstes mit Ihnen arbeiten möchten, und welchem Ziel es jeweils dient.</translation>
    </message>
    <message>
        <source>Getting your goals back on track</source>
        <translation>Ihre Ziele wieder auf Kurs bringen</translation>
    </message>
    <message>
        <source>Before anything new, our priority is the value you expect from what you have today.</source>
        <translation>Vor allem Neuen hat für uns der Nutzen Vorrang, den Sie von dem erwarten, was Sie heute haben.</translation>
    </message>
    <message>
        <source>We will agree the goals to recover with you at this review.</source>
        <translation>Die wiederherzustellenden Ziele vereinbaren wir in diesem Review mit Ihnen.</translation>
    </message>
    <message>
        <source>Your goal</source>
        <translation>Ihr Ziel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>The steps we agreed to get there follow.</source>
        <translation>Es folgen die vereinbarten Schritte dorthin.</translation>
    </message>
    <message>
        <source>Risk and its remediation</source>
        <translation>Risiko und Abhilfe</translation>
    </message>
    <message>
        <source>Open plays</source>
        <translation>Offene Maßnahmen</translation>
    </message>
    <message>
        <source>No open plays.</source>
        <translation>Keine offenen Maßnahmen.</translation>
    </message>
    <message>
        <source>Play and why</source>
        <translation>Maßnahme und Grund</translation>
    </message>
    <message>
        <source>Snoozed to %1</source>
        <translation>Zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>Value delivered a year</source>
        <translation>Erzielter Nutzen pro Jahr</translation>
    </message>
    <message>
        <source>Return on what you pay</source>
        <translation>Nutzen im Verhältnis zu Ihren Kosten</translation>
    </message>
    <message>
        <source>The results in money</source>
        <translation>Geldwert der Ergebnisse</translation>
    </message>
    <message>
        <source>Together the results are worth %1 a year to you, and %2 once.</source>
        <translation>Zusammen sind die Ergebnisse für Sie %1 pro Jahr wert, und %2 einmalig.</translation>
    </message>
    <message>
        <source>Together the results are worth %1 to you, once.</source>
        <translation>Zusammen sind die Ergebnisse für Sie einmalig %1 wert.</translation>
    </message>
    <message>
        <source>Together the results are worth %1 a year to you.</source>
        <translation>Zusammen sind die Ergebnisse für Sie %1 pro Jahr wert.</translation>
    </message>
    <message>
        <source> That is %1 the %2 a year you pay for the service.</source>
        <translation> Das ist %1 der %2 pro Jahr, die Sie für den Service zahlen.</translation>
    </message>
    <message>
        <source>Counted from 1 goal, at the value of a unit you gave us, from where it started to the latest result; the service&apos;s annual fee as of %1.</source>
        <translation>Berechnet aus 1 Ziel, zum Wert einer Einheit, den Sie uns genannt haben, vom Ausgangswert bis zum neuesten Ergebnis; die Jahresgebühr des Service zum %1.</translation>
    </message>
    <message>
        <source>Counted from %1 goals, at the value of a unit you gave us, from where each started to the latest result; the service&apos;s annual fee as of %2.</source>
        <translation>Berechnet aus %1 Zielen, zum Wert einer Einheit, den Sie uns genannt haben, vom jeweiligen Ausgangswert bis zum neuesten Ergebnis; die Jahresgebühr des Service zum %2.</translation>
    </message>
    <message>
        <source>No value in money yet: the latest result is not better than where it started (%1).</source>
        <translation>Noch kein Geldwert: das neueste Ergebnis ist nicht besser als der Ausgangswert (%1).</translation>
    </message>
    <message>
        <source>Worth %1 to you, once: %2 better than at the start, each worth %3 to you.</source>
        <translation>Für Sie einmalig %1 wert: %2 besser als zu Beginn, jeweils %3 wert.</translation>
    </message>
    <message>
        <source>Worth %1 a year to you: %2 better than at the start, each worth %3 to you, 52 weeks a year.</source>
        <translation>Für Sie %1 pro Jahr wert: %2 besser als zu Beginn, jeweils %3 wert, 52 Wochen im Jahr.</translation>
    </message>
    <message>
        <source>Worth %1 a year to you: %2 better than at the start, each worth %3 to you, 12 months a year.</source>
        <translation>Für Sie %1 pro Jahr wert: %2 besser als zu Beginn, jeweils %3 wert, 12 Monate im Jahr.</translation>
    </message>
    <message>
        <source>Worth %1 a year to you: %2 better than at the start, each worth %3 to you, 4 quarters a year.</source>
        <translation>Für Sie %1 pro Jahr wert: %2 besser als zu Beginn, jeweils %3 wert, 4 Quartale im Jahr.</translation>
    </message>
    <message>
        <source>Worth %1 a year to you: %2 better than at the start, each worth %3 to you.</source>
        <translation>Für Sie %1 pro Jahr wert: %2 besser als zu Beginn, jeweils %3 wert.</translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation>%1 Prozentpunkte</translation>
    </message>
    <message>
        <source>The steps to get there are to be agreed with you at this review.</source>
        <translation>Die Schritte dorthin vereinbaren wir in diesem Review mit Ihnen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n days)</source>
        <translation>
            <numerusform>%1 (in %n Tag)</numerusform>
            <numerusform>%1 (in %n Tagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open pipeline (%n opportunities)</source>
        <translation>
            <numerusform>Offene Pipeline (%n Verkaufschance)</numerusform>
            <numerusform>Offene Pipeline (%n Verkaufschancen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: %n changes.</source>
        <translation>
            <numerusform>: %n Änderung.</numerusform>
            <numerusform>: %n Änderungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QbrExport</name>
    <message>
        <source>%1 · printed %2</source>
        <translation>%1 · gedruckt %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Key accounts · portfolio summary</source>
        <translation>Key Accounts · Portfolio-Übersicht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the file name must end in .pdf.</source>
        <translation>%1: der Dateiname muss auf .pdf enden.</translation>
    </message>
    <message>
        <source>%1: portfolio summary</source>
        <translation>%1: Portfolio-Übersicht</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>%1 - QBR</source>
        <translation>%1 - QBR</translation>
    </message>
    <message>
        <source>%1: stakeholder map</source>
        <translation>%1: Stakeholder-Landkarte</translation>
    </message>
    <message>
        <source>%1: ARR at each month end</source>
        <translation>%1: ARR am Ende jedes Monats</translation>
    </message>
    <message>
        <source>Made with Keyplan</source>
        <translation>Erstellt mit Keyplan</translation>
    </message>
    <message>
        <source>Internal: not for customers</source>
        <translation>Intern: nicht für Kunden</translation>
    </message>
    <message>
        <source>%1: the file name must end in .pdf, .odt or .pptx.</source>
        <translation>%1: der Dateiname muss auf .pdf, .odt oder .pptx enden.</translation>
    </message>
    <message>
        <source>%1 - QBR (internal)</source>
        <translation>%1 - QBR (intern)</translation>
    </message>
</context>
<context>
    <name>QbrFigures</name>
    <message>
        <source>No revenue recorded yet.</source>
        <translation>Noch kein Umsatz erfasst.</translation>
    </message>
    <message>
        <source>Appendix: the whole stakeholder map (%1 people). Each numbered part is printed at reading size on the page of that number.</source>
        <translation>Anhang: die ganze Stakeholder-Landkarte (%1 Personen). Jeder nummerierte Teil ist in lesbarer Größe auf der Seite mit dieser Nummer gedruckt.</translation>
    </message>
    <message>
        <source>Appendix: the whole stakeholder map, row %1, column %2</source>
        <translation>Anhang: die ganze Stakeholder-Landkarte, Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>The whole map follows as an appendix.</source>
        <translation>Die ganze Landkarte folgt als Anhang.</translation>
    </message>
    <message>
        <source>The whole map is on the account&apos;s Map tab (Export Map prints it).</source>
        <translation>Die ganze Landkarte ist auf dem Reiter Landkarte des Accounts (Landkarte exportieren druckt sie).</translation>
    </message>
    <message>
        <source>Key people only: the decision makers, economic buyers and champions, and whom they report to (%1 of %2 people).</source>
        <translation>Nur die wichtigsten Personen: die Entscheider, Budgetverantwortlichen und Champions, und an wen sie berichten (%1 von %2 Personen).</translation>
    </message>
    <message>
        <source>The map of %1 people is too large to print here at a readable size.</source>
        <translation>Die Landkarte mit %1 Personen ist zu groß, um sie hier lesbar zu drucken.</translation>
    </message>
    <message numerus="yes">
        <source>Appendix: the whole stakeholder map (%n people)</source>
        <translation>
            <numerusform>Anhang: die ganze Stakeholder-Landkarte (%n Person)</numerusform>
            <numerusform>Anhang: die ganze Stakeholder-Landkarte (%n Personen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QbrRowDialogs</name>
    <message>
        <source>Hours spent on rotas each week</source>
        <translation>Stunden pro Woche für Dienstpläne</translation>
    </message>
    <message>
        <source>hours a week, £ a month, %</source>
        <translation>Stunden pro Woche, € pro Monat, %</translation>
    </message>
    <message>
        <source>How it was achieved, in the customer&apos;s words</source>
        <translation>Wie es erreicht wurde, in den Worten des Kunden</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation>&amp;Vorher:</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>&amp;Nachher:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Ein&amp;heit:</translation>
    </message>
    <message>
        <source>A&amp;chieved on:</source>
        <translation>Er&amp;reicht am:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>No&amp;tiz:</translation>
    </message>
    <message>
        <source>What could go wrong</source>
        <translation>Was schiefgehen könnte</translation>
    </message>
    <message>
        <source>The plan to fix it</source>
        <translation>Der Plan, es zu beheben</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>&amp;Risiko:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>R&amp;emediation:</source>
        <translation>A&amp;bhilfe:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>Send the business case to the CFO</source>
        <translation>Den Business Case an den CFO schicken</translation>
    </message>
    <message>
        <source>Who does it, on either side</source>
        <translation>Wer es tut, auf beiden Seiten</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <source>None (the account has no goals yet)</source>
        <translation>Keines (der Account hat noch keine Ziele)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Against &amp;goal:</source>
        <translation>Zum &amp;Ziel:</translation>
    </message>
</context>
<context>
    <name>QbrSection</name>
    <message>
        <source>Cover</source>
        <translation>Deckblatt</translation>
    </message>
    <message>
        <source>Value delivered</source>
        <translation>Erzielter Nutzen</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Revenue and health</source>
        <translation>Umsatz und Zustand</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <source>Risks and next steps</source>
        <translation>Risiken und nächste Schritte</translation>
    </message>
    <message>
        <source>What changed since the last QBR</source>
        <translation>Was sich seit dem letzten QBR geändert hat</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kalt</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
</context>
<context>
    <name>ReportingPeriod</name>
    <message>
        <source>FY %1</source>
        <translation>GJ %1</translation>
    </message>
    <message>
        <source>FY %1/%2</source>
        <translation>GJ %1/%2</translation>
    </message>
    <message>
        <source>no period</source>
        <translation>kein Zeitraum</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Trailing 12 months to %1</source>
        <translation>Letzte 12 Monate bis %1</translation>
    </message>
    <message>
        <source>Q%1 %2 (%3)</source>
        <translation>Q%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Calendar year %1</source>
        <translation>Kalenderjahr %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Year to date (%1)</source>
        <translation>Seit Jahresbeginn (%1)</translation>
    </message>
</context>
<context>
    <name>RevenueEditing</name>
    <message>
        <source>Record %1 of %2</source>
        <translation>%1 von %2 erfassen</translation>
    </message>
    <message>
        <source>Edit the ARR change of %1</source>
        <translation>ARR-Änderung von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove the ARR change of %1</source>
        <translation>ARR-Änderung von %1 entfernen</translation>
    </message>
    <message>
        <source>Change the reporting currency, fiscal year or exchange rates</source>
        <translation>Berichtswährung, Geschäftsjahr oder Wechselkurse ändern</translation>
    </message>
</context>
<context>
    <name>RiskSeverity</name>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
</context>
<context>
    <name>RiskStatus</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Being mitigated</source>
        <translation>Wird gemindert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
</context>
<context>
    <name>RowConverter</name>
    <message>
        <source>%1, record %2, field %3: %4</source>
        <translation>%1, Datensatz %2, Feld %3: %4</translation>
    </message>
    <message>
        <source>%1, line %2, column %3 (%4): %5</source>
        <translation>%1, Zeile %2, Spalte %3 (%4): %5</translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation>„%1“ ist kein Datum</translation>
    </message>
    <message>
        <source>“%1” is not a date, or not in the day and month order of the rows above it</source>
        <translation>„%1“ ist kein Datum oder nicht in der Tag-Monat-Reihenfolge der Zeilen darüber</translation>
    </message>
    <message>
        <source>“%1” is not an amount</source>
        <translation>„%1“ ist kein Betrag</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code</source>
        <translation>„%1“ ist kein ISO-4217-Währungscode</translation>
    </message>
    <message>
        <source>“%1” is not a number of employees</source>
        <translation>„%1“ ist keine Mitarbeiterzahl</translation>
    </message>
    <message>
        <source>“%1” is not a probability from 0 to 100</source>
        <translation>„%1“ ist keine Wahrscheinlichkeit von 0 bis 100</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>das Datum fehlt</translation>
    </message>
    <message>
        <source>an ARR figure of zero or more is needed</source>
        <translation>ein ARR-Wert von null oder mehr wird gebraucht</translation>
    </message>
    <message>
        <source>“%1” is not a kind of change (new, upsell, cross_sell, seat_growth, usage_growth, price_increase, expansion, contraction, churn, reactivation)</source>
        <translation>„%1“ ist keine Art von Änderung (new, upsell, cross_sell, seat_growth, usage_growth, price_increase, expansion, contraction, churn, reactivation)</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>SamplePortfolio</name>
    <message>
        <source>the plan already has accounts</source>
        <translation>der Plan hat schon Accounts</translation>
    </message>
    <message>
        <source>the sample portfolio could not be read</source>
        <translation>das Beispielportfolio konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Won: %1</source>
        <translation>Gewonnen: %1</translation>
    </message>
</context>
<context>
    <name>Segment</name>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Mid-market</source>
        <translation>Mittelstand</translation>
    </message>
    <message>
        <source>SMB</source>
        <translation>Kleinunternehmen</translation>
    </message>
</context>
<context>
    <name>ServerLocation</name>
    <message>
        <source>%1 is not a team plan&apos;s address; it looks like postgresql://user@host:5432/database.</source>
        <translation>%1 ist keine Adresse eines Teamplans; sie sieht so aus: postgresql://benutzer@host:5432/datenbank.</translation>
    </message>
    <message>
        <source>The team plan&apos;s address is not a valid URL: %1</source>
        <translation>Die Adresse des Teamplans ist keine gültige URL: %1</translation>
    </message>
    <message>
        <source>The team plan&apos;s address has no usable port.</source>
        <translation>Die Adresse des Teamplans hat keinen brauchbaren Port.</translation>
    </message>
    <message>
        <source>The team plan&apos;s address names no database: add it after the server, as in postgresql://user@host:5432/database.</source>
        <translation>Die Adresse des Teamplans nennt keine Datenbank: fügen Sie sie nach dem Server an, wie in postgresql://benutzer@host:5432/datenbank.</translation>
    </message>
    <message>
        <source>The team plan&apos;s address has an option Keyplan does not use: %1 (it takes %2).</source>
        <translation>Die Adresse des Teamplans hat eine Option, die Keyplan nicht verwendet: %1 (es nimmt %2).</translation>
    </message>
    <message>
        <source>sslmode=%1 is not one of %2.</source>
        <translation>sslmode=%1 ist keiner von %2.</translation>
    </message>
    <message>
        <source>connect_timeout must be a whole number of seconds.</source>
        <translation>connect_timeout muss eine ganze Zahl von Sekunden sein.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Pre-KAM</source>
        <translation>Pre-KAM</translation>
    </message>
    <message>
        <source>Early KAM</source>
        <translation>Early-KAM</translation>
    </message>
    <message>
        <source>Mid KAM</source>
        <translation>Mid-KAM</translation>
    </message>
    <message>
        <source>Partnership KAM</source>
        <translation>Partnership-KAM</translation>
    </message>
    <message>
        <source>Synergistic KAM</source>
        <translation>Synergistic-KAM</translation>
    </message>
    <message>
        <source>Uncoupling KAM</source>
        <translation>Uncoupling-KAM</translation>
    </message>
    <message>
        <source>Is this account worth investing in? Potential and strategic fit.</source>
        <translation>Lohnt es sich, in diesen Account zu investieren? Potenzial und strategische Passung.</translation>
    </message>
    <message>
        <source>One contact; the buyer is still shopping around.</source>
        <translation>Ein Kontakt; der Käufer vergleicht noch Angebote.</translation>
    </message>
    <message>
        <source>Trust is building; more contacts on both sides.</source>
        <translation>Vertrauen wächst; mehr Kontakte auf beiden Seiten.</translation>
    </message>
    <message>
        <source>We are the preferred supplier.</source>
        <translation>Wir sind der bevorzugte Lieferant.</translation>
    </message>
    <message>
        <source>We plan together as one entity.</source>
        <translation>Wir planen gemeinsam wie eine Einheit.</translation>
    </message>
    <message>
        <source>The relationship is breaking down.</source>
        <translation>Die Beziehung bricht auseinander.</translation>
    </message>
</context>
<context>
    <name>SupportLevel</name>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Unterstützer</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Non-supporter</source>
        <translation>Kein Unterstützer</translation>
    </message>
    <message>
        <source>Opponent</source>
        <translation>Gegner</translation>
    </message>
</context>
<context>
    <name>TableKind</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <source>Contact roles</source>
        <translation>Kontaktrollen</translation>
    </message>
    <message>
        <source>ARR changes</source>
        <translation>ARR-Änderungen</translation>
    </message>
    <message>
        <source>Usage metrics</source>
        <translation>Nutzungskennzahlen</translation>
    </message>
    <message>
        <source>LinkedIn connections</source>
        <translation>LinkedIn-Kontakte</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>%1: the file cannot be read (%2)</source>
        <translation>%1: die Datei kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: no header row Keyplan recognises in its first lines (it looks for columns such as Name, Account Name, First Name, Email, Stage)</source>
        <translation>%1: keine Kopfzeile in den ersten Zeilen, die Keyplan erkennt (es sucht Spalten wie Name, Account Name, First Name, Email, Stage)</translation>
    </message>
    <message>
        <source>%1: the file changed while it was being read</source>
        <translation>%1: die Datei hat sich beim Lesen geändert</translation>
    </message>
</context>
<context>
    <name>TeamSchema</name>
    <message>
        <source>%1 is not a Keyplan role; it is reader or editor.</source>
        <translation>%1 ist keine Rolle von Keyplan; sie ist reader oder editor.</translation>
    </message>
    <message>
        <source>The server has no user called %1. Its administrator creates one first (createuser %1, or CREATE ROLE ... LOGIN), then grants it a role here.</source>
        <translation>Der Server hat keinen Benutzer namens %1. Sein Administrator legt ihn zuerst an (createuser %1 oder CREATE ROLE ... LOGIN) und vergibt ihm dann hier eine Rolle.</translation>
    </message>
    <message>
        <source>The schema could not be read: %1</source>
        <translation>Das Schema konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Keyplan could not make its own schema to compare with.</source>
        <translation>Keyplan konnte sein eigenes Schema zum Vergleich nicht anlegen.</translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation>Tabelle %1 fehlt</translation>
    </message>
    <message>
        <source>table %1 lacks column %2</source>
        <translation>Tabelle %1 fehlt die Spalte %2</translation>
    </message>
    <message>
        <source>table %1 has a column Keyplan did not make: %2</source>
        <translation>Tabelle %1 hat eine Spalte, die Keyplan nicht angelegt hat: %2</translation>
    </message>
    <message>
        <source>view %1 was added outside Keyplan</source>
        <translation>Sicht %1 wurde außerhalb von Keyplan hinzugefügt</translation>
    </message>
    <message>
        <source>trigger %1 on %2 was added outside Keyplan</source>
        <translation>Trigger %1 auf %2 wurde außerhalb von Keyplan hinzugefügt</translation>
    </message>
    <message>
        <source>table %1 was added outside Keyplan</source>
        <translation>Tabelle %1 wurde außerhalb von Keyplan hinzugefügt</translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>the file cannot be read from its start</source>
        <translation>die Datei kann nicht von Anfang an gelesen werden</translation>
    </message>
    <message>
        <source>the file is written in %1, which Keyplan cannot read; save it as UTF-8 and import it again</source>
        <translation>die Datei ist in %1 geschrieben, das Keyplan nicht lesen kann; speichern Sie sie als UTF-8 und importieren Sie erneut</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the file could not be read to its end: %1</source>
        <translation>die Datei konnte nicht bis zum Ende gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ThisWeek</name>
    <message>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Business review due</source>
        <translation>Business Review fällig</translation>
    </message>
    <message>
        <source>Last held on %1</source>
        <translation>Zuletzt abgehalten am %1</translation>
    </message>
    <message>
        <source>None held yet</source>
        <translation>Noch keines abgehalten</translation>
    </message>
    <message>
        <source>Touchpoint with %1</source>
        <translation>Kontakt mit %1</translation>
    </message>
    <message>
        <source>Last contact on %1</source>
        <translation>Letzter Kontakt am %1</translation>
    </message>
    <message>
        <source>No contact yet</source>
        <translation>Noch kein Kontakt</translation>
    </message>
    <message numerus="yes">
        <source>Renews on %1 (in %n days)</source>
        <translation>
            <numerusform>Verlängerung am %1 (in %n Tag)</numerusform>
            <numerusform>Verlängerung am %1 (in %n Tagen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <source>Strategic</source>
        <translation>Strategisch</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
</context>
<context>
    <name>TouchpointKind</name>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>QBR</source>
        <translation>QBR</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
</context>
<context>
    <name>UnitKind</name>
    <message>
        <source>Business unit</source>
        <translation>Geschäftsbereich</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>line %1: a card begun here has no END:VCARD</source>
        <translation>Zeile %1: eine hier begonnene Karte hat kein END:VCARD</translation>
    </message>
    <message>
        <source>no BEGIN:VCARD: the file holds no vCard</source>
        <translation>kein BEGIN:VCARD: die Datei enthält keine vCard</translation>
    </message>
    <message>
        <source>not jCard: %1 at byte %2</source>
        <translation>kein jCard: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not jCard: an entry is not [&quot;vcard&quot;, [...]]</source>
        <translation>kein jCard: ein Eintrag ist nicht [&quot;vcard&quot;, [...]]</translation>
    </message>
</context>
<context>
    <name>ValuePeriod</name>
    <message>
        <source>Once (a one-off)</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Jeden Monat</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>Jedes Quartal</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Jedes Jahr</translation>
    </message>
</context>
<context>
    <name>Whitespace</name>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
</context>
<context>
    <name>WinRecording</name>
    <message>
        <source>Won: %1</source>
        <translation>Gewonnen: %1</translation>
    </message>
    <message>
        <source>Record the Win in ARR</source>
        <translation>Den Abschluss im ARR erfassen</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>the archive cannot be read: %1</source>
        <translation>das Archiv kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>an entry of the archive cannot be read: %1</source>
        <translation>ein Eintrag des Archivs kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the archive&apos;s entry cannot be unpacked: %1</source>
        <translation>der Eintrag des Archivs kann nicht entpackt werden: %1</translation>
    </message>
    <message>
        <source>the archive is damaged: %1</source>
        <translation>das Archiv ist beschädigt: %1</translation>
    </message>
</context>
<context>
    <name>keyplan::AccountDetailsForm</name>
    <message>
        <source>Key account</source>
        <translation>Key Account</translation>
    </message>
    <message>
        <source>What matters about this account: goals, history, what to watch</source>
        <translation>Was an diesem Account wichtig ist: Ziele, Geschichte, worauf zu achten ist</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Add a person on our side</source>
        <translation>Eine Person auf unserer Seite hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>S&amp;tufe:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>Branch&amp;e:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>New Team Member</source>
        <translation>Neues Teammitglied</translation>
    </message>
    <message>
        <source>Name of the person on our side:</source>
        <translation>Name der Person auf unserer Seite:</translation>
    </message>
    <message>
        <source>Add owner %1</source>
        <translation>Verantwortliche(n) %1 hinzufügen</translation>
    </message>
    <message>
        <source>ARR today, from the account&apos;s timeline of changes. Typing a new figure records a dated change and asks what kind it is.</source>
        <translation>ARR heute, aus der Zeitleiste der Änderungen des Accounts. Ein neu eingetippter Wert erfasst eine datierte Änderung und fragt nach ihrer Art.</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>A&amp;RR:</source>
        <translation>A&amp;RR:</translation>
    </message>
    <message>
        <source>Renewal &amp;date:</source>
        <translation>Ver&amp;längerungsdatum:</translation>
    </message>
    <message>
        <source>E&amp;mployees:</source>
        <translation>&amp;Mitarbeiterzahl:</translation>
    </message>
</context>
<context>
    <name>keyplan::AccountEditing</name>
    <message>
        <source>That value does not fit this field.</source>
        <translation>Dieser Wert passt nicht in dieses Feld.</translation>
    </message>
    <message>
        <source>the account “%1”</source>
        <translation>der Account „%1“</translation>
    </message>
    <message>
        <source>the change of stage on %1</source>
        <translation>der Phasenwechsel am %1</translation>
    </message>
    <message>
        <source>The change of stage</source>
        <translation>Der Phasenwechsel</translation>
    </message>
    <message>
        <source>Those coverage settings do not fit together.</source>
        <translation>Diese Abdeckungseinstellungen passen nicht zusammen.</translation>
    </message>
    <message>
        <source>The coverage settings</source>
        <translation>Die Abdeckungseinstellungen</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>Die Änderung</translation>
    </message>
    <message>
        <source>The account</source>
        <translation>Der Account</translation>
    </message>
    <message>
        <source>Deleting the account</source>
        <translation>Account wird gelöscht</translation>
    </message>
    <message>
        <source>The stage change</source>
        <translation>Der Phasenwechsel</translation>
    </message>
    <message>
        <source>Undoing the stage change</source>
        <translation>Phasenwechsel wird rückgängig gemacht</translation>
    </message>
    <message>
        <source>The team member</source>
        <translation>Das Teammitglied</translation>
    </message>
    <message>
        <source>Removing the team member</source>
        <translation>Teammitglied wird entfernt</translation>
    </message>
</context>
<context>
    <name>keyplan::AccountEditor</name>
    <message>
        <source>Select an account to see its plan.</source>
        <translation>Wählen Sie einen Account, um seinen Plan zu sehen.</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>niemand verantwortlich</translation>
    </message>
    <message>
        <source>owned by %1</source>
        <translation>verantwortlich: %1</translation>
    </message>
    <message>
        <source>Not a key account</source>
        <translation>Kein Key Account</translation>
    </message>
    <message>
        <source>Open plays (%1, %2 overdue): %3</source>
        <translation>Offene Maßnahmen (%1, %2 überfällig): %3</translation>
    </message>
    <message>
        <source>Open plays (%1): %2</source>
        <translation>Offene Maßnahmen (%1): %2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Landkarte</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Plays</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Whitespace</source>
        <translation>Whitespace</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>QBR</source>
        <translation>QBR</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
</context>
<context>
    <name>keyplan::AccountHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>A plan file keeps no history of who changed what. A team plan does: publish this plan to a team server (keyplan copy), then open it with File &gt; Connect to Team Plan…</source>
        <translation>Eine Plandatei führt keinen Verlauf darüber, wer was geändert hat. Ein Teamplan tut es: veröffentlichen Sie diesen Plan auf einem Teamserver (keyplan copy) und öffnen Sie ihn dann mit Datei &gt; Mit Teamplan verbinden…</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nobody has changed this account since the team plan began keeping its history.</source>
        <translation>Niemand hat diesen Account geändert, seit der Teamplan seinen Verlauf führt.</translation>
    </message>
    <message>
        <source>Every change to the account and to what belongs to it, newest first, by anyone on the team plan (at most the newest %1). Times are your computer&apos;s.</source>
        <translation>Jede Änderung am Account und an allem, was dazugehört, die neueste zuerst, von allen im Teamplan (höchstens die neuesten %1). Die Zeiten sind die Ihres Computers.</translation>
    </message>
    <message>
        <source>Changes to the account</source>
        <translation>Änderungen am Account</translation>
    </message>
</context>
<context>
    <name>keyplan::AccountHistoryModel</name>
    <message>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Keyplan, in %1&apos;s window</source>
        <translation>Keyplan, im Fenster von %1</translation>
    </message>
</context>
<context>
    <name>keyplan::ArrChangeDialog</name>
    <message>
        <source>Edit ARR Change</source>
        <translation>ARR-Änderung bearbeiten</translation>
    </message>
    <message>
        <source>Record ARR Change</source>
        <translation>ARR-Änderung erfassen</translation>
    </message>
    <message>
        <source>%1: ARR in %2 from the day below. Type the new ARR or the difference.</source>
        <translation>%1: ARR in %2 ab dem Tag unten. Geben Sie den neuen ARR oder die Differenz ein.</translation>
    </message>
    <message>
        <source>What happened: e.g. &quot;Moved to the Enterprise tier&quot;</source>
        <translation>Was geschah: z. B. „Auf die Enterprise-Edition gewechselt“</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>A&amp;b:</translation>
    </message>
    <message>
        <source>ARR before:</source>
        <translation>ARR vorher:</translation>
    </message>
    <message>
        <source>&amp;ARR from then:</source>
        <translation>&amp;ARR ab dann:</translation>
    </message>
    <message>
        <source>&amp;Difference:</source>
        <translation>&amp;Differenz:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>No&amp;tiz:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>The ARR from then must be an amount of zero or more.</source>
        <translation>Der ARR ab dann muss ein Betrag von null oder mehr sein.</translation>
    </message>
    <message>
        <source>ARR is already %1 on that day: this records no change.</source>
        <translation>Der ARR ist an diesem Tag schon %1: damit wird keine Änderung erfasst.</translation>
    </message>
    <message>
        <source>From %1 to %2 counts as %3, not %4.</source>
        <translation>Von %1 auf %2 zählt als %3, nicht als %4.</translation>
    </message>
    <message>
        <source>e.g. %1 or %2</source>
        <translation>z. B. %1 oder %2</translation>
    </message>
</context>
<context>
    <name>keyplan::ArrMonthEndModel</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>ARR at month end</source>
        <translation>ARR am Monatsende</translation>
    </message>
    <message>
        <source>Change in the month</source>
        <translation>Änderung im Monat</translation>
    </message>
</context>
<context>
    <name>keyplan::ArrTimelineModel</name>
    <message>
        <source>%1 (scheduled)</source>
        <translation>%1 (geplant)</translation>
    </message>
    <message>
        <source>No change in ARR</source>
        <translation>Keine Änderung des ARR</translation>
    </message>
    <message>
        <source>Recorded as %1; counted as %2, because ARR was %3 before it.</source>
        <translation>Erfasst als %1; gezählt als %2, weil der ARR vorher %3 war.</translation>
    </message>
    <message>
        <source>Dated after today: ARR today does not include it yet.</source>
        <translation>Nach heute datiert: der ARR heute enthält sie noch nicht.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>ARR from then</source>
        <translation>ARR ab dann</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>keyplan::BackupListModel</name>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>several currencies</source>
        <translation>mehrere Währungen</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Key accounts</source>
        <translation>Key Accounts</translation>
    </message>
    <message>
        <source>Key-account ARR</source>
        <translation>ARR der Key Accounts</translation>
    </message>
</context>
<context>
    <name>keyplan::BridgeChart</name>
    <message>
        <source>No figures for this period.</source>
        <translation>Keine Zahlen für diesen Zeitraum.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Upsell</source>
        <translation>Upselling</translation>
    </message>
    <message>
        <source>Cross-sell</source>
        <translation>Cross-Selling</translation>
    </message>
    <message>
        <source>Seat growth</source>
        <translation>Mehr Lizenzen</translation>
    </message>
    <message>
        <source>Usage growth</source>
        <translation>Mehr Nutzung</translation>
    </message>
    <message>
        <source>Price increase</source>
        <translation>Preiserhöhung</translation>
    </message>
    <message>
        <source>Expansion (motion not recorded)</source>
        <translation>Ausbau (Art nicht erfasst)</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Rückgang</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Abwanderung</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Reaktivierung</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Zunahme</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Abnahme</translation>
    </message>
    <message>
        <source>%1 at the start + %2 new + %3 expansion − %4 contraction − %5 churn + %6 reactivation = %7 at the end.</source>
        <translation>%1 zu Beginn + %2 neu + %3 Ausbau − %4 Rückgang − %5 Abwanderung + %6 Reaktivierung = %7 am Ende.</translation>
    </message>
</context>
<context>
    <name>keyplan::BridgeTableModel</name>
    <message>
        <source>All accounts in scope</source>
        <translation>Alle Accounts im Umfang</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(niemand verantwortlich)</translation>
    </message>
    <message>
        <source>needs a %1 rate</source>
        <translation>braucht einen Kurs %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Ausbau</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Rückgang</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Abwanderung</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Reaktivierung</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>GRR</source>
        <translation>GRR</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts had ARR at the start of the period; new ones are new business.</source>
        <translation>
            <numerusform>%n Account hatte ARR zu Beginn des Zeitraums; neue sind Neugeschäft.</numerusform>
            <numerusform>%n Accounts hatten ARR zu Beginn des Zeitraums; neue sind Neugeschäft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyplan::BridgeView</name>
    <message>
        <source>All accounts in scope</source>
        <translation>Alle Accounts im Umfang</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>Nach Segment</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>Nach Stufe</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>Nach Verantwortlichen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>%1 · %2 · in %3 at constant currency</source>
        <translation>%1 · %2 · in %3 zu konstanten Wechselkursen</translation>
    </message>
    <message>
        <source>All accounts (%1)</source>
        <translation>Alle Accounts (%1)</translation>
    </message>
    <message>
        <source>ARR bridge: %1</source>
        <translation>ARR-Überleitung: %1</translation>
    </message>
    <message>
        <source>These figures need a %1 rate: add it in Plan Settings.</source>
        <translation>Diese Zahlen brauchen einen Kurs %1: tragen Sie ihn in den Planeinstellungen ein.</translation>
    </message>
    <message>
        <source>ARR bridge</source>
        <translation>ARR-Überleitung</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n accounts (the table&apos;s filter)</source>
        <translation>
            <numerusform>%1 von %n Account (der Filter der Tabelle)</numerusform>
            <numerusform>%1 von %n Accounts (der Filter der Tabelle)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyplan::BusinessUnitsDialog</name>
    <message>
        <source>Edit Business Unit</source>
        <translation>Geschäftsbereich bearbeiten</translation>
    </message>
    <message>
        <source>Add Business Unit</source>
        <translation>Geschäftsbereich hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Leeds depot, Finance, EMEA</source>
        <translation>z. B. Lager Leeds, Finanzen, EMEA</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Entfer&amp;nen</translation>
    </message>
    <message>
        <source>Business Units of %1</source>
        <translation>Geschäftsbereiche von %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Business units</source>
        <translation>Geschäftsbereiche</translation>
    </message>
</context>
<context>
    <name>keyplan::CadenceHealthSettings</name>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Cadence by tier</source>
        <translation>Rhythmus nach Stufe</translation>
    </message>
    <message>
        <source>Touchpoints with each key stakeholder</source>
        <translation>Kontakte mit jedem wichtigen Stakeholder</translation>
    </message>
    <message>
        <source>Business review (QBR)</source>
        <translation>Business Review (QBR)</translation>
    </message>
    <message>
        <source>%1: touchpoints every</source>
        <translation>%1: Kontakte alle</translation>
    </message>
    <message>
        <source>%1: business review every</source>
        <translation>%1: Business Review alle</translation>
    </message>
    <message>
        <source>%1 accounts, every</source>
        <translation>%1-Accounts, alle</translation>
    </message>
    <message>
        <source>Health scorecard</source>
        <translation>Zustandsbewertung</translation>
    </message>
    <message>
        <source>The score is the weighted mean of the measures that have data; a measure without data drops out and the card says so. Below 6 an account needs a risk review. A weight of 0 leaves a measure out.</source>
        <translation>Der Wert ist der gewichtete Mittelwert der Messgrößen mit Daten; eine Messgröße ohne Daten fällt weg, und die Karte sagt es. Unter 6 braucht ein Account eine Risikoprüfung. Ein Gewicht von 0 lässt eine Messgröße weg.</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Gewicht von %1</translation>
    </message>
    <message>
        <source> (from the plan)</source>
        <translation> (aus dem Plan)</translation>
    </message>
    <message>
        <source> (from usage metrics, else entered)</source>
        <translation> (aus Nutzungskennzahlen, sonst eingegeben)</translation>
    </message>
    <message>
        <source> (entered)</source>
        <translation> (eingegeben)</translation>
    </message>
    <message>
        <source>A score entered by hand counts for</source>
        <translation>Ein von Hand eingegebener Wert zählt für</translation>
    </message>
    <message>
        <source>give at least one measure a weight</source>
        <translation>geben Sie mindestens einer Messgröße ein Gewicht</translation>
    </message>
    <message>
        <source>Track record: not enough history yet. It compares accounts scored below 6 with the others, month by month, once their scores are six months old.</source>
        <translation>Trefferquote: noch nicht genug Verlauf. Sie vergleicht Accounts mit Werten unter 6 mit den anderen, Monat für Monat, sobald ihre Werte sechs Monate alt sind.</translation>
    </message>
    <message>
        <source>Track record: of %1 account-months scored below 6, %2 lost revenue within six months (%3); of %4 scored 6 or above, %5 did (%6). The further apart, the better the weights predict.</source>
        <translation>Trefferquote: von %1 Account-Monaten mit Werten unter 6 verloren %2 innerhalb von sechs Monaten Umsatz (%3); von %4 mit 6 oder mehr taten es %5 (%6). Je weiter auseinander, desto besser sagen die Gewichte voraus.</translation>
    </message>
</context>
<context>
    <name>keyplan::CatalogueDialog</name>
    <message>
        <source>Edit Offering</source>
        <translation>Angebot bearbeiten</translation>
    </message>
    <message>
        <source>Add Offering</source>
        <translation>Angebot hinzufügen</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;List price a year (%1):</source>
        <translation>&amp;Listenpreis pro Jahr (%1):</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Entfer&amp;nen</translation>
    </message>
    <message>
        <source>Catalogue of Offerings</source>
        <translation>Angebotskatalog</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>List price a year</source>
        <translation>Listenpreis pro Jahr</translation>
    </message>
    <message>
        <source>Offerings</source>
        <translation>Angebote</translation>
    </message>
</context>
<context>
    <name>keyplan::ChartPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Sa&amp;ve As…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>Copy the chart as an image</source>
        <translation>Das Diagramm als Bild kopieren</translation>
    </message>
    <message>
        <source>Save the chart as PNG or SVG</source>
        <translation>Das Diagramm als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>Save the chart as .png or .svg</source>
        <translation>Das Diagramm als .png oder .svg speichern</translation>
    </message>
    <message>
        <source>The chart could not be written</source>
        <translation>Das Diagramm konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Diagramm gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>keyplan::ChoiceFilterButton</name>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 ausgewählt</translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation>%1: alle</translation>
    </message>
</context>
<context>
    <name>keyplan::ConflictDialog</name>
    <message>
        <source>Someone Changed This First</source>
        <translation>Jemand hat das zuerst geändert</translation>
    </message>
    <message>
        <source>this item</source>
        <translation>dieser Eintrag</translation>
    </message>
    <message>
        <source>%1 was removed after you opened it, so your change was not saved.</source>
        <translation>%1 wurde entfernt, nachdem Sie es geöffnet hatten, daher wurde Ihre Änderung nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 removed %2 at %3, after you opened it, so your change was not saved.</source>
        <translation>%1 hat %2 um %3 entfernt, nachdem Sie es geöffnet hatten, daher wurde Ihre Änderung nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 changed after you opened it (in another window), so your change was not saved yet.</source>
        <translation>%1 hat sich geändert, nachdem Sie es geöffnet hatten (in einem anderen Fenster), daher wurde Ihre Änderung noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3, after you opened it, so your change was not saved yet. Keep their version, or save yours over it.</source>
        <translation>%1 hat %2 um %3 geändert, nachdem Sie es geöffnet hatten, daher wurde Ihre Änderung noch nicht gespeichert. Behalten Sie die andere Fassung oder speichern Sie Ihre darüber.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Theirs (%1)</source>
        <translation>Die andere (%1)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Als Sie es öffneten</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(nicht bekannt)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>(not changed: theirs stays)</source>
        <translation>(nicht geändert: die andere bleibt)</translation>
    </message>
    <message>
        <source>Keep Their Version</source>
        <translation>Andere Fassung behalten</translation>
    </message>
    <message>
        <source>Save Mine over Theirs</source>
        <translation>Meine darüber speichern</translation>
    </message>
    <message>
        <source>%1 changed after you opened it (in another window), so it was not removed. Look at it, then remove it again if it should go.</source>
        <translation>%1 hat sich geändert, nachdem Sie es geöffnet hatten (in einem anderen Fenster), daher wurde es nicht entfernt. Sehen Sie es sich an und entfernen Sie es erneut, wenn es weg soll.</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3, after you opened it, so it was not removed. Look at their change, then remove it again if it should go.</source>
        <translation>%1 hat %2 um %3 geändert, nachdem Sie es geöffnet hatten, daher wurde es nicht entfernt. Sehen Sie sich die Änderung an und entfernen Sie es erneut, wenn es weg soll.</translation>
    </message>
    <message>
        <source>(removing it)</source>
        <translation>(wird entfernt)</translation>
    </message>
    <message>
        <source>%1 was removed already, after you opened it: nothing more to do.</source>
        <translation>%1 wurde schon entfernt, nachdem Sie es geöffnet hatten: nichts mehr zu tun.</translation>
    </message>
    <message>
        <source>%1 removed %2 at %3, after you opened it: nothing more to do.</source>
        <translation>%1 hat %2 um %3 entfernt, nachdem Sie es geöffnet hatten: nichts mehr zu tun.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
</context>
<context>
    <name>keyplan::CoverageChart</name>
    <message>
        <source>below the target of %1–%2</source>
        <translation>unter dem Ziel von %1–%2</translation>
    </message>
    <message>
        <source>above the target of %1–%2</source>
        <translation>über dem Ziel von %1–%2</translation>
    </message>
    <message>
        <source>within the target of %1–%2</source>
        <translation>im Ziel von %1–%2</translation>
    </message>
    <message>
        <source>%1: coverage %2, %3</source>
        <translation>%1: Abdeckung %2, %3</translation>
    </message>
    <message>
        <source>Coverage depth of key accounts</source>
        <translation>Abdeckungstiefe der Key Accounts</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>Unter dem Ziel</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Im Ziel</translation>
    </message>
    <message>
        <source>Above target</source>
        <translation>Über dem Ziel</translation>
    </message>
    <message>
        <source>Coverage depth (active, company-owned relationships ÷ buying group)</source>
        <translation>Abdeckungstiefe (aktive, vom Unternehmen betreute Beziehungen ÷ Entscheidergruppe)</translation>
    </message>
    <message>
        <source>Target %1–%2</source>
        <translation>Ziel %1–%2</translation>
    </message>
    <message>
        <source>Not shown: %1 key accounts with nobody from the buying group on the map.</source>
        <translation>Nicht gezeigt: %1 Key Accounts ohne jemanden aus der Entscheidergruppe auf der Landkarte.</translation>
    </message>
</context>
<context>
    <name>keyplan::CoverageSettingsDialog</name>
    <message>
        <source>Coverage Settings</source>
        <translation>Abdeckungseinstellungen</translation>
    </message>
    <message>
        <source>These settings belong to the plan: everyone who opens it measures coverage the same way.</source>
        <translation>Diese Einstellungen gehören zum Plan: alle, die ihn öffnen, messen die Abdeckung gleich.</translation>
    </message>
    <message>
        <source>A required seat that nobody on an account&apos;s map fills shows as an empty seat</source>
        <translation>Ein notwendiger Platz, den niemand auf der Landkarte eines Accounts besetzt, erscheint als leerer Platz</translation>
    </message>
    <message>
        <source>Required seats in every buying group</source>
        <translation>Notwendige Plätze in jeder Entscheidergruppe</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellen</translation>
    </message>
    <message>
        <source>A warm or strong relationship is &amp;active when contacted within:</source>
        <translation>Eine warme oder starke Beziehung ist &amp;aktiv, wenn der letzte Kontakt höchstens so lange her ist:</translation>
    </message>
    <message>
        <source>&amp;Single-threaded with at most this many active relationships:</source>
        <translation>&amp;Zu wenige Kontakte bei höchstens so vielen aktiven Beziehungen:</translation>
    </message>
    <message>
        <source>Coverage depth &amp;target:</source>
        <translation>Ziel der Abdeckungs&amp;tiefe:</translation>
    </message>
    <message>
        <source>Required seats</source>
        <translation>Notwendige Plätze</translation>
    </message>
    <message>
        <source>A map is stale when not &amp;reviewed for:</source>
        <translation>Eine Landkarte ist veraltet, wenn sie so lange nicht über&amp;prüft wurde:</translation>
    </message>
</context>
<context>
    <name>keyplan::DataActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Bring in accounts, people, opportunities, ARR and usage from Salesforce, HubSpot, LinkedIn, address books or a Keyplan plan</source>
        <translation>Accounts, Personen, Verkaufschancen, ARR und Nutzung aus Salesforce, HubSpot, LinkedIn, Adressbüchern oder einem Keyplan-Plan übernehmen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the plan as JSON, as spreadsheets, or its dates as a calendar</source>
        <translation>Den Plan als JSON, als Tabellen oder seine Termine als Kalender schreiben</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Whole plan as JSON (*.json)</source>
        <translation>Ganzer Plan als JSON (*.json)</translation>
    </message>
    <message>
        <source>Spreadsheets, zipped CSV (*.zip)</source>
        <translation>Tabellen, CSV gezippt (*.zip)</translation>
    </message>
    <message>
        <source>Calendar of renewals, QBRs, plays and next steps (*.ics)</source>
        <translation>Kalender der Verlängerungen, QBRs, Maßnahmen und nächsten Schritte (*.ics)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Imported %1. %2 Undo takes it out again.</source>
        <translation>%1 importiert. %2 Rückgängig nimmt es wieder heraus.</translation>
    </message>
    <message>
        <source>Imported %1. %2 The plan as it was is kept as a backup.</source>
        <translation>%1 importiert. %2 Der Plan, wie er war, bleibt als Sicherung erhalten.</translation>
    </message>
</context>
<context>
    <name>keyplan::GoalEditing</name>
    <message>
        <source>A goal needs an objective, and its baseline and target must be numbers.</source>
        <translation>Ein Ziel braucht eine Zielsetzung, und Ausgangs- und Zielwert müssen Zahlen sein.</translation>
    </message>
    <message>
        <source>Add the goal “%1”</source>
        <translation>Ziel „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>The goal</source>
        <translation>Das Ziel</translation>
    </message>
    <message>
        <source>Edit the goal “%1”</source>
        <translation>Ziel „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Remove the goal “%1”</source>
        <translation>Ziel „%1“ entfernen</translation>
    </message>
    <message>
        <source>Removing the goal</source>
        <translation>Ziel wird entfernt</translation>
    </message>
    <message>
        <source>What a unit is worth must be an amount above zero.</source>
        <translation>Der Wert einer Einheit muss ein Betrag über null sein.</translation>
    </message>
    <message>
        <source>the goal “%1”</source>
        <translation>das Ziel „%1“</translation>
    </message>
</context>
<context>
    <name>keyplan::GoalsPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation>Entfer&amp;nen</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Zielsetzung</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Gemessen an</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Their owner</source>
        <translation>Verantwortlich beim Kunden</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Bei uns</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Unterstützt durch</translation>
    </message>
    <message>
        <source>No goals yet. Write down what the customer wants to achieve: value delivered, the QBR and every expansion case point back to it.</source>
        <translation>Noch keine Ziele. Halten Sie fest, was der Kunde erreichen will: erzielter Nutzen, der QBR und jeder Ausbau-Fall verweisen darauf.</translation>
    </message>
    <message>
        <source>Goals counted: %1 · at risk or overdue: %2 · goal progress on the health scorecard: %3 of 10</source>
        <translation>Gezählte Ziele: %1 · gefährdet oder überfällig: %2 · Zielfortschritt in der Zustandsbewertung: %3 von 10</translation>
    </message>
    <message>
        <source>Edit Goal</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <source>Add Goal</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Required, in the customer&apos;s words: Cut the time spent building rotas</source>
        <translation>Pflicht, in den Worten des Kunden: Die Zeit für das Erstellen von Dienstplänen senken</translation>
    </message>
    <message>
        <source>Hours a week on rotas, from the scheduler&apos;s log</source>
        <translation>Stunden pro Woche für Dienstpläne, laut Protokoll der Planung</translation>
    </message>
    <message>
        <source>hours a week</source>
        <translation>Stunden pro Woche</translation>
    </message>
    <message>
        <source>Nobody named</source>
        <translation>Niemand benannt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Zielsetzung:</translation>
    </message>
    <message>
        <source>&amp;Measured by:</source>
        <translation>&amp;Gemessen an:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Ein&amp;heit:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Ausgangswert:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Zielwer&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>T&amp;heir owner:</source>
        <translation>Verantwortlich beim &amp;Kunden:</translation>
    </message>
    <message>
        <source>Our o&amp;wner:</source>
        <translation>Verantwortlich bei &amp;uns:</translation>
    </message>
    <message>
        <source>Baseline and target are numbers (or left empty).</source>
        <translation>Ausgangs- und Zielwert sind Zahlen (oder leer).</translation>
    </message>
    <message>
        <source>Without a value of a unit, results are told in their unit only.</source>
        <translation>Ohne Wert einer Einheit werden Ergebnisse nur in ihrer Einheit genannt.</translation>
    </message>
    <message>
        <source>Give a baseline and a different target to count the value of the results.</source>
        <translation>Geben Sie einen Ausgangswert und einen anderen Zielwert an, um den Wert der Ergebnisse zu berechnen.</translation>
    </message>
    <message>
        <source>That value is too large to count.</source>
        <translation>Dieser Wert ist zu groß zum Rechnen.</translation>
    </message>
    <message>
        <source>Reaching the target (%1 better) would be worth %2 to them, once.</source>
        <translation>Das Ziel zu erreichen (%1 besser) wäre für sie einmalig %2 wert.</translation>
    </message>
    <message>
        <source>Reaching the target (%1 better) would be worth %2 a year to them.</source>
        <translation>Das Ziel zu erreichen (%1 besser) wäre für sie %2 pro Jahr wert.</translation>
    </message>
    <message>
        <source>Optional: what one unit saves them, e.g. 32 for a manager&apos;s hour</source>
        <translation>Optional: was ihnen eine Einheit spart, z. B. 32 für die Stunde einer Führungskraft</translation>
    </message>
    <message>
        <source>With a value, the QBR tells the results in money and what they return on what the customer pays.</source>
        <translation>Mit einem Wert nennt der QBR die Ergebnisse in Geld und was sie im Verhältnis zu dem einbringen, was der Kunde zahlt.</translation>
    </message>
    <message>
        <source>&amp;Value of a unit (%1):</source>
        <translation>&amp;Wert einer Einheit (%1):</translation>
    </message>
    <message>
        <source>Re&amp;curs:</source>
        <translation>Wiederh&amp;olt sich:</translation>
    </message>
    <message>
        <source>The value of a unit is an amount above zero (or left empty).</source>
        <translation>Der Wert einer Einheit ist ein Betrag über null (oder leer).</translation>
    </message>
    <message>
        <source>Add &amp;Goal…</source>
        <translation>&amp;Ziel hinzufügen…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
</context>
<context>
    <name>keyplan::HealthDialog</name>
    <message>
        <source> of 10</source>
        <translation> von 10</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Assessed &amp;on:</source>
        <translation>Bewertet &amp;am:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>Wa&amp;rum:</translation>
    </message>
    <message>
        <source>Record a Health Measure</source>
        <translation>Zustandsmessung erfassen</translation>
    </message>
    <message>
        <source>NPS 32 in the October survey; two P1 tickets; paid 40 days late…</source>
        <translation>NPS 32 in der Oktober-Umfrage; zwei P1-Tickets; 40 Tage zu spät bezahlt…</translation>
    </message>
    <message>
        <source>1 is failing, 10 thriving. Engagement, relationship and goal progress follow the plan; usage does too once the account has a metric with thresholds. The score is the weighted mean of the measures with data; below %1 the account needs a risk review and shows &quot;fix first&quot; where expansion is added.</source>
        <translation>1 = kritisch, 10 = hervorragend. Engagement, Beziehung und Zielfortschritt folgen aus dem Plan; die Nutzung auch, sobald der Account eine Kennzahl mit Schwellen hat. Der Wert ist der gewichtete Mittelwert der Messgrößen mit Daten; unter %1 braucht der Account eine Risikoprüfung und zeigt „zuerst beheben“, wo ein Ausbau hinzukommt.</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Messgröße:</translation>
    </message>
</context>
<context>
    <name>keyplan::HealthEditing</name>
    <message>
        <source>A measure entered by hand needs a day and a score from 1 to 10.</source>
        <translation>Eine von Hand eingegebene Messung braucht einen Tag und einen Wert von 1 bis 10.</translation>
    </message>
    <message>
        <source>Record %1 %2</source>
        <translation>%1 %2 erfassen</translation>
    </message>
    <message>
        <source>The health measure</source>
        <translation>Die Zustandsmessung</translation>
    </message>
    <message>
        <source>Remove the %1 entry</source>
        <translation>Den Eintrag %1 entfernen</translation>
    </message>
    <message>
        <source>An override needs a score from 1 to 10, a reason, and an expiry date from today on.</source>
        <translation>Ein manueller Wert braucht einen Wert von 1 bis 10, einen Grund und ein Ablaufdatum ab heute.</translation>
    </message>
    <message>
        <source>Override health with %1</source>
        <translation>Zustand manuell auf %1 setzen</translation>
    </message>
    <message>
        <source>The override</source>
        <translation>Der manuelle Wert</translation>
    </message>
    <message>
        <source>End the health override</source>
        <translation>Manuellen Zustandswert beenden</translation>
    </message>
    <message>
        <source>A metric needs a name, numbers for its thresholds and values, and one value a day, oldest first.</source>
        <translation>Eine Kennzahl braucht einen Namen, Zahlen für Schwellen und Werte, und einen Wert pro Tag, den ältesten zuerst.</translation>
    </message>
    <message>
        <source>Add the metric “%1”</source>
        <translation>Kennzahl „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>The metric</source>
        <translation>Die Kennzahl</translation>
    </message>
    <message>
        <source>Edit the metric “%1”</source>
        <translation>Kennzahl „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Remove the metric “%1”</source>
        <translation>Kennzahl „%1“ entfernen</translation>
    </message>
    <message>
        <source>Line %1: expected 4 fields (account, date, metric, value), found %2.</source>
        <translation>Zeile %1: 4 Felder erwartet (Account, Datum, Kennzahl, Wert), %2 gefunden.</translation>
    </message>
    <message>
        <source>Line %1: no account is named “%2”.</source>
        <translation>Zeile %1: kein Account heißt „%2“.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a date (YYYY-MM-DD).</source>
        <translation>Zeile %1: „%2“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Line %1: the metric has no name.</source>
        <translation>Zeile %1: die Kennzahl hat keinen Namen.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a number.</source>
        <translation>Zeile %1: „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>There are no rows of account, date, metric and value.</source>
        <translation>Es gibt keine Zeilen aus Account, Datum, Kennzahl und Wert.</translation>
    </message>
    <message>
        <source>The metrics</source>
        <translation>Die Kennzahlen</translation>
    </message>
    <message numerus="yes">
        <source>Import %n metric value(s)</source>
        <translation>
            <numerusform>%n Kennzahlwert importieren</numerusform>
            <numerusform>%n Kennzahlwerte importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 entry</source>
        <translation>der Eintrag %1</translation>
    </message>
    <message>
        <source>the metric “%1”</source>
        <translation>die Kennzahl „%1“</translation>
    </message>
</context>
<context>
    <name>keyplan::HealthPage</name>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>at risk: a risk review is due</source>
        <translation>gefährdet: eine Risikoprüfung ist fällig</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Rests on</source>
        <translation>Beruht auf</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Neuester Wert</translation>
    </message>
    <message>
        <source>Poor at</source>
        <translation>Schlecht bei</translation>
    </message>
    <message>
        <source>Good at</source>
        <translation>Gut bei</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Record &amp;Measure…</source>
        <translation>&amp;Messung erfassen…</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>Manuell &amp;setzen…</translation>
    </message>
    <message>
        <source>&amp;Paste Metrics as CSV…</source>
        <translation>Kennzahlen als CSV ein&amp;fügen…</translation>
    </message>
    <message>
        <source>Remove Metric</source>
        <translation>Kennzahl entfernen</translation>
    </message>
    <message>
        <source>Usage metrics</source>
        <translation>Nutzungskennzahlen</translation>
    </message>
    <message>
        <source>&amp;Paste CSV…</source>
        <translation>CSV ein&amp;fügen…</translation>
    </message>
    <message>
        <source>Paste usage metrics as CSV: account,date,metric,value</source>
        <translation>Nutzungskennzahlen als CSV einfügen: Account,Datum,Kennzahl,Wert</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Health %1 of 10 · %2</source>
        <translation>Zustand %1 von 10 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 in 30 days</source>
        <translation>%1 · %2 in 30 Tagen</translation>
    </message>
    <message>
        <source>%1 · %2 in 90 days</source>
        <translation>%1 · %2 in 90 Tagen</translation>
    </message>
    <message>
        <source>No measure has data yet: enter one by hand, add a metric, goals or people.</source>
        <translation>Noch keine Messgröße hat Daten: geben Sie eine von Hand ein oder fügen Sie eine Kennzahl, Ziele oder Personen hinzu.</translation>
    </message>
    <message>
        <source>Set by hand to %1 until %2: %3. The computed score, %4, returns after that day.</source>
        <translation>Von Hand auf %1 gesetzt bis %2: %3. Der berechnete Wert, %4, gilt ab diesem Tag wieder.</translation>
    </message>
    <message>
        <source>No data for %1: the score is the weighted mean of the others.</source>
        <translation>Keine Daten für %1: der Wert ist der gewichtete Mittelwert der anderen.</translation>
    </message>
    <message>
        <source>Entered on %1</source>
        <translation>Eingegeben am %1</translation>
    </message>
    <message>
        <source>%1 (entered on %2)</source>
        <translation>%1 (eingegeben am %2)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>judged before the scorecard</source>
        <translation>vor der Bewertung eingeschätzt</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>von Hand gesetzt</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>berechnet</translation>
    </message>
    <message>
        <source>%1 · weights changed</source>
        <translation>%1 · Gewichte geändert</translation>
    </message>
    <message>
        <source>Override Health</source>
        <translation>Zustand manuell setzen</translation>
    </message>
    <message>
        <source> of 10</source>
        <translation> von 10</translation>
    </message>
    <message>
        <source>Required: what the measures do not show</source>
        <translation>Pflicht: was die Messgrößen nicht zeigen</translation>
    </message>
    <message>
        <source>Your score holds until the day you choose; then the computed score returns.</source>
        <translation>Ihr Wert gilt bis zum gewählten Tag; danach gilt wieder der berechnete.</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Paste Metrics</source>
        <translation>Kennzahlen einfügen</translation>
    </message>
    <message>
        <source>One value per line: account,date,metric,value (dates as YYYY-MM-DD). A metric not yet on the account is added; a day already there takes the new value. Any line that cannot be read refuses the whole paste.</source>
        <translation>Ein Wert pro Zeile: Account,Datum,Kennzahl,Wert (Daten als JJJJ-MM-TT). Eine Kennzahl, die der Account noch nicht hat, wird hinzugefügt; ein vorhandener Tag erhält den neuen Wert. Ist eine Zeile nicht lesbar, wird das gesamte Einfügen abgelehnt.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Values: %1 · new metrics: %2 · metrics updated: %3</source>
        <translation>Werte: %1 · neue Kennzahlen: %2 · aktualisierte Kennzahlen: %3</translation>
    </message>
    <message>
        <source>&amp;Thresholds…</source>
        <translation>Sch&amp;wellen…</translation>
    </message>
    <message>
        <source>Metric Thresholds</source>
        <translation>Schwellen der Kennzahl</translation>
    </message>
    <message>
        <source>The latest value scores the usage measure: 1 at the poor threshold or worse, 10 at the good one or better, straight between. Lower is better when good is below poor. Without both, the metric is shown but does not score.</source>
        <translation>Der neueste Wert bewertet die Nutzung: 1 bei der schlechten Schwelle oder darunter, 10 bei der guten oder darüber, linear dazwischen. Weniger ist besser, wenn gut unter schlecht liegt. Ohne beide wird die Kennzahl gezeigt, aber nicht bewertet.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Ein&amp;heit:</translation>
    </message>
    <message>
        <source>&amp;Poor at:</source>
        <translation>&amp;Schlecht bei:</translation>
    </message>
    <message>
        <source>&amp;Good at:</source>
        <translation>&amp;Gut bei:</translation>
    </message>
    <message>
        <source>The thresholds are numbers (or left empty).</source>
        <translation>Die Schwellen sind Zahlen (oder leer).</translation>
    </message>
    <message>
        <source>Health measures</source>
        <translation>Zustandsmessungen</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Score history</source>
        <translation>Verlauf der Werte</translation>
    </message>
    <message>
        <source>E&amp;nd Override</source>
        <translation>Manuellen Wert be&amp;enden</translation>
    </message>
    <message>
        <source>Metric values as CSV</source>
        <translation>Kennzahlwerte als CSV</translation>
    </message>
</context>
<context>
    <name>keyplan::HealthTrendChart</name>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>New weights</source>
        <translation>Neue Gewichte</translation>
    </message>
    <message>
        <source>Risk review</source>
        <translation>Risikoprüfung</translation>
    </message>
</context>
<context>
    <name>keyplan::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>How to use Keyplan and what each figure means; F1 opens it at what you are looking at</source>
        <translation>Wie Keyplan funktioniert und was jede Kennzahl bedeutet; F1 öffnet es bei dem, was Sie gerade ansehen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>&amp;About Keyplan</source>
        <translation>&amp;Über Keyplan</translation>
    </message>
    <message>
        <source>About Keyplan</source>
        <translation>Über Keyplan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyplan %1&lt;/h3&gt;&lt;p&gt;Key account planning in one local file: the stakeholder map, the whitespace, the pipeline, the relationship stage and revenue retention of the few customers that carry most of the revenue.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keyplan %1&lt;/h3&gt;&lt;p&gt;Key-Account-Planung in einer lokalen Datei: die Stakeholder-Landkarte, das Whitespace-Potenzial, die Pipeline, die Beziehungsphase und die Umsatzbindung der wenigen Kunden, die den Großteil des Umsatzes tragen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>keyplan::HelpWindow</name>
    <message>
        <source>Keyplan User Guide</source>
        <translation>Keyplan-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation>Zurück (%1)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation>Vor (%1)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide navigation</source>
        <translation>Navigation im Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>keyplan::ImportWizard</name>
    <message>
        <source>Opportunities</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Which account?</source>
        <translation>Welcher Account?</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked</source>
        <translation>
            <numerusform>%n verknüpft</numerusform>
            <numerusform>%n verknüpft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n ausgelassen</numerusform>
            <numerusform>%n ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to confirm</source>
        <translation>
            <numerusform>%n zu bestätigen</numerusform>
            <numerusform>%n zu bestätigen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Nichts zu importieren.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>Exports of Salesforce (a weekly export&apos;s zip is one file), HubSpot, LinkedIn&apos;s Connections.csv, address books (vCard), billing (account, date, ARR or MRR), usage metrics, or a Keyplan plan as JSON. Importing the same export again updates what changed.</source>
        <translation>Exporte aus Salesforce (die ZIP-Datei eines wöchentlichen Exports ist eine Datei), HubSpot, Connections.csv von LinkedIn, Adressbücher (vCard), Abrechnung (Account, Datum, ARR oder MRR), Nutzungskennzahlen oder ein Keyplan-Plan als JSON. Derselbe Export noch einmal importiert aktualisiert, was sich geändert hat.</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Entfer&amp;nen</translation>
    </message>
    <message>
        <source>Recognised from each file</source>
        <translation>Aus jeder Datei erkannt</translation>
    </message>
    <message>
        <source>The account each record names</source>
        <translation>Der Account, den jeder Datensatz nennt</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>What the columns hold</source>
        <translation>Was die Spalten enthalten</translation>
    </message>
    <message>
        <source>Keyplan matched each header to a field. Change any that is wrong; your choices are kept for the next import from the same source.</source>
        <translation>Keyplan hat jede Überschrift einem Feld zugeordnet. Ändern Sie falsche Zuordnungen; Ihre Wahl gilt beim nächsten Import aus derselben Quelle.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Keyplan field</source>
        <translation>Feld in Keyplan</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <source>&amp;Holds:</source>
        <translation>&amp;Enthält:</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Was der Import tun wird</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import. It is one step you can undo, and the plan is backed up first.</source>
        <translation>Nichts wird geschrieben, bevor Sie auf Importieren drücken. Es ist ein Schritt, den Sie rückgängig machen können, und der Plan wird vorher gesichert.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Add Files to Import</source>
        <translation>Zu importierende Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Exports (*.csv *.zip *.vcf *.json *.txt);;All files (*)</source>
        <translation>Exporte (*.csv *.zip *.vcf *.json *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message>
        <source>Add the files to import first.</source>
        <translation>Fügen Sie zuerst die zu importierenden Dateien hinzu.</translation>
    </message>
    <message>
        <source>A whole Keyplan plan: every table as it was exported.</source>
        <translation>Ein ganzer Keyplan-Plan: jede Tabelle, wie sie exportiert wurde.</translation>
    </message>
    <message>
        <source>An address book: each card&apos;s name, organisation, title, email and phone.</source>
        <translation>Ein Adressbuch: Name, Organisation, Position, E-Mail und Telefon jeder Karte.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Field for %1</source>
        <translation>Feld für %1</translation>
    </message>
    <message>
        <source>The import cannot go in: %1</source>
        <translation>Der Import kann nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>The list below shows the first %1 records.</source>
        <translation>Die Liste unten zeigt die ersten %1 Datensätze.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Leave out for now</source>
        <translation>Vorerst auslassen</translation>
    </message>
    <message>
        <source>It is “%1”</source>
        <translation>Es ist „%1“</translation>
    </message>
    <message>
        <source>A new account</source>
        <translation>Ein neuer Account</translation>
    </message>
    <message>
        <source>JSON: a Keyplan plan, a Salesforce data export or jCard</source>
        <translation>JSON: ein Keyplan-Plan, ein Salesforce-Datenexport oder jCard</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Zum Beispiel</translation>
    </message>
    <message>
        <source>Stages and deal types</source>
        <translation>Phasen und Geschäftsarten</translation>
    </message>
    <message>
        <source>How the opportunities&apos; stages and types become Keyplan&apos;s stages and motions. Change any that is wrong; your choices are kept for the next import from the same source.</source>
        <translation>Wie die Phasen und Arten der Verkaufschancen zu Phasen und Ausbauarten von Keyplan werden. Ändern Sie falsche Zuordnungen; Ihre Wahl gilt beim nächsten Import aus derselben Quelle.</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>In Keyplan</source>
        <translation>In Keyplan</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunities have a stage Keyplan does not know: they are left out until you say which stage it is.</source>
        <translation>
            <numerusform>%n Verkaufschance hat eine Phase, die Keyplan nicht kennt: sie bleibt ausgelassen, bis Sie sagen, welche Phase es ist.</numerusform>
            <numerusform>%n Verkaufschancen haben eine Phase, die Keyplan nicht kennt: sie bleiben ausgelassen, bis Sie sagen, welche Phase es ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Keyplan&apos;s %1 for %2</source>
        <translation>%1 von Keyplan für %2</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>motion</source>
        <translation>Ausbauart</translation>
    </message>
    <message>
        <source>Not known: left out</source>
        <translation>Unbekannt: ausgelassen</translation>
    </message>
    <message>
        <source>%1 (Keyplan&apos;s guess)</source>
        <translation>%1 (Vermutung von Keyplan)</translation>
    </message>
    <message>
        <source>&amp;Into account:</source>
        <translation>In &amp;Account:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Deal stages and types</source>
        <translation>Phasen und Geschäftsarten</translation>
    </message>
    <message>
        <source>Add the files; Keyplan recognises what each one holds.</source>
        <translation>Fügen Sie die Dateien hinzu; Keyplan erkennt, was jede enthält.</translation>
    </message>
</context>
<context>
    <name>keyplan::LiveRefresh</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
</context>
<context>
    <name>keyplan::LivingPlanEditing</name>
    <message>
        <source>Change the cadence, health weights or plays</source>
        <translation>Rhythmus, Zustandsgewichte oder Maßnahmen ändern</translation>
    </message>
    <message>
        <source>Days must be from 1 to 3650, weights from 0 to 100 with at least one above 0, and rule parameters from 0 to %1.</source>
        <translation>Tage müssen von 1 bis 3650 gehen, Gewichte von 0 bis 100 mit mindestens einem über 0, und Regelparameter von 0 bis %1.</translation>
    </message>
    <message>
        <source>The plan&apos;s settings</source>
        <translation>Die Einstellungen des Plans</translation>
    </message>
</context>
<context>
    <name>keyplan::MainWindow</name>
    <message>
        <source>Keyplan plans (*.keyplan);;All files (*)</source>
        <translation>Keyplan-Pläne (*.keyplan);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>A&amp;ccount</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation>&amp;Neuer Plan…</translation>
    </message>
    <message>
        <source>&amp;Open Plan…</source>
        <translation>Plan ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the open plan to another file</source>
        <translation>Eine stimmige Kopie des geöffneten Plans in eine andere Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find Account</source>
        <translation>Account &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;New Account…</source>
        <translation>&amp;Neuer Account…</translation>
    </message>
    <message>
        <source>&amp;Delete Account</source>
        <translation>Account &amp;löschen</translation>
    </message>
    <message>
        <source>Change &amp;Stage…</source>
        <translation>&amp;Phase wechseln…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved</source>
        <translation>Schreibgeschützt: Änderungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Keyplan</source>
        <translation>Keyplan</translation>
    </message>
    <message>
        <source>%1 — %2 — Keyplan</source>
        <translation>%1 — %2 — Keyplan</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [schreibgeschützt]</translation>
    </message>
    <message>
        <source>Cannot Open Plan</source>
        <translation>Plan kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The plan is on a read-only medium, so it is open read-only.</source>
        <translation>Der Plan liegt auf einem schreibgeschützten Medium und ist daher schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>The plan was upgraded; the previous version is kept at %1.</source>
        <translation>Der Plan wurde aktualisiert; die vorige Version liegt unter %1.</translation>
    </message>
    <message>
        <source>New Plan</source>
        <translation>Neuer Plan</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it instead.</source>
        <translation>%1 gibt es schon. Wählen Sie einen anderen Namen oder öffnen Sie die Datei.</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <source>Choose another file: this is the open plan itself.</source>
        <translation>Wählen Sie eine andere Datei: dies ist der geöffnete Plan selbst.</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>Die Kopie konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>Kopie gespeichert unter %1</translation>
    </message>
    <message>
        <source>Added to the plan</source>
        <translation>Zum Plan hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>Delete Account</source>
        <translation>
            <numerusform>Account löschen</numerusform>
            <numerusform>Accounts löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 with its stage and revenue history?</source>
        <translation>%1 mit seiner Phasen- und Umsatzhistorie löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Coverage by Key Account</source>
        <translation>Abdeckung nach Key Account</translation>
    </message>
    <message>
        <source>&amp;Coverage Chart</source>
        <translation>&amp;Abdeckungsdiagramm</translation>
    </message>
    <message>
        <source>C&amp;overage Settings…</source>
        <translation>Abdeckungs&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Required seats and coverage thresholds of this plan</source>
        <translation>Notwendige Plätze und Abdeckungsschwellen dieses Plans</translation>
    </message>
    <message>
        <source>The plan is on a read-only medium and from an older Keyplan: it is open read-only, upgraded in memory; the file is unchanged.</source>
        <translation>Der Plan liegt auf einem schreibgeschützten Medium und stammt von einem älteren Keyplan: er ist schreibgeschützt geöffnet und im Speicher aktualisiert; die Datei ist unverändert.</translation>
    </message>
    <message>
        <source>Expansion across the Portfolio</source>
        <translation>Ausbau über das Portfolio</translation>
    </message>
    <message>
        <source>&amp;Pipeline and Whitespace</source>
        <translation>&amp;Pipeline und Whitespace</translation>
    </message>
    <message>
        <source>&amp;QBR Summary…</source>
        <translation>&amp;QBR-Zusammenfassung…</translation>
    </message>
    <message>
        <source>Prepare, print or export the account&apos;s quarterly business review</source>
        <translation>Das Quartalsgespräch des Accounts vorbereiten, drucken oder exportieren</translation>
    </message>
    <message>
        <source>Print Portfolio &amp;Summary…</source>
        <translation>Portfolio-Übersicht &amp;drucken…</translation>
    </message>
    <message>
        <source>One page with every key account&apos;s stage, revenue, coverage, pipeline and flags</source>
        <translation>Eine Seite mit Phase, Umsatz, Abdeckung, Pipeline und Hinweisen jedes Key Accounts</translation>
    </message>
    <message>
        <source>&amp;Export Portfolio Summary as PDF…</source>
        <translation>Portfolio-Übersicht als PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>Portfolio Summary</source>
        <translation>Portfolio-Übersicht</translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation>Portfolio-Übersicht</translation>
    </message>
    <message>
        <source>Export Portfolio Summary</source>
        <translation>Portfolio-Übersicht exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Put back one of the plan&apos;s automatic backups</source>
        <translation>Eine der automatischen Sicherungen des Plans zurückholen</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restored. The plan as it was is kept as a backup: File &gt; Restore from Backup… brings it back.</source>
        <translation>Wiederhergestellt. Der Plan, wie er war, bleibt als Sicherung erhalten: Datei &gt; Aus Sicherung wiederherstellen… holt ihn zurück.</translation>
    </message>
    <message>
        <source>ARR Bridge</source>
        <translation>ARR-Überleitung</translation>
    </message>
    <message>
        <source>ARR &amp;Bridge</source>
        <translation>ARR-Ü&amp;berleitung</translation>
    </message>
    <message>
        <source>Reporting currency, fiscal year and exchange rates of this plan</source>
        <translation>Berichtswährung, Geschäftsjahr und Wechselkurse dieses Plans</translation>
    </message>
    <message>
        <source>The key accounts&apos; figures need exchange rates the plan does not have: %1. Add them in Plan Settings.</source>
        <translation>Für die Zahlen der Key Accounts fehlen dem Plan Wechselkurse: %1. Tragen Sie sie in den Planeinstellungen ein.</translation>
    </message>
    <message>
        <source>This Week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>This &amp;Week</source>
        <translation>&amp;Diese Woche</translation>
    </message>
    <message>
        <source>Sample: %1 — %2 — Keyplan</source>
        <translation>Beispiel: %1 — %2 — Keyplan</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n accounts with their histories?</source>
        <translation>
            <numerusform>Diesen Account mit seiner Historie löschen?</numerusform>
            <numerusform>Diese %n Accounts mit ihrer Historie löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n accounts</source>
        <translation>
            <numerusform>%n Account löschen</numerusform>
            <numerusform>%n Accounts löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to &amp;Team Plan…</source>
        <translation>Mit &amp;Teamplan verbinden…</translation>
    </message>
    <message>
        <source>Open a plan your team shares on a PostgreSQL server</source>
        <translation>Einen Plan öffnen, den Ihr Team auf einem PostgreSQL-Server teilt</translation>
    </message>
    <message>
        <source>Read-only: you may read this team plan, not change it</source>
        <translation>Schreibgeschützt: Sie dürfen diesen Teamplan lesen, nicht ändern</translation>
    </message>
    <message>
        <source>Team Plan Password</source>
        <translation>Passwort des Teamplans</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Try again:</source>
        <translation>Noch einmal:</translation>
    </message>
    <message>
        <source>Offline: the team server cannot be reached; nothing can be saved until it is back</source>
        <translation>Offline: der Teamserver ist nicht erreichbar; nichts kann gespeichert werden, bis er wieder da ist</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Who changed what in the account&apos;s plan, and when (team plans)</source>
        <translation>Wer was im Plan des Accounts geändert hat, und wann (Teampläne)</translation>
    </message>
    <message>
        <source>C&amp;lose Plan</source>
        <translation>Plan sch&amp;ließen</translation>
    </message>
    <message>
        <source>Record &amp;Touchpoint…</source>
        <translation>&amp;Kontakt erfassen…</translation>
    </message>
    <message>
        <source>A call, meeting or email with people at the account</source>
        <translation>Ein Anruf, Termin oder eine E-Mail mit Personen des Accounts</translation>
    </message>
    <message>
        <source>&amp;Plan Settings…</source>
        <translation>&amp;Planeinstellungen…</translation>
    </message>
    <message>
        <source>Portfolio summary exported to %1</source>
        <translation>Portfolio-Übersicht exportiert nach %1</translation>
    </message>
</context>
<context>
    <name>keyplan::MapLegendWidget</name>
    <message>
        <source>Legend of the stakeholder map</source>
        <translation>Legende der Stakeholder-Landkarte</translation>
    </message>
</context>
<context>
    <name>keyplan::NewAccountDialog</name>
    <message>
        <source>This is a key account</source>
        <translation>Dies ist ein Key Account</translation>
    </message>
    <message>
        <source>New Account</source>
        <translation>Neuer Account</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>S&amp;tufe:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>Account hinzufügen</translation>
    </message>
    <message>
        <source>St&amp;age:</source>
        <translation>P&amp;hase:</translation>
    </message>
    <message>
        <source>A&amp;RR (%1):</source>
        <translation>A&amp;RR (%1):</translation>
    </message>
    <message>
        <source>Annual recurring revenue, e.g. %1</source>
        <translation>Jährlich wiederkehrender Umsatz, z. B. %1</translation>
    </message>
</context>
<context>
    <name>keyplan::NextStepModel</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Open: tick when done</source>
        <translation>Offen: abhaken, wenn erledigt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
</context>
<context>
    <name>keyplan::OpportunityDialog</name>
    <message>
        <source>Edit Opportunity</source>
        <translation>Verkaufschance bearbeiten</translation>
    </message>
    <message>
        <source>Add Opportunity</source>
        <translation>Verkaufschance hinzufügen</translation>
    </message>
    <message>
        <source>Required, e.g. Time and Attendance for the Leeds depot</source>
        <translation>Pflicht, z. B. Zeiterfassung für das Lager Leeds</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>The whole account</source>
        <translation>Der ganze Account</translation>
    </message>
    <message>
        <source>Annual recurring revenue, in %1</source>
        <translation>Jährlich wiederkehrender Umsatz, in %1</translation>
    </message>
    <message>
        <source>Nobody yet (the account has no map)</source>
        <translation>Noch niemand (der Account hat keine Landkarte)</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — left the company</source>
        <translation>%1 — hat das Unternehmen verlassen</translation>
    </message>
    <message>
        <source>&amp;Motion:</source>
        <translation>&amp;Ausbauart:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>O&amp;ffering:</source>
        <translation>Angeb&amp;ot:</translation>
    </message>
    <message>
        <source>&amp;Business unit:</source>
        <translation>&amp;Geschäftsbereich:</translation>
    </message>
    <message>
        <source>&amp;Amount a year (%1):</source>
        <translation>&amp;Betrag pro Jahr (%1):</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>&amp;Wahrscheinlichkeit:</translation>
    </message>
    <message>
        <source>Expected &amp;close:</source>
        <translation>Erwarteter Ab&amp;schluss:</translation>
    </message>
    <message>
        <source>C&amp;hampion:</source>
        <translation>&amp;Champion:</translation>
    </message>
    <message>
        <source>Decision checklist</source>
        <translation>Entscheidungs-Checkliste</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>All six answered yes: worth pursuing.</source>
        <translation>Alle sechs mit Ja beantwortet: es lohnt sich.</translation>
    </message>
    <message>
        <source>%1 of 6 answered yes. Pursue only what answers all six.</source>
        <translation>%1 von 6 mit Ja beantwortet. Verfolgen Sie nur, was alle sechs erfüllt.</translation>
    </message>
    <message>
        <source>%1: the checklist&apos;s champion point is no until another champion is named.</source>
        <translation>%1: der Champion-Punkt der Checkliste ist Nein, bis ein anderer Champion benannt ist.</translation>
    </message>
    <message>
        <source>None (the account has no goals yet)</source>
        <translation>Keines (der Account hat noch keine Ziele)</translation>
    </message>
    <message>
        <source>Serves &amp;goal:</source>
        <translation>Dient dem &amp;Ziel:</translation>
    </message>
    <message>
        <source>Aligned with the client&apos;s stated goals: it serves “%1”.</source>
        <translation>Passend zu den erklärten Zielen des Kunden: sie dient „%1“.</translation>
    </message>
    <message>
        <source>Aligned with the client&apos;s stated goals: no goal is linked. Link the goal it serves above.</source>
        <translation>Passend zu den erklärten Zielen des Kunden: kein Ziel ist verknüpft. Verknüpfen Sie oben das Ziel, dem sie dient.</translation>
    </message>
</context>
<context>
    <name>keyplan::PeopleEditing</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Add %1 to the map</source>
        <translation>%1 zur Landkarte hinzufügen</translation>
    </message>
    <message>
        <source>The change to the person</source>
        <translation>Die Änderung an der Person</translation>
    </message>
    <message>
        <source>the person “%1”</source>
        <translation>die Person „%1“</translation>
    </message>
    <message>
        <source>That value does not fit this field.</source>
        <translation>Dieser Wert passt nicht in dieses Feld.</translation>
    </message>
    <message>
        <source>Remove %1 from the map</source>
        <translation>%1 von der Landkarte entfernen</translation>
    </message>
    <message>
        <source>Only someone on this account&apos;s map can be a manager.</source>
        <translation>Nur jemand auf der Landkarte dieses Accounts kann Führungskraft sein.</translation>
    </message>
    <message>
        <source>%1 cannot report to someone who reports to them.</source>
        <translation>%1 kann nicht an jemanden berichten, der an %1 berichtet.</translation>
    </message>
    <message>
        <source>Record %1 of %2</source>
        <translation>%1 von %2 erfassen</translation>
    </message>
    <message>
        <source>Remove %1 of %2</source>
        <translation>%1 von %2 entfernen</translation>
    </message>
    <message>
        <source>the %1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Mark the map reviewed</source>
        <translation>Die Landkarte als überprüft markieren</translation>
    </message>
    <message>
        <source>Move a person on the map</source>
        <translation>Eine Person auf der Landkarte verschieben</translation>
    </message>
    <message>
        <source>Move people on the map</source>
        <translation>Personen auf der Landkarte verschieben</translation>
    </message>
    <message>
        <source>Automatic layout</source>
        <translation>Automatisches Layout</translation>
    </message>
    <message>
        <source>A link joins two different people on the same map.</source>
        <translation>Eine Verbindung verknüpft zwei verschiedene Personen auf derselben Landkarte.</translation>
    </message>
    <message>
        <source>Add a dotted-line report</source>
        <translation>Fachliche Berichtslinie hinzufügen</translation>
    </message>
    <message>
        <source>Add an influence link</source>
        <translation>Einflusslinie hinzufügen</translation>
    </message>
    <message>
        <source>Remove a dotted-line report</source>
        <translation>Fachliche Berichtslinie entfernen</translation>
    </message>
    <message>
        <source>Remove an influence link</source>
        <translation>Einflusslinie entfernen</translation>
    </message>
    <message>
        <source>the link “%1”</source>
        <translation>die Verbindung „%1“</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Die Person</translation>
    </message>
    <message>
        <source>Removing the person</source>
        <translation>Person wird entfernt</translation>
    </message>
    <message>
        <source>Restoring the person</source>
        <translation>Person wird wiederhergestellt</translation>
    </message>
    <message>
        <source>The touchpoint</source>
        <translation>Der Kontakt</translation>
    </message>
    <message>
        <source>Removing the touchpoint</source>
        <translation>Kontakt wird entfernt</translation>
    </message>
    <message>
        <source>The map review</source>
        <translation>Die Überprüfung der Landkarte</translation>
    </message>
    <message>
        <source>Removing the map review</source>
        <translation>Überprüfung der Landkarte wird entfernt</translation>
    </message>
    <message>
        <source>The link</source>
        <translation>Die Verbindung</translation>
    </message>
    <message>
        <source>Removing the link</source>
        <translation>Verbindung wird entfernt</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>die Person</translation>
    </message>
    <message>
        <source>The move on the map</source>
        <translation>Das Verschieben auf der Landkarte</translation>
    </message>
    <message>
        <source>someone removed a person it moves, after you looked.</source>
        <translation>jemand hat eine der verschobenen Personen entfernt, nachdem Sie hingesehen hatten.</translation>
    </message>
    <message>
        <source>%1 moved “%2” at %3, after you looked; they stay where they are now.</source>
        <translation>%1 hat „%2“ um %3 verschoben, nachdem Sie hingesehen hatten; die Person bleibt, wo sie jetzt ist.</translation>
    </message>
    <message>
        <source>“%1” was moved in another window after you looked; they stay where they are now.</source>
        <translation>„%1“ wurde in einem anderen Fenster verschoben, nachdem Sie hingesehen hatten; die Person bleibt, wo sie jetzt ist.</translation>
    </message>
</context>
<context>
    <name>keyplan::PipelineChart</name>
    <message>
        <source>&amp;Weighted by probability</source>
        <translation>Nach Wahrscheinlichkeit &amp;gewichtet</translation>
    </message>
    <message>
        <source>Each opportunity counted at its amount times its probability</source>
        <translation>Jede Verkaufschance zählt mit ihrem Betrag mal ihrer Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>weighted %1</source>
        <translation>gewichtet %1</translation>
    </message>
    <message>
        <source>Open pipeline by stage</source>
        <translation>Offene Pipeline nach Phase</translation>
    </message>
    <message>
        <source>Open pipeline by expected close</source>
        <translation>Offene Pipeline nach erwartetem Abschluss</translation>
    </message>
    <message>
        <source>%1, weighted</source>
        <translation>%1, gewichtet</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Erwarteter Abschluss</translation>
    </message>
    <message>
        <source>%1 a year, weighted</source>
        <translation>%1 pro Jahr, gewichtet</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1 pro Jahr</translation>
    </message>
    <message>
        <source>No open opportunities.</source>
        <translation>Keine offenen Verkaufschancen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %3 in %n opportunities</source>
        <translation>
            <numerusform>%1 · %2: %3 in %n Verkaufschance</numerusform>
            <numerusform>%1 · %2: %3 in %n Verkaufschancen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open opportunities: %1, weighted %2.</source>
        <translation>
            <numerusform>%n offene Verkaufschance: %1, gewichtet %2.</numerusform>
            <numerusform>%n offene Verkaufschancen: %1, gewichtet %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyplan::PipelineEditing</name>
    <message>
        <source>Add %1 to the catalogue</source>
        <translation>%1 zum Katalog hinzufügen</translation>
    </message>
    <message>
        <source>The offering</source>
        <translation>Das Angebot</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>the offering “%1”</source>
        <translation>das Angebot „%1“</translation>
    </message>
    <message>
        <source>%1 stays in the catalogue: %2 whitespace cells or opportunities use it.</source>
        <translation>%1 bleibt im Katalog: %2 Whitespace-Zellen oder Verkaufschancen verwenden es.</translation>
    </message>
    <message>
        <source>Remove %1 from the catalogue</source>
        <translation>%1 aus dem Katalog entfernen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>The business unit</source>
        <translation>Der Geschäftsbereich</translation>
    </message>
    <message>
        <source>the business unit “%1”</source>
        <translation>der Geschäftsbereich „%1“</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Removing the business unit</source>
        <translation>Geschäftsbereich wird entfernt</translation>
    </message>
    <message>
        <source>Restoring the business unit</source>
        <translation>Geschäftsbereich wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Change a whitespace cell</source>
        <translation>Eine Whitespace-Zelle ändern</translation>
    </message>
    <message>
        <source>The whitespace cell</source>
        <translation>Die Whitespace-Zelle</translation>
    </message>
    <message>
        <source>Only open whitespace can become an opportunity.</source>
        <translation>Nur offenes Whitespace-Potenzial kann eine Verkaufschance werden.</translation>
    </message>
    <message>
        <source>Turn %1 into an opportunity</source>
        <translation>%1 in eine Verkaufschance umwandeln</translation>
    </message>
    <message>
        <source>The opportunity</source>
        <translation>Die Verkaufschance</translation>
    </message>
    <message>
        <source>That value does not fit this field.</source>
        <translation>Dieser Wert passt nicht in dieses Feld.</translation>
    </message>
    <message>
        <source>the opportunity “%1”</source>
        <translation>die Verkaufschance „%1“</translation>
    </message>
    <message>
        <source>Removing the opportunity</source>
        <translation>Verkaufschance wird entfernt</translation>
    </message>
    <message>
        <source>Restoring the opportunity</source>
        <translation>Verkaufschance wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Removing the offering</source>
        <translation>Angebot wird entfernt</translation>
    </message>
    <message>
        <source>the offering</source>
        <translation>das Angebot</translation>
    </message>
    <message>
        <source>%1 whitespace cells or opportunities use it now.</source>
        <translation>%1 Whitespace-Zellen oder Verkaufschancen verwenden es jetzt.</translation>
    </message>
    <message>
        <source>the business unit</source>
        <translation>der Geschäftsbereich</translation>
    </message>
</context>
<context>
    <name>keyplan::PipelineModel</name>
    <message>
        <source>Overdue: expected to close by %1</source>
        <translation>Überfällig: Abschluss erwartet bis %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Amount / year</source>
        <translation>Betrag / Jahr</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Gewichtet</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Erwarteter Abschluss</translation>
    </message>
    <message>
        <source>%1
No champion: %2. The checklist&apos;s champion point is no until another is named.</source>
        <translation>%1
Kein Champion: %2. Der Champion-Punkt der Checkliste ist Nein, bis ein anderer benannt ist.</translation>
    </message>
</context>
<context>
    <name>keyplan::PipelinePage</name>
    <message>
        <source>&amp;Remove</source>
        <translation>Entfer&amp;nen</translation>
    </message>
    <message>
        <source>Filter by title, account or motion</source>
        <translation>Nach Titel, Account oder Ausbauart filtern</translation>
    </message>
    <message>
        <source>Filter by title or motion</source>
        <translation>Nach Titel oder Ausbauart filtern</translation>
    </message>
    <message>
        <source>Open stages</source>
        <translation>Offene Phasen</translation>
    </message>
    <message>
        <source>Every stage</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>Which stages the list shows</source>
        <translation>Welche Phasen die Liste zeigt</translation>
    </message>
    <message>
        <source>Show the plan of the selected opportunity&apos;s account</source>
        <translation>Den Plan des Accounts der gewählten Verkaufschance zeigen</translation>
    </message>
    <message>
        <source>Shown: %1 (all: %2)</source>
        <translation>Gezeigt: %1 (alle: %2)</translation>
    </message>
    <message>
        <source>The totals need a %1 rate: add it in Plan Settings.</source>
        <translation>Die Summen brauchen einen Kurs %1: tragen Sie ihn in den Planeinstellungen ein.</translation>
    </message>
    <message>
        <source>Record Health &amp;Measure…</source>
        <translation>Zustands&amp;messung erfassen…</translation>
    </message>
    <message>
        <source>Add &amp;Opportunity…</source>
        <translation>&amp;Verkaufschance hinzufügen…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>Open A&amp;ccount</source>
        <translation>&amp;Account öffnen</translation>
    </message>
    <message>
        <source>Filter opportunities</source>
        <translation>Verkaufschancen filtern</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Verkaufschancen</translation>
    </message>
</context>
<context>
    <name>keyplan::PlanDocument</name>
    <message>
        <source>This plan is open read-only; changes cannot be saved.</source>
        <translation>Dieser Plan ist schreibgeschützt geöffnet; Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2 changed the same item at %3.</source>
        <translation>%1 konnte nicht gespeichert werden: %2 hat denselben Eintrag um %3 geändert.</translation>
    </message>
    <message>
        <source>This step was not undone or redone: the item changed after it, and stays as it is.</source>
        <translation>Dieser Schritt wurde nicht rückgängig gemacht oder wiederhergestellt: der Eintrag hat sich danach geändert und bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>The team server cannot be reached (%1), so this change was not saved. Keyplan connects again by itself; then make the change again.</source>
        <translation>Der Teamserver ist nicht erreichbar (%1), daher wurde diese Änderung nicht gespeichert. Keyplan verbindet sich selbst wieder; nehmen Sie die Änderung dann erneut vor.</translation>
    </message>
    <message>
        <source>This step was not undone or redone: someone else changed the same item after it, and their change stays as it is.</source>
        <translation>Dieser Schritt wurde nicht rückgängig gemacht oder wiederhergestellt: jemand anderes hat denselben Eintrag danach geändert, und diese Änderung bleibt.</translation>
    </message>
    <message>
        <source>This step was not undone or redone: %1 changed the same item at %2, after it, and their change stays as it is.</source>
        <translation>Dieser Schritt wurde nicht rückgängig gemacht oder wiederhergestellt: %1 hat denselben Eintrag um %2 danach geändert, und diese Änderung bleibt.</translation>
    </message>
</context>
<context>
    <name>keyplan::PlanSettingsDialog</name>
    <message>
        <source>Plan Settings</source>
        <translation>Planeinstellungen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Ab Tag</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Totals, retention and the ARR bridge are shown in the reporting currency. An account in another currency is converted at the rate in force: ARR today at today&apos;s rate, a period&apos;s retention and bridge at the rate of its last day, so a move of the rate never reads as churn or expansion.</source>
        <translation>Summen, Umsatzbindung und die ARR-Überleitung werden in der Berichtswährung gezeigt. Ein Account in einer anderen Währung wird zum geltenden Kurs umgerechnet: der ARR heute zum heutigen Kurs, Umsatzbindung und Überleitung eines Zeitraums zum Kurs seines letzten Tages, damit eine Kursbewegung nie als Abwanderung oder Ausbau erscheint.</translation>
    </message>
    <message>
        <source>&amp;Fiscal year starts in:</source>
        <translation>&amp;Geschäftsjahr beginnt im:</translation>
    </message>
    <message>
        <source>&amp;Add Rate</source>
        <translation>Kurs &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move Rate</source>
        <translation>Kurs &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Paste CSV</source>
        <translation>CSV ein&amp;fügen</translation>
    </message>
    <message>
        <source>Rates copied from a spreadsheet, one per line: from,to,date,rate (e.g. USD,GBP,2026-10-01,0.79)</source>
        <translation>Aus einer Tabelle kopierte Kurse, einer pro Zeile: von,nach,Datum,Kurs (z. B. USD,GBP,2026-10-01,0.79)</translation>
    </message>
    <message>
        <source>E&amp;xchange rates (1 unit of From is worth Rate units of To, from that day on):</source>
        <translation>&amp;Wechselkurse (1 Einheit von „Von“ ist „Kurs“ Einheiten von „Nach“ wert, ab diesem Tag):</translation>
    </message>
    <message>
        <source>Row %1: the rate must be a number above zero, with at most nine decimals.</source>
        <translation>Zeile %1: der Kurs muss eine Zahl über null sein, mit höchstens neun Nachkommastellen.</translation>
    </message>
    <message>
        <source>Row %1: a rate converts one currency into another.</source>
        <translation>Zeile %1: ein Kurs rechnet eine Währung in eine andere um.</translation>
    </message>
    <message>
        <source>Row %1: %2 to %3 already has a rate from that day.</source>
        <translation>Zeile %1: %2 nach %3 hat ab diesem Tag schon einen Kurs.</translation>
    </message>
    <message>
        <source>Line %1 is not from,to,date,rate (e.g. USD,GBP,2026-10-01,0.79): %2</source>
        <translation>Zeile %1 ist nicht von,nach,Datum,Kurs (z. B. USD,GBP,2026-10-01,0.79): %2</translation>
    </message>
    <message>
        <source>The clipboard holds no rates.</source>
        <translation>Die Zwischenablage enthält keine Kurse.</translation>
    </message>
    <message>
        <source>No rate yet to %1 for: %2. Their figures stay out of the totals, which say so.</source>
        <translation>Noch kein Kurs nach %1 für: %2. Ihre Zahlen bleiben außerhalb der Summen, die das angeben.</translation>
    </message>
    <message>
        <source>&amp;Revenue</source>
        <translation>&amp;Umsatz</translation>
    </message>
    <message>
        <source>&amp;Cadence and Health</source>
        <translation>&amp;Rhythmus und Zustand</translation>
    </message>
    <message>
        <source>P&amp;lays</source>
        <translation>&amp;Maßnahmen</translation>
    </message>
    <message>
        <source>Change the plan&apos;s settings</source>
        <translation>Die Einstellungen des Plans ändern</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <source>Reporting c&amp;urrency:</source>
        <translation>&amp;Berichtswährung:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n accounts)</source>
        <translation>
            <numerusform>%1 (%n Account)</numerusform>
            <numerusform>%1 (%n Accounts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyplan::PlayEditing</name>
    <message>
        <source>The play</source>
        <translation>Die Maßnahme</translation>
    </message>
    <message>
        <source>A play is snoozed until a day after today.</source>
        <translation>Das Datum, bis zu dem eine Maßnahme zurückgestellt wird, muss nach dem heutigen Tag liegen.</translation>
    </message>
    <message>
        <source>Snooze the play until %1</source>
        <translation>Die Maßnahme bis %1 zurückstellen</translation>
    </message>
    <message>
        <source>Mark the play done</source>
        <translation>Die Maßnahme als erledigt markieren</translation>
    </message>
    <message>
        <source>Say why the play is dismissed: the reason stays with it.</source>
        <translation>Sagen Sie, warum die Maßnahme verworfen wird: der Grund bleibt bei ihr.</translation>
    </message>
    <message>
        <source>Dismiss the play</source>
        <translation>Die Maßnahme verwerfen</translation>
    </message>
    <message>
        <source>This play is open again already: “%1”.</source>
        <translation>Diese Maßnahme ist schon wieder offen: „%1“.</translation>
    </message>
    <message>
        <source>Reopen the play</source>
        <translation>Die Maßnahme wieder öffnen</translation>
    </message>
    <message>
        <source>Tick a step of the play</source>
        <translation>Einen Schritt der Maßnahme abhaken</translation>
    </message>
    <message>
        <source>Untick a step of the play</source>
        <translation>Einen Schritt der Maßnahme wieder öffnen</translation>
    </message>
    <message>
        <source>Give the play to %1</source>
        <translation>Die Maßnahme an %1 geben</translation>
    </message>
    <message>
        <source>A play needs a title and a due day.</source>
        <translation>Eine Maßnahme braucht einen Titel und einen Fälligkeitstag.</translation>
    </message>
    <message>
        <source>Add the play “%1”</source>
        <translation>Maßnahme „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove the play “%1”</source>
        <translation>Maßnahme „%1“ entfernen</translation>
    </message>
    <message>
        <source>The playbook</source>
        <translation>Das Playbook</translation>
    </message>
    <message>
        <source>Change the playbook of “%1”</source>
        <translation>Das Playbook von „%1“ ändern</translation>
    </message>
    <message>
        <source>the play “%1”</source>
        <translation>die Maßnahme „%1“</translation>
    </message>
    <message>
        <source>Removing the play</source>
        <translation>Maßnahme wird entfernt</translation>
    </message>
    <message>
        <source>the play</source>
        <translation>die Maßnahme</translation>
    </message>
</context>
<context>
    <name>keyplan::PlayEvaluator</name>
    <message>
        <source>The plays</source>
        <translation>Die Maßnahmen</translation>
    </message>
</context>
<context>
    <name>keyplan::PlayRuleSettings</name>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Fires: %1</source>
        <translation>Löst aus: %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Rules look at every key account when the plan opens and after each edit, and open a play with its evidence. A play closes itself when its condition clears.</source>
        <translation>Regeln prüfen jeden Key Account beim Öffnen des Plans und nach jeder Änderung und öffnen eine Maßnahme mit ihren Belegen. Eine Maßnahme schließt sich selbst, wenn ihre Bedingung entfällt.</translation>
    </message>
    <message>
        <source>Play&amp;book of the chosen rule: the steps its new plays start with, one per line (empty: Keyplan&apos;s own)</source>
        <translation>Play&amp;book der gewählten Regel: die Schritte, mit denen ihre neuen Maßnahmen beginnen, einer pro Zeile (leer: die von Keyplan)</translation>
    </message>
    <message>
        <source>Play rules</source>
        <translation>Regeln für Maßnahmen</translation>
    </message>
</context>
<context>
    <name>keyplan::PlaysPage</name>
    <message>
        <source>Dis&amp;miss…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Entfer&amp;nen</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Remove a play you added; a rule&apos;s play is dismissed instead</source>
        <translation>Eine selbst hinzugefügte Maßnahme entfernen; die Maßnahme einer Regel wird stattdessen verworfen</translation>
    </message>
    <message>
        <source>S&amp;teps (tick what is done):</source>
        <translation>&amp;Schritte (abhaken, was erledigt ist):</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No plays: nothing the rules noticed, and none of your own.</source>
        <translation>Keine Maßnahmen: nichts, was den Regeln aufgefallen ist, und keine eigenen.</translation>
    </message>
    <message>
        <source>Open: %1 · overdue: %2 · closed: %3</source>
        <translation>Offen: %1 · überfällig: %2 · abgeschlossen: %3</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>Add Play</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Required, e.g. Invite the new CFO to the customer day</source>
        <translation>Pflicht, z. B. Den neuen CFO zum Kundentag einladen</translation>
    </message>
    <message>
        <source>One step per line</source>
        <translation>Ein Schritt pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>Wa&amp;rum:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>&amp;Schritte:</translation>
    </message>
    <message>
        <source>Add &amp;Play…</source>
        <translation>Maßnahme hinzu&amp;fügen…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>&amp;Zurückstellen…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Plays</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Steps of the play</source>
        <translation>Schritte der Maßnahme</translation>
    </message>
</context>
<context>
    <name>keyplan::PortfolioModel</name>
    <message>
        <source>%1 at the start of the period, %2 at the end</source>
        <translation>%1 zu Beginn des Zeitraums, %2 am Ende</translation>
    </message>
    <message>
        <source>Marked as a key account</source>
        <translation>Als Key Account markiert</translation>
    </message>
    <message>
        <source>Net revenue retention over the period: revenue at the end over revenue at the start</source>
        <translation>Netto-Umsatzbindung über den Zeitraum: Umsatz am Ende im Verhältnis zum Umsatz zu Beginn</translation>
    </message>
    <message>
        <source>Gross revenue retention: like NRR, but expansion does not count</source>
        <translation>Brutto-Umsatzbindung: wie NRR, aber Ausbau zählt nicht</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>GRR</source>
        <translation>GRR</translation>
    </message>
    <message>
        <source>Coverage %1 of %2 people in the buying group (target %3–%4)</source>
        <translation>Abdeckung %1 von %2 Personen der Entscheidergruppe (Ziel %3–%4)</translation>
    </message>
    <message>
        <source>Nobody from the buying group is on the map yet.</source>
        <translation>Noch niemand aus der Entscheidergruppe steht auf der Landkarte.</translation>
    </message>
    <message>
        <source>Single-threaded: one active relationship carries the account.</source>
        <translation>Nur ein Kontakt: eine einzige aktive Beziehung trägt den Account.</translation>
    </message>
    <message>
        <source>Single-threaded: %1 active relationships carry the account.</source>
        <translation>Zu wenige Kontakte: %1 aktive Beziehungen tragen den Account.</translation>
    </message>
    <message>
        <source>Empty seats: %1</source>
        <translation>Leere Plätze: %1</translation>
    </message>
    <message>
        <source>The map has never been reviewed.</source>
        <translation>Die Landkarte wurde nie überprüft.</translation>
    </message>
    <message>
        <source>Coverage depth: the share of the buying group with a warm, recently contacted relationship owned by someone on our side</source>
        <translation>Abdeckungstiefe: der Anteil der Entscheidergruppe mit einer warmen, kürzlich gepflegten Beziehung, für die jemand bei uns verantwortlich ist</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>In %1; the plan %2, so this account is left out of the totals.</source>
        <translation>In %1; der Plan %2, daher bleibt dieser Account außerhalb der Summen.</translation>
    </message>
    <message>
        <source>%1 at 1 %2 = %3 %4 (the rate of %5)</source>
        <translation>%1 zu 1 %2 = %3 %4 (der Kurs vom %5)</translation>
    </message>
    <message>
        <source>New business in the period: not part of the retention cohort.</source>
        <translation>Neugeschäft im Zeitraum: nicht Teil der Umsatzbindungs-Kohorte.</translation>
    </message>
    <message>
        <source>No ARR at the start of the period: not part of the retention cohort.</source>
        <translation>Kein ARR zu Beginn des Zeitraums: nicht Teil der Umsatzbindungs-Kohorte.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Health %1 of 10</source>
        <translation>Zustand %1 von 10</translation>
    </message>
    <message>
        <source>No measure has data yet</source>
        <translation>Noch keine Messgröße hat Daten</translation>
    </message>
    <message>
        <source>Set by hand until %1: %2</source>
        <translation>Von Hand gesetzt bis %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Since 30 days ago: %1 · since 90 days ago: %2</source>
        <translation>Seit 30 Tagen: %1 · seit 90 Tagen: %2</translation>
    </message>
    <message>
        <source>%1 (due %2): %3</source>
        <translation>%1 (fällig %2): %3</translation>
    </message>
    <message>
        <source>The health scorecard, 1 to 10, of the key accounts, with its move over 30 days (▲ ▼); below 6 calls for a risk review</source>
        <translation>Die Zustandsbewertung der Key Accounts, 1 bis 10, mit ihrer Bewegung über 30 Tage (▲ ▼); unter 6 ist eine Risikoprüfung fällig</translation>
    </message>
    <message>
        <source>Plays due, fix first, single-threading, renewals within 90 days, coverage and the map</source>
        <translation>Fällige Maßnahmen, zuerst beheben, zu wenige Kontakte, Verlängerungen innerhalb von 90 Tagen, Abdeckung und Landkarte</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message numerus="yes">
        <source>%n plays</source>
        <translation>
            <numerusform>%n Maßnahme</numerusform>
            <numerusform>%n Maßnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The map was last reviewed %n days ago.</source>
        <translation>
            <numerusform>Die Landkarte wurde zuletzt vor %n Tag überprüft.</numerusform>
            <numerusform>Die Landkarte wurde zuletzt vor %n Tagen überprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Annual recurring revenue today, in each account&apos;s own currency; sorted by its value in %1 at today&apos;s rate</source>
        <translation>Jährlich wiederkehrender Umsatz heute, in der eigenen Währung jedes Accounts; sortiert nach seinem Wert in %1 zum heutigen Kurs</translation>
    </message>
</context>
<context>
    <name>keyplan::PortfolioPanel</name>
    <message>
        <source>Filter accounts by name, owner, industry or region (Ctrl+F)</source>
        <translation>Accounts nach Name, Verantwortlichen, Branche oder Region filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Accounts</translation>
    </message>
    <message>
        <source>Key accounts</source>
        <translation>Key Accounts</translation>
    </message>
    <message>
        <source>Other accounts</source>
        <translation>Weitere Accounts</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 gezeigt</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(niemand verantwortlich)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>This plan has no accounts yet. Bring them in from Salesforce, HubSpot, LinkedIn or your address book with File &gt; Import…, or add one with Account &gt; New Account…</source>
        <translation>Dieser Plan hat noch keine Accounts. Übernehmen Sie sie aus Salesforce, HubSpot, LinkedIn oder Ihrem Adressbuch mit Datei &gt; Importieren…, oder fügen Sie einen mit Account &gt; Neuer Account… hinzu.</translation>
    </message>
    <message>
        <source>Find accounts</source>
        <translation>Accounts suchen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts</source>
        <translation>
            <numerusform>%n Account</numerusform>
            <numerusform>%n Accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyplan::PortfolioPipelineView</name>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>By Stage</source>
        <translation>Nach Phase</translation>
    </message>
    <message>
        <source>By Expected Close</source>
        <translation>Nach erwartetem Abschluss</translation>
    </message>
    <message>
        <source>Whitespace by Offering</source>
        <translation>Whitespace nach Angebot</translation>
    </message>
    <message>
        <source>Whitespace by Business Unit</source>
        <translation>Whitespace nach Geschäftsbereich</translation>
    </message>
    <message>
        <source>Whitespace by offering</source>
        <translation>Whitespace nach Angebot</translation>
    </message>
    <message>
        <source>Whitespace by business unit</source>
        <translation>Whitespace nach Geschäftsbereich</translation>
    </message>
</context>
<context>
    <name>keyplan::PortfolioSummaryBar</name>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>GRR</source>
        <translation>GRR</translation>
    </message>
    <message>
        <source>Top 3 share of ARR</source>
        <translation>Anteil der Top 3 am ARR</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Zeitraum der Umsatzbindung</translation>
    </message>
    <message>
        <source>More than %1 key accounts: a programme that names everything key has no focus.</source>
        <translation>Mehr als %1 Key Accounts: ein Programm, das alles zum Key Account erklärt, hat keinen Fokus.</translation>
    </message>
    <message>
        <source>The three largest accounts hold %1 of ARR: losing one moves the whole company&apos;s numbers.</source>
        <translation>Die drei größten Accounts halten %1 des ARR: der Verlust eines davon bewegt die Zahlen des ganzen Unternehmens.</translation>
    </message>
    <message>
        <source>By segment:</source>
        <translation>Nach Segment:</translation>
    </message>
    <message>
        <source>By tier:</source>
        <translation>Nach Stufe:</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <source>Retention Period</source>
        <translation>Zeitraum der Umsatzbindung</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>A&amp;b:</translation>
    </message>
    <message>
        <source>&amp;To (inclusive):</source>
        <translation>B&amp;is (einschließlich):</translation>
    </message>
    <message>
        <source>ARR today</source>
        <translation>ARR heute</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>All accounts (%1)</source>
        <translation>Alle Accounts (%1)</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Accounts</translation>
    </message>
    <message>
        <source>Accounts shown</source>
        <translation>Gezeigte Accounts</translation>
    </message>
    <message>
        <source>%1 (%2 key)</source>
        <translation>%1 (%2 Key)</translation>
    </message>
    <message>
        <source>Scope: %1. Period: %2. In %3.</source>
        <translation>Umfang: %1. Zeitraum: %2. In %3.</translation>
    </message>
    <message>
        <source>needs a %1 rate</source>
        <translation>braucht einen Kurs %1</translation>
    </message>
    <message>
        <source>These accounts are in another currency and the plan has no rate to convert them: add one in Plan Settings. Different currencies are never added unconverted.</source>
        <translation>Diese Accounts sind in einer anderen Währung, und der Plan hat keinen Kurs, um sie umzurechnen: tragen Sie einen in den Planeinstellungen ein. Verschiedene Währungen werden nie unumgerechnet addiert.</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3 (%4)</source>
        <translation>1 %1 = %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Rates: %1</source>
        <translation>Kurse: %1</translation>
    </message>
    <message>
        <source>Accounts with ARR at the start of the period: %1. Accounts new in it are new business, not retention.</source>
        <translation>Accounts mit ARR zu Beginn des Zeitraums: %1. Im Zeitraum neue Accounts sind Neugeschäft, keine Umsatzbindung.</translation>
    </message>
    <message>
        <source>Net revenue retention: ARR at the end of the accounts that had ARR at the start, over their ARR at the start, at constant currency.</source>
        <translation>Netto-Umsatzbindung: ARR am Ende der Accounts, die zu Beginn ARR hatten, im Verhältnis zu ihrem ARR zu Beginn, zu konstanten Wechselkursen.</translation>
    </message>
    <message>
        <source>Gross revenue retention: like NRR with each account capped at its start: churn and contraction only.</source>
        <translation>Brutto-Umsatzbindung: wie NRR, aber jeder Account höchstens mit seinem Anfangswert: nur Abwanderung und Rückgang.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n accounts (the table&apos;s filter)</source>
        <translation>
            <numerusform>%1 von %n Account (der Filter der Tabelle)</numerusform>
            <numerusform>%1 von %n Accounts (der Filter der Tabelle)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyplan::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>A key account programme usually holds 15 to 30 accounts.</source>
        <translation>Ein Key-Account-Programm umfasst meist 15 bis 30 Accounts.</translation>
    </message>
    <message>
        <source>At 30% or more, losing one of the three largest accounts moves the whole company&apos;s numbers.</source>
        <translation>Ab 30 % bewegt der Verlust eines der drei größten Accounts die Zahlen des ganzen Unternehmens.</translation>
    </message>
    <message>
        <source>Keyplan warns when the portfolio crosses these lines.</source>
        <translation>Keyplan warnt, wenn das Portfolio diese Grenzen überschreitet.</translation>
    </message>
    <message>
        <source>Warn above this many &amp;key accounts:</source>
        <translation>Warnen bei mehr als dieser Anzahl &amp;Key Accounts:</translation>
    </message>
    <message>
        <source>Warn when the top 3 accounts hold at least this &amp;share of ARR:</source>
        <translation>Warnen, wenn die Top 3 mindestens diesen &amp;Anteil am ARR halten:</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>keyplan::QbrDialog</name>
    <message>
        <source>Mark as &amp;Held…</source>
        <translation>Als &amp;abgehalten markieren…</translation>
    </message>
    <message>
        <source>QBR Summary: %1</source>
        <translation>QBR-Zusammenfassung: %1</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Who from our side attends</source>
        <translation>Wer von unserer Seite teilnimmt</translation>
    </message>
    <message>
        <source>Who from %1 attends</source>
        <translation>Wer von %1 teilnimmt</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>Teilneh&amp;mer:</translation>
    </message>
    <message>
        <source>Your remark under this section&apos;s title: what to stress, what to ask for</source>
        <translation>Ihre Anmerkung unter dem Titel dieses Abschnitts: was zu betonen, worum zu bitten ist</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>%1 · %2 · %3, %4%</source>
        <translation>%1 · %2 · %3, %4 %</translation>
    </message>
    <message>
        <source>The account has no open expansion opportunity to present.</source>
        <translation>Der Account hat keine offene Verkaufschance, die sich vorstellen ließe.</translation>
    </message>
    <message>
        <source>Present one or two, each with its business case from the decision checklist.</source>
        <translation>Stellen Sie eine oder zwei vor, jede mit ihrem Business Case aus der Entscheidungs-Checkliste.</translation>
    </message>
    <message>
        <source>Expansion opportunities to present</source>
        <translation>Vorzustellende Verkaufschancen</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export for &amp;Editing…</source>
        <translation>Zum &amp;Bearbeiten exportieren…</translation>
    </message>
    <message>
        <source>An OpenDocument text (.odt) to edit in an office suite</source>
        <translation>Ein OpenDocument-Text (.odt) zum Bearbeiten in einem Office-Paket</translation>
    </message>
    <message>
        <source>The plan keeps a snapshot of the account; the next summary lists what changed since</source>
        <translation>Der Plan hält eine Momentaufnahme des Accounts fest; die nächste Zusammenfassung nennt, was sich seitdem geändert hat</translation>
    </message>
    <message>
        <source>&amp;Remark under &quot;%1&quot;:</source>
        <translation>A&amp;nmerkung unter „%1“:</translation>
    </message>
    <message>
        <source>%1: QBR summary</source>
        <translation>%1: QBR-Zusammenfassung</translation>
    </message>
    <message>
        <source>Print QBR Summary</source>
        <translation>QBR-Zusammenfassung drucken</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument-Text (*.odt)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export QBR Summary for Editing</source>
        <translation>QBR-Zusammenfassung zum Bearbeiten exportieren</translation>
    </message>
    <message>
        <source>Export QBR Summary</source>
        <translation>QBR-Zusammenfassung exportieren</translation>
    </message>
    <message>
        <source>Mark the QBR as Held</source>
        <translation>QBR als abgehalten markieren</translation>
    </message>
    <message>
        <source>Mark this QBR as held on %1? The plan keeps a snapshot of the account as it is now; the next summary lists what changed since. You can undo this.</source>
        <translation>Diesen QBR als am %1 abgehalten markieren? Der Plan hält eine Momentaufnahme des Accounts fest, wie er jetzt ist; die nächste Zusammenfassung nennt, was sich seitdem geändert hat. Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>For the &amp;customer</source>
        <translation>Für den &amp;Kunden</translation>
    </message>
    <message>
        <source>&amp;Internal</source>
        <translation>&amp;Intern</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Ausgabe:</translation>
    </message>
    <message>
        <source>Export &amp;Slides…</source>
        <translation>Als &amp;Folien exportieren…</translation>
    </message>
    <message>
        <source>16:9 slides (.pptx) for PowerPoint or LibreOffice Impress, one per section</source>
        <translation>16:9-Folien (.pptx) für PowerPoint oder LibreOffice Impress, eine pro Abschnitt</translation>
    </message>
    <message>
        <source>The customer&apos;s story: their goals, the value delivered, adoption, what&apos;s next and the agreed next steps. Nothing of our judgement is printed: no support or roles, owners, coverage, whitespace, pipeline, probabilities, risks, plays, health scores or price increases. Your remarks are printed.</source>
        <translation>Die Geschichte des Kunden: seine Ziele, der erzielte Nutzen, die Nutzung, was als Nächstes kommt und die vereinbarten nächsten Schritte. Nichts von unserer Einschätzung wird gedruckt: keine Unterstützung oder Rollen, Verantwortlichen, Abdeckung, Whitespace, Pipeline, Wahrscheinlichkeiten, Risiken, Maßnahmen, Zustandswerte oder Preiserhöhungen. Ihre Anmerkungen werden gedruckt.</translation>
    </message>
    <message>
        <source>Everything, for our own review: the customer&apos;s story plus the map, coverage, revenue, health, whitespace, pipeline, risks and plays. Every page says &quot;Internal: not for the customer&quot;.</source>
        <translation>Alles, für unser eigenes Review: die Geschichte des Kunden plus Landkarte, Abdeckung, Umsatz, Zustand, Whitespace, Pipeline, Risiken und Maßnahmen. Jede Seite sagt „Intern: nicht für den Kunden“.</translation>
    </message>
    <message>
        <source>%1 (internal edition only)</source>
        <translation>%1 (nur interne Ausgabe)</translation>
    </message>
    <message>
        <source>QBR Summary Preview: %1</source>
        <translation>Vorschau der QBR-Zusammenfassung: %1</translation>
    </message>
    <message>
        <source>PowerPoint slides (*.pptx)</source>
        <translation>PowerPoint-Folien (*.pptx)</translation>
    </message>
    <message>
        <source>Export QBR as Slides</source>
        <translation>QBR als Folien exportieren</translation>
    </message>
    <message>
        <source>Present one or two, each framed as the customer&apos;s next goal (price increases are never shown to them; a fix-first account gets a recovery plan instead).</source>
        <translation>Stellen Sie eine oder zwei vor, jede als nächstes Ziel des Kunden gefasst (Preiserhöhungen werden ihm nie gezeigt; ein Account mit „zuerst beheben“ erhält stattdessen einen Wiederherstellungsplan).</translation>
    </message>
    <message>
        <source>For &amp;us only: print it in the internal edition, never the customer&apos;s</source>
        <translation>Nur für &amp;uns: nur in der internen Ausgabe drucken, nie in der des Kunden</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Zeitraum von</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Zeitraum bis</translation>
    </message>
    <message>
        <source>Our &amp;team:</source>
        <translation>Unser &amp;Team:</translation>
    </message>
    <message>
        <source>Sections to print</source>
        <translation>Zu druckende Abschnitte</translation>
    </message>
    <message>
        <source>Opportunities to show</source>
        <translation>Zu zeigende Verkaufschancen</translation>
    </message>
    <message>
        <source>QBR summary exported to %1</source>
        <translation>QBR-Zusammenfassung exportiert nach %1</translation>
    </message>
</context>
<context>
    <name>keyplan::QbrPage</name>
    <message>
        <source>&amp;Prepare QBR…</source>
        <translation>QBR &amp;vorbereiten…</translation>
    </message>
    <message>
        <source>Choose the sections, remarks and opportunities; preview, print or export the summary, and mark it as held</source>
        <translation>Abschnitte, Anmerkungen und Verkaufschancen wählen; die Zusammenfassung ansehen, drucken oder exportieren und als abgehalten markieren</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Value delivered (in the customer&apos;s terms)</source>
        <translation>Erzielter Nutzen (in den Worten des Kunden)</translation>
    </message>
    <message>
        <source>Risks and their remediation</source>
        <translation>Risiken und ihre Abhilfe</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Last QBR held on %1.</source>
        <translation>Letzter QBR am %1.</translation>
    </message>
    <message>
        <source>No QBR of this account has been marked as held yet.</source>
        <translation>Noch kein QBR dieses Accounts wurde als abgehalten markiert.</translation>
    </message>
    <message>
        <source>The next one, being prepared, covers %1 to %2.</source>
        <translation>Der nächste, in Vorbereitung, umfasst %1 bis %2.</translation>
    </message>
    <message>
        <source>The next one would cover %1 to %2.</source>
        <translation>Der nächste würde %1 bis %2 umfassen.</translation>
    </message>
    <message>
        <source>Add Value Outcome</source>
        <translation>Erzielten Nutzen hinzufügen</translation>
    </message>
    <message>
        <source>Edit Value Outcome</source>
        <translation>Erzielten Nutzen bearbeiten</translation>
    </message>
    <message>
        <source>Add Risk</source>
        <translation>Risiko hinzufügen</translation>
    </message>
    <message>
        <source>Edit Risk</source>
        <translation>Risiko bearbeiten</translation>
    </message>
    <message>
        <source>Add Next Step</source>
        <translation>Nächsten Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Edit Next Step</source>
        <translation>Nächsten Schritt bearbeiten</translation>
    </message>
    <message>
        <source>Value delivered</source>
        <translation>Erzielter Nutzen</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
</context>
<context>
    <name>keyplan::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>Keine zuletzt geöffneten Pläne</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>keyplan::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Keyplan backs up this plan automatically while you work. Restoring a backup keeps the plan as it is now as a backup too, so you can come back to it.</source>
        <translation>Keyplan sichert diesen Plan automatisch, während Sie arbeiten. Beim Wiederherstellen einer Sicherung wird auch der Plan, wie er jetzt ist, gesichert, sodass Sie zu ihm zurückkehren können.</translation>
    </message>
    <message>
        <source>This plan has no backups yet. Keyplan makes one within half an hour of your first edit, and before every upgrade, import and restore.</source>
        <translation>Dieser Plan hat noch keine Sicherungen. Keyplan legt eine innerhalb einer halben Stunde nach Ihrer ersten Änderung an, und vor jedem Upgrade, Import und jeder Wiederherstellung.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Replace the plan with the backup of %1?</source>
        <translation>Den Plan durch die Sicherung vom %1 ersetzen?</translation>
    </message>
    <message>
        <source>The plan as it is now is kept as a backup first: to undo the restore, restore that backup.</source>
        <translation>Der Plan, wie er jetzt ist, wird zuerst gesichert: um die Wiederherstellung rückgängig zu machen, stellen Sie diese Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
</context>
<context>
    <name>keyplan::RevenueEditing</name>
    <message>
        <source>That ARR change does not fit: it needs a day and an amount of zero or more.</source>
        <translation>Diese ARR-Änderung passt nicht: sie braucht einen Tag und einen Betrag von null oder mehr.</translation>
    </message>
    <message>
        <source>The reporting currency must be an ISO 4217 code and the fiscal year must start in a month from 1 to 12.</source>
        <translation>Die Berichtswährung muss ein ISO-4217-Code sein, und das Geschäftsjahr muss in einem Monat von 1 bis 12 beginnen.</translation>
    </message>
    <message>
        <source>Each exchange rate needs two different currencies, a day and a rate above zero.</source>
        <translation>Jeder Wechselkurs braucht zwei verschiedene Währungen, einen Tag und einen Kurs über null.</translation>
    </message>
    <message>
        <source>The ARR change</source>
        <translation>Die ARR-Änderung</translation>
    </message>
    <message>
        <source>Removing the ARR change</source>
        <translation>ARR-Änderung wird entfernt</translation>
    </message>
    <message>
        <source>The revenue settings</source>
        <translation>Die Umsatzeinstellungen</translation>
    </message>
    <message>
        <source>the change of ARR on %1</source>
        <translation>die ARR-Änderung am %1</translation>
    </message>
</context>
<context>
    <name>keyplan::RevenuePage</name>
    <message>
        <source>&amp;Record Change…</source>
        <translation>Änderung &amp;erfassen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Record a change of this account&apos;s ARR: new business, expansion by motion, contraction, churn or reactivation, from a given day</source>
        <translation>Eine Änderung des ARR dieses Accounts erfassen: Neugeschäft, Ausbau nach Art, Rückgang, Abwanderung oder Reaktivierung, ab einem bestimmten Tag</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Month Ends</source>
        <translation>Monatsenden</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Überleitung</translation>
    </message>
    <message>
        <source>No ARR recorded yet: Record Change… starts the timeline.</source>
        <translation>Noch kein ARR erfasst: Änderung erfassen… beginnt die Zeitleiste.</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>ARR over time (%1)</source>
        <translation>ARR im Zeitverlauf (%1)</translation>
    </message>
    <message>
        <source>ARR bridge: %1</source>
        <translation>ARR-Überleitung: %1</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>ARR changes</source>
        <translation>ARR-Änderungen</translation>
    </message>
    <message>
        <source>ARR at each month end</source>
        <translation>ARR am Ende jedes Monats</translation>
    </message>
</context>
<context>
    <name>keyplan::ReviewEditing</name>
    <message>
        <source>Add value outcome %1</source>
        <translation>Erzielten Nutzen %1 hinzufügen</translation>
    </message>
    <message>
        <source>The value outcome</source>
        <translation>Der erzielte Nutzen</translation>
    </message>
    <message>
        <source>Edit value outcome %1</source>
        <translation>Erzielten Nutzen %1 bearbeiten</translation>
    </message>
    <message>
        <source>the value outcome “%1”</source>
        <translation>der erzielte Nutzen „%1“</translation>
    </message>
    <message>
        <source>Remove value outcome %1</source>
        <translation>Erzielten Nutzen %1 entfernen</translation>
    </message>
    <message>
        <source>Add risk %1</source>
        <translation>Risiko %1 hinzufügen</translation>
    </message>
    <message>
        <source>The risk</source>
        <translation>Das Risiko</translation>
    </message>
    <message>
        <source>Edit risk %1</source>
        <translation>Risiko %1 bearbeiten</translation>
    </message>
    <message>
        <source>the risk “%1”</source>
        <translation>das Risiko „%1“</translation>
    </message>
    <message>
        <source>Remove risk %1</source>
        <translation>Risiko %1 entfernen</translation>
    </message>
    <message>
        <source>Add next step %1</source>
        <translation>Nächsten Schritt %1 hinzufügen</translation>
    </message>
    <message>
        <source>The next step</source>
        <translation>Der nächste Schritt</translation>
    </message>
    <message>
        <source>Edit next step %1</source>
        <translation>Nächsten Schritt %1 bearbeiten</translation>
    </message>
    <message>
        <source>the next step “%1”</source>
        <translation>der nächste Schritt „%1“</translation>
    </message>
    <message>
        <source>Remove next step %1</source>
        <translation>Nächsten Schritt %1 entfernen</translation>
    </message>
    <message>
        <source>Prepare the QBR</source>
        <translation>Den QBR vorbereiten</translation>
    </message>
    <message>
        <source>The review</source>
        <translation>Das Review</translation>
    </message>
    <message>
        <source>Edit the QBR</source>
        <translation>Den QBR bearbeiten</translation>
    </message>
    <message>
        <source>the QBR in preparation</source>
        <translation>der QBR in Vorbereitung</translation>
    </message>
    <message>
        <source>Mark the QBR as held</source>
        <translation>Den QBR als abgehalten markieren</translation>
    </message>
</context>
<context>
    <name>keyplan::RiskModel</name>
    <message>
        <source>%1
Remediation: %2</source>
        <translation>%1
Abhilfe: %2</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
</context>
<context>
    <name>keyplan::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>Im Fenster</translation>
    </message>
    <message>
        <source>In lists, tables and the map</source>
        <translation>In Listen, Tabellen und der Landkarte</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>Ausgewählte Zeile öffnen</translation>
    </message>
    <message>
        <source>Move between people on the map</source>
        <translation>Zwischen Personen auf der Landkarte wechseln</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Zoom the map in, out</source>
        <translation>Landkarte vergrößern, verkleinern</translation>
    </message>
    <message>
        <source>Fit the whole map</source>
        <translation>Ganze Landkarte einpassen</translation>
    </message>
    <message>
        <source>Remove the selected person from the map (asks first)</source>
        <translation>Ausgewählte Person von der Landkarte entfernen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Leave a list or table</source>
        <translation>Liste oder Tabelle verlassen</translation>
    </message>
</context>
<context>
    <name>keyplan::StageChangeDialog</name>
    <message>
        <source>Change Stage</source>
        <translation>Phase wechseln</translation>
    </message>
    <message>
        <source>%1 is in %2. Where is the relationship now?</source>
        <translation>%1 ist in %2. Wo steht die Beziehung jetzt?</translation>
    </message>
    <message>
        <source>What happened: e.g. &quot;Preferred supplier after the re-tender&quot;</source>
        <translation>Was geschah: z. B. „Bevorzugter Lieferant nach der Neuausschreibung“</translation>
    </message>
    <message>
        <source>New &amp;stage:</source>
        <translation>Neue &amp;Phase:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
</context>
<context>
    <name>keyplan::StageHistoryModel</name>
    <message>
        <source>(start)</source>
        <translation>(Beginn)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>keyplan::StageHistoryPage</name>
    <message>
        <source>Change Stage…</source>
        <translation>Phase wechseln…</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Phasenverlauf</translation>
    </message>
</context>
<context>
    <name>keyplan::StakeholderDelegate</name>
    <message>
        <source>(nobody on the map)</source>
        <translation>(niemand auf der Landkarte)</translation>
    </message>
</context>
<context>
    <name>keyplan::StakeholderDialog</name>
    <message>
        <source>Left the company on</source>
        <translation>Hat das Unternehmen verlassen am</translation>
    </message>
    <message>
        <source>Edit Person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>name@customer.example</source>
        <translation>name@kunde.example</translation>
    </message>
    <message>
        <source>Nobody on the map</source>
        <translation>Niemand auf der Landkarte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Abteilung:</translation>
    </message>
    <message>
        <source>&amp;Business unit:</source>
        <translation>&amp;Geschäftsbereich:</translation>
    </message>
    <message>
        <source>Buying &amp;layer:</source>
        <translation>Entscheidungs&amp;ebene:</translation>
    </message>
    <message>
        <source>Decision &amp;role:</source>
        <translation>&amp;Rolle in der Entscheidung:</translation>
    </message>
    <message>
        <source>&amp;Support:</source>
        <translation>&amp;Unterstützung:</translation>
    </message>
    <message>
        <source>&amp;Influence:</source>
        <translation>Ein&amp;fluss:</translation>
    </message>
    <message>
        <source>Relations&amp;hip:</source>
        <translation>Be&amp;ziehung:</translation>
    </message>
    <message>
        <source>&amp;Aim for:</source>
        <translation>Ziel&amp;beziehung:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>&lt;b&gt;May have left?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vielleicht ausgeschieden?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Still &amp;with the account</source>
        <translation>No&amp;ch beim Account</translation>
    </message>
    <message>
        <source>Has le&amp;ft</source>
        <translation>Ausge&amp;schieden</translation>
    </message>
    <message>
        <source>Marked as left: OK records the day they left and closes the question.</source>
        <translation>Als ausgeschieden markiert: OK erfasst den Tag des Ausscheidens und schließt die Frage.</translation>
    </message>
    <message>
        <source>Still with the account: OK closes the question.</source>
        <translation>Noch beim Account: OK schließt die Frage.</translation>
    </message>
    <message>
        <source>Until you say which, the map shows the question and a re-thread play may ask for a new contact.</source>
        <translation>Bis Sie es sagen, zeigt die Landkarte die Frage, und eine Maßnahme zur breiteren Aufstellung kann nach einem neuen Kontakt fragen.</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Ausgeschieden am</translation>
    </message>
    <message>
        <source>Re&amp;ports to:</source>
        <translation>Beric&amp;htet an:</translation>
    </message>
    <message>
        <source>O&amp;wned by (our side):</source>
        <translation>&amp;Verantwortlich (bei uns):</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Phon&amp;e:</source>
        <translation>Te&amp;lefon:</translation>
    </message>
</context>
<context>
    <name>keyplan::StakeholderMapPage</name>
    <message>
        <source>Add Person…</source>
        <translation>Person hinzufügen…</translation>
    </message>
    <message>
        <source>Add a person at the customer to the map</source>
        <translation>Eine Person des Kunden zur Landkarte hinzufügen</translation>
    </message>
    <message>
        <source>Automatic Layout</source>
        <translation>Automatisches Layout</translation>
    </message>
    <message>
        <source>Put everyone you moved back where the automatic layout places them</source>
        <translation>Alle, die Sie verschoben haben, dorthin zurücksetzen, wo das automatische Layout sie platziert</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Verkleinern (Strg+−)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Strg++)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the whole map in the window (Ctrl+0)</source>
        <translation>Die ganze Landkarte ins Fenster einpassen (Strg+0)</translation>
    </message>
    <message>
        <source>Wide</source>
        <translation>Breit</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print the map, with a preview</source>
        <translation>Die Landkarte mit Vorschau drucken</translation>
    </message>
    <message>
        <source>Page Setup…</source>
        <translation>Seite einrichten…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the map as PDF, SVG or PNG, as it prints</source>
        <translation>Die Landkarte als PDF, SVG oder PNG speichern, wie sie gedruckt wird</translation>
    </message>
    <message>
        <source>Drag to move people · Shift+drag from one person to another to connect them · double-click to edit · right-click for more</source>
        <translation>Ziehen verschiebt Personen · Umschalt+Ziehen von einer Person zur anderen verbindet sie · Doppelklick bearbeitet · Rechtsklick für mehr</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>%1 Reports to %2</source>
        <translation>%1 berichtet an %2</translation>
    </message>
    <message>
        <source>%1 Has a Dotted-Line Report to %2</source>
        <translation>%1 hat eine fachliche Berichtslinie zu %2</translation>
    </message>
    <message>
        <source>%1 Influences %2…</source>
        <translation>%1 beeinflusst %2…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <source>How does %1 influence %2? (a few words, optional)</source>
        <translation>Wie beeinflusst %1 %2? (ein paar Worte, optional)</translation>
    </message>
    <message>
        <source>Add the Person Who Holds This Seat…</source>
        <translation>Die Person hinzufügen, die diesen Platz innehat…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Add Direct Report…</source>
        <translation>Direkt unterstellte Person hinzufügen…</translation>
    </message>
    <message>
        <source>Connect to…</source>
        <translation>Verbinden mit…</translation>
    </message>
    <message>
        <source>Remove Reporting Line</source>
        <translation>Berichtslinie entfernen</translation>
    </message>
    <message>
        <source>Back to Automatic Position</source>
        <translation>Zurück an die automatische Position</translation>
    </message>
    <message>
        <source>Remove Person</source>
        <translation>Person entfernen</translation>
    </message>
    <message>
        <source>Remove Dotted-Line Report</source>
        <translation>Fachliche Berichtslinie entfernen</translation>
    </message>
    <message>
        <source>Remove Influence Link</source>
        <translation>Einflusslinie entfernen</translation>
    </message>
    <message>
        <source>%1: stakeholder map</source>
        <translation>%1: Stakeholder-Landkarte</translation>
    </message>
    <message>
        <source>Print Stakeholder Map</source>
        <translation>Stakeholder-Landkarte drucken</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>%1 stakeholder map</source>
        <translation>Stakeholder-Landkarte %1</translation>
    </message>
    <message>
        <source>Export Stakeholder Map</source>
        <translation>Stakeholder-Landkarte exportieren</translation>
    </message>
    <message>
        <source>Record Touchpoint…</source>
        <translation>Kontakt erfassen…</translation>
    </message>
    <message>
        <source>%1 has left</source>
        <translation>%1 ist ausgeschieden</translation>
    </message>
    <message>
        <source>Settle whether %1 has left</source>
        <translation>Klären, ob %1 ausgeschieden ist</translation>
    </message>
    <message>
        <source>Still with the Account</source>
        <translation>Noch beim Account</translation>
    </message>
    <message>
        <source>Wi&amp;de Map</source>
        <translation>&amp;Landkarte breit</translation>
    </message>
    <message>
        <source>Give the map the whole window; the portfolio list steps aside until you uncheck this (%1)</source>
        <translation>Der Landkarte das ganze Fenster geben; die Portfolioliste tritt zur Seite, bis Sie das abwählen (%1)</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Show what the colours, badges and lines of the map mean</source>
        <translation>Zeigen, was Farben, Abzeichen und Linien der Landkarte bedeuten</translation>
    </message>
    <message>
        <source>More map tools</source>
        <translation>Weitere Werkzeuge der Landkarte</translation>
    </message>
    <message>
        <source>Remove %1 from the map, with their touchpoints and links?</source>
        <translation>%1 mit ihren Kontakten und Verbindungen von der Landkarte entfernen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Stakeholder map exported to %1</source>
        <translation>Stakeholder-Landkarte exportiert nach %1</translation>
    </message>
</context>
<context>
    <name>keyplan::StakeholderMapView</name>
    <message>
        <source>Stakeholder map</source>
        <translation>Stakeholder-Landkarte</translation>
    </message>
</context>
<context>
    <name>keyplan::StakeholderModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>Left the company on %1</source>
        <translation>Hat das Unternehmen am %1 verlassen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Berichtet an</translation>
    </message>
    <message>
        <source>Buying group</source>
        <translation>Entscheidergruppe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Our owner</source>
        <translation>Verantwortlich bei uns</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ausgeschieden</translation>
    </message>
    <message>
        <source>May have left?</source>
        <translation>Vielleicht ausgeschieden?</translation>
    </message>
    <message>
        <source>May have left: %1
Open the person on the map to say whether they are still there.</source>
        <translation>Vielleicht ausgeschieden: %1
Öffnen Sie die Person auf der Landkarte, um zu sagen, ob sie noch da ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyplan::StakeholderPage</name>
    <message>
        <source>Add Person…</source>
        <translation>Person hinzufügen…</translation>
    </message>
    <message>
        <source>Remove Person</source>
        <translation>Person entfernen</translation>
    </message>
    <message>
        <source>Filter people by name, title or department</source>
        <translation>Personen nach Name, Position oder Abteilung filtern</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Name of the person at the customer:</source>
        <translation>Name der Person beim Kunden:</translation>
    </message>
    <message>
        <source>Record Touchpoint…</source>
        <translation>Kontakt erfassen…</translation>
    </message>
    <message>
        <source>Mark Map Reviewed</source>
        <translation>Landkarte als überprüft markieren</translation>
    </message>
    <message>
        <source>Record that the map was reviewed today: a map not reviewed in six months is stale</source>
        <translation>Festhalten, dass die Landkarte heute überprüft wurde: eine Landkarte, die sechs Monate nicht überprüft wurde, ist veraltet</translation>
    </message>
    <message>
        <source>Only the selected person</source>
        <translation>Nur die gewählte Person</translation>
    </message>
    <message>
        <source>Remove Touchpoint</source>
        <translation>Kontakt entfernen</translation>
    </message>
    <message>
        <source>Contact history</source>
        <translation>Kontaktverlauf</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Personen filtern</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Remove %1 from the map, with their touchpoints and links?</source>
        <translation>%1 mit ihren Kontakten und Verbindungen von der Landkarte entfernen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>keyplan::StartPortfolioDialog</name>
    <message>
        <source>My portfolio</source>
        <translation>Mein Portfolio</translation>
    </message>
    <message>
        <source>Start My Portfolio</source>
        <translation>Mein Portfolio beginnen</translation>
    </message>
    <message>
        <source>Your name, as your team knows you</source>
        <translation>Ihr Name, wie Ihr Team Sie kennt</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <source>Plan &amp;name:</source>
        <translation>&amp;Name des Plans:</translation>
    </message>
    <message>
        <source>Reporting &amp;currency:</source>
        <translation>Berichts&amp;währung:</translation>
    </message>
    <message>
        <source>&amp;Fiscal year starts in:</source>
        <translation>&amp;Geschäftsjahr beginnt im:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <source>Next: &amp;Import…</source>
        <translation>Weiter: Im&amp;portieren…</translation>
    </message>
    <message>
        <source>First the plan your accounts go into; then choose the export files from your CRM, LinkedIn or address book, and see what they hold before anything is imported.</source>
        <translation>Zuerst der Plan, in den Ihre Accounts kommen; dann wählen Sie die Exportdateien aus Ihrem CRM, aus LinkedIn oder Ihrem Adressbuch und sehen, was sie enthalten, bevor etwas importiert wird.</translation>
    </message>
</context>
<context>
    <name>keyplan::TeamConnectDialog</name>
    <message>
        <source>Connect to Team Plan</source>
        <translation>Mit Teamplan verbinden</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>Das Zertifikat des Servers prüfen</translation>
    </message>
    <message>
        <source>Encrypt, without checking the certificate</source>
        <translation>Verschlüsseln, ohne das Zertifikat zu prüfen</translation>
    </message>
    <message>
        <source>Prefer encryption (the server decides)</source>
        <translation>Verschlüsselung bevorzugen (der Server entscheidet)</translation>
    </message>
    <message>
        <source>No encryption (a server on this computer)</source>
        <translation>Keine Verschlüsselung (ein Server auf diesem Computer)</translation>
    </message>
    <message>
        <source>The CA certificate from the server&apos;s administrator</source>
        <translation>Das CA-Zertifikat vom Administrator des Servers</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Be&amp;nutzer:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Si&amp;cherheit:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>CA-&amp;Datei:</translation>
    </message>
    <message>
        <source>Keyplan never stores a password: it reads your password file (~/.pgpass) or asks when the server wants one.</source>
        <translation>Keyplan speichert nie ein Passwort: es liest Ihre Passwortdatei (~/.pgpass) oder fragt, wenn der Server eines verlangt.</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <source>Fill in the server, database and user%1.</source>
        <translation>Geben Sie Server, Datenbank und Benutzer an%1.</translation>
    </message>
    <message>
        <source>, and the CA file</source>
        <translation>, und die CA-Datei</translation>
    </message>
</context>
<context>
    <name>keyplan::ThisWeekModel</name>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>%1 ARR</source>
        <translation>%1 ARR</translation>
    </message>
    <message>
        <source>ARR needs a rate to %1</source>
        <translation>ARR braucht einen Kurs nach %1</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyplan::ThisWeekView</name>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Open a plan to see what needs you this week.</source>
        <translation>Öffnen Sie einen Plan, um zu sehen, was Sie diese Woche braucht.</translation>
    </message>
    <message>
        <source>Nothing due: every key account is up to date.</source>
        <translation>Nichts fällig: jeder Key Account ist auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>Key accounts needing you: %1 · things to do: %2 · overdue: %3</source>
        <translation>Key Accounts mit Handlungsbedarf: %1 · zu tun: %2 · überfällig: %3</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>S&amp;nooze…</source>
        <translation>&amp;Zurückstellen…</translation>
    </message>
    <message>
        <source>D&amp;ismiss…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>Open the account where this is dealt with (Enter)</source>
        <translation>Den Account dort öffnen, wo das erledigt wird (Eingabe)</translation>
    </message>
    <message>
        <source>Mark the play done</source>
        <translation>Die Maßnahme als erledigt markieren</translation>
    </message>
    <message>
        <source>Put the play off until a day, with a reason</source>
        <translation>Die Maßnahme mit Begründung bis zu einem gewählten Datum zurückstellen</translation>
    </message>
    <message>
        <source>Dismiss the play, with a reason; it returns only once its condition has cleared</source>
        <translation>Die Maßnahme verwerfen, mit einem Grund; sie kommt erst wieder, wenn ihre Bedingung entfallen ist</translation>
    </message>
    <message>
        <source>What needs you this week</source>
        <translation>Was Sie diese Woche braucht</translation>
    </message>
</context>
<context>
    <name>keyplan::TouchpointDialog</name>
    <message>
        <source>Record Touchpoint</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Who met them:</source>
        <translation>&amp;Wer hat sie getroffen:</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Personen:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Search the account&apos;s people</source>
        <translation>Die Personen des Accounts durchsuchen</translation>
    </message>
    <message>
        <source>What was agreed or learned</source>
        <translation>Was vereinbart oder erfahren wurde</translation>
    </message>
    <message>
        <source>Who on our side</source>
        <translation>Wer auf unserer Seite</translation>
    </message>
    <message>
        <source>Who at the customer</source>
        <translation>Wer beim Kunden</translation>
    </message>
</context>
<context>
    <name>keyplan::TouchpointModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Our side</source>
        <translation>Unsere Seite</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>keyplan::ValueOutcomeModel</name>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>keyplan::WelcomePage</name>
    <message>
        <source>Welcome to Keyplan</source>
        <translation>Willkommen bei Keyplan</translation>
    </message>
    <message>
        <source>Your key accounts&apos; plans in one file on this computer. Begin with your own accounts, bring them in from your CRM, or look around the sample first.</source>
        <translation>Die Pläne Ihrer Key Accounts in einer Datei auf diesem Computer. Beginnen Sie mit Ihren eigenen Accounts, übernehmen Sie sie aus Ihrem CRM, oder sehen Sie sich zuerst das Beispiel an.</translation>
    </message>
    <message>
        <source>&amp;Start My Portfolio…</source>
        <translation>&amp;Mein Portfolio beginnen…</translation>
    </message>
    <message>
        <source>A new plan: its name, currency and fiscal year, and you as its owner</source>
        <translation>Ein neuer Plan: sein Name, seine Währung und sein Geschäftsjahr, und Sie als Verantwortliche(r)</translation>
    </message>
    <message>
        <source>&amp;Import from Salesforce, HubSpot or Files…</source>
        <translation>Aus Salesforce, HubSpot oder Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>A new plan filled from your CRM&apos;s exports, LinkedIn or address books</source>
        <translation>Ein neuer Plan, gefüllt aus den Exporten Ihres CRM, aus LinkedIn oder Adressbüchern</translation>
    </message>
    <message>
        <source>A fictional portfolio in a file of its own, marked Sample</source>
        <translation>Ein erfundenes Portfolio in einer eigenen Datei, als Beispiel markiert</translation>
    </message>
    <message>
        <source>&amp;Open Plan…</source>
        <translation>Plan ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>E&amp;xplore the Sample</source>
        <translation>Beispiel &amp;erkunden</translation>
    </message>
</context>
<context>
    <name>keyplan::WhitespaceCellDialog</name>
    <message>
        <source>Whitespace Cell</source>
        <translation>Whitespace-Zelle</translation>
    </message>
    <message>
        <source>Nobody, or not known</source>
        <translation>Niemand, oder nicht bekannt</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nicht bekannt</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Stand:</translation>
    </message>
    <message>
        <source>&amp;Incumbent competitor:</source>
        <translation>&amp;Bisheriger Wettbewerber:</translation>
    </message>
    <message>
        <source>Their &amp;spend a year (%1):</source>
        <translation>Ausgaben dort &amp;pro Jahr (%1):</translation>
    </message>
    <message>
        <source>&amp;Revenue a year:</source>
        <translation>&amp;Umsatz pro Jahr:</translation>
    </message>
    <message>
        <source>Estimated &amp;potential a year:</source>
        <translation>Geschätztes P&amp;otenzial pro Jahr:</translation>
    </message>
</context>
<context>
    <name>keyplan::WhitespaceChart</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1
Open whitespace %2
In pipeline %3
Sold %4</source>
        <translation>%1
Offenes Whitespace-Potenzial %2
In der Pipeline %3
Verkauft %4</translation>
    </message>
    <message>
        <source>Open whitespace by business unit, key accounts</source>
        <translation>Offenes Whitespace-Potenzial nach Geschäftsbereich, Key Accounts</translation>
    </message>
    <message>
        <source>Whitespace by offering, key accounts</source>
        <translation>Whitespace nach Angebot, Key Accounts</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>In pipeline</source>
        <translation>In der Pipeline</translation>
    </message>
    <message>
        <source>Open whitespace</source>
        <translation>Offenes Potenzial</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>A year (%1)</source>
        <translation>Pro Jahr (%1)</translation>
    </message>
    <message>
        <source>The %1 business units with most open whitespace of %2; the table lists them all. Open whitespace across key accounts: %3.</source>
        <translation>Die %1 Geschäftsbereiche mit dem meisten offenen Whitespace-Potenzial von %2; die Tabelle nennt alle. Offenes Whitespace-Potenzial über die Key Accounts: %3.</translation>
    </message>
    <message>
        <source>Open whitespace across key accounts: %1; in pipeline %2; sold %3.</source>
        <translation>Offenes Whitespace-Potenzial über die Key Accounts: %1; in der Pipeline %2; verkauft %3.</translation>
    </message>
</context>
<context>
    <name>keyplan::WhitespaceModel</name>
    <message>
        <source>Open %1 · in pipeline %2 · sold %3</source>
        <translation>Offen %1 · in der Pipeline %2 · verkauft %3</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n. z.</translation>
    </message>
    <message>
        <source>Today with %1</source>
        <translation>Heute bei %1</translation>
    </message>
    <message>
        <source>Spend with them: %1</source>
        <translation>Ausgaben dort: %1</translation>
    </message>
    <message>
        <source>Open total</source>
        <translation>Offen gesamt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>keyplan::WhitespacePage</name>
    <message>
        <source>&amp;Convert to Opportunity</source>
        <translation>In Verkaufschance &amp;umwandeln</translation>
    </message>
    <message>
        <source>Cell &amp;Details…</source>
        <translation>Zellendetai&amp;ls…</translation>
    </message>
    <message>
        <source>&amp;Business Units…</source>
        <translation>&amp;Geschäftsbereiche…</translation>
    </message>
    <message>
        <source>Ca&amp;talogue…</source>
        <translation>&amp;Katalog…</translation>
    </message>
    <message>
        <source>Turn the open cell into an identified expansion opportunity</source>
        <translation>Die offene Zelle in eine identifizierte Verkaufschance umwandeln</translation>
    </message>
    <message>
        <source>&amp;Mark As</source>
        <translation>&amp;Markieren als</translation>
    </message>
    <message>
        <source>State, amount, incumbent competitor and the customer&apos;s spend with them</source>
        <translation>Stand, Betrag, bisheriger Wettbewerber und die Ausgaben des Kunden dort</translation>
    </message>
    <message>
        <source>The account&apos;s business units, teams or regions: the matrix&apos;s columns</source>
        <translation>Die Geschäftsbereiche, Teams oder Regionen des Accounts: die Spalten der Matrix</translation>
    </message>
    <message>
        <source>What we sell, across the portfolio: the matrix&apos;s rows</source>
        <translation>Was wir verkaufen, über das ganze Portfolio: die Zeilen der Matrix</translation>
    </message>
    <message>
        <source>No business units yet. Add the account&apos;s business units, teams or regions (Business Units…) to map what it could still buy from us.</source>
        <translation>Noch keine Geschäftsbereiche. Fügen Sie die Geschäftsbereiche, Teams oder Regionen des Accounts hinzu (Geschäftsbereiche…), um abzubilden, was er noch bei uns kaufen könnte.</translation>
    </message>
    <message>
        <source>Type over a cell to change its amount; double-click a cell in pipeline to open its opportunity.</source>
        <translation>Überschreiben Sie eine Zelle, um ihren Betrag zu ändern; ein Doppelklick auf eine Zelle in der Pipeline öffnet ihre Verkaufschance.</translation>
    </message>
    <message>
        <source>Open whitespace %1 · in pipeline %2 · sold %3</source>
        <translation>Offenes Whitespace-Potenzial %1 · in der Pipeline %2 · verkauft %3</translation>
    </message>
    <message>
        <source>Open Opportunity…</source>
        <translation>Verkaufschance öffnen…</translation>
    </message>
    <message>
        <source>Mark As</source>
        <translation>Markieren als</translation>
    </message>
    <message>
        <source> · our share of the wallet %1</source>
        <translation> · unser Anteil am Budget %1</translation>
    </message>
    <message>
        <source>Share of the wallet: our %1 sold ÷ (%1 sold + %2 the competitors&apos; known spend, in %3 of %4 open cells + %5 open potential).</source>
        <translation>Anteil am Budget: unser verkaufter Umsatz %1 ÷ (%1 verkauft + %2 bekannte Ausgaben bei Wettbewerbern, in %3 von %4 offenen Zellen + %5 offenes Potenzial).</translation>
    </message>
    <message>
        <source>Whitespace: business units by offerings</source>
        <translation>Whitespace: Geschäftsbereiche nach Angeboten</translation>
    </message>
</context>
<context>
    <name>keyplan::WhitespaceSummaryModel</name>
    <message>
        <source>Offering</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Geschäftsbereich</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>In pipeline</source>
        <translation>In der Pipeline</translation>
    </message>
    <message>
        <source>Open whitespace</source>
        <translation>Offenes Potenzial</translation>
    </message>
</context>
</TS>
