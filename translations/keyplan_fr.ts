<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountFlags</name>
    <message>
        <source>Fix first</source>
        <translation>À corriger d&apos;abord</translation>
    </message>
    <message>
        <source>Single-threaded</source>
        <translation>Trop peu de contacts</translation>
    </message>
    <message>
        <source>Renews in %1 d</source>
        <translation>Renouvellement dans %1 j</translation>
    </message>
    <message>
        <source>Renewal passed</source>
        <translation>Renouvellement dépassé</translation>
    </message>
    <message>
        <source>Low coverage</source>
        <translation>Couverture faible</translation>
    </message>
    <message numerus="yes">
        <source>%n empty seats</source>
        <translation>
            <numerusform>%n siège vide</numerusform>
            <numerusform>%n sièges vides</numerusform>
        </translation>
    </message>
    <message>
        <source>Stale map</source>
        <translation>Carte périmée</translation>
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
        <translation>Nouvelles affaires</translation>
    </message>
    <message>
        <source>Expansion: upsell</source>
        <translation>Expansion&#xa0;: montée en gamme</translation>
    </message>
    <message>
        <source>Expansion: cross-sell</source>
        <translation>Expansion&#xa0;: vente croisée</translation>
    </message>
    <message>
        <source>Expansion: seat growth</source>
        <translation>Expansion&#xa0;: plus de licences</translation>
    </message>
    <message>
        <source>Expansion: usage growth</source>
        <translation>Expansion&#xa0;: plus d&apos;usage</translation>
    </message>
    <message>
        <source>Expansion: price increase</source>
        <translation>Expansion&#xa0;: hausse de prix</translation>
    </message>
    <message>
        <source>Expansion (motion not recorded)</source>
        <translation>Expansion (levier non renseigné)</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Contraction</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Attrition</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Réactivation</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Cannot Open Plan</source>
        <translation>Impossible d&apos;ouvrir le plan</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Keyplan has a good backup of this plan from %1 (%2 accounts, %3 key accounts). Restore it? The damaged file is kept beside it as %4.</source>
        <translation>Keyplan a une sauvegarde saine de ce plan du %1 (%2 comptes, dont %3 comptes clés). La restaurer&#xa0;? Le fichier endommagé est conservé à côté sous le nom %4.</translation>
    </message>
    <message>
        <source>Restore the Backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Avant une mise à niveau</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Avant une importation</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Faite à la main</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>the backup folder %1 could not be made</source>
        <translation>le dossier de sauvegarde %1 n&apos;a pas pu être créé</translation>
    </message>
    <message>
        <source>the backup did not pass its check (%1)</source>
        <translation>la sauvegarde n&apos;a pas passé sa vérification (%1)</translation>
    </message>
    <message>
        <source>the plan could not be read: %1</source>
        <translation>le plan n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>elle est endommagée (%1)</translation>
    </message>
    <message>
        <source>the plan is open in another Keyplan; close it there first</source>
        <translation>le plan est ouvert dans un autre Keyplan&#xa0;; fermez-le d&apos;abord là-bas</translation>
    </message>
    <message>
        <source>the plan could not be locked</source>
        <translation>le plan n&apos;a pas pu être verrouillé</translation>
    </message>
    <message>
        <source>the backup could not be copied beside the plan</source>
        <translation>la sauvegarde n&apos;a pas pu être copiée à côté du plan</translation>
    </message>
    <message>
        <source>the damaged plan could not be moved aside to %1</source>
        <translation>le plan endommagé n&apos;a pas pu être déplacé vers %1</translation>
    </message>
    <message>
        <source>the backup could not be put in place; the damaged plan is at %1</source>
        <translation>la sauvegarde n&apos;a pas pu être mise en place&#xa0;; le plan endommagé est à %1</translation>
    </message>
</context>
<context>
    <name>BuyingLayer</name>
    <message>
        <source>Executive sponsor</source>
        <translation>Sponsor de direction</translation>
    </message>
    <message>
        <source>Economic buyer</source>
        <translation>Décideur économique</translation>
    </message>
    <message>
        <source>Users and admins</source>
        <translation>Utilisateurs et administrateurs</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>CellState</name>
    <message>
        <source>Open whitespace</source>
        <translation>Potentiel ouvert</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendu</translation>
    </message>
    <message>
        <source>In pipeline</source>
        <translation>Dans le pipeline</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Rend compte à</translation>
    </message>
    <message>
        <source>Buying layer</source>
        <translation>Niveau de décision</translation>
    </message>
    <message>
        <source>Decision role</source>
        <translation>Rôle dans la décision</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Relationship wanted</source>
        <translation>Relation visée</translation>
    </message>
    <message>
        <source>Our owner</source>
        <translation>Responsable chez nous</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Customer owner</source>
        <translation>Responsable chez le client</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Parti le</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Place on the map</source>
        <translation>Place sur la carte</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Key account</source>
        <translation>Compte clé</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>Effective le</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Date de renouvellement</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Clôture prévue</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Link between people</source>
        <translation>Lien entre personnes</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Meeting attendee</source>
        <translation>Participant à la réunion</translation>
    </message>
    <message>
        <source>Meeting attendee on our side</source>
        <translation>Participant de notre côté</translation>
    </message>
    <message>
        <source>Map review</source>
        <translation>Revue de la carte</translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation>Stade de la relation</translation>
    </message>
    <message>
        <source>Change of ARR</source>
        <translation>Variation de l&apos;ARR</translation>
    </message>
    <message>
        <source>Change of owner</source>
        <translation>Changement de responsable</translation>
    </message>
    <message>
        <source>Opportunity check</source>
        <translation>Vérification de l&apos;opportunité</translation>
    </message>
    <message>
        <source>Whitespace</source>
        <translation>Potentiel inexploité</translation>
    </message>
    <message>
        <source>Value outcome</source>
        <translation>Résultat obtenu</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>QBR</source>
        <translation>QBR</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Play step</source>
        <translation>Étape de l&apos;action</translation>
    </message>
    <message>
        <source>Health mark</source>
        <translation>Note de santé</translation>
    </message>
    <message>
        <source>Health override</source>
        <translation>Note de santé imposée</translation>
    </message>
    <message>
        <source>Health snapshot</source>
        <translation>Relevé de santé</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Metric value</source>
        <translation>Valeur d&apos;indicateur</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Moved on the map</source>
        <translation>Déplacé sur la carte</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>backup takes one plan file</source>
        <translation>backup prend un fichier de plan</translation>
    </message>
    <message>
        <source>a team plan is backed up by its server (pg_dump), or copied to a plan file with: keyplan copy %1 FILE</source>
        <translation>un plan d&apos;équipe est sauvegardé par son serveur (pg_dump), ou copié dans un fichier de plan avec&#xa0;: keyplan copy %1 FICHIER</translation>
    </message>
    <message>
        <source>-o needs a file name</source>
        <translation>-o demande un nom de fichier</translation>
    </message>
    <message>
        <source>the backup could not be written: %1</source>
        <translation>la sauvegarde n&apos;a pas pu être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: backed up to %2 (%3)</source>
        <translation>%1&#xa0;: sauvegardé dans %2 (%3)</translation>
    </message>
    <message>
        <source>%1: unchanged since its backup %2</source>
        <translation>%1&#xa0;: inchangé depuis sa sauvegarde %2</translation>
    </message>
    <message>
        <source>%1 is the plan itself; choose another file.</source>
        <translation>%1 est le plan lui-même&#xa0;; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; choose another name.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 already exists; add --replace to replace it.</source>
        <translation>%1 existe déjà&#xa0;; ajoutez --replace pour le remplacer.</translation>
    </message>
    <message>
        <source>%1 is open in Keyplan; close it first.</source>
        <translation>%1 est ouvert dans Keyplan&#xa0;; fermez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>%1 is a plan open in another Keyplan; close it there first.</source>
        <translation>%1 est un plan ouvert dans un autre Keyplan&#xa0;; fermez-le d&apos;abord là-bas.</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>impossible d&apos;écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be written (it appeared meanwhile?)</source>
        <translation>%1 n&apos;a pas pu être écrit (est-il apparu entre-temps&#xa0;?)</translation>
    </message>
    <message>
        <source>restore takes one plan file and --from FILE</source>
        <translation>restore prend un fichier de plan et --from FICHIER</translation>
    </message>
    <message>
        <source>a team plan is restored with its server&apos;s tools (pg_restore); a plan file goes onto a new team plan with: keyplan copy FILE URL</source>
        <translation>un plan d&apos;équipe se restaure avec les outils de son serveur (pg_restore)&#xa0;; un fichier de plan va dans un nouveau plan d&apos;équipe avec&#xa0;: keyplan copy FICHIER URL</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 ne peut pas être restauré&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is the plan itself; nothing to restore.</source>
        <translation>%1 est le plan lui-même&#xa0;; rien à restaurer.</translation>
    </message>
    <message>
        <source>the plan as it is now could not be backed up first, so nothing was restored: %1</source>
        <translation>le plan tel qu&apos;il est n&apos;a pas pu être sauvegardé d&apos;abord, donc rien n&apos;a été restauré&#xa0;: %1</translation>
    </message>
    <message>
        <source>the backup could not be restored (%1); the plan is unchanged</source>
        <translation>la sauvegarde n&apos;a pas pu être restaurée (%1)&#xa0;; le plan est inchangé</translation>
    </message>
    <message>
        <source>the plan was restored, but closing it said: %1</source>
        <translation>le plan a été restauré, mais sa fermeture a signalé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: restored from %2; the plan as it was is kept at %3</source>
        <translation>%1&#xa0;: restauré depuis %2&#xa0;; le plan tel qu&apos;il était est conservé à %3</translation>
    </message>
    <message>
        <source>%1: restored from %2; the damaged plan is kept at %3</source>
        <translation>%1&#xa0;: restauré depuis %2&#xa0;; le plan endommagé est conservé à %3</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>%1 n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>%1: restored from %2</source>
        <translation>%1&#xa0;: restauré depuis %2</translation>
    </message>
    <message>
        <source>sample takes one plan file</source>
        <translation>sample prend un fichier de plan</translation>
    </message>
    <message>
        <source>--accounts takes a whole number from 1 to 1000000</source>
        <translation>--accounts prend un nombre entier de 1 à 1000000</translation>
    </message>
    <message>
        <source>--as-of takes a date as YYYY-MM-DD</source>
        <translation>--as-of prend une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>the sample could not be written: %1</source>
        <translation>l&apos;exemple n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>report takes one plan file</source>
        <translation>report prend un fichier de plan</translation>
    </message>
    <message>
        <source>--scope takes all or key</source>
        <translation>--scope prend all ou key</translation>
    </message>
    <message>
        <source>--period takes ttm, ytd, a year (2025), a fiscal year (FY2025), a quarter (2025-Q3) or a range (2025-04-01..2026-03-31)</source>
        <translation>--period prend ttm, ytd, une année (2025), un exercice (FY2025), un trimestre (2025-Q3) ou une plage (2025-04-01..2026-03-31)</translation>
    </message>
    <message>
        <source>the plan is damaged and could not be read (%1). Keyplan did not change it; `keyplan check` tells more.</source>
        <translation>le plan est endommagé et n&apos;a pas pu être lu (%1). Keyplan ne l&apos;a pas modifié&#xa0;; `keyplan check` en dit plus.</translation>
    </message>
    <message>
        <source>nobody called &quot;%1&quot; is on the plan&apos;s team</source>
        <translation>personne du nom de «&#xa0;%1&#xa0;» dans l&apos;équipe du plan</translation>
    </message>
    <message>
        <source>the figures need exchange rates the plan does not have: %1. Add them in Plan Settings (Exchange Rates) and run the report again.</source>
        <translation>les chiffres demandent des taux de change que le plan n&apos;a pas&#xa0;: %1. Ajoutez-les dans les Paramètres du plan (Taux de change) et relancez le rapport.</translation>
    </message>
    <message>
        <source>check takes one plan file</source>
        <translation>check prend un fichier de plan</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The plan could not be read as `keyplan report` reads it: %1</source>
        <translation>Le plan n&apos;a pas pu être lu comme `keyplan report` le lit&#xa0;: %1</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>erreur&#xa0;: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
    <message numerus="yes">
        <source>%1: the plan is sound (%n warnings).</source>
        <translation>
            <numerusform>%1&#xa0;: le plan est sain (%n avertissement).</numerusform>
            <numerusform>%1&#xa0;: le plan est sain (%n avertissements).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: 1 problem found; Keyplan did not change the plan.</source>
        <translation>%1&#xa0;: 1 problème trouvé&#xa0;; Keyplan n&apos;a pas modifié le plan.</translation>
    </message>
    <message>
        <source>%1: %2 problems found; Keyplan did not change the plan.</source>
        <translation>%1&#xa0;: %2 problèmes trouvés&#xa0;; Keyplan n&apos;a pas modifié le plan.</translation>
    </message>
    <message>
        <source>plays takes one plan file</source>
        <translation>plays prend un fichier de plan</translation>
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
        <translation>Utilisation&#xa0;:
  keyplan [PLAN]                       ouvrir le plan (par défaut&#xa0;: votre portefeuille)
                                       Partout où une commande prend un PLAN, l&apos;adresse d&apos;un
                                       plan d&apos;équipe convient aussi&#xa0;: postgresql://user@host:5432/db
  keyplan sample PLAN [--accounts N] [--as-of YYYY-MM-DD]
                                       écrire le portefeuille d&apos;exemple (ou N comptes générés)
                                       dans un nouveau fichier de plan
  keyplan report PLAN [--json] [--period ttm|ytd|YYYY|FYYYYY|YYYY-Qn|FIRST..LAST]
                      [--scope all|key] [--owner NAME] [--as-of YYYY-MM-DD]
                                       chiffres du portefeuille et par compte (couverture
                                       d&apos;aujourd&apos;hui, ou du jour indiqué)
  keyplan plays PLAN [--json] [--owner NAME] [--as-of YYYY-MM-DD]
                                       les actions en cours aujourd&apos;hui (ou le jour indiqué),
                                       telles que les règles voient le plan&#xa0;; le plan n&apos;est
                                       pas modifié
  keyplan check PLAN                   vérification d&apos;intégrité et de cohérence
  keyplan backup PLAN [-o FILE [--replace]]
                                       une copie vérifiée du plan (par défaut&#xa0;: dans vos sauvegardes)
  keyplan restore PLAN --from FILE     remettre une sauvegarde&#xa0;; le plan tel qu&apos;il était
                                       devient une sauvegarde
  keyplan import PLAN FILE... [--format auto|salesforce|hubspot|linkedin|vcard|json|csv]
                 [--account NAME] [--mapping FILE] [--dry-run] [--as-of YYYY-MM-DD]
                                       comptes, personnes, opportunités, ARR et usages depuis
                                       des exports de CRM (un zip d&apos;export Salesforce est un
                                       seul fichier)&#xa0;; le plan est créé s&apos;il manque&#xa0;;
                                       réimporter met à jour
  keyplan export PLAN --format json|csv|ics -o OUT [--as-of YYYY-MM-DD]
                                       le plan entier en JSON (s&apos;importe dans un nouveau plan),
                                       cinq tableurs (un dossier, ou OUT.zip), ou ses
                                       renouvellements, QBR à faire, actions et prochaines
                                       étapes en calendrier
  keyplan export-map PLAN --account NAME -o OUT.pdf|OUT.svg|OUT.png
                    [--page-size a4|letter] [--as-of YYYY-MM-DD]
                                       la carte des parties prenantes du compte, telle qu&apos;imprimée
  keyplan export-qbr PLAN --account NAME -o OUT.pdf|OUT.odt|OUT.pptx
                    [--edition customer|internal] [--page-size a4|letter] [--as-of YYYY-MM-DD]
                                       le QBR du compte&#xa0;: papier, texte modifiable ou
                                       diapositives&#xa0;; l&apos;édition client sauf avec
                                       --edition internal
  keyplan export-qbr PLAN -o FOLDER [--edition customer|internal] [--replace]
                                       un PDF de QBR par compte clé et la synthèse du
                                       portefeuille (les fichiers déjà dans FOLDER ne sont
                                       remplacés qu&apos;avec --replace)

  keyplan team init URL                créer un plan d&apos;équipe dans une base PostgreSQL vide
                                       (ou en mettre un à niveau), avec les rôles
                                       keyplan_reader et keyplan_editor
  keyplan team grant URL USER --role reader|editor
                                       permettre à un utilisateur du serveur de lire, ou de
                                       lire et modifier, le plan d&apos;équipe
  keyplan copy SRC DST                 copier un plan entier dans un nouveau&#xa0;: un fichier de
                                       plan vers un plan d&apos;équipe, un plan d&apos;équipe vers un
                                       fichier (hors ligne, sauvegarde)

Code de sortie&#xa0;: 0 fait, 1 l&apos;entrée a été refusée, 2 mauvaise utilisation.
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande donnée</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>commande inconnue %1</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 demande une valeur</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>option inconnue --%1</translation>
    </message>
    <message>
        <source>--page-size takes a4 or letter</source>
        <translation>--page-size prend a4 ou letter</translation>
    </message>
    <message>
        <source>there is no account named &quot;%1&quot; in %2; nothing was written.</source>
        <translation>aucun compte nommé «&#xa0;%1&#xa0;» dans %2&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>more than one account is named &quot;%1&quot;; give the name exactly as the plan spells it. Nothing was written.</source>
        <translation>plusieurs comptes s&apos;appellent «&#xa0;%1&#xa0;»&#xa0;; donnez le nom exactement comme le plan l&apos;écrit. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>keyplan: unexpected argument %1</source>
        <translation>keyplan&#xa0;: argument inattendu %1</translation>
    </message>
    <message>
        <source>export-map takes one plan file</source>
        <translation>export-map prend un fichier de plan</translation>
    </message>
    <message>
        <source>export-map needs --account NAME</source>
        <translation>export-map demande --account NOM</translation>
    </message>
    <message>
        <source>export-map needs -o OUT.pdf, OUT.svg or OUT.png</source>
        <translation>export-map demande -o SORTIE.pdf, SORTIE.svg ou SORTIE.png</translation>
    </message>
    <message>
        <source>the output file must end in .pdf, .svg or .png</source>
        <translation>le fichier de sortie doit se terminer par .pdf, .svg ou .png</translation>
    </message>
    <message>
        <source>%1 is a file; without --account, -o names a folder.</source>
        <translation>%1 est un fichier&#xa0;; sans --account, -o désigne un dossier.</translation>
    </message>
    <message>
        <source>the folder %1 could not be made</source>
        <translation>le dossier %1 n&apos;a pas pu être créé</translation>
    </message>
    <message>
        <source>the plan is damaged and could not be read (%1); nothing was written.</source>
        <translation>le plan est endommagé et n&apos;a pas pu être lu (%1)&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>the portfolio summary needs exchange rates the plan does not have: %1; nothing was written.</source>
        <translation>la synthèse du portefeuille demande des taux de change que le plan n&apos;a pas&#xa0;: %1&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation>Synthèse du portefeuille</translation>
    </message>
    <message>
        <source>%1 in %2 is not a regular file (a link or a folder); nothing was written.</source>
        <translation>%1 dans %2 n&apos;est pas un fichier ordinaire (un lien ou un dossier)&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1 would be replaced (%2); nothing was written. Choose an empty folder, or add --replace.</source>
        <translation>
            <numerusform>%n fichier de %1 serait remplacé (%2)&#xa0;; rien n&apos;a été écrit. Choisissez un dossier vide, ou ajoutez --replace.</numerusform>
            <numerusform>%n fichiers de %1 seraient remplacés (%2)&#xa0;; rien n&apos;a été écrit. Choisissez un dossier vide, ou ajoutez --replace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n summary(ies) written before it)</source>
        <translation>
            <numerusform>%1 (%n synthèse écrite avant)</numerusform>
            <numerusform>%1 (%n synthèses écrites avant)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 QBR summaries (%3) and the portfolio summary written to %4</source>
        <translation>%1&#xa0;: %2 synthèses QBR (%3) et la synthèse du portefeuille écrites dans %4</translation>
    </message>
    <message>
        <source>export-qbr takes one plan file</source>
        <translation>export-qbr prend un fichier de plan</translation>
    </message>
    <message>
        <source>--edition is customer or internal</source>
        <translation>--edition vaut customer ou internal</translation>
    </message>
    <message>
        <source>export-qbr needs -o FOLDER (or --account NAME -o OUT.pdf|OUT.odt|OUT.pptx)</source>
        <translation>export-qbr demande -o DOSSIER (ou --account NOM -o SORTIE.pdf|SORTIE.odt|SORTIE.pptx)</translation>
    </message>
    <message>
        <source>export-qbr needs -o OUT.pdf, OUT.odt or OUT.pptx</source>
        <translation>export-qbr demande -o SORTIE.pdf, SORTIE.odt ou SORTIE.pptx</translation>
    </message>
    <message>
        <source>the output file must end in .pdf, .odt or .pptx</source>
        <translation>le fichier de sortie doit se terminer par .pdf, .odt ou .pptx</translation>
    </message>
    <message>
        <source>--account needs a name</source>
        <translation>--account demande un nom</translation>
    </message>
    <message>
        <source>team init takes one team plan&apos;s address (postgresql://...)</source>
        <translation>team init prend l&apos;adresse d&apos;un plan d&apos;équipe (postgresql://...)</translation>
    </message>
    <message>
        <source>Made a new team plan at %1 (format %2), with the roles %3 and %4.</source>
        <translation>Nouveau plan d&apos;équipe créé à %1 (format %2), avec les rôles %3 et %4.</translation>
    </message>
    <message>
        <source>Give people access with: keyplan team grant %1 USER --role reader|editor</source>
        <translation>Donnez l&apos;accès avec&#xa0;: keyplan team grant %1 UTILISATEUR --role reader|editor</translation>
    </message>
    <message>
        <source>%1 may only read this team plan; its owner runs team init.</source>
        <translation>%1 ne peut que lire ce plan d&apos;équipe&#xa0;; c&apos;est son propriétaire qui lance team init.</translation>
    </message>
    <message>
        <source>The roles could not be granted: %1</source>
        <translation>Les rôles n&apos;ont pas pu être accordés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Upgraded the team plan at %1 from format %2 to %3.</source>
        <translation>Plan d&apos;équipe à %1 mis à niveau du format %2 au format %3.</translation>
    </message>
    <message>
        <source>The team plan at %1 is already in this Keyplan&apos;s format (%2); nothing to do.</source>
        <translation>Le plan d&apos;équipe à %1 est déjà au format de ce Keyplan (%2)&#xa0;; rien à faire.</translation>
    </message>
    <message>
        <source>team grant takes a team plan&apos;s address and a user</source>
        <translation>team grant prend l&apos;adresse d&apos;un plan d&apos;équipe et un utilisateur</translation>
    </message>
    <message>
        <source>--role takes reader or editor</source>
        <translation>--role prend reader ou editor</translation>
    </message>
    <message>
        <source>only the plan&apos;s owner (who ran team init or published it) or an administrator of the server grants Keyplan&apos;s roles (%1)</source>
        <translation>seul le propriétaire du plan (qui a lancé team init ou l&apos;a publié) ou un administrateur du serveur accorde les rôles de Keyplan (%1)</translation>
    </message>
    <message>
        <source>%1 could not be made a reader: %2</source>
        <translation>%1 n&apos;a pas pu devenir lecteur&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be made an editor: %2</source>
        <translation>%1 n&apos;a pas pu devenir éditeur&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 may now connect to the team plan at %2 and read it, changing nothing (a reader on every Keyplan plan of this server they may connect to).</source>
        <translation>%1 peut maintenant se connecter au plan d&apos;équipe à %2 et le lire, sans rien modifier (lecteur de tous les plans Keyplan de ce serveur auxquels cette personne peut se connecter).</translation>
    </message>
    <message>
        <source>%1 may now connect to the team plan at %2, read it and edit it (an editor on every Keyplan plan of this server they may connect to).</source>
        <translation>%1 peut maintenant se connecter au plan d&apos;équipe à %2, le lire et le modifier (éditeur de tous les plans Keyplan de ce serveur auxquels cette personne peut se connecter).</translation>
    </message>
    <message>
        <source>team takes init or grant</source>
        <translation>team prend init ou grant</translation>
    </message>
    <message>
        <source>unknown team command %1; it takes init or grant</source>
        <translation>commande team inconnue %1&#xa0;; elle prend init ou grant</translation>
    </message>
    <message>
        <source>copy takes the plan to copy and where to copy it (a plan file or a team plan&apos;s address)</source>
        <translation>copy prend le plan à copier et sa destination (un fichier de plan ou l&apos;adresse d&apos;un plan d&apos;équipe)</translation>
    </message>
    <message>
        <source>The plan could not be copied to %1: %2. The team plan there was made but holds nothing of it; copy again once the cause is fixed.</source>
        <translation>Le plan n&apos;a pas pu être copié vers %1&#xa0;: %2. Le plan d&apos;équipe y a été créé mais ne contient rien&#xa0;; copiez à nouveau une fois la cause corrigée.</translation>
    </message>
    <message>
        <source>The plan could not be copied to %1: %2</source>
        <translation>Le plan n&apos;a pas pu être copié vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Copied %1 (1 account, %2 rows) to %3.</source>
        <translation>%1 (1 compte, %2 lignes) copié vers %3.</translation>
    </message>
    <message>
        <source>Copied %1 (%2 accounts, %3 rows) to %4.</source>
        <translation>%1 (%2 comptes, %3 lignes) copié vers %4.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>le segment</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>le niveau</translation>
    </message>
    <message>
        <source>key account flag</source>
        <translation>l&apos;indicateur de compte clé</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>le responsable</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>le secteur</translation>
    </message>
    <message>
        <source>region</source>
        <translation>la région</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>les effectifs</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>la devise</translation>
    </message>
    <message>
        <source>renewal date</source>
        <translation>la date de renouvellement</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>les notes</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Add account %1</source>
        <translation>Ajouter le compte %1</translation>
    </message>
    <message>
        <source>Delete account %1</source>
        <translation>Supprimer le compte %1</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Passage à %1</translation>
    </message>
    <message>
        <source>Edit stage change of %1</source>
        <translation>Modifier le changement de stade de %1</translation>
    </message>
    <message>
        <source>Add team member %1</source>
        <translation>Ajouter le membre d&apos;équipe %1</translation>
    </message>
    <message>
        <source>Change the coverage settings</source>
        <translation>Modifier les paramètres de couverture</translation>
    </message>
</context>
<context>
    <name>CoverageText</name>
    <message>
        <source>Coverage %1 (target %2–%3)</source>
        <translation>Couverture %1 (cible %2–%3)</translation>
    </message>
    <message>
        <source>Nobody from the buying group is on the map yet</source>
        <translation>Personne du groupe d&apos;achat n&apos;est encore sur la carte</translation>
    </message>
    <message>
        <source>single-threaded</source>
        <translation>trop peu de contacts</translation>
    </message>
    <message>
        <source>empty seats: %1</source>
        <translation>sièges vides&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 company-owned</source>
        <translation>%1 suivis par l&apos;entreprise</translation>
    </message>
    <message>
        <source>map never reviewed</source>
        <translation>carte jamais revue</translation>
    </message>
    <message numerus="yes">
        <source>map last reviewed %n days ago: review it</source>
        <translation>
            <numerusform>carte revue il y a %n jour&#xa0;: à revoir</numerusform>
            <numerusform>carte revue il y a %n jours&#xa0;: à revoir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>map reviewed %n days ago</source>
        <translation>
            <numerusform>carte revue il y a %n jour</numerusform>
            <numerusform>carte revue il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1, column %2: a quoted field is not closed</source>
        <translation>ligne %1, colonne %2&#xa0;: un champ entre guillemets n&apos;est pas fermé</translation>
    </message>
    <message>
        <source>line %1: the row is longer than 16 MiB</source>
        <translation>ligne %1&#xa0;: la ligne dépasse 16 Mio</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>UAE dirham</source>
        <translation>Dirham des Émirats arabes unis</translation>
    </message>
    <message>
        <source>Afghan afghani</source>
        <translation>Afghani afghan</translation>
    </message>
    <message>
        <source>Albanian lek</source>
        <translation>Lek albanais</translation>
    </message>
    <message>
        <source>Armenian dram</source>
        <translation>Dram arménien</translation>
    </message>
    <message>
        <source>Netherlands Antillean guilder</source>
        <translation>Florin antillais</translation>
    </message>
    <message>
        <source>Angolan kwanza</source>
        <translation>Kwanza angolais</translation>
    </message>
    <message>
        <source>Argentine peso</source>
        <translation>Peso argentin</translation>
    </message>
    <message>
        <source>Australian dollar</source>
        <translation>Dollar australien</translation>
    </message>
    <message>
        <source>Aruban florin</source>
        <translation>Florin arubais</translation>
    </message>
    <message>
        <source>Azerbaijani manat</source>
        <translation>Manat azerbaïdjanais</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina convertible mark</source>
        <translation>Mark convertible de Bosnie-Herzégovine</translation>
    </message>
    <message>
        <source>Barbados dollar</source>
        <translation>Dollar barbadien</translation>
    </message>
    <message>
        <source>Bangladeshi taka</source>
        <translation>Taka bangladais</translation>
    </message>
    <message>
        <source>Bulgarian lev</source>
        <translation>Lev bulgare</translation>
    </message>
    <message>
        <source>Bahraini dinar</source>
        <translation>Dinar bahreïni</translation>
    </message>
    <message>
        <source>Burundian franc</source>
        <translation>Franc burundais</translation>
    </message>
    <message>
        <source>Bermudian dollar</source>
        <translation>Dollar bermudien</translation>
    </message>
    <message>
        <source>Brunei dollar</source>
        <translation>Dollar brunéien</translation>
    </message>
    <message>
        <source>Boliviano</source>
        <translation>Boliviano</translation>
    </message>
    <message>
        <source>Brazilian real</source>
        <translation>Réal brésilien</translation>
    </message>
    <message>
        <source>Bahamian dollar</source>
        <translation>Dollar bahaméen</translation>
    </message>
    <message>
        <source>Bhutanese ngultrum</source>
        <translation>Ngultrum bhoutanais</translation>
    </message>
    <message>
        <source>Botswana pula</source>
        <translation>Pula botswanais</translation>
    </message>
    <message>
        <source>Belarusian ruble</source>
        <translation>Rouble biélorusse</translation>
    </message>
    <message>
        <source>Belize dollar</source>
        <translation>Dollar bélizien</translation>
    </message>
    <message>
        <source>Canadian dollar</source>
        <translation>Dollar canadien</translation>
    </message>
    <message>
        <source>Congolese franc</source>
        <translation>Franc congolais</translation>
    </message>
    <message>
        <source>Swiss franc</source>
        <translation>Franc suisse</translation>
    </message>
    <message>
        <source>Chilean peso</source>
        <translation>Peso chilien</translation>
    </message>
    <message>
        <source>Chinese yuan</source>
        <translation>Yuan chinois</translation>
    </message>
    <message>
        <source>Colombian peso</source>
        <translation>Peso colombien</translation>
    </message>
    <message>
        <source>Costa Rican colón</source>
        <translation>Colón costaricien</translation>
    </message>
    <message>
        <source>Cuban peso</source>
        <translation>Peso cubain</translation>
    </message>
    <message>
        <source>Cape Verdean escudo</source>
        <translation>Escudo cap-verdien</translation>
    </message>
    <message>
        <source>Czech koruna</source>
        <translation>Couronne tchèque</translation>
    </message>
    <message>
        <source>Djiboutian franc</source>
        <translation>Franc djiboutien</translation>
    </message>
    <message>
        <source>Danish krone</source>
        <translation>Couronne danoise</translation>
    </message>
    <message>
        <source>Dominican peso</source>
        <translation>Peso dominicain</translation>
    </message>
    <message>
        <source>Algerian dinar</source>
        <translation>Dinar algérien</translation>
    </message>
    <message>
        <source>Egyptian pound</source>
        <translation>Livre égyptienne</translation>
    </message>
    <message>
        <source>Eritrean nakfa</source>
        <translation>Nakfa érythréen</translation>
    </message>
    <message>
        <source>Ethiopian birr</source>
        <translation>Birr éthiopien</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <source>Fiji dollar</source>
        <translation>Dollar fidjien</translation>
    </message>
    <message>
        <source>Falkland Islands pound</source>
        <translation>Livre des Malouines</translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation>Livre sterling</translation>
    </message>
    <message>
        <source>Georgian lari</source>
        <translation>Lari géorgien</translation>
    </message>
    <message>
        <source>Ghanaian cedi</source>
        <translation>Cédi ghanéen</translation>
    </message>
    <message>
        <source>Gibraltar pound</source>
        <translation>Livre de Gibraltar</translation>
    </message>
    <message>
        <source>Gambian dalasi</source>
        <translation>Dalasi gambien</translation>
    </message>
    <message>
        <source>Guinean franc</source>
        <translation>Franc guinéen</translation>
    </message>
    <message>
        <source>Guatemalan quetzal</source>
        <translation>Quetzal guatémaltèque</translation>
    </message>
    <message>
        <source>Guyanese dollar</source>
        <translation>Dollar du Guyana</translation>
    </message>
    <message>
        <source>Hong Kong dollar</source>
        <translation>Dollar de Hong Kong</translation>
    </message>
    <message>
        <source>Honduran lempira</source>
        <translation>Lempira hondurien</translation>
    </message>
    <message>
        <source>Haitian gourde</source>
        <translation>Gourde haïtienne</translation>
    </message>
    <message>
        <source>Hungarian forint</source>
        <translation>Forint hongrois</translation>
    </message>
    <message>
        <source>Indonesian rupiah</source>
        <translation>Roupie indonésienne</translation>
    </message>
    <message>
        <source>Israeli new shekel</source>
        <translation>Nouveau shekel israélien</translation>
    </message>
    <message>
        <source>Indian rupee</source>
        <translation>Roupie indienne</translation>
    </message>
    <message>
        <source>Iraqi dinar</source>
        <translation>Dinar irakien</translation>
    </message>
    <message>
        <source>Iranian rial</source>
        <translation>Rial iranien</translation>
    </message>
    <message>
        <source>Icelandic króna</source>
        <translation>Couronne islandaise</translation>
    </message>
    <message>
        <source>Jamaican dollar</source>
        <translation>Dollar jamaïcain</translation>
    </message>
    <message>
        <source>Jordanian dinar</source>
        <translation>Dinar jordanien</translation>
    </message>
    <message>
        <source>Japanese yen</source>
        <translation>Yen japonais</translation>
    </message>
    <message>
        <source>Kenyan shilling</source>
        <translation>Shilling kényan</translation>
    </message>
    <message>
        <source>Kyrgyzstani som</source>
        <translation>Som kirghize</translation>
    </message>
    <message>
        <source>Cambodian riel</source>
        <translation>Riel cambodgien</translation>
    </message>
    <message>
        <source>Comoro franc</source>
        <translation>Franc comorien</translation>
    </message>
    <message>
        <source>North Korean won</source>
        <translation>Won nord-coréen</translation>
    </message>
    <message>
        <source>South Korean won</source>
        <translation>Won sud-coréen</translation>
    </message>
    <message>
        <source>Kuwaiti dinar</source>
        <translation>Dinar koweïtien</translation>
    </message>
    <message>
        <source>Cayman Islands dollar</source>
        <translation>Dollar des îles Caïmans</translation>
    </message>
    <message>
        <source>Kazakhstani tenge</source>
        <translation>Tenge kazakh</translation>
    </message>
    <message>
        <source>Lao kip</source>
        <translation>Kip laotien</translation>
    </message>
    <message>
        <source>Lebanese pound</source>
        <translation>Livre libanaise</translation>
    </message>
    <message>
        <source>Sri Lankan rupee</source>
        <translation>Roupie srilankaise</translation>
    </message>
    <message>
        <source>Liberian dollar</source>
        <translation>Dollar libérien</translation>
    </message>
    <message>
        <source>Lesotho loti</source>
        <translation>Loti lesothan</translation>
    </message>
    <message>
        <source>Libyan dinar</source>
        <translation>Dinar libyen</translation>
    </message>
    <message>
        <source>Moroccan dirham</source>
        <translation>Dirham marocain</translation>
    </message>
    <message>
        <source>Moldovan leu</source>
        <translation>Leu moldave</translation>
    </message>
    <message>
        <source>Malagasy ariary</source>
        <translation>Ariary malgache</translation>
    </message>
    <message>
        <source>Macedonian denar</source>
        <translation>Denar macédonien</translation>
    </message>
    <message>
        <source>Myanmar kyat</source>
        <translation>Kyat birman</translation>
    </message>
    <message>
        <source>Mongolian tögrög</source>
        <translation>Tugrik mongol</translation>
    </message>
    <message>
        <source>Macanese pataca</source>
        <translation>Pataca macanaise</translation>
    </message>
    <message>
        <source>Mauritanian ouguiya</source>
        <translation>Ouguiya mauritanien</translation>
    </message>
    <message>
        <source>Mauritian rupee</source>
        <translation>Roupie mauricienne</translation>
    </message>
    <message>
        <source>Maldivian rufiyaa</source>
        <translation>Rufiyaa maldivien</translation>
    </message>
    <message>
        <source>Malawian kwacha</source>
        <translation>Kwacha malawite</translation>
    </message>
    <message>
        <source>Mexican peso</source>
        <translation>Peso mexicain</translation>
    </message>
    <message>
        <source>Malaysian ringgit</source>
        <translation>Ringgit malaisien</translation>
    </message>
    <message>
        <source>Mozambican metical</source>
        <translation>Metical mozambicain</translation>
    </message>
    <message>
        <source>Namibian dollar</source>
        <translation>Dollar namibien</translation>
    </message>
    <message>
        <source>Nigerian naira</source>
        <translation>Naira nigérian</translation>
    </message>
    <message>
        <source>Nicaraguan córdoba</source>
        <translation>Córdoba nicaraguayen</translation>
    </message>
    <message>
        <source>Norwegian krone</source>
        <translation>Couronne norvégienne</translation>
    </message>
    <message>
        <source>Nepalese rupee</source>
        <translation>Roupie népalaise</translation>
    </message>
    <message>
        <source>New Zealand dollar</source>
        <translation>Dollar néo-zélandais</translation>
    </message>
    <message>
        <source>Omani rial</source>
        <translation>Rial omanais</translation>
    </message>
    <message>
        <source>Panamanian balboa</source>
        <translation>Balboa panaméen</translation>
    </message>
    <message>
        <source>Peruvian sol</source>
        <translation>Sol péruvien</translation>
    </message>
    <message>
        <source>Papua New Guinean kina</source>
        <translation>Kina papouan-néo-guinéen</translation>
    </message>
    <message>
        <source>Philippine peso</source>
        <translation>Peso philippin</translation>
    </message>
    <message>
        <source>Pakistani rupee</source>
        <translation>Roupie pakistanaise</translation>
    </message>
    <message>
        <source>Polish złoty</source>
        <translation>Złoty polonais</translation>
    </message>
    <message>
        <source>Paraguayan guaraní</source>
        <translation>Guaraní paraguayen</translation>
    </message>
    <message>
        <source>Qatari riyal</source>
        <translation>Riyal qatari</translation>
    </message>
    <message>
        <source>Romanian leu</source>
        <translation>Leu roumain</translation>
    </message>
    <message>
        <source>Serbian dinar</source>
        <translation>Dinar serbe</translation>
    </message>
    <message>
        <source>Russian ruble</source>
        <translation>Rouble russe</translation>
    </message>
    <message>
        <source>Rwandan franc</source>
        <translation>Franc rwandais</translation>
    </message>
    <message>
        <source>Saudi riyal</source>
        <translation>Riyal saoudien</translation>
    </message>
    <message>
        <source>Solomon Islands dollar</source>
        <translation>Dollar des îles Salomon</translation>
    </message>
    <message>
        <source>Seychelles rupee</source>
        <translation>Roupie seychelloise</translation>
    </message>
    <message>
        <source>Sudanese pound</source>
        <translation>Livre soudanaise</translation>
    </message>
    <message>
        <source>Swedish krona</source>
        <translation>Couronne suédoise</translation>
    </message>
    <message>
        <source>Singapore dollar</source>
        <translation>Dollar de Singapour</translation>
    </message>
    <message>
        <source>Saint Helena pound</source>
        <translation>Livre de Sainte-Hélène</translation>
    </message>
    <message>
        <source>Sierra Leonean leone</source>
        <translation>Leone sierraléonais</translation>
    </message>
    <message>
        <source>Somali shilling</source>
        <translation>Shilling somalien</translation>
    </message>
    <message>
        <source>Surinamese dollar</source>
        <translation>Dollar surinamais</translation>
    </message>
    <message>
        <source>South Sudanese pound</source>
        <translation>Livre sud-soudanaise</translation>
    </message>
    <message>
        <source>São Tomé and Príncipe dobra</source>
        <translation>Dobra santoméen</translation>
    </message>
    <message>
        <source>Syrian pound</source>
        <translation>Livre syrienne</translation>
    </message>
    <message>
        <source>Swazi lilangeni</source>
        <translation>Lilangeni swazi</translation>
    </message>
    <message>
        <source>Thai baht</source>
        <translation>Baht thaïlandais</translation>
    </message>
    <message>
        <source>Tajikistani somoni</source>
        <translation>Somoni tadjik</translation>
    </message>
    <message>
        <source>Turkmenistan manat</source>
        <translation>Manat turkmène</translation>
    </message>
    <message>
        <source>Tunisian dinar</source>
        <translation>Dinar tunisien</translation>
    </message>
    <message>
        <source>Tongan paʻanga</source>
        <translation>Paʻanga tongien</translation>
    </message>
    <message>
        <source>Turkish lira</source>
        <translation>Livre turque</translation>
    </message>
    <message>
        <source>Trinidad and Tobago dollar</source>
        <translation>Dollar de Trinité-et-Tobago</translation>
    </message>
    <message>
        <source>New Taiwan dollar</source>
        <translation>Nouveau dollar taïwanais</translation>
    </message>
    <message>
        <source>Tanzanian shilling</source>
        <translation>Shilling tanzanien</translation>
    </message>
    <message>
        <source>Ukrainian hryvnia</source>
        <translation>Hryvnia ukrainienne</translation>
    </message>
    <message>
        <source>Ugandan shilling</source>
        <translation>Shilling ougandais</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>Dollar des États-Unis</translation>
    </message>
    <message>
        <source>Uruguayan peso</source>
        <translation>Peso uruguayen</translation>
    </message>
    <message>
        <source>Uzbekistani sum</source>
        <translation>Sum ouzbek</translation>
    </message>
    <message>
        <source>Venezuelan bolívar</source>
        <translation>Bolívar vénézuélien</translation>
    </message>
    <message>
        <source>Vietnamese đồng</source>
        <translation>Dông vietnamien</translation>
    </message>
    <message>
        <source>Vanuatu vatu</source>
        <translation>Vatu vanuatuan</translation>
    </message>
    <message>
        <source>Samoan tala</source>
        <translation>Tala samoan</translation>
    </message>
    <message>
        <source>Central African CFA franc</source>
        <translation>Franc CFA (BEAC)</translation>
    </message>
    <message>
        <source>East Caribbean dollar</source>
        <translation>Dollar des Caraïbes orientales</translation>
    </message>
    <message>
        <source>West African CFA franc</source>
        <translation>Franc CFA (BCEAO)</translation>
    </message>
    <message>
        <source>CFP franc</source>
        <translation>Franc CFP</translation>
    </message>
    <message>
        <source>Yemeni rial</source>
        <translation>Rial yéménite</translation>
    </message>
    <message>
        <source>South African rand</source>
        <translation>Rand sud-africain</translation>
    </message>
    <message>
        <source>Zambian kwacha</source>
        <translation>Kwacha zambien</translation>
    </message>
    <message>
        <source>Zimbabwe gold</source>
        <translation>Or du Zimbabwe</translation>
    </message>
</context>
<context>
    <name>DecisionCheck</name>
    <message>
        <source>Aligned with the client&apos;s stated goals?</source>
        <translation>Alignée sur les objectifs déclarés du client&#xa0;?</translation>
    </message>
    <message>
        <source>A clear business case with measurable ROI?</source>
        <translation>Un argumentaire clair avec un ROI mesurable&#xa0;?</translation>
    </message>
    <message>
        <source>A champion who supports it?</source>
        <translation>Un champion qui la soutient&#xa0;?</translation>
    </message>
    <message>
        <source>Can we deliver without hurting current service?</source>
        <translation>Pouvons-nous livrer sans dégrader le service actuel&#xa0;?</translation>
    </message>
    <message>
        <source>Is the timing right (budget cycle)?</source>
        <translation>Le moment est-il le bon (cycle budgétaire)&#xa0;?</translation>
    </message>
    <message>
        <source>Validated by a pilot or proof of concept?</source>
        <translation>Validée par un pilote ou une preuve de concept&#xa0;?</translation>
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
        <translation>Décideur économique</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Décideur</translation>
    </message>
    <message>
        <source>Technical evaluator</source>
        <translation>Évaluateur technique</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Bloqueur</translation>
    </message>
</context>
<context>
    <name>EditorWidgets</name>
    <message>
        <source>(no owner)</source>
        <translation>(sans responsable)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>“%1” is not an amount: write it like %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant&#xa0;: écrivez-le comme %2</translation>
    </message>
</context>
<context>
    <name>ExchangeRates</name>
    <message>
        <source>needs a %1→%2 rate</source>
        <translation>il faut un taux %1→%2</translation>
    </message>
</context>
<context>
    <name>ExpansionMotion</name>
    <message>
        <source>Upsell to a higher tier</source>
        <translation>Montée en gamme vers une formule supérieure</translation>
    </message>
    <message>
        <source>Cross-sell</source>
        <translation>Vente croisée</translation>
    </message>
    <message>
        <source>Seat growth</source>
        <translation>Plus de licences</translation>
    </message>
    <message>
        <source>Usage growth</source>
        <translation>Plus d&apos;usage</translation>
    </message>
    <message>
        <source>Price increase at renewal</source>
        <translation>Hausse de prix au renouvellement</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>export takes one plan file</source>
        <translation>export prend un fichier de plan</translation>
    </message>
    <message>
        <source>--format takes json, csv or ics</source>
        <translation>--format prend json, csv ou ics</translation>
    </message>
    <message>
        <source>-o names the file (or, for CSV, a folder or a .zip) to write</source>
        <translation>-o désigne le fichier (ou, pour CSV, un dossier ou un .zip) à écrire</translation>
    </message>
    <message>
        <source>--as-of takes a date as YYYY-MM-DD</source>
        <translation>--as-of prend une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Start My Portfolio</source>
        <translation>Démarrer mon portefeuille</translation>
    </message>
    <message>
        <source>Keyplan plans (*.keyplan)</source>
        <translation>Plans Keyplan (*.keyplan)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it instead.</source>
        <translation>%1 existe déjà. Choisissez un autre nom, ou ouvrez-le.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Explore the Sample</source>
        <translation>Explorer l&apos;exemple</translation>
    </message>
    <message>
        <source>The sample could not be made.</source>
        <translation>L&apos;exemple n&apos;a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
</context>
<context>
    <name>HealthMeasure</name>
    <message>
        <source>Product usage</source>
        <translation>Usage du produit</translation>
    </message>
    <message>
        <source>Support load</source>
        <translation>Charge du support</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Ressenti client</translation>
    </message>
    <message>
        <source>Payment timeliness</source>
        <translation>Ponctualité des paiements</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Goal progress</source>
        <translation>Avancement des objectifs</translation>
    </message>
</context>
<context>
    <name>HealthScore</name>
    <message>
        <source>No key stakeholders on the map</source>
        <translation>Aucune partie prenante clé sur la carte</translation>
    </message>
    <message numerus="yes">
        <source>Key stakeholders contacted within %n days: %1 of %2</source>
        <translation>
            <numerusform>Parties prenantes clés contactées sous %n jour&#xa0;: %1 sur %2</numerusform>
            <numerusform>Parties prenantes clés contactées dans les %n jours&#xa0;: %1 sur %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody in the buying group on the map</source>
        <translation>Personne du groupe d&apos;achat sur la carte</translation>
    </message>
    <message>
        <source>coverage %1</source>
        <translation>couverture %1</translation>
    </message>
    <message>
        <source>single-threaded</source>
        <translation>trop peu de contacts</translation>
    </message>
    <message>
        <source>empty seats: %1</source>
        <translation>sièges vides&#xa0;: %1</translation>
    </message>
    <message>
        <source>From the account&apos;s usage metrics and their thresholds</source>
        <translation>D&apos;après les indicateurs d&apos;usage du compte et leurs seuils</translation>
    </message>
    <message>
        <source>Goals of the success plan counted: %1</source>
        <translation>Objectifs du plan de succès pris en compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>No goals in the success plan</source>
        <translation>Aucun objectif dans le plan de succès</translation>
    </message>
</context>
<context>
    <name>IcsExport</name>
    <message>
        <source>Renewal: %1</source>
        <translation>Renouvellement&#xa0;: %1</translation>
    </message>
    <message>
        <source>ARR %1 today.</source>
        <translation>ARR aujourd&apos;hui&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>QBR due: %1</source>
        <translation>QBR à faire&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The last review was held on %1; this account&apos;s tier has one every %n days.</source>
        <translation>
            <numerusform>La dernière revue a eu lieu le %1&#xa0;; le niveau de ce compte en prévoit une chaque jour.</numerusform>
            <numerusform>La dernière revue a eu lieu le %1&#xa0;; le niveau de ce compte en prévoit une tous les %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>No review has been held with this account yet.</source>
        <translation>Aucune revue n&apos;a encore eu lieu avec ce compte.</translation>
    </message>
    <message>
        <source>QBR</source>
        <translation>QBR</translation>
    </message>
    <message>
        <source>Next step: %1 (%2)</source>
        <translation>Prochaine étape&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Play: %1</source>
        <translation>Action&#xa0;: %1</translation>
    </message>
    <message>
        <source>Play: %1 (%2)</source>
        <translation>Action&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n créé</numerusform>
            <numerusform>%n créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked</source>
        <translation>
            <numerusform>%n lié</numerusform>
            <numerusform>%n liés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignoré</numerusform>
            <numerusform>%n ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain</source>
        <translation>
            <numerusform>%n incertain</numerusform>
            <numerusform>%n incertains</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: a whole Keyplan plan</source>
        <translation>  %1&#xa0;: un plan Keyplan entier</translation>
    </message>
    <message>
        <source>  %1: %2, %3, %4, %5 of %6 columns mapped</source>
        <translation>  %1&#xa0;: %2, %3, %4, %5 colonnes sur %6 associées</translation>
    </message>
    <message>
        <source>  left out: %1</source>
        <translation>  laissés de côté&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 %2, line %3: %4: %5</source>
        <translation>%1 %2, ligne %3&#xa0;: %4&#xa0;: %5</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>incertain</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more left out</source>
        <translation>
            <numerusform>... et %n autre laissé de côté</numerusform>
            <numerusform>... et %n autres laissés de côté</numerusform>
        </translation>
    </message>
    <message>
        <source>the mapping %1 cannot be read: %2</source>
        <translation>la correspondance %1 ne peut pas être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>the mapping %1 is not a JSON object (%2 at byte %3)</source>
        <translation>la correspondance %1 n&apos;est pas un objet JSON (%2 à l&apos;octet %3)</translation>
    </message>
    <message>
        <source>import takes a plan file and one or more files to import</source>
        <translation>import prend un fichier de plan et un ou plusieurs fichiers à importer</translation>
    </message>
    <message>
        <source>--format takes auto, salesforce, hubspot, linkedin, vcard, json or csv</source>
        <translation>--format prend auto, salesforce, hubspot, linkedin, vcard, json ou csv</translation>
    </message>
    <message>
        <source>--as-of takes a date as YYYY-MM-DD</source>
        <translation>--as-of prend une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dry run into a new plan %1:</source>
        <translation>Essai à blanc dans un nouveau plan %1&#xa0;:</translation>
    </message>
    <message>
        <source>Imported into a new plan %1:</source>
        <translation>Importé dans un nouveau plan %1&#xa0;:</translation>
    </message>
    <message>
        <source>nothing was imported: the backup before the import could not be written (%1)</source>
        <translation>rien n&apos;a été importé&#xa0;: la sauvegarde préalable à l&apos;importation n&apos;a pas pu être écrite (%1)</translation>
    </message>
    <message>
        <source>the import is in the plan, but it could not be closed cleanly: %1</source>
        <translation>l&apos;importation est dans le plan, mais il n&apos;a pas pu être fermé proprement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dry run into %1 (nothing was written):</source>
        <translation>Essai à blanc dans %1 (rien n&apos;a été écrit)&#xa0;:</translation>
    </message>
    <message>
        <source>Imported into %1:</source>
        <translation>Importé dans %1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ImportEditing</name>
    <message>
        <source>Undoing the import</source>
        <translation>Annulation de l&apos;importation</translation>
    </message>
    <message>
        <source>Redoing the import</source>
        <translation>Rétablissement de l&apos;importation</translation>
    </message>
    <message>
        <source>The plan is open read-only.</source>
        <translation>Le plan est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>The team server cannot be reached, so nothing was imported. Keyplan connects again by itself; then import again.</source>
        <translation>Le serveur d&apos;équipe est injoignable, donc rien n&apos;a été importé. Keyplan se reconnecte tout seul&#xa0;; importez alors à nouveau.</translation>
    </message>
    <message>
        <source>The backup before the import could not be written (%1); nothing was imported.</source>
        <translation>La sauvegarde préalable à l&apos;importation n&apos;a pas pu être écrite (%1)&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Importation de %1</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Record ID</source>
        <translation>ID de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID du compte</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>Parent account ID</source>
        <translation>ID du compte parent</translation>
    </message>
    <message>
        <source>Parent account name</source>
        <translation>Nom du compte parent</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Effectifs</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Type de compte</translation>
    </message>
    <message>
        <source>Region or country</source>
        <translation>Région ou pays</translation>
    </message>
    <message>
        <source>Owner on our side</source>
        <translation>Responsable chez nous</translation>
    </message>
    <message>
        <source>Owner on our side (user ID)</source>
        <translation>Responsable chez nous (ID utilisateur)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Reports to (ID)</source>
        <translation>Rend compte à (ID)</translation>
    </message>
    <message>
        <source>LinkedIn profile</source>
        <translation>Profil LinkedIn</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Connecté le</translation>
    </message>
    <message>
        <source>Opportunity name</source>
        <translation>Nom de l&apos;opportunité</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Opportunity type</source>
        <translation>Type d&apos;opportunité</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Probability (%)</source>
        <translation>Probabilité (%)</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <source>Opportunity ID</source>
        <translation>ID de l&apos;opportunité</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>ID du contact</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contact principal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
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
        <translation>Levier</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>%1: not a file Keyplan can read</source>
        <translation>%1&#xa0;: pas un fichier que Keyplan sait lire</translation>
    </message>
    <message>
        <source>%1 is a spreadsheet workbook; Keyplan reads CSV. Export CSV from the CRM (HubSpot: Export, file format CSV), or save the sheet as CSV, and import that.</source>
        <translation>%1 est un classeur&#xa0;; Keyplan lit le CSV. Exportez en CSV depuis le CRM (HubSpot&#xa0;: Exporter, format CSV), ou enregistrez la feuille en CSV, et importez-le.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: no room to unpack the archive (%2)</source>
        <translation>%1&#xa0;: pas de place pour décompresser l&apos;archive (%2)</translation>
    </message>
    <message>
        <source>%1: not a CSV table</source>
        <translation>%1&#xa0;: pas un tableau CSV</translation>
    </message>
    <message>
        <source>%1: Keyplan imports accounts, contacts, opportunities and their contact roles</source>
        <translation>%1&#xa0;: Keyplan importe les comptes, contacts, opportunités et les rôles de leurs contacts</translation>
    </message>
    <message>
        <source>%1: the archive holds no table Keyplan can import</source>
        <translation>%1&#xa0;: l&apos;archive ne contient aucun tableau que Keyplan puisse importer</translation>
    </message>
    <message>
        <source>%1: not an address book Keyplan can read (larger than 256 MiB, or unreadable)</source>
        <translation>%1&#xa0;: pas un carnet d&apos;adresses que Keyplan sait lire (plus de 256 Mio, ou illisible)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: not JSON (%2 at byte %3)</source>
        <translation>%1&#xa0;: pas du JSON (%2 à l&apos;octet %3)</translation>
    </message>
    <message>
        <source>%1: Keyplan reads Salesforce data exports (sf data export tree) and jCard address books among JSON files; this one is neither</source>
        <translation>%1&#xa0;: parmi les fichiers JSON, Keyplan lit les exports de données Salesforce (sf data export tree) et les carnets d&apos;adresses jCard&#xa0;; celui-ci n&apos;est ni l&apos;un ni l&apos;autre</translation>
    </message>
    <message>
        <source>no file to import</source>
        <translation>aucun fichier à importer</translation>
    </message>
    <message>
        <source>the mapping has “%1”, which Keyplan does not know (it reads columns, kinds, stages and types)</source>
        <translation>la correspondance contient «&#xa0;%1&#xa0;», que Keyplan ne connaît pas (il lit columns, kinds, stages et types)</translation>
    </message>
    <message>
        <source>the mapping&apos;s stage “%1” maps to “%2”, which is not a stage (identified, qualified, proposal, commit, won, lost)</source>
        <translation>l&apos;étape «&#xa0;%1&#xa0;» de la correspondance renvoie à «&#xa0;%2&#xa0;», qui n&apos;est pas une étape (identified, qualified, proposal, commit, won, lost)</translation>
    </message>
    <message>
        <source>the mapping&apos;s type “%1” maps to “%2”, which is not a motion (upsell, cross_sell, seat_growth, usage_growth, price_increase)</source>
        <translation>le type «&#xa0;%1&#xa0;» de la correspondance renvoie à «&#xa0;%2&#xa0;», qui n&apos;est pas un levier (upsell, cross_sell, seat_growth, usage_growth, price_increase)</translation>
    </message>
    <message>
        <source>no account called “%1” is in the plan</source>
        <translation>aucun compte nommé «&#xa0;%1&#xa0;» dans le plan</translation>
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
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Business units</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Contact roles</source>
        <translation>Rôles des contacts</translation>
    </message>
    <message>
        <source>ARR changes</source>
        <translation>Variations d&apos;ARR</translation>
    </message>
    <message>
        <source>Usage metrics</source>
        <translation>Indicateurs d&apos;usage</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>the account to import into is not in the plan</source>
        <translation>le compte dans lequel importer n&apos;est pas dans le plan</translation>
    </message>
    <message>
        <source>may be “%1”, already in the plan</source>
        <translation>est peut-être «&#xa0;%1&#xa0;», déjà dans le plan</translation>
    </message>
    <message>
        <source>its account “%1” may be “%2”, already in the plan: confirm which in File &gt; Import</source>
        <translation>son compte «&#xa0;%1&#xa0;» est peut-être «&#xa0;%2&#xa0;», déjà dans le plan&#xa0;: confirmez lequel dans Fichier &gt; Importer</translation>
    </message>
    <message>
        <source>its account “%1” waits for your answer: which account of the plan it is</source>
        <translation>son compte «&#xa0;%1&#xa0;» attend votre réponse&#xa0;: quel compte du plan c&apos;est</translation>
    </message>
    <message>
        <source>its account (%1 id %2) is neither in the plan nor in this import</source>
        <translation>son compte (%1 id %2) n&apos;est ni dans le plan ni dans cette importation</translation>
    </message>
    <message>
        <source>it names no account</source>
        <translation>il ne nomme aucun compte</translation>
    </message>
    <message>
        <source>no account called “%1” is in the plan</source>
        <translation>aucun compte nommé «&#xa0;%1&#xa0;» dans le plan</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importé depuis %1</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» → «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>le secteur</translation>
    </message>
    <message>
        <source>region</source>
        <translation>la région</translation>
    </message>
    <message>
        <source>employees: %1 → %2</source>
        <translation>effectifs&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>kept as a business unit of “%1”</source>
        <translation>conservé comme entité de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>il n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>an import into one account adds no accounts</source>
        <translation>une importation dans un compte n&apos;ajoute pas de comptes</translation>
    </message>
    <message>
        <source>a business unit of “%1”, its parent</source>
        <translation>une entité de «&#xa0;%1&#xa0;», son compte parent</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>its stage “%1” is not in the table of stages: map it to one of Keyplan&apos;s and import again</source>
        <translation>son étape «&#xa0;%1&#xa0;» n&apos;est pas dans la table des étapes&#xa0;: associez-la à une étape de Keyplan et importez à nouveau</translation>
    </message>
    <message>
        <source>its amount is in %1 and the account&apos;s figures in %2</source>
        <translation>son montant est en %1 et les chiffres du compte en %2</translation>
    </message>
    <message>
        <source>name: “%1” → “%2”</source>
        <translation>nom&#xa0;: «&#xa0;%1&#xa0;» → «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>stage: %1 → %2</source>
        <translation>étape&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>amount changed</source>
        <translation>montant modifié</translation>
    </message>
    <message>
        <source>probability: %1% → %2%</source>
        <translation>probabilité&#xa0;: %1&#xa0;% → %2&#xa0;%</translation>
    </message>
    <message>
        <source>close date: %1 → %2</source>
        <translation>date de clôture&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>the opportunity is not in the plan or this import</source>
        <translation>l&apos;opportunité n&apos;est ni dans le plan ni dans cette importation</translation>
    </message>
    <message>
        <source>the person is not in the plan or this import</source>
        <translation>la personne n&apos;est ni dans le plan ni dans cette importation</translation>
    </message>
    <message>
        <source>the person and the opportunity are at different accounts</source>
        <translation>la personne et l&apos;opportunité sont dans des comptes différents</translation>
    </message>
    <message>
        <source>role: %1</source>
        <translation>rôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>the opportunity&apos;s champion</source>
        <translation>le champion de l&apos;opportunité</translation>
    </message>
    <message>
        <source>the figure is in %1 and the account&apos;s in %2</source>
        <translation>le chiffre est en %1 et celui du compte en %2</translation>
    </message>
    <message>
        <source>ARR did not change</source>
        <translation>L&apos;ARR n&apos;a pas changé</translation>
    </message>
    <message>
        <source>%1: %2 on %3</source>
        <translation>%1&#xa0;: %2 le %3</translation>
    </message>
    <message>
        <source>it needs a metric&apos;s name and a date</source>
        <translation>il faut le nom d&apos;un indicateur et une date</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 chez %2</translation>
    </message>
    <message>
        <source>title</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>department</source>
        <translation>service</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>not on any account&apos;s map</source>
        <translation>sur aucune carte de compte</translation>
    </message>
    <message>
        <source>LinkedIn (%1, line %2) shows %3 at %4 as %5, not at %6.</source>
        <translation>LinkedIn (%1, ligne %2) montre %3 chez %4 comme %5, pas chez %6.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans fonction)</translation>
    </message>
    <message>
        <source>LinkedIn (%1, line %2) shows %3 at %4 as %5; an earlier export showed them at %6.</source>
        <translation>LinkedIn (%1, ligne %2) montre %3 chez %4 comme %5&#xa0;; un export antérieur la montrait chez %6.</translation>
    </message>
    <message>
        <source>may have left: %1</source>
        <translation>est peut-être parti&#xa0;: %1</translation>
    </message>
    <message>
        <source>their manager (%1 id %2) is not in the plan or this import: reporting line left out</source>
        <translation>son responsable (%1 id %2) n&apos;est ni dans le plan ni dans cette importation&#xa0;: rattachement laissé de côté</translation>
    </message>
    <message>
        <source>their manager is at another account: reporting line left out</source>
        <translation>son responsable est dans un autre compte&#xa0;: rattachement laissé de côté</translation>
    </message>
    <message>
        <source>reporting to their manager would make them their own manager: reporting line left out</source>
        <translation>le rattacher à son responsable en ferait son propre responsable&#xa0;: rattachement laissé de côté</translation>
    </message>
</context>
<context>
    <name>Influence</name>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Forte</translation>
    </message>
</context>
<context>
    <name>KeyboardAccess</name>
    <message>
        <source>Show the %1 Tab</source>
        <translation>Afficher l’onglet «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Next Tab</source>
        <translation>Onglet suivant</translation>
    </message>
    <message>
        <source>Previous Tab</source>
        <translation>Onglet précédent</translation>
    </message>
</context>
<context>
    <name>LinkKind</name>
    <message>
        <source>Dotted-line report</source>
        <translation>Rattachement fonctionnel</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
</context>
<context>
    <name>MapEditing</name>
    <message>
        <source>Add %1 to the map</source>
        <translation>Ajouter %1 à la carte</translation>
    </message>
    <message>
        <source>Remove %1 from the map</source>
        <translation>Retirer %1 de la carte</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>reports to</source>
        <translation>rend compte à</translation>
    </message>
    <message>
        <source>dotted-line report</source>
        <translation>rattachement fonctionnel</translation>
    </message>
    <message>
        <source>influences</source>
        <translation>influence</translation>
    </message>
    <message>
        <source>left the company</source>
        <translation>a quitté l&apos;entreprise</translation>
    </message>
    <message>
        <source>empty seat</source>
        <translation>siège vide</translation>
    </message>
</context>
<context>
    <name>MapNode</name>
    <message>
        <source>%1 · %2 · influence %3</source>
        <translation>%1 · %2 · influence %3</translation>
    </message>
    <message>
        <source>Relationship %1 (aim: %2)</source>
        <translation>Relation %1 (visée&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Nobody on our side owns this relationship</source>
        <translation>Personne chez nous n&apos;est responsable de cette relation</translation>
    </message>
    <message>
        <source>Owned by %1</source>
        <translation>Suivi par %1</translation>
    </message>
    <message>
        <source>Last contact %1</source>
        <translation>Dernier contact %1</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Jamais contacté</translation>
    </message>
    <message>
        <source>Left the company on %1</source>
        <translation>A quitté l&apos;entreprise le %1</translation>
    </message>
    <message>
        <source>May have left: %1 Open them to say whether they are still there.</source>
        <translation>Est peut-être parti&#xa0;: %1 Ouvrez la fiche pour dire si la personne est toujours là.</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>Parti %1</translation>
    </message>
    <message>
        <source>May have left?</source>
        <translation>Peut-être parti&#xa0;?</translation>
    </message>
    <message>
        <source>No contact yet</source>
        <translation>Pas encore de contact</translation>
    </message>
    <message>
        <source>Contacted today</source>
        <translation>Contacté aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last contact yesterday</source>
        <translation>Dernier contact hier</translation>
    </message>
    <message numerus="yes">
        <source>Last contact %n days ago</source>
        <translation>
            <numerusform>Dernier contact il y a %n jour</numerusform>
            <numerusform>Dernier contact il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · no owner</source>
        <translation>%1 · sans responsable</translation>
    </message>
    <message>
        <source>Empty seat</source>
        <translation>Siège vide</translation>
    </message>
    <message>
        <source>Nobody fills this seat</source>
        <translation>Personne n&apos;occupe ce siège</translation>
    </message>
    <message>
        <source>A required seat nobody on the map fills: %1. Double-click to add the person who holds it.</source>
        <translation>Un siège requis que personne sur la carte n&apos;occupe&#xa0;: %1. Double-cliquez pour ajouter la personne qui l&apos;occupe.</translation>
    </message>
</context>
<context>
    <name>MapPrint</name>
    <message>
        <source>Stakeholder map</source>
        <translation>Carte des parties prenantes</translation>
    </message>
    <message>
        <source>continues on page %1 →</source>
        <translation>suite page %1 →</translation>
    </message>
    <message>
        <source>← from page %1</source>
        <translation>← depuis la page %1</translation>
    </message>
    <message>
        <source>continues on page %1 ↓</source>
        <translation>suite page %1 ↓</translation>
    </message>
    <message>
        <source>↑ from page %1</source>
        <translation>↑ depuis la page %1</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for drawing.</source>
        <translation>L&apos;imprimante ou le fichier n&apos;a pas pu être ouvert pour dessiner.</translation>
    </message>
    <message>
        <source>Overview · page 1 of %1</source>
        <translation>Vue d&apos;ensemble · page 1 sur %1</translation>
    </message>
    <message>
        <source>Page %1 of %2 · row %3, column %4</source>
        <translation>Page %1 sur %2 · ligne %3, colonne %4</translation>
    </message>
    <message>
        <source>%1: the file name must end in .pdf, .svg or .png.</source>
        <translation>%1&#xa0;: le nom du fichier doit se terminer par .pdf, .svg ou .png.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: stakeholder map</source>
        <translation>%1&#xa0;: carte des parties prenantes</translation>
    </message>
    <message>
        <source>Made with Keyplan</source>
        <translation>Réalisé avec Keyplan</translation>
    </message>
    <message>
        <source>The map is too large for a PNG image; export a PDF instead.</source>
        <translation>La carte est trop grande pour une image PNG&#xa0;; exportez plutôt un PDF.</translation>
    </message>
    <message>
        <source>%1 could not be written as PNG.</source>
        <translation>%1 n&apos;a pas pu être écrit en PNG.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>You can undo this with %1.</source>
        <translation>Vous pouvez l&apos;annuler avec %1.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Schema step %1 failed: %2</source>
        <translation>L&apos;étape de schéma %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>NewPlan</name>
    <message>
        <source>%1 already exists; Keyplan never overwrites a plan.</source>
        <translation>%1 existe déjà&#xa0;; Keyplan n&apos;écrase jamais un plan.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>impossible d&apos;écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the new plan did not pass its check (%1)</source>
        <translation>le nouveau plan n&apos;a pas passé sa vérification (%1)</translation>
    </message>
    <message>
        <source>%1 appeared meanwhile; Keyplan never overwrites a plan.</source>
        <translation>%1 est apparu entre-temps&#xa0;; Keyplan n&apos;écrase jamais un plan.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>OdtWriter</name>
    <message>
        <source>internal</source>
        <translation>interne</translation>
    </message>
    <message>
        <source>Figure %1</source>
        <translation>Figure %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>OfferingKind</name>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
</context>
<context>
    <name>Opportunity</name>
    <message>
        <source>%1 left the company on %2</source>
        <translation>%1 a quitté l&apos;entreprise le %2</translation>
    </message>
</context>
<context>
    <name>OpportunityStage</name>
    <message>
        <source>Identified</source>
        <translation>Identifiée</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiée</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Engagement ferme</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
</context>
<context>
    <name>OverwriteRowCommand</name>
    <message>
        <source>Save my version</source>
        <translation>Enregistrer ma version</translation>
    </message>
    <message>
        <source>Save my version of %1</source>
        <translation>Enregistrer ma version de %1</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>The printer or file could not be opened for drawing.</source>
        <translation>L&apos;imprimante ou le fichier n&apos;a pas pu être ouvert pour dessiner.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Percent</name>
    <message>
        <source>%1%2 pts</source>
        <translation>%1%2 pts</translation>
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
        <translation>Si une personne est partie</translation>
    </message>
    <message>
        <source>%1 is still there</source>
        <translation>%1 est toujours là</translation>
    </message>
</context>
<context>
    <name>PipelineBreakdown</name>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
</context>
<context>
    <name>PipelineText</name>
    <message>
        <source>the relationship is uncoupling</source>
        <translation>la relation se défait</translation>
    </message>
    <message>
        <source>health is %1 of 10</source>
        <translation>la santé est de %1 sur 10</translation>
    </message>
    <message>
        <source>Fix first: %1. Deliver value and restore the relationship before selling more; expansion proposed now risks the renewal.</source>
        <translation>À corriger d&apos;abord&#xa0;: %1. Apportez de la valeur et rétablissez la relation avant de vendre davantage&#xa0;; une expansion proposée maintenant met le renouvellement en danger.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Health: no measure has data yet</source>
        <translation>Santé&#xa0;: aucune mesure n&apos;a encore de données</translation>
    </message>
    <message>
        <source>Health %1 of 10</source>
        <translation>Santé %1 sur 10</translation>
    </message>
    <message>
        <source>%1 (%2 in 30 days)</source>
        <translation>%1 (%2 sur 30 jours)</translation>
    </message>
    <message>
        <source>%1, set by hand until %2: %3</source>
        <translation>%1, fixé à la main jusqu&apos;au %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 · no data for %2</source>
        <translation>%1 · aucune donnée pour %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open opportunities · %1 · weighted %2</source>
        <translation>
            <numerusform>%n opportunité ouverte · %1 · pondéré %2</numerusform>
            <numerusform>%n opportunités ouvertes · %1 · pondéré %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanBackup</name>
    <message>
        <source>the plan is not an open SQLite database</source>
        <translation>le plan n&apos;est pas une base SQLite ouverte</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 est un dossier</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire épuisée</translation>
    </message>
    <message>
        <source>the copy could not be moved to %1</source>
        <translation>la copie n&apos;a pas pu être déplacée vers %1</translation>
    </message>
</context>
<context>
    <name>PlanChecker</name>
    <message>
        <source>dates (YYYY-MM-DD)</source>
        <translation>dates (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>months (YYYY-MM)</source>
        <translation>mois (AAAA-MM)</translation>
    </message>
    <message>
        <source>relationship stages</source>
        <translation>stades de la relation</translation>
    </message>
    <message>
        <source>ISO 4217 currency codes</source>
        <translation>codes de devise ISO 4217</translation>
    </message>
    <message>
        <source>row %1: &quot;%2&quot;</source>
        <translation>ligne %1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1.%2 could not be read: %3</source>
        <translation>%1.%2 n&apos;a pas pu être lu&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in %1.%2 are not valid %3 (first at %4).</source>
        <translation>
            <numerusform>%n valeur de %1.%2 ne fait pas partie des %3 valides (à %4).</numerusform>
            <numerusform>%n valeurs de %1.%2 ne font pas partie des %3 valides (première à %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>The rule %1 on %2 was never checked against the rows already there.</source>
        <translation>La règle %1 sur %2 n&apos;a jamais été vérifiée sur les lignes déjà présentes.</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>Vérification d&apos;intégrité SQLite&#xa0;: %1</translation>
    </message>
    <message>
        <source>SQLite integrity check could not run: %1</source>
        <translation>La vérification d&apos;intégrité SQLite n&apos;a pas pu s&apos;exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <source>SQLite integrity check stopped early: %1</source>
        <translation>La vérification d&apos;intégrité SQLite s&apos;est arrêtée en cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row in %3.</source>
        <translation>La ligne %1 de la table %2 renvoie à une ligne absente de %3.</translation>
    </message>
    <message>
        <source>Schema: %1</source>
        <translation>Schéma&#xa0;: %1</translation>
    </message>
    <message>
        <source>The plan&apos;s currency &quot;%1&quot; is not an ISO 4217 currency code.</source>
        <translation>La devise du plan «&#xa0;%1&#xa0;» n&apos;est pas un code de devise ISO 4217.</translation>
    </message>
    <message>
        <source>The accounts or their stage history could not be read: %1</source>
        <translation>Les comptes ou leur historique de stade n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>More than one account is named &quot;%1&quot;.</source>
        <translation>Plusieurs comptes s&apos;appellent «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has no owner on our side.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» n&apos;a pas de responsable chez nous.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has no stage history.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» n&apos;a pas d&apos;historique de stade.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; is in stage %2, but its last stage change moved it to %3.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» est au stade %2, mais son dernier changement de stade l&apos;a mené à %3.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: the stage change of %2 starts from %3, but the one before ended in %4.</source>
        <translation>Compte «&#xa0;%1&#xa0;»&#xa0;: le changement de stade du %2 part de %3, mais le précédent s&apos;est terminé à %4.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: the ARR change of %2 is recorded as %3 but counts as %4.</source>
        <translation>Compte «&#xa0;%1&#xa0;»&#xa0;: la variation d&apos;ARR du %2 est enregistrée comme %3 mais compte comme %4.</translation>
    </message>
    <message>
        <source>The exchange rate of %1 converts %2 into itself.</source>
        <translation>Le taux de change du %1 convertit %2 en lui-même.</translation>
    </message>
</context>
<context>
    <name>PlanCopy</name>
    <message>
        <source>the two plans are in different formats (%1 and %2)</source>
        <translation>les deux plans sont à des formats différents (%1 et %2)</translation>
    </message>
    <message>
        <source>a plan is copied into a new one only, and %1</source>
        <translation>un plan ne se copie que dans un nouveau plan, et %1</translation>
    </message>
    <message>
        <source>the plan to copy has no tables</source>
        <translation>le plan à copier n&apos;a pas de tables</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PlanDatabase</name>
    <message>
        <source>The plan is damaged (%1). Keyplan did not change it; restore a backup copy.</source>
        <translation>Le plan est endommagé (%1). Keyplan ne l&apos;a pas modifié&#xa0;; restaurez une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>The file is damaged: %1</source>
        <translation>Le fichier est endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is a SQLite database, but not a Keyplan plan. Keyplan did not change it.</source>
        <translation>C&apos;est une base SQLite, mais pas un plan Keyplan. Keyplan ne l&apos;a pas modifiée.</translation>
    </message>
    <message>
        <source>This plan was written by a newer version of Keyplan (plan format %1; this Keyplan reads up to %2). Update Keyplan to open it; the file was not changed.</source>
        <translation>Ce plan a été écrit par une version plus récente de Keyplan (format de plan %1&#xa0;; ce Keyplan lit jusqu&apos;au %2). Mettez Keyplan à jour pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>This file says it is a Keyplan plan but has no plan format. Keyplan did not change it.</source>
        <translation>Ce fichier dit être un plan Keyplan mais n&apos;a pas de format de plan. Keyplan ne l&apos;a pas modifié.</translation>
    </message>
    <message>
        <source>This plan&apos;s structure was changed outside Keyplan, so Keyplan will not use it: %1 Keyplan did not change the file; `keyplan check` lists every difference.</source>
        <translation>La structure de ce plan a été modifiée hors de Keyplan, donc Keyplan ne l&apos;utilisera pas&#xa0;: %1 Keyplan n&apos;a pas modifié le fichier&#xa0;; `keyplan check` liste chaque différence.</translation>
    </message>
    <message>
        <source>The plan cannot be used: %1 Keyplan did not change it; `keyplan check` lists every problem.</source>
        <translation>Le plan ne peut pas être utilisé&#xa0;: %1 Keyplan ne l&apos;a pas modifié&#xa0;; `keyplan check` liste chaque problème.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Le fichier n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Il n&apos;y a pas de fichier à %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a plan file.</source>
        <translation>%1 est un dossier, pas un fichier de plan.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, a device or a socket), so it cannot be a plan.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (un tube, un périphérique ou une socket), il ne peut donc pas être un plan.</translation>
    </message>
    <message>
        <source>%1 could not be read (permission denied?).</source>
        <translation>%1 n&apos;a pas pu être lu (permission refusée&#xa0;?).</translation>
    </message>
    <message>
        <source>The file is empty: it is not a Keyplan plan.</source>
        <translation>Le fichier est vide&#xa0;: ce n&apos;est pas un plan Keyplan.</translation>
    </message>
    <message>
        <source>This file is not a Keyplan plan (it is not a SQLite database).</source>
        <translation>Ce fichier n&apos;est pas un plan Keyplan (ce n&apos;est pas une base SQLite).</translation>
    </message>
    <message>
        <source>The plan is damaged: the file is shorter than its header says (truncated). Keyplan did not change it; restore a backup copy.</source>
        <translation>Le plan est endommagé&#xa0;: le fichier est plus court que son en-tête ne l&apos;indique (tronqué). Keyplan ne l&apos;a pas modifié&#xa0;; restaurez une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>This plan is already open in this Keyplan (process %1 on %2).</source>
        <translation>Ce plan est déjà ouvert dans ce Keyplan (processus %1 sur %2).</translation>
    </message>
    <message>
        <source>This plan is in use by another Keyplan (process %1 on %2). Close it there first, or open a copy.</source>
        <translation>Ce plan est utilisé par un autre Keyplan (processus %1 sur %2). Fermez-le d&apos;abord là-bas, ou ouvrez une copie.</translation>
    </message>
    <message>
        <source>This plan is in use by another Keyplan. Close it there first, or open a copy.</source>
        <translation>Ce plan est utilisé par un autre Keyplan. Fermez-le d&apos;abord là-bas, ou ouvrez une copie.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full. Free some space, then try again.</source>
        <translation>Le disque qui contient %1 est plein. Libérez de la place, puis réessayez.</translation>
    </message>
    <message>
        <source>The disk that holds %1 reported an error (%2): %3</source>
        <translation>Le disque qui contient %1 a signalé une erreur (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>the plan&apos;s journal could not be written into the plan (%1)</source>
        <translation>le journal du plan n&apos;a pas pu être écrit dans le plan (%1)</translation>
    </message>
    <message>
        <source>it is busy</source>
        <translation>il est occupé</translation>
    </message>
    <message>
        <source>the plan&apos;s journal is still beside it after closing</source>
        <translation>le journal du plan est encore à côté de lui après la fermeture</translation>
    </message>
    <message>
        <source>The plan&apos;s lock could not be taken: %1</source>
        <translation>Le verrou du plan n&apos;a pas pu être pris&#xa0;: %1</translation>
    </message>
    <message>
        <source>A crash left this plan&apos;s latest edits in %1, in a folder Keyplan cannot write, and they could not be copied to read them. Copy the plan together with that file somewhere writable and open it there.</source>
        <translation>Une panne a laissé les dernières modifications de ce plan dans %1, dans un dossier où Keyplan ne peut pas écrire, et elles n&apos;ont pas pu être copiées pour être lues. Copiez le plan avec ce fichier dans un endroit accessible en écriture et ouvrez-le là.</translation>
    </message>
    <message>
        <source>This plan could not be read into memory (it is from an older Keyplan, or a crash left edits beside it on a read-only medium). Copy it somewhere writable and open it there.</source>
        <translation>Ce plan n&apos;a pas pu être lu en mémoire (il vient d&apos;un Keyplan plus ancien, ou une panne a laissé des modifications à côté sur un support en lecture seule). Copiez-le dans un endroit accessible en écriture et ouvrez-le là.</translation>
    </message>
    <message>
        <source>The plan could not be opened: %1</source>
        <translation>Le plan n&apos;a pas pu être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>The plan could not be prepared for use: %1</source>
        <translation>Le plan n&apos;a pas pu être préparé à l&apos;usage&#xa0;: %1</translation>
    </message>
    <message>
        <source>The plan needs an upgrade, but the backup copy made first could not be written: %1</source>
        <translation>Le plan doit être mis à niveau, mais la copie de sauvegarde faite d&apos;abord n&apos;a pas pu être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>The plan could not be upgraded (%1). It was left as it was; a copy is at %2.</source>
        <translation>Le plan n&apos;a pas pu être mis à niveau (%1). Il a été laissé tel quel&#xa0;; une copie se trouve à %2.</translation>
    </message>
    <message>
        <source>%1 already exists; Keyplan will not overwrite it.</source>
        <translation>%1 existe déjà&#xa0;; Keyplan ne l&apos;écrasera pas.</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>%1 n&apos;a pas pu être créé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The new plan could not be created: %1</source>
        <translation>Le nouveau plan n&apos;a pas pu être créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>its lock could not be taken</source>
        <translation>son verrou n&apos;a pas pu être pris</translation>
    </message>
    <message>
        <source>%1 may not read this team plan. Its owner gives access with: keyplan team grant %2 %1 --role reader (or editor)</source>
        <translation>%1 ne peut pas lire ce plan d&apos;équipe. Son propriétaire donne l&apos;accès avec&#xa0;: keyplan team grant %2 %1 --role reader (ou editor)</translation>
    </message>
    <message>
        <source>The team server at %1 asks for %2&apos;s password.</source>
        <translation>Le serveur d&apos;équipe à %1 demande le mot de passe de %2.</translation>
    </message>
    <message>
        <source>The team server at %1 did not accept the password for %2. Check the user name and the password (or the password file, ~/.pgpass).</source>
        <translation>Le serveur d&apos;équipe à %1 n&apos;a pas accepté le mot de passe de %2. Vérifiez le nom d&apos;utilisateur et le mot de passe (ou le fichier de mots de passe, ~/.pgpass).</translation>
    </message>
    <message>
        <source>The team server at %1 has no user called %2. Ask its administrator for an account.</source>
        <translation>Le serveur d&apos;équipe à %1 n&apos;a pas d&apos;utilisateur nommé %2. Demandez un compte à son administrateur.</translation>
    </message>
    <message>
        <source>The team server at %1 has no database called %2.</source>
        <translation>Le serveur d&apos;équipe à %1 n&apos;a pas de base nommée %2.</translation>
    </message>
    <message>
        <source>The team server&apos;s certificate is not made out to %1, so Keyplan did not trust it. Connect by the name on its certificate, or ask its administrator. (%2)</source>
        <translation>Le certificat du serveur d&apos;équipe n&apos;est pas établi au nom de %1, donc Keyplan ne lui a pas fait confiance. Connectez-vous par le nom figurant sur son certificat, ou demandez à son administrateur. (%2)</translation>
    </message>
    <message>
        <source>The CA file %1 was not found, so the team server&apos;s certificate cannot be checked. Give the path of the CA file from its administrator.</source>
        <translation>Le fichier d&apos;autorité de certification %1 est introuvable, donc le certificat du serveur d&apos;équipe ne peut pas être vérifié. Indiquez le chemin du fichier fourni par son administrateur.</translation>
    </message>
    <message>
        <source>The team server at %1 accepts %2 over a secure connection only. Add ?sslmode=verify-full&amp;sslrootcert=CA-FILE to the address (the CA file from its administrator).</source>
        <translation>Le serveur d&apos;équipe à %1 n&apos;accepte %2 que par une connexion sécurisée. Ajoutez&#xa0;?sslmode=verify-full&amp;sslrootcert=FICHIER-AC à l&apos;adresse (le fichier d&apos;autorité de certification de son administrateur).</translation>
    </message>
    <message>
        <source>A secure connection to the team server at %1 could not be made: %2</source>
        <translation>Une connexion sécurisée au serveur d&apos;équipe à %1 n&apos;a pas pu être établie&#xa0;: %2</translation>
    </message>
    <message>
        <source>The team server at %1 does not let %2 in from this computer: %3</source>
        <translation>Le serveur d&apos;équipe à %1 ne laisse pas entrer %2 depuis cet ordinateur&#xa0;: %3</translation>
    </message>
    <message>
        <source>No team server answered at %1. Check the address, and that you are online (on the VPN, if your team needs it).</source>
        <translation>Aucun serveur d&apos;équipe n&apos;a répondu à %1. Vérifiez l&apos;adresse, et que vous êtes en ligne (sur le VPN, si votre équipe en a besoin).</translation>
    </message>
    <message>
        <source>The team server at %1 refused the connection: %2</source>
        <translation>Le serveur d&apos;équipe à %1 a refusé la connexion&#xa0;: %2</translation>
    </message>
    <message>
        <source>This Keyplan cannot reach team plans: its PostgreSQL driver (Qt&apos;s QPSQL plugin) is missing. Install libqt6sql6-psql.</source>
        <translation>Ce Keyplan ne peut pas atteindre les plans d&apos;équipe&#xa0;: son pilote PostgreSQL (le module QPSQL de Qt) manque. Installez libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The team server refused to set up the session: %1</source>
        <translation>Le serveur d&apos;équipe a refusé d&apos;ouvrir la session&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 already holds a team plan; Keyplan will not overwrite it. To publish a plan file, copy it into a new, empty database: keyplan copy makes the team plan itself, without team init first.</source>
        <translation>%1 contient déjà un plan d&apos;équipe&#xa0;; Keyplan ne l&apos;écrasera pas. Pour publier un fichier de plan, copiez-le dans une nouvelle base vide&#xa0;: keyplan copy crée lui-même le plan d&apos;équipe, sans team init préalable.</translation>
    </message>
    <message>
        <source>The database %1 already holds other tables; a team plan needs a database of its own.</source>
        <translation>La base %1 contient déjà d&apos;autres tables&#xa0;; un plan d&apos;équipe a besoin d&apos;une base à lui.</translation>
    </message>
    <message>
        <source>The database %1 holds no Keyplan team plan. Its administrator makes one with: keyplan team init %2</source>
        <translation>La base %1 ne contient aucun plan d&apos;équipe Keyplan. Son administrateur en crée un avec&#xa0;: keyplan team init %2</translation>
    </message>
    <message>
        <source>The team plan could not be read: %1</source>
        <translation>Le plan d&apos;équipe n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>This team plan was made by a newer Keyplan (format %1; this one reads up to %2). Update Keyplan to open it.</source>
        <translation>Ce plan d&apos;équipe a été créé par un Keyplan plus récent (format %1&#xa0;; celui-ci lit jusqu&apos;au %2). Mettez Keyplan à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>This team plan is in an older format (%1; this Keyplan uses %2). Its owner upgrades it with: keyplan team init %3</source>
        <translation>Ce plan d&apos;équipe est à un format plus ancien (%1&#xa0;; ce Keyplan utilise le %2). Son propriétaire le met à niveau avec&#xa0;: keyplan team init %3</translation>
    </message>
    <message>
        <source>%1 may not make or upgrade the team plan in the database %2: that is for the database&apos;s owner (createdb -O OWNER %2), and the first plan on a server needs CREATEROLE once, for Keyplan&apos;s roles. (%3)</source>
        <translation>%1 ne peut ni créer ni mettre à niveau le plan d&apos;équipe dans la base %2&#xa0;: c&apos;est au propriétaire de la base de le faire (createdb -O PROPRIETAIRE %2), et le premier plan d&apos;un serveur demande une fois CREATEROLE, pour les rôles de Keyplan. (%3)</translation>
    </message>
    <message>
        <source>The team plan could not be made: %1</source>
        <translation>Le plan d&apos;équipe n&apos;a pas pu être créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The team plan could not be upgraded (%1). It was left as it was.</source>
        <translation>Le plan d&apos;équipe n&apos;a pas pu être mis à niveau (%1). Il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>This team plan&apos;s tables were changed outside Keyplan, so Keyplan will not use it: %1.</source>
        <translation>Les tables de ce plan d&apos;équipe ont été modifiées hors de Keyplan, donc Keyplan ne l&apos;utilisera pas&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This team plan does not keep a change log yet. Its owner adds one with: keyplan team init %1</source>
        <translation>Ce plan d&apos;équipe ne tient pas encore de journal des modifications. Son propriétaire en ajoute un avec&#xa0;: keyplan team init %1</translation>
    </message>
    <message>
        <source>The team plan&apos;s change log could not be added: %1</source>
        <translation>Le journal des modifications du plan d&apos;équipe n&apos;a pas pu être ajouté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a file Keyplan writes over</source>
        <translation>%1 n&apos;est pas un fichier que Keyplan écrase</translation>
    </message>
    <message>
        <source>%1 is a file: CSV goes into a folder, or a file ending in .zip</source>
        <translation>%1 est un fichier&#xa0;: le CSV va dans un dossier, ou dans un fichier se terminant par .zip</translation>
    </message>
    <message>
        <source>the folder %1 could not be made</source>
        <translation>le dossier %1 n&apos;a pas pu être créé</translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <source>The plan is open read-only.</source>
        <translation>Le plan est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>A team plan is restored with its server&apos;s own tools.</source>
        <translation>Un plan d&apos;équipe se restaure avec les outils de son propre serveur.</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>Cette sauvegarde ne peut pas être restaurée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The plan as it is now could not be backed up first, so nothing was restored: %1</source>
        <translation>Le plan tel qu&apos;il est n&apos;a pas pu être sauvegardé d&apos;abord, donc rien n&apos;a été restauré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The backup could not be restored (%1). The plan is unchanged.</source>
        <translation>La sauvegarde n&apos;a pas pu être restaurée (%1). Le plan est inchangé.</translation>
    </message>
</context>
<context>
    <name>PlanJson</name>
    <message>
        <source>not a Keyplan plan document (%1 at byte %2)</source>
        <translation>pas un document de plan Keyplan (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>not a Keyplan plan document (no &quot;format&quot;: &quot;keyplan-plan&quot;)</source>
        <translation>pas un document de plan Keyplan (pas de &quot;format&quot;: &quot;keyplan-plan&quot;)</translation>
    </message>
    <message>
        <source>the document was written by a newer Keyplan (plan format %1; this Keyplan reads up to %2); update Keyplan to import it</source>
        <translation>le document a été écrit par un Keyplan plus récent (format de plan %1&#xa0;; ce Keyplan lit jusqu&apos;au %2)&#xa0;; mettez Keyplan à jour pour l&apos;importer</translation>
    </message>
    <message>
        <source>the document is in plan format %1, which this Keyplan (plan format %2) does not import</source>
        <translation>le document est au format de plan %1, que ce Keyplan (format de plan %2) n&apos;importe pas</translation>
    </message>
    <message>
        <source>a whole plan goes into a new or empty plan, and %1; import it into a new plan</source>
        <translation>un plan entier va dans un plan nouveau ou vide, et %1&#xa0;; importez-le dans un nouveau plan</translation>
    </message>
    <message>
        <source>the document has a table “%1” this Keyplan does not know</source>
        <translation>le document a une table «&#xa0;%1&#xa0;» que ce Keyplan ne connaît pas</translation>
    </message>
    <message>
        <source>%1, row %2: “%3” is not a column Keyplan knows</source>
        <translation>%1, ligne %2&#xa0;: «&#xa0;%3&#xa0;» n&apos;est pas une colonne que Keyplan connaît</translation>
    </message>
    <message>
        <source>%1, row %2: “%3” has a value of the wrong kind</source>
        <translation>%1, ligne %2&#xa0;: «&#xa0;%3&#xa0;» a une valeur du mauvais type</translation>
    </message>
    <message>
        <source>%1, row %2: the plan refused it (%3)</source>
        <translation>%1, ligne %2&#xa0;: le plan l&apos;a refusée (%3)</translation>
    </message>
    <message>
        <source>a row refers to one the document does not have (%1)</source>
        <translation>une ligne renvoie à une autre que le document n&apos;a pas (%1)</translation>
    </message>
    <message>
        <source>%1, row id %2: it refers to a %3 the document does not have</source>
        <translation>%1, ligne d&apos;id %2&#xa0;: elle renvoie à un(e) %3 que le document n&apos;a pas</translation>
    </message>
    <message>
        <source>the plan it makes would not be sound: %1</source>
        <translation>le plan qui en résulterait ne serait pas cohérent&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PlanReadCheck</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>L&apos;équipe</translation>
    </message>
    <message>
        <source>The catalogue</source>
        <translation>Le catalogue</translation>
    </message>
    <message>
        <source>The accounts</source>
        <translation>Les comptes</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;</source>
        <translation>Compte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: the snapshot kept when the QBR of %2 was held could not be read.</source>
        <translation>Compte «&#xa0;%1&#xa0;»&#xa0;: l&apos;instantané conservé lors du QBR du %2 n&apos;a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>PlanSchema</name>
    <message>
        <source>table</source>
        <translation>la table</translation>
    </message>
    <message>
        <source>index</source>
        <translation>l&apos;index</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>le déclencheur</translation>
    </message>
    <message>
        <source>view</source>
        <translation>la vue</translation>
    </message>
    <message>
        <source>The plan&apos;s list of tables could not be read: %1</source>
        <translation>La liste des tables du plan n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>This Keyplan cannot tell which tables a plan of format %1 has.</source>
        <translation>Ce Keyplan ne sait pas quelles tables a un plan au format %1.</translation>
    </message>
    <message>
        <source>The %1 %2 is missing.</source>
        <translation>%1 %2 est absent(e).</translation>
    </message>
    <message>
        <source>%1 should be a %2 but is a %3.</source>
        <translation>%1 devrait être %2 mais est %3.</translation>
    </message>
    <message>
        <source>The %1 %2 was changed outside Keyplan (its columns, rules or indexed columns differ from Keyplan&apos;s).</source>
        <translation>%1 %2 a été modifié(e) hors de Keyplan (ses colonnes, règles ou colonnes indexées diffèrent de celles de Keyplan).</translation>
    </message>
    <message>
        <source>The %1 %2 was not made by Keyplan.</source>
        <translation>%1 %2 n&apos;a pas été créé(e) par Keyplan.</translation>
    </message>
    <message>
        <source>The plan is damaged: its columns could not be read (%1).</source>
        <translation>Le plan est endommagé&#xa0;: ses colonnes n&apos;ont pas pu être lues (%1).</translation>
    </message>
    <message>
        <source>The plan is damaged: the amounts in %1.%2 could not be read (%3).</source>
        <translation>Le plan est endommagé&#xa0;: les montants de %1.%2 n&apos;ont pas pu être lus (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n amount(s) in %1.%2 are not whole amounts within ±10^15 minor units (ten trillion pounds, dollars or euros).</source>
        <translation>
            <numerusform>%n montant de %1.%2 n&apos;est pas un montant entier dans ±10^15 unités mineures (dix mille milliards de livres, dollars ou euros).</numerusform>
            <numerusform>%n montants de %1.%2 ne sont pas des montants entiers dans ±10^15 unités mineures (dix mille milliards de livres, dollars ou euros).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTables</name>
    <message>
        <source>this plan already holds accounts (%1)</source>
        <translation>ce plan contient déjà des comptes (%1)</translation>
    </message>
    <message>
        <source>this plan already has offerings, exchange rates or a playbook of its own</source>
        <translation>ce plan a déjà ses propres offres, taux de change ou playbook</translation>
    </message>
</context>
<context>
    <name>PlayActions</name>
    <message>
        <source>Required: it stays with the play</source>
        <translation>Obligatoire&#xa0;: elle reste attachée à l&apos;action</translation>
    </message>
    <message>
        <source>Optional, e.g. the customer is away until then</source>
        <translation>Facultatif, par ex. le client est absent jusque-là</translation>
    </message>
    <message>
        <source>Snooze &amp;until:</source>
        <translation>Reporter &amp;jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
    <message>
        <source>Snooze Play</source>
        <translation>Reporter l&apos;action</translation>
    </message>
    <message>
        <source>Dismiss Play</source>
        <translation>Écarter l&apos;action</translation>
    </message>
</context>
<context>
    <name>PlayRule</name>
    <message>
        <source>%1, %2, left on %3</source>
        <translation>%1, %2, parti le %3</translation>
    </message>
    <message>
        <source>%1, %2, may have left: %3</source>
        <translation>%1, %2, peut-être parti&#xa0;: %3</translation>
    </message>
    <message>
        <source>Nobody in the buying group on the map</source>
        <translation>Personne du groupe d&apos;achat sur la carte</translation>
    </message>
    <message>
        <source>Coverage %1% (target %2–%3%)</source>
        <translation>Couverture %1&#xa0;% (cible %2–%3&#xa0;%)</translation>
    </message>
    <message>
        <source>single-threaded</source>
        <translation>trop peu de contacts</translation>
    </message>
    <message>
        <source>empty seats: %1</source>
        <translation>sièges vides&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>the %1 tier sees key people every %n days</source>
        <translation>
            <numerusform>le niveau %1 voit les personnes clés chaque jour</numerusform>
            <numerusform>le niveau %1 voit les personnes clés tous les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last contact %n days ago; %1</source>
        <translation>
            <numerusform>Dernier contact il y a %n jour&#xa0;; %1</numerusform>
            <numerusform>Dernier contact il y a %n jours&#xa0;; %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact yet; %1</source>
        <translation>Pas encore de contact&#xa0;; %1</translation>
    </message>
    <message>
        <source>Never reviewed</source>
        <translation>Jamais revue</translation>
    </message>
    <message numerus="yes">
        <source>Last reviewed on %1, %n days ago</source>
        <translation>
            <numerusform>Revue le %1, il y a %n jour</numerusform>
            <numerusform>Revue le %1, il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renews on %1 (in %n days) with health %2</source>
        <translation>
            <numerusform>Renouvellement le %1 (dans %n jour) avec une santé de %2</numerusform>
            <numerusform>Renouvellement le %1 (dans %n jours) avec une santé de %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renews on %1 (in %n days); the last QBR was held on %2</source>
        <translation>
            <numerusform>Renouvellement le %1 (dans %n jour)&#xa0;; le dernier QBR a eu lieu le %2</numerusform>
            <numerusform>Renouvellement le %1 (dans %n jours)&#xa0;; le dernier QBR a eu lieu le %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renews on %1 (in %n days); no QBR held yet</source>
        <translation>
            <numerusform>Renouvellement le %1 (dans %n jour)&#xa0;; aucun QBR encore tenu</numerusform>
            <numerusform>Renouvellement le %1 (dans %n jours)&#xa0;; aucun QBR encore tenu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %1 tier holds a review every %n days</source>
        <translation>
            <numerusform>le niveau %1 tient une revue chaque jour</numerusform>
            <numerusform>le niveau %1 tient une revue tous les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last QBR held on %1, %n days ago; %2</source>
        <translation>
            <numerusform>Dernier QBR le %1, il y a %n jour&#xa0;; %2</numerusform>
            <numerusform>Dernier QBR le %1, il y a %n jours&#xa0;; %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No QBR held yet; %1</source>
        <translation>Aucun QBR encore tenu&#xa0;; %1</translation>
    </message>
    <message>
        <source>%1 → %2 on %3</source>
        <translation>%1 → %2 le %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, %2, on the map since %3; no contact yet</source>
        <translation>%1, %2, sur la carte depuis le %3&#xa0;; pas encore de contact</translation>
    </message>
    <message>
        <source>%1: %2 (to %3)</source>
        <translation>%1&#xa0;: %2 (jusqu&apos;à %3)</translation>
    </message>
    <message>
        <source>Health %1, below 6</source>
        <translation>Santé %1, sous 6</translation>
    </message>
    <message>
        <source>someone no longer on the team</source>
        <translation>quelqu&apos;un qui n&apos;est plus dans l&apos;équipe</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>From %1 to %2 on %3</source>
        <translation>De %1 à %2 le %3</translation>
    </message>
    <message>
        <source>%1 left our team on %2; relationships here still theirs: %3</source>
        <translation>%1 a quitté notre équipe le %2&#xa0;; relations encore à son nom ici&#xa0;: %3</translation>
    </message>
    <message>
        <source>Expected to close on %1; still at %2</source>
        <translation>Clôture prévue le %1&#xa0;; toujours à %2</translation>
    </message>
    <message numerus="yes">
        <source>At %1, on the strategic tier&apos;s cadence (touchpoints every %n days)</source>
        <translation>
            <numerusform>Au stade %1, au rythme du niveau stratégique (contacts chaque jour)</numerusform>
            <numerusform>Au stade %1, au rythme du niveau stratégique (contacts tous les %n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At %1, on the standard tier&apos;s cadence (touchpoints every %n days)</source>
        <translation>
            <numerusform>Au stade %1, au rythme du niveau standard (contacts chaque jour)</numerusform>
            <numerusform>Au stade %1, au rythme du niveau standard (contacts tous les %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Champion or sponsor left</source>
        <translation>Champion ou sponsor parti</translation>
    </message>
    <message>
        <source>Re-thread the account</source>
        <translation>Multiplier les contacts sur le compte</translation>
    </message>
    <message>
        <source>Departures within (days)</source>
        <translation>Départs dans les (jours)</translation>
    </message>
    <message>
        <source>Find out who took over their responsibilities</source>
        <translation>Découvrir qui a repris ses responsabilités</translation>
    </message>
    <message>
        <source>Ask another contact for an introduction</source>
        <translation>Demander à un autre contact de vous présenter</translation>
    </message>
    <message>
        <source>Name a new champion on the map</source>
        <translation>Désigner un nouveau champion sur la carte</translation>
    </message>
    <message>
        <source>Thin coverage</source>
        <translation>Couverture insuffisante</translation>
    </message>
    <message>
        <source>Fill the empty seats</source>
        <translation>Pourvoir les sièges vides</translation>
    </message>
    <message>
        <source>Pick the empty seat that matters most</source>
        <translation>Choisir le siège vide le plus important</translation>
    </message>
    <message>
        <source>Ask the champion for an introduction</source>
        <translation>Demander au champion de vous présenter</translation>
    </message>
    <message>
        <source>Log the first meeting</source>
        <translation>Consigner la première réunion</translation>
    </message>
    <message>
        <source>Key stakeholder not contacted</source>
        <translation>Partie prenante clé non contactée</translation>
    </message>
    <message>
        <source>Get back in touch with %1</source>
        <translation>Reprendre contact avec %1</translation>
    </message>
    <message>
        <source>Days of grace beyond the cadence</source>
        <translation>Jours de grâce au-delà du rythme</translation>
    </message>
    <message>
        <source>Find a reason that matters to them</source>
        <translation>Trouver une raison qui compte pour eux</translation>
    </message>
    <message>
        <source>Record the touchpoint</source>
        <translation>Consigner le contact</translation>
    </message>
    <message>
        <source>Stakeholder map not reviewed</source>
        <translation>Carte des parties prenantes non revue</translation>
    </message>
    <message>
        <source>Review the stakeholder map</source>
        <translation>Revoir la carte des parties prenantes</translation>
    </message>
    <message>
        <source>Check who left and who joined</source>
        <translation>Vérifier qui est parti et qui est arrivé</translation>
    </message>
    <message>
        <source>Update relationships and owners</source>
        <translation>Mettre à jour les relations et les responsables</translation>
    </message>
    <message>
        <source>Mark the map reviewed</source>
        <translation>Marquer la carte comme revue</translation>
    </message>
    <message>
        <source>Renewal with poor health</source>
        <translation>Renouvellement avec une santé faible</translation>
    </message>
    <message>
        <source>Risk review before the renewal</source>
        <translation>Revue des risques avant le renouvellement</translation>
    </message>
    <message>
        <source>Renewal within (days)</source>
        <translation>Renouvellement dans les (jours)</translation>
    </message>
    <message>
        <source>Go through the scorecard&apos;s weakest measures</source>
        <translation>Passer en revue les mesures les plus faibles de la grille</translation>
    </message>
    <message>
        <source>Agree a remediation plan with the sponsor</source>
        <translation>Convenir d&apos;un plan de remédiation avec le sponsor</translation>
    </message>
    <message>
        <source>Renewal without a QBR this quarter</source>
        <translation>Renouvellement sans QBR ce trimestre</translation>
    </message>
    <message>
        <source>Hold a QBR before the renewal</source>
        <translation>Tenir un QBR avant le renouvellement</translation>
    </message>
    <message>
        <source>Book the QBR with the sponsor</source>
        <translation>Planifier le QBR avec le sponsor</translation>
    </message>
    <message>
        <source>Prepare the value delivered against their goals</source>
        <translation>Préparer la valeur apportée au regard de leurs objectifs</translation>
    </message>
    <message>
        <source>QBR overdue</source>
        <translation>QBR en retard</translation>
    </message>
    <message>
        <source>Book the QBR</source>
        <translation>Planifier le QBR</translation>
    </message>
    <message>
        <source>Stage went back</source>
        <translation>Le stade a reculé</translation>
    </message>
    <message>
        <source>Find out why the relationship went back</source>
        <translation>Comprendre pourquoi la relation a reculé</translation>
    </message>
    <message>
        <source>Moves back within (days)</source>
        <translation>Reculs dans les (jours)</translation>
    </message>
    <message>
        <source>Talk to the champion</source>
        <translation>Parler au champion</translation>
    </message>
    <message>
        <source>Agree what would win the trust back</source>
        <translation>Convenir de ce qui regagnerait la confiance</translation>
    </message>
    <message>
        <source>New executive</source>
        <translation>Nouveau dirigeant</translation>
    </message>
    <message>
        <source>Get introduced to %1 early</source>
        <translation>Se faire présenter tôt à %1</translation>
    </message>
    <message>
        <source>Put on the map within (days)</source>
        <translation>Mis sur la carte dans les (jours)</translation>
    </message>
    <message>
        <source>Learn their priorities for the year</source>
        <translation>Connaître leurs priorités de l&apos;année</translation>
    </message>
    <message>
        <source>Usage down</source>
        <translation>Usage en baisse</translation>
    </message>
    <message>
        <source>Find out why %1 is falling</source>
        <translation>Comprendre pourquoi %1 baisse</translation>
    </message>
    <message>
        <source>Ask the admins what changed</source>
        <translation>Demander aux administrateurs ce qui a changé</translation>
    </message>
    <message>
        <source>Offer training or a health check</source>
        <translation>Proposer une formation ou un bilan de santé</translation>
    </message>
    <message>
        <source>Health below 6</source>
        <translation>Santé sous 6</translation>
    </message>
    <message>
        <source>Risk review</source>
        <translation>Revue des risques</translation>
    </message>
    <message>
        <source>Record the risk and its remediation</source>
        <translation>Consigner le risque et sa remédiation</translation>
    </message>
    <message>
        <source>Account changed hands</source>
        <translation>Le compte a changé de mains</translation>
    </message>
    <message>
        <source>Hand over the account</source>
        <translation>Transmettre le compte</translation>
    </message>
    <message>
        <source>Changes within (days)</source>
        <translation>Changements dans les (jours)</translation>
    </message>
    <message>
        <source>Walk the new owner through the plan</source>
        <translation>Présenter le plan au nouveau responsable</translation>
    </message>
    <message>
        <source>Introduce them to the sponsor and the champion</source>
        <translation>Les présenter au sponsor et au champion</translation>
    </message>
    <message>
        <source>Relationship owner left our team</source>
        <translation>Le responsable de la relation a quitté notre équipe</translation>
    </message>
    <message>
        <source>Re-own %1&apos;s relationships</source>
        <translation>Réattribuer les relations de %1</translation>
    </message>
    <message>
        <source>Give each relationship a new owner on the map</source>
        <translation>Donner un nouveau responsable à chaque relation sur la carte</translation>
    </message>
    <message>
        <source>Opportunity past its close date</source>
        <translation>Opportunité à date de clôture dépassée</translation>
    </message>
    <message>
        <source>Update or close %1</source>
        <translation>Mettre à jour ou clore %1</translation>
    </message>
    <message>
        <source>Confirm the timing with the champion</source>
        <translation>Confirmer le calendrier avec le champion</translation>
    </message>
    <message>
        <source>Move the close date, or mark it lost</source>
        <translation>Décaler la date de clôture, ou la marquer perdue</translation>
    </message>
    <message>
        <source>Effort out of proportion to the stage</source>
        <translation>Effort disproportionné par rapport au stade</translation>
    </message>
    <message>
        <source>Match the effort to the stage</source>
        <translation>Adapter l&apos;effort au stade</translation>
    </message>
    <message>
        <source>Choose the tier that fits the stage</source>
        <translation>Choisir le niveau adapté au stade</translation>
    </message>
    <message>
        <source>Owner above the guideline</source>
        <translation>Responsable au-delà du repère</translation>
    </message>
    <message>
        <source>Rebalance %1&apos;s key accounts</source>
        <translation>Rééquilibrer les comptes clés de %1</translation>
    </message>
    <message>
        <source>Enterprise, up to</source>
        <translation>Grands comptes, jusqu&apos;à</translation>
    </message>
    <message>
        <source>Mid-market, up to</source>
        <translation>ETI, jusqu&apos;à</translation>
    </message>
    <message>
        <source>Agree which accounts move, and to whom</source>
        <translation>Convenir des comptes qui changent de mains, et au profit de qui</translation>
    </message>
    <message>
        <source>%1 enterprise key accounts (guideline up to %2)</source>
        <translation>%1 comptes clés du segment Grands comptes (repère&#xa0;: jusqu&apos;à %2)</translation>
    </message>
    <message>
        <source>%1 mid-market key accounts (guideline up to %2)</source>
        <translation>%1 comptes clés du segment ETI (repère&#xa0;: jusqu&apos;à %2)</translation>
    </message>
</context>
<context>
    <name>PlayStatus</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Écartée</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
</context>
<context>
    <name>PlaysReport</name>
    <message>
        <source>Plays alive on %1: %2
</source>
        <translation>Actions en cours le %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>Plays of %1 alive on %2: %3
</source>
        <translation>Actions de %1 en cours le %2&#xa0;: %3
</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>reportée jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>en retard depuis le %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
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
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (nouvelle)</translation>
    </message>
    <message>
        <source>  %1 · %2
</source>
        <translation>  %1 · %2
</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sans responsable</translation>
    </message>
    <message>
        <source>  Why: %1
</source>
        <translation>  Pourquoi&#xa0;: %1
</translation>
    </message>
    <message>
        <source>  Snoozed: %1
</source>
        <translation>  Reportée&#xa0;: %1
</translation>
    </message>
</context>
<context>
    <name>PortfolioReport</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Key accounts (%1)</source>
        <translation>Comptes clés (%1)</translation>
    </message>
    <message>
        <source>All accounts (%1)</source>
        <translation>Tous les comptes (%1)</translation>
    </message>
    <message>
        <source>Key accounts of %1 (%2)</source>
        <translation>Comptes clés de %1 (%2)</translation>
    </message>
    <message>
        <source>All accounts of %1 (%2)</source>
        <translation>Tous les comptes de %1 (%2)</translation>
    </message>
    <message>
        <source>the plan&apos;s amounts are too large to add up (beyond what Keyplan can total exactly)</source>
        <translation>les montants du plan sont trop grands pour être additionnés (au-delà de ce que Keyplan sait totaliser exactement)</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>%1
</source>
        <translation>%1
</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>Scope: %1 of the plan&apos;s %2
</source>
        <translation>Périmètre&#xa0;: %1 sur les %2 du plan
</translation>
    </message>
    <message>
        <source>Period: %1
</source>
        <translation>Période&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Reporting currency: %1</source>
        <translation>Devise de reporting&#xa0;: %1</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3 (%4)</source>
        <translation>1 %1 = %2 %3 (%4)</translation>
    </message>
    <message>
        <source>; rates used: %1</source>
        <translation>&#xa0;; taux utilisés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Key accounts: %1 of %2
</source>
        <translation>Comptes clés&#xa0;: %1 sur %2
</translation>
    </message>
    <message>
        <source>ARR today: %1
</source>
        <translation>ARR aujourd&apos;hui&#xa0;: %1
</translation>
    </message>
    <message>
        <source>NRR: %1   GRR: %2   (accounts with ARR at the start: %3)
</source>
        <translation>NRR&#xa0;: %1   GRR&#xa0;: %2   (comptes avec de l&apos;ARR au départ&#xa0;: %3)
</translation>
    </message>
    <message>
        <source>Top 3 share of ARR: %1
</source>
        <translation>Part du top 3 dans l&apos;ARR&#xa0;: %1
</translation>
    </message>
    <message>
        <source>ARR bridge: start %1, new %2, expansion %3, contraction %4, churn %5, reactivation %6, end %7
</source>
        <translation>Passage de l&apos;ARR&#xa0;: départ %1, nouveau %2, expansion %3, contraction %4, attrition %5, réactivation %6, fin %7
</translation>
    </message>
    <message>
        <source>Expansion pipeline: %1 (weighted %2); open whitespace: %3

</source>
        <translation>Pipeline d&apos;expansion&#xa0;: %1 (pondéré %2)&#xa0;; potentiel inexploité ouvert&#xa0;: %3

</translation>
    </message>
</context>
<context>
    <name>PortfolioSummary</name>
    <message>
        <source>Key accounts</source>
        <translation>Comptes clés</translation>
    </message>
    <message>
        <source>%1 · portfolio summary · %2</source>
        <translation>%1 · synthèse du portefeuille · %2</translation>
    </message>
    <message>
        <source>%1 key accounts</source>
        <translation>%1 comptes clés</translation>
    </message>
    <message>
        <source>   ·   ARR today %1</source>
        <translation>   ·   ARR aujourd&apos;hui %1</translation>
    </message>
    <message>
        <source>   ·   NRR %1, GRR %2 (%3)</source>
        <translation>   ·   NRR %1, GRR %2 (%3)</translation>
    </message>
    <message>
        <source>   ·   top 3 hold %1 of ARR</source>
        <translation>   ·   le top 3 détient %1 de l&apos;ARR</translation>
    </message>
    <message>
        <source> (limit %1)</source>
        <translation> (limite %1)</translation>
    </message>
    <message>
        <source>ARR bridge: %1 at the start + %2 new + %3 expansion − %4 contraction − %5 churn + %6 reactivation = %7 at the end.</source>
        <translation>Passage de l&apos;ARR&#xa0;: %1 au départ + %2 nouveau + %3 expansion − %4 contraction − %5 attrition + %6 réactivation = %7 à la fin.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>ARR (%1)</source>
        <translation>ARR (%1)</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Open whitespace</source>
        <translation>Potentiel ouvert</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>Pipeline pondéré</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Coverage: people in the buying group with an active, company-owned relationship; low below the %1 target. Fix first: uncoupling, or health below 6 of 10. Renewals flagged within %2 days.</source>
        <translation>Couverture&#xa0;: personnes du groupe d&apos;achat avec une relation active suivie par l&apos;entreprise&#xa0;; faible sous la cible de %1. À corriger d&apos;abord&#xa0;: relation qui se défait, ou santé sous 6 sur 10. Renouvellements signalés %2 jours avant.</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3 (%4)</source>
        <translation>1 %1 = %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Other currencies in %1 at %2; retention at constant currency.</source>
        <translation>Autres devises en %1 au taux du %2&#xa0;; rétention à devise constante.</translation>
    </message>
</context>
<context>
    <name>PptxWriter</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source> · internal</source>
        <translation> · interne</translation>
    </message>
</context>
<context>
    <name>PrintDocument</name>
    <message>
        <source>internal</source>
        <translation>interne</translation>
    </message>
</context>
<context>
    <name>QbrChange</name>
    <message>
        <source>none measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Whitespace</source>
        <translation>Potentiel inexploité</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>moved on</source>
        <translation>parti</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>arrivé</translation>
    </message>
    <message>
        <source>joined as %1</source>
        <translation>arrivé comme %1</translation>
    </message>
    <message>
        <source>left the company</source>
        <translation>a quitté l&apos;entreprise</translation>
    </message>
    <message>
        <source>joined the map: %1, %2</source>
        <translation>arrivé sur la carte&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>relationship %1</source>
        <translation>relation %1</translation>
    </message>
    <message>
        <source>no longer on the map</source>
        <translation>n&apos;est plus sur la carte</translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation>Stade de la relation</translation>
    </message>
    <message>
        <source>Coverage depth</source>
        <translation>Profondeur de couverture</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Empty seats</source>
        <translation>Sièges vides</translation>
    </message>
    <message>
        <source>Single-threaded</source>
        <translation>Trop peu de contacts</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Open whitespace</source>
        <translation>Potentiel ouvert</translation>
    </message>
    <message>
        <source>Sold across the matrix</source>
        <translation>Vendu sur la matrice</translation>
    </message>
    <message>
        <source>removed from the plan</source>
        <translation>retiré du plan</translation>
    </message>
    <message>
        <source>Annual recurring revenue</source>
        <translation>Revenu récurrent annuel</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 sur 10</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
</context>
<context>
    <name>QbrDocument</name>
    <message>
        <source>Customer edition</source>
        <translation>Édition client</translation>
    </message>
    <message>
        <source>Internal edition</source>
        <translation>Édition interne</translation>
    </message>
    <message>
        <source>Quarterly business review · %1 – %2</source>
        <translation>Revue trimestrielle (QBR) · %1 – %2</translation>
    </message>
    <message>
        <source>Goals and value delivered</source>
        <translation>Objectifs et valeur apportée</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>What&apos;s next</source>
        <translation>La suite</translation>
    </message>
    <message>
        <source>Risks, plays and next steps</source>
        <translation>Risques, actions et prochaines étapes</translation>
    </message>
    <message>
        <source>Agreed next steps</source>
        <translation>Prochaines étapes convenues</translation>
    </message>
    <message>
        <source>%1 · printed %2</source>
        <translation>%1 · imprimé le %2</translation>
    </message>
    <message>
        <source>Prepared for %1 · %2</source>
        <translation>Préparé pour %1 · %2</translation>
    </message>
    <message>
        <source>Internal: not for the customer</source>
        <translation>Interne&#xa0;: pas pour le client</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Points d&apos;attention</translation>
    </message>
    <message>
        <source>Held on </source>
        <translation>Tenue le </translation>
    </message>
    <message>
        <source>Prepared on </source>
        <translation>Préparée le </translation>
    </message>
    <message>
        <source>   ·   Account owner </source>
        <translation>   ·   Responsable du compte </translation>
    </message>
    <message>
        <source>   ·   Renewal </source>
        <translation>   ·   Renouvellement </translation>
    </message>
    <message>
        <source>Prepared for our meeting on </source>
        <translation>Préparé pour notre rencontre du </translation>
    </message>
    <message>
        <source>   ·   Your account manager </source>
        <translation>   ·   Votre responsable de compte </translation>
    </message>
    <message>
        <source>Our team: </source>
        <translation>Notre équipe&#xa0;: </translation>
    </message>
    <message>
        <source>From our side: </source>
        <translation>De notre côté&#xa0;: </translation>
    </message>
    <message>
        <source>Attending for %1: </source>
        <translation>Présents pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>Relationship stage: %1</source>
        <translation>Stade de la relation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Value before upsell: fix first. %1</source>
        <translation>La valeur avant la montée en gamme&#xa0;: à corriger d&apos;abord. %1</translation>
    </message>
    <message>
        <source>The relationship is uncoupling.</source>
        <translation>La relation se défait.</translation>
    </message>
    <message>
        <source>Health is %1 of 10.</source>
        <translation>La santé est de %1 sur 10.</translation>
    </message>
    <message>
        <source>Annual recurring revenue</source>
        <translation>Revenu récurrent annuel</translation>
    </message>
    <message>
        <source>Net revenue retention</source>
        <translation>Rétention nette des revenus (NRR)</translation>
    </message>
    <message>
        <source>%1 / 10</source>
        <translation>%1 / 10</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Coverage depth</source>
        <translation>Profondeur de couverture</translation>
    </message>
    <message>
        <source>Open whitespace</source>
        <translation>Potentiel ouvert</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>Pipeline pondéré</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Goals achieved</source>
        <translation>Objectifs atteints</translation>
    </message>
    <message>
        <source>Results delivered in the period</source>
        <translation>Résultats obtenus sur la période</translation>
    </message>
    <message>
        <source>Value delivered a year</source>
        <translation>Valeur apportée par an</translation>
    </message>
    <message>
        <source>Return on what you pay</source>
        <translation>Retour sur investissement</translation>
    </message>
    <message>
        <source>Agreed next steps open</source>
        <translation>Prochaines étapes convenues en cours</translation>
    </message>
    <message>
        <source>No goals or results were recorded for this period.</source>
        <translation>Aucun objectif ni résultat n&apos;a été consigné pour cette période.</translation>
    </message>
    <message>
        <source>Other results this period</source>
        <translation>Autres résultats sur la période</translation>
    </message>
    <message>
        <source>The results in money</source>
        <translation>Valeur financière des résultats</translation>
    </message>
    <message>
        <source>Together the results are worth %1 a year to you, and %2 once.</source>
        <translation>Ensemble, les résultats valent pour vous %1 par an, plus un gain ponctuel de %2.</translation>
    </message>
    <message>
        <source>Together the results are worth %1 to you, once.</source>
        <translation>Ensemble, les résultats représentent pour vous un gain ponctuel de %1.</translation>
    </message>
    <message>
        <source>Together the results are worth %1 a year to you.</source>
        <translation>Ensemble, les résultats valent pour vous %1 par an.</translation>
    </message>
    <message>
        <source> That is %1 the %2 a year you pay for the service.</source>
        <translation> Cela représente %1 des %2 par an que vous payez pour le service.</translation>
    </message>
    <message>
        <source>Counted from 1 goal, at the value of a unit you gave us, from where it started to the latest result; the service&apos;s annual fee as of %1.</source>
        <translation>Calculé à partir d&apos;un seul objectif, à la valeur d&apos;une unité que vous nous avez donnée, de son point de départ au dernier résultat&#xa0;; la redevance annuelle du service au %1.</translation>
    </message>
    <message>
        <source>Counted from %1 goals, at the value of a unit you gave us, from where each started to the latest result; the service&apos;s annual fee as of %2.</source>
        <translation>Calculé à partir de %1 objectifs, à la valeur d&apos;une unité que vous nous avez donnée, du point de départ de chacun au dernier résultat&#xa0;; la redevance annuelle du service au %2.</translation>
    </message>
    <message>
        <source>No value in money yet: the latest result is not better than where it started (%1).</source>
        <translation>Pas encore de valeur monétaire&#xa0;: le dernier résultat n&apos;est pas meilleur que le point de départ (%1).</translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation>%1 points de pourcentage</translation>
    </message>
    <message>
        <source>Worth %1 to you, once: %2 better than at the start, each worth %3 to you.</source>
        <translation>Un gain ponctuel de %1 pour vous&#xa0;: %2 de mieux qu&apos;au départ, chacun valant %3 pour vous.</translation>
    </message>
    <message>
        <source>Worth %1 a year to you: %2 better than at the start, each worth %3 to you, 52 weeks a year.</source>
        <translation>Vaut pour vous %1 par an&#xa0;: %2 de mieux qu&apos;au départ, chacun valant %3 pour vous, 52 semaines par an.</translation>
    </message>
    <message>
        <source>Worth %1 a year to you: %2 better than at the start, each worth %3 to you, 12 months a year.</source>
        <translation>Vaut pour vous %1 par an&#xa0;: %2 de mieux qu&apos;au départ, chacun valant %3 pour vous, 12 mois par an.</translation>
    </message>
    <message>
        <source>Worth %1 a year to you: %2 better than at the start, each worth %3 to you, 4 quarters a year.</source>
        <translation>Vaut pour vous %1 par an&#xa0;: %2 de mieux qu&apos;au départ, chacun valant %3 pour vous, 4 trimestres par an.</translation>
    </message>
    <message>
        <source>Worth %1 a year to you: %2 better than at the start, each worth %3 to you.</source>
        <translation>Vaut pour vous %1 par an&#xa0;: %2 de mieux qu&apos;au départ, chacun valant %3 pour vous.</translation>
    </message>
    <message>
        <source>Measured by %1</source>
        <translation>Mesuré par %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> d&apos;ici le %1</translation>
    </message>
    <message>
        <source>   ·   now %1</source>
        <translation>   ·   maintenant %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Millman–Wilson stage: </source>
        <translation>Stade Millman-Wilson&#xa0;: </translation>
    </message>
    <message>
        <source>, since %1</source>
        <translation>, depuis le %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>(start)</source>
        <translation>(départ)</translation>
    </message>
    <message>
        <source>Stakeholder coverage</source>
        <translation>Couverture des parties prenantes</translation>
    </message>
    <message>
        <source>Coverage depth </source>
        <translation>Profondeur de couverture </translation>
    </message>
    <message>
        <source> (%1 of %2 people in the buying group with an active relationship; target %3–%4)</source>
        <translation> (%1 personnes sur %2 du groupe d&apos;achat avec une relation active&#xa0;; cible %3–%4)</translation>
    </message>
    <message>
        <source>Single-threaded at best: no active relationship carries the account.</source>
        <translation>Au mieux un seul contact&#xa0;: aucune relation active ne porte le compte.</translation>
    </message>
    <message>
        <source>Single-threaded: one active relationship carries the whole account.</source>
        <translation>Un seul contact&#xa0;: une seule relation active porte tout le compte.</translation>
    </message>
    <message>
        <source>Single-threaded: %1 active relationships carry the whole account.</source>
        <translation>Trop peu de contacts&#xa0;: %1 relations actives portent tout le compte.</translation>
    </message>
    <message>
        <source>Empty seats: </source>
        <translation>Sièges vides&#xa0;: </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Carte des parties prenantes</translation>
    </message>
    <message>
        <source>People who left</source>
        <translation>Personnes parties</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Role in the decision</source>
        <translation>Rôle dans la décision</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Parti le</translation>
    </message>
    <message>
        <source>Key relationships</source>
        <translation>Relations clés</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Our owner</source>
        <translation>Responsable chez nous</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>And %1 more on the map.</source>
        <translation>Et %1 autres sur la carte.</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>%1 (tomorrow)</source>
        <translation>%1 (demain)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n days)</source>
        <translation>
            <numerusform>%1 (dans %n jour)</numerusform>
            <numerusform>%1 (dans %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Gross revenue retention</source>
        <translation>Rétention brute des revenus (GRR)</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Date de renouvellement</translation>
    </message>
    <message>
        <source>Retention over the twelve months to %1: ARR then against ARR on %2, in %3.</source>
        <translation>Rétention sur les douze mois jusqu&apos;au %1&#xa0;: l&apos;ARR d&apos;alors rapporté à l&apos;ARR du %2, en %3.</translation>
    </message>
    <message>
        <source>ARR at each month end</source>
        <translation>ARR à chaque fin de mois</translation>
    </message>
    <message>
        <source>Dark bars: the months of this review.</source>
        <translation>Barres foncées&#xa0;: les mois de cette revue.</translation>
    </message>
    <message>
        <source>Health scorecard</source>
        <translation>Grille de santé</translation>
    </message>
    <message>
        <source>No measure of the health scorecard has data yet.</source>
        <translation>Aucune mesure de la grille de santé n&apos;a encore de données.</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 sur 10</translation>
    </message>
    <message>
        <source>, set by hand until %1: </source>
        <translation>, fixé à la main jusqu&apos;au %1&#xa0;: </translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Score (of 10)</source>
        <translation>Note (sur 10)</translation>
    </message>
    <message>
        <source>What it rests on</source>
        <translation>Sur quoi elle repose</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Trend: %1</source>
        <translation>Tendance&#xa0;: %1</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Au départ</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Fix first: value before upsell. Expansion waits until the account is healthy again; the customer&apos;s edition shows a value-recovery plan instead of opportunities.</source>
        <translation>À corriger d&apos;abord&#xa0;: la valeur avant la montée en gamme. L&apos;expansion attend que le compte soit de nouveau en bonne santé&#xa0;; l&apos;édition client montre un plan de rétablissement de la valeur au lieu d&apos;opportunités.</translation>
    </message>
    <message numerus="yes">
        <source>Open pipeline (%n opportunities)</source>
        <translation>
            <numerusform>Pipeline ouvert (%n opportunité)</numerusform>
            <numerusform>Pipeline ouvert (%n opportunités)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold across the matrix</source>
        <translation>Vendu sur la matrice</translation>
    </message>
    <message>
        <source>Our share of the wallet</source>
        <translation>Notre part du budget</translation>
    </message>
    <message>
        <source>Share of the wallet: what we sell (%1) over that, the competitors&apos; known spend (%2, in %3 of %4 open cells) and the open potential (%5).</source>
        <translation>Part du budget&#xa0;: ce que nous vendons (%1) rapporté à cela, aux dépenses connues chez les concurrents (%2, dans %3 cellules ouvertes sur %4) et au potentiel ouvert (%5).</translation>
    </message>
    <message>
        <source>Largest open whitespace</source>
        <translation>Plus grand potentiel ouvert</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Potential a year (%1)</source>
        <translation>Potentiel annuel (%1)</translation>
    </message>
    <message>
        <source>Incumbent</source>
        <translation>Fournisseur en place</translation>
    </message>
    <message>
        <source>none known</source>
        <translation>aucun connu</translation>
    </message>
    <message>
        <source>Expansion opportunities for this review</source>
        <translation>Opportunités d&apos;expansion pour cette revue</translation>
    </message>
    <message>
        <source>No open expansion opportunity was chosen for this review.</source>
        <translation>Aucune opportunité d&apos;expansion ouverte n&apos;a été retenue pour cette revue.</translation>
    </message>
    <message>
        <source>Towards %1</source>
        <translation>Vers %1</translation>
    </message>
    <message>
        <source>Indicative investment %1 a year</source>
        <translation>Investissement indicatif %1 par an</translation>
    </message>
    <message>
        <source>   ·   timing to agree together</source>
        <translation>   ·   calendrier à convenir ensemble</translation>
    </message>
    <message>
        <source>   ·   could start from %1</source>
        <translation>   ·   pourrait démarrer dès le %1</translation>
    </message>
    <message>
        <source>   ·   serves their goal: %1</source>
        <translation>   ·   sert leur objectif&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1 par an</translation>
    </message>
    <message>
        <source>   ·   %1, %2%</source>
        <translation>   ·   %1, %2&#xa0;%</translation>
    </message>
    <message>
        <source>   ·   expected close </source>
        <translation>   ·   clôture prévue </translation>
    </message>
    <message>
        <source>%1, passed</source>
        <translation>%1, dépassée</translation>
    </message>
    <message>
        <source>   ·   champion: </source>
        <translation>   ·   champion&#xa0;: </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Business case: %1 of 6 in place</source>
        <translation>Argumentaire&#xa0;: %1 sur 6 en place</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>What we propose to work on with you next, and the goal each one serves.</source>
        <translation>Ce sur quoi nous proposons de travailler avec vous ensuite, et l&apos;objectif que chaque piste sert.</translation>
    </message>
    <message>
        <source>Getting your goals back on track</source>
        <translation>Remettre vos objectifs sur les rails</translation>
    </message>
    <message>
        <source>Before anything new, our priority is the value you expect from what you have today.</source>
        <translation>Avant toute nouveauté, notre priorité est la valeur que vous attendez de ce que vous avez aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>We will agree the goals to recover with you at this review.</source>
        <translation>Nous conviendrons avec vous, lors de cette revue, des objectifs à rétablir.</translation>
    </message>
    <message>
        <source>Your goal</source>
        <translation>Votre objectif</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Pour le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>The steps we agreed to get there follow.</source>
        <translation>Les étapes convenues pour y arriver suivent.</translation>
    </message>
    <message>
        <source>The steps to get there are to be agreed with you at this review.</source>
        <translation>Les étapes pour y arriver sont à convenir avec vous lors de cette revue.</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>No open risks.</source>
        <translation>Aucun risque ouvert.</translation>
    </message>
    <message>
        <source>Risk and its remediation</source>
        <translation>Risque et remédiation</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Open plays</source>
        <translation>Actions ouvertes</translation>
    </message>
    <message>
        <source>No open plays.</source>
        <translation>Aucune action ouverte.</translation>
    </message>
    <message>
        <source>Play and why</source>
        <translation>Action et raison</translation>
    </message>
    <message>
        <source>Snoozed to %1</source>
        <translation>Reportée au %1</translation>
    </message>
    <message>
        <source>No next steps agreed yet.</source>
        <translation>Aucune prochaine étape convenue pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>No earlier QBR of this account was marked as held. Once this one is, the next summary lists everything that changed in between.</source>
        <translation>Aucun QBR antérieur de ce compte n&apos;a été marqué comme tenu. Une fois celui-ci marqué, la prochaine synthèse liste tout ce qui a changé entre-temps.</translation>
    </message>
    <message>
        <source>Since the QBR held on </source>
        <translation>Depuis le QBR tenu le </translation>
    </message>
    <message numerus="yes">
        <source>: %n changes.</source>
        <translation>
            <numerusform>&#xa0;: %n changement.</numerusform>
            <numerusform>&#xa0;: %n changements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Alors</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
</context>
<context>
    <name>QbrExport</name>
    <message>
        <source>%1: stakeholder map</source>
        <translation>%1&#xa0;: carte des parties prenantes</translation>
    </message>
    <message>
        <source>%1: ARR at each month end</source>
        <translation>%1&#xa0;: ARR à chaque fin de mois</translation>
    </message>
    <message>
        <source>Made with Keyplan</source>
        <translation>Réalisé avec Keyplan</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Key accounts · portfolio summary</source>
        <translation>Comptes clés · synthèse du portefeuille</translation>
    </message>
    <message>
        <source>%1 · printed %2</source>
        <translation>%1 · imprimé le %2</translation>
    </message>
    <message>
        <source>Internal: not for customers</source>
        <translation>Interne&#xa0;: pas pour les clients</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the file name must end in .pdf, .odt or .pptx.</source>
        <translation>%1&#xa0;: le nom du fichier doit se terminer par .pdf, .odt ou .pptx.</translation>
    </message>
    <message>
        <source>%1: the file name must end in .pdf.</source>
        <translation>%1&#xa0;: le nom du fichier doit se terminer par .pdf.</translation>
    </message>
    <message>
        <source>%1: portfolio summary</source>
        <translation>%1&#xa0;: synthèse du portefeuille</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>%1 - QBR (internal)</source>
        <translation>%1 - QBR (interne)</translation>
    </message>
    <message>
        <source>%1 - QBR</source>
        <translation>%1 - QBR</translation>
    </message>
</context>
<context>
    <name>QbrFigures</name>
    <message numerus="yes">
        <source>Appendix: the whole stakeholder map (%n people)</source>
        <translation>
            <numerusform>Annexe&#xa0;: la carte complète des parties prenantes (%n personne)</numerusform>
            <numerusform>Annexe&#xa0;: la carte complète des parties prenantes (%n personnes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Appendix: the whole stakeholder map (%1 people). Each numbered part is printed at reading size on the page of that number.</source>
        <translation>Annexe&#xa0;: la carte complète des parties prenantes (%1 personnes). Chaque partie numérotée est imprimée en taille lisible à la page de ce numéro.</translation>
    </message>
    <message>
        <source>Appendix: the whole stakeholder map, row %1, column %2</source>
        <translation>Annexe&#xa0;: la carte complète des parties prenantes, ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>The whole map follows as an appendix.</source>
        <translation>La carte complète suit en annexe.</translation>
    </message>
    <message>
        <source>The whole map is on the account&apos;s Map tab (Export Map prints it).</source>
        <translation>La carte complète est dans l&apos;onglet Carte du compte (Exporter la carte l&apos;imprime).</translation>
    </message>
    <message>
        <source>Key people only: the decision makers, economic buyers and champions, and whom they report to (%1 of %2 people).</source>
        <translation>Personnes clés seulement&#xa0;: les décideurs, décideurs économiques et champions, et ceux à qui ils rendent compte (%1 personnes sur %2).</translation>
    </message>
    <message>
        <source>The map of %1 people is too large to print here at a readable size.</source>
        <translation>La carte de %1 personnes est trop grande pour être imprimée ici de façon lisible.</translation>
    </message>
    <message>
        <source>No revenue recorded yet.</source>
        <translation>Aucun revenu consigné pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>QbrRowDialogs</name>
    <message>
        <source>Hours spent on rotas each week</source>
        <translation>Heures consacrées aux plannings chaque semaine</translation>
    </message>
    <message>
        <source>hours a week, £ a month, %</source>
        <translation>heures par semaine, € par mois,&#xa0;%</translation>
    </message>
    <message>
        <source>How it was achieved, in the customer&apos;s words</source>
        <translation>Comment cela a été obtenu, selon les termes du client</translation>
    </message>
    <message>
        <source>None (the account has no goals yet)</source>
        <translation>Aucun (le compte n&apos;a pas encore d&apos;objectifs)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation>&amp;Avant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>A&amp;près&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;chieved on:</source>
        <translation>Atteint &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Against &amp;goal:</source>
        <translation>Pour l&apos;&amp;objectif&#xa0;:</translation>
    </message>
    <message>
        <source>What could go wrong</source>
        <translation>Ce qui pourrait mal tourner</translation>
    </message>
    <message>
        <source>The plan to fix it</source>
        <translation>Le plan pour y remédier</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>&amp;Risque&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;emediation:</source>
        <translation>Re&amp;médiation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Res&amp;ponsable&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>Éc&amp;héance&#xa0;:</translation>
    </message>
    <message>
        <source>Send the business case to the CFO</source>
        <translation>Envoyer l&apos;argumentaire au directeur financier</translation>
    </message>
    <message>
        <source>Who does it, on either side</source>
        <translation>Qui s&apos;en charge, d&apos;un côté ou de l&apos;autre</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QbrSection</name>
    <message>
        <source>Cover</source>
        <translation>Page de garde</translation>
    </message>
    <message>
        <source>Value delivered</source>
        <translation>Valeur apportée</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Revenue and health</source>
        <translation>Chiffre d&apos;affaires et santé</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Croissance</translation>
    </message>
    <message>
        <source>Risks and next steps</source>
        <translation>Risques et prochaines étapes</translation>
    </message>
    <message>
        <source>What changed since the last QBR</source>
        <translation>Ce qui a changé depuis le dernier QBR</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Froide</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Chaleureuse</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
</context>
<context>
    <name>ReportingPeriod</name>
    <message>
        <source>FY %1</source>
        <translation>Ex. %1</translation>
    </message>
    <message>
        <source>FY %1/%2</source>
        <translation>Ex. %1/%2</translation>
    </message>
    <message>
        <source>no period</source>
        <translation>aucune période</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Trailing 12 months to %1</source>
        <translation>12 derniers mois au %1</translation>
    </message>
    <message>
        <source>Q%1 %2 (%3)</source>
        <translation>T%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Calendar year %1</source>
        <translation>Année civile %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Year to date (%1)</source>
        <translation>Depuis le début de l&apos;année (%1)</translation>
    </message>
</context>
<context>
    <name>RevenueEditing</name>
    <message>
        <source>Record %1 of %2</source>
        <translation>Consigner %1 de %2</translation>
    </message>
    <message>
        <source>Edit the ARR change of %1</source>
        <translation>Modifier la variation d&apos;ARR de %1</translation>
    </message>
    <message>
        <source>Remove the ARR change of %1</source>
        <translation>Supprimer la variation d&apos;ARR de %1</translation>
    </message>
    <message>
        <source>Change the reporting currency, fiscal year or exchange rates</source>
        <translation>Changer la devise de reporting, l&apos;exercice ou les taux de change</translation>
    </message>
</context>
<context>
    <name>RiskSeverity</name>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Forte</translation>
    </message>
</context>
<context>
    <name>RiskStatus</name>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Being mitigated</source>
        <translation>En cours d&apos;atténuation</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
</context>
<context>
    <name>RowConverter</name>
    <message>
        <source>%1, record %2, field %3: %4</source>
        <translation>%1, enregistrement %2, champ %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1, line %2, column %3 (%4): %5</source>
        <translation>%1, ligne %2, colonne %3 (%4)&#xa0;: %5</translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date</translation>
    </message>
    <message>
        <source>“%1” is not a date, or not in the day and month order of the rows above it</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date, ou pas dans l&apos;ordre jour-mois des lignes au-dessus</translation>
    </message>
    <message>
        <source>“%1” is not an amount</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de devise ISO 4217</translation>
    </message>
    <message>
        <source>“%1” is not a number of employees</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un effectif</translation>
    </message>
    <message>
        <source>“%1” is not a probability from 0 to 100</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une probabilité de 0 à 100</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>la date manque</translation>
    </message>
    <message>
        <source>an ARR figure of zero or more is needed</source>
        <translation>un ARR de zéro ou plus est nécessaire</translation>
    </message>
    <message>
        <source>“%1” is not a kind of change (new, upsell, cross_sell, seat_growth, usage_growth, price_increase, expansion, contraction, churn, reactivation)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de variation (new, upsell, cross_sell, seat_growth, usage_growth, price_increase, expansion, contraction, churn, reactivation)</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre</translation>
    </message>
</context>
<context>
    <name>SamplePortfolio</name>
    <message>
        <source>the plan already has accounts</source>
        <translation>le plan a déjà des comptes</translation>
    </message>
    <message>
        <source>Won: %1</source>
        <translation>Gagnée&#xa0;: %1</translation>
    </message>
    <message>
        <source>the sample portfolio could not be read</source>
        <translation>le portefeuille d&apos;exemple n&apos;a pas pu être lu</translation>
    </message>
</context>
<context>
    <name>Segment</name>
    <message>
        <source>Enterprise</source>
        <translation>Grands comptes</translation>
    </message>
    <message>
        <source>Mid-market</source>
        <translation>ETI</translation>
    </message>
    <message>
        <source>SMB</source>
        <translation>PME</translation>
    </message>
</context>
<context>
    <name>ServerLocation</name>
    <message>
        <source>%1 is not a team plan&apos;s address; it looks like postgresql://user@host:5432/database.</source>
        <translation>%1 n&apos;est pas l&apos;adresse d&apos;un plan d&apos;équipe&#xa0;; elle ressemble à postgresql://utilisateur@hote:5432/base.</translation>
    </message>
    <message>
        <source>The team plan&apos;s address is not a valid URL: %1</source>
        <translation>L&apos;adresse du plan d&apos;équipe n&apos;est pas une URL valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The team plan&apos;s address has no usable port.</source>
        <translation>L&apos;adresse du plan d&apos;équipe n&apos;a pas de port utilisable.</translation>
    </message>
    <message>
        <source>The team plan&apos;s address names no database: add it after the server, as in postgresql://user@host:5432/database.</source>
        <translation>L&apos;adresse du plan d&apos;équipe ne nomme aucune base&#xa0;: ajoutez-la après le serveur, comme dans postgresql://utilisateur@hote:5432/base.</translation>
    </message>
    <message>
        <source>The team plan&apos;s address has an option Keyplan does not use: %1 (it takes %2).</source>
        <translation>L&apos;adresse du plan d&apos;équipe a une option que Keyplan n&apos;utilise pas&#xa0;: %1 (il prend %2).</translation>
    </message>
    <message>
        <source>sslmode=%1 is not one of %2.</source>
        <translation>sslmode=%1 ne fait pas partie de %2.</translation>
    </message>
    <message>
        <source>connect_timeout must be a whole number of seconds.</source>
        <translation>connect_timeout doit être un nombre entier de secondes.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Pre-KAM</source>
        <translation>Pré-KAM</translation>
    </message>
    <message>
        <source>Early KAM</source>
        <translation>KAM initial</translation>
    </message>
    <message>
        <source>Mid KAM</source>
        <translation>KAM intermédiaire</translation>
    </message>
    <message>
        <source>Partnership KAM</source>
        <translation>KAM de partenariat</translation>
    </message>
    <message>
        <source>Synergistic KAM</source>
        <translation>KAM synergique</translation>
    </message>
    <message>
        <source>Uncoupling KAM</source>
        <translation>KAM en rupture</translation>
    </message>
    <message>
        <source>Is this account worth investing in? Potential and strategic fit.</source>
        <translation>Ce compte vaut-il l&apos;investissement&#xa0;? Potentiel et adéquation stratégique.</translation>
    </message>
    <message>
        <source>One contact; the buyer is still shopping around.</source>
        <translation>Un seul contact&#xa0;; l&apos;acheteur compare encore les offres.</translation>
    </message>
    <message>
        <source>Trust is building; more contacts on both sides.</source>
        <translation>La confiance se construit&#xa0;; plus de contacts des deux côtés.</translation>
    </message>
    <message>
        <source>We are the preferred supplier.</source>
        <translation>Nous sommes le fournisseur privilégié.</translation>
    </message>
    <message>
        <source>We plan together as one entity.</source>
        <translation>Nous planifions ensemble comme une seule entité.</translation>
    </message>
    <message>
        <source>The relationship is breaking down.</source>
        <translation>La relation se défait.</translation>
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
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Non-supporter</source>
        <translation>Non favorable</translation>
    </message>
    <message>
        <source>Opponent</source>
        <translation>Opposant</translation>
    </message>
</context>
<context>
    <name>TableKind</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Contact roles</source>
        <translation>Rôles des contacts</translation>
    </message>
    <message>
        <source>ARR changes</source>
        <translation>Variations d&apos;ARR</translation>
    </message>
    <message>
        <source>Usage metrics</source>
        <translation>Indicateurs d&apos;usage</translation>
    </message>
    <message>
        <source>LinkedIn connections</source>
        <translation>Relations LinkedIn</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>%1: the file cannot be read (%2)</source>
        <translation>%1&#xa0;: le fichier ne peut pas être lu (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: no header row Keyplan recognises in its first lines (it looks for columns such as Name, Account Name, First Name, Email, Stage)</source>
        <translation>%1&#xa0;: aucune ligne d&apos;en-tête que Keyplan reconnaisse dans ses premières lignes (il cherche des colonnes comme Name, Account Name, First Name, Email, Stage)</translation>
    </message>
    <message>
        <source>%1: the file changed while it was being read</source>
        <translation>%1&#xa0;: le fichier a changé pendant sa lecture</translation>
    </message>
</context>
<context>
    <name>TeamSchema</name>
    <message>
        <source>%1 is not a Keyplan role; it is reader or editor.</source>
        <translation>%1 n&apos;est pas un rôle de Keyplan&#xa0;; c&apos;est reader ou editor.</translation>
    </message>
    <message>
        <source>The server has no user called %1. Its administrator creates one first (createuser %1, or CREATE ROLE ... LOGIN), then grants it a role here.</source>
        <translation>Le serveur n&apos;a pas d&apos;utilisateur nommé %1. Son administrateur le crée d&apos;abord (createuser %1, ou CREATE ROLE ... LOGIN), puis lui accorde un rôle ici.</translation>
    </message>
    <message>
        <source>The schema could not be read: %1</source>
        <translation>Le schéma n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keyplan could not make its own schema to compare with.</source>
        <translation>Keyplan n&apos;a pas pu créer son propre schéma pour comparer.</translation>
    </message>
    <message>
        <source>table %1 was added outside Keyplan</source>
        <translation>la table %1 a été ajoutée hors de Keyplan</translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation>la table %1 manque</translation>
    </message>
    <message>
        <source>table %1 lacks column %2</source>
        <translation>il manque à la table %1 la colonne %2</translation>
    </message>
    <message>
        <source>table %1 has a column Keyplan did not make: %2</source>
        <translation>la table %1 a une colonne que Keyplan n&apos;a pas créée&#xa0;: %2</translation>
    </message>
    <message>
        <source>view %1 was added outside Keyplan</source>
        <translation>la vue %1 a été ajoutée hors de Keyplan</translation>
    </message>
    <message>
        <source>trigger %1 on %2 was added outside Keyplan</source>
        <translation>le déclencheur %1 sur %2 a été ajouté hors de Keyplan</translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>the file cannot be read from its start</source>
        <translation>le fichier ne peut pas être lu depuis son début</translation>
    </message>
    <message>
        <source>the file is written in %1, which Keyplan cannot read; save it as UTF-8 and import it again</source>
        <translation>le fichier est écrit en %1, que Keyplan ne sait pas lire&#xa0;; enregistrez-le en UTF-8 et importez-le à nouveau</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <source>the file could not be read to its end: %1</source>
        <translation>le fichier n&apos;a pas pu être lu jusqu&apos;au bout&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ThisWeek</name>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message numerus="yes">
        <source>Renews on %1 (in %n days)</source>
        <translation>
            <numerusform>Renouvellement le %1 (dans %n jour)</numerusform>
            <numerusform>Renouvellement le %1 (dans %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Business review due</source>
        <translation>Revue d&apos;affaires à faire</translation>
    </message>
    <message>
        <source>Last held on %1</source>
        <translation>Dernière revue le %1</translation>
    </message>
    <message>
        <source>None held yet</source>
        <translation>Aucune revue tenue pour l&apos;instant</translation>
    </message>
    <message>
        <source>Touchpoint with %1</source>
        <translation>Contact avec %1</translation>
    </message>
    <message>
        <source>Last contact on %1</source>
        <translation>Dernier contact le %1</translation>
    </message>
    <message>
        <source>No contact yet</source>
        <translation>Pas encore de contact</translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <source>Strategic</source>
        <translation>Stratégique</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Croissance</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
</context>
<context>
    <name>TouchpointKind</name>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>QBR</source>
        <translation>QBR</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
</context>
<context>
    <name>UnitKind</name>
    <message>
        <source>Business unit</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>line %1: a card begun here has no END:VCARD</source>
        <translation>ligne %1&#xa0;: une fiche commencée ici n&apos;a pas de END:VCARD</translation>
    </message>
    <message>
        <source>no BEGIN:VCARD: the file holds no vCard</source>
        <translation>pas de BEGIN:VCARD&#xa0;: le fichier ne contient aucune vCard</translation>
    </message>
    <message>
        <source>not jCard: %1 at byte %2</source>
        <translation>pas du jCard&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>not jCard: an entry is not [&quot;vcard&quot;, [...]]</source>
        <translation>pas du jCard&#xa0;: une entrée n&apos;est pas [&quot;vcard&quot;, [...]]</translation>
    </message>
</context>
<context>
    <name>ValuePeriod</name>
    <message>
        <source>Once (a one-off)</source>
        <translation>Une fois (ponctuel)</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>Chaque trimestre</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Chaque année</translation>
    </message>
</context>
<context>
    <name>Whitespace</name>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
</context>
<context>
    <name>WinRecording</name>
    <message>
        <source>Won: %1</source>
        <translation>Gagnée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Record the Win in ARR</source>
        <translation>Consigner le gain dans l&apos;ARR</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>the archive cannot be read: %1</source>
        <translation>l&apos;archive ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>an entry of the archive cannot be read: %1</source>
        <translation>une entrée de l&apos;archive ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>the archive&apos;s entry cannot be unpacked: %1</source>
        <translation>l&apos;entrée de l&apos;archive ne peut pas être décompressée&#xa0;: %1</translation>
    </message>
    <message>
        <source>the archive is damaged: %1</source>
        <translation>l&apos;archive est endommagée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>keyplan::AccountDetailsForm</name>
    <message>
        <source>Key account</source>
        <translation>Compte clé</translation>
    </message>
    <message>
        <source>ARR today, from the account&apos;s timeline of changes. Typing a new figure records a dated change and asks what kind it is.</source>
        <translation>L&apos;ARR d&apos;aujourd&apos;hui, d&apos;après l&apos;historique des variations du compte. Saisir un nouveau chiffre consigne une variation datée et en demande le type.</translation>
    </message>
    <message>
        <source>What matters about this account: goals, history, what to watch</source>
        <translation>Ce qui compte pour ce compte&#xa0;: objectifs, historique, points de vigilance</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Add a person on our side</source>
        <translation>Ajouter une personne de notre côté</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>Ni&amp;veau&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Res&amp;ponsable&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;RR:</source>
        <translation>A&amp;RR&#xa0;:</translation>
    </message>
    <message>
        <source>Renewal &amp;date:</source>
        <translation>Renouvellement &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>Sec&amp;teur&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Rég&amp;ion&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;mployees:</source>
        <translation>&amp;Effectifs&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>New Team Member</source>
        <translation>Nouveau membre d&apos;équipe</translation>
    </message>
    <message>
        <source>Name of the person on our side:</source>
        <translation>Nom de la personne de notre côté&#xa0;:</translation>
    </message>
    <message>
        <source>Add owner %1</source>
        <translation>Ajouter le responsable %1</translation>
    </message>
</context>
<context>
    <name>keyplan::AccountEditing</name>
    <message>
        <source>That value does not fit this field.</source>
        <translation>Cette valeur ne convient pas à ce champ.</translation>
    </message>
    <message>
        <source>the account “%1”</source>
        <translation>le compte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the change of stage on %1</source>
        <translation>le changement de stade du %1</translation>
    </message>
    <message>
        <source>The change of stage</source>
        <translation>Le changement de stade</translation>
    </message>
    <message>
        <source>Those coverage settings do not fit together.</source>
        <translation>Ces paramètres de couverture ne vont pas ensemble.</translation>
    </message>
    <message>
        <source>The coverage settings</source>
        <translation>Les paramètres de couverture</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>La modification</translation>
    </message>
    <message>
        <source>The account</source>
        <translation>Le compte</translation>
    </message>
    <message>
        <source>Deleting the account</source>
        <translation>Suppression du compte</translation>
    </message>
    <message>
        <source>The stage change</source>
        <translation>Le changement de stade</translation>
    </message>
    <message>
        <source>Undoing the stage change</source>
        <translation>Annulation du changement de stade</translation>
    </message>
    <message>
        <source>The team member</source>
        <translation>Le membre d&apos;équipe</translation>
    </message>
    <message>
        <source>Removing the team member</source>
        <translation>Retrait du membre d&apos;équipe</translation>
    </message>
</context>
<context>
    <name>keyplan::AccountEditor</name>
    <message>
        <source>Select an account to see its plan.</source>
        <translation>Sélectionnez un compte pour voir son plan.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Plays</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Whitespace</source>
        <translation>Potentiel inexploité</translation>
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
        <translation>Stade</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Open plays (%1, %2 overdue): %3</source>
        <translation>Actions ouvertes (%1, dont %2 en retard)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Open plays (%1): %2</source>
        <translation>Actions ouvertes (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sans responsable</translation>
    </message>
    <message>
        <source>owned by %1</source>
        <translation>suivi par %1</translation>
    </message>
    <message>
        <source>Not a key account</source>
        <translation>Pas un compte clé</translation>
    </message>
</context>
<context>
    <name>keyplan::AccountHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>Changes to the account</source>
        <translation>Modifications du compte</translation>
    </message>
    <message>
        <source>A plan file keeps no history of who changed what. A team plan does: publish this plan to a team server (keyplan copy), then open it with File &gt; Connect to Team Plan…</source>
        <translation>Un fichier de plan ne garde pas l&apos;historique de qui a changé quoi. Un plan d&apos;équipe, si&#xa0;: publiez ce plan sur un serveur d&apos;équipe (keyplan copy), puis ouvrez-le avec Fichier &gt; Se connecter à un plan d&apos;équipe…</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>L&apos;historique n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nobody has changed this account since the team plan began keeping its history.</source>
        <translation>Personne n&apos;a modifié ce compte depuis que le plan d&apos;équipe tient son historique.</translation>
    </message>
    <message>
        <source>Every change to the account and to what belongs to it, newest first, by anyone on the team plan (at most the newest %1). Times are your computer&apos;s.</source>
        <translation>Chaque modification du compte et de ce qui lui appartient, la plus récente d&apos;abord, par n&apos;importe qui sur le plan d&apos;équipe (au plus les %1 plus récentes). Les heures sont celles de votre ordinateur.</translation>
    </message>
</context>
<context>
    <name>keyplan::AccountHistoryModel</name>
    <message>
        <source>%1 added</source>
        <translation>%1 ajouté</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 supprimé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Keyplan, in %1&apos;s window</source>
        <translation>Keyplan, dans la fenêtre de %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
</context>
<context>
    <name>keyplan::ArrChangeDialog</name>
    <message>
        <source>Edit ARR Change</source>
        <translation>Modifier une variation d&apos;ARR</translation>
    </message>
    <message>
        <source>Record ARR Change</source>
        <translation>Consigner une variation d&apos;ARR</translation>
    </message>
    <message>
        <source>%1: ARR in %2 from the day below. Type the new ARR or the difference.</source>
        <translation>%1&#xa0;: ARR en %2 à partir du jour ci-dessous. Saisissez le nouvel ARR ou l&apos;écart.</translation>
    </message>
    <message>
        <source>What happened: e.g. &quot;Moved to the Enterprise tier&quot;</source>
        <translation>Ce qui s&apos;est passé&#xa0;: par ex. «&#xa0;Passé à l&apos;offre Enterprise&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>À &amp;partir du&#xa0;:</translation>
    </message>
    <message>
        <source>ARR before:</source>
        <translation>ARR avant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;ARR from then:</source>
        <translation>&amp;ARR ensuite&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Difference:</source>
        <translation>É&amp;cart&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Consigner</translation>
    </message>
    <message>
        <source>The ARR from then must be an amount of zero or more.</source>
        <translation>L&apos;ARR ensuite doit être un montant de zéro ou plus.</translation>
    </message>
    <message>
        <source>ARR is already %1 on that day: this records no change.</source>
        <translation>L&apos;ARR est déjà de %1 ce jour-là&#xa0;: cela ne consigne aucune variation.</translation>
    </message>
    <message>
        <source>From %1 to %2 counts as %3, not %4.</source>
        <translation>De %1 à %2 compte comme %3, pas comme %4.</translation>
    </message>
    <message>
        <source>e.g. %1 or %2</source>
        <translation>par ex. %1 ou %2</translation>
    </message>
</context>
<context>
    <name>keyplan::ArrMonthEndModel</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>ARR at month end</source>
        <translation>ARR en fin de mois</translation>
    </message>
    <message>
        <source>Change in the month</source>
        <translation>Variation du mois</translation>
    </message>
</context>
<context>
    <name>keyplan::ArrTimelineModel</name>
    <message>
        <source>%1 (scheduled)</source>
        <translation>%1 (prévue)</translation>
    </message>
    <message>
        <source>No change in ARR</source>
        <translation>Pas de variation d&apos;ARR</translation>
    </message>
    <message>
        <source>Recorded as %1; counted as %2, because ARR was %3 before it.</source>
        <translation>Consignée comme %1&#xa0;; comptée comme %2, car l&apos;ARR était de %3 avant.</translation>
    </message>
    <message>
        <source>Dated after today: ARR today does not include it yet.</source>
        <translation>Datée après aujourd&apos;hui&#xa0;: l&apos;ARR d&apos;aujourd&apos;hui ne l&apos;inclut pas encore.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>ARR from then</source>
        <translation>ARR ensuite</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>keyplan::BackupListModel</name>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>several currencies</source>
        <translation>plusieurs devises</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Key accounts</source>
        <translation>Comptes clés</translation>
    </message>
    <message>
        <source>Key-account ARR</source>
        <translation>ARR des comptes clés</translation>
    </message>
</context>
<context>
    <name>keyplan::BridgeChart</name>
    <message>
        <source>No figures for this period.</source>
        <translation>Aucun chiffre pour cette période.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Upsell</source>
        <translation>Montée en gamme</translation>
    </message>
    <message>
        <source>Cross-sell</source>
        <translation>Vente croisée</translation>
    </message>
    <message>
        <source>Seat growth</source>
        <translation>Plus de licences</translation>
    </message>
    <message>
        <source>Usage growth</source>
        <translation>Plus d&apos;usage</translation>
    </message>
    <message>
        <source>Price increase</source>
        <translation>Hausse de prix</translation>
    </message>
    <message>
        <source>Expansion (motion not recorded)</source>
        <translation>Expansion (levier non renseigné)</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Contraction</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Attrition</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Réactivation</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hausse</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Baisse</translation>
    </message>
    <message>
        <source>%1 at the start + %2 new + %3 expansion − %4 contraction − %5 churn + %6 reactivation = %7 at the end.</source>
        <translation>%1 au départ + %2 nouveau + %3 expansion − %4 contraction − %5 attrition + %6 réactivation = %7 à la fin.</translation>
    </message>
</context>
<context>
    <name>keyplan::BridgeTableModel</name>
    <message>
        <source>All accounts in scope</source>
        <translation>Tous les comptes du périmètre</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(sans responsable)</translation>
    </message>
    <message>
        <source>needs a %1 rate</source>
        <translation>il faut un taux %1</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts had ARR at the start of the period; new ones are new business.</source>
        <translation>
            <numerusform>%n compte avait de l&apos;ARR au début de la période&#xa0;; les nouveaux sont de nouvelles affaires.</numerusform>
            <numerusform>%n comptes avaient de l&apos;ARR au début de la période&#xa0;; les nouveaux sont de nouvelles affaires.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansion</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Contraction</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Attrition</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Réactivation</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>GRR</source>
        <translation>GRR</translation>
    </message>
</context>
<context>
    <name>keyplan::BridgeView</name>
    <message>
        <source>All accounts in scope</source>
        <translation>Tous les comptes du périmètre</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>Par segment</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>Par niveau</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>Par responsable</translation>
    </message>
    <message>
        <source>ARR bridge</source>
        <translation>Passage de l&apos;ARR</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>%1 · %2 · in %3 at constant currency</source>
        <translation>%1 · %2 · en %3 à devise constante</translation>
    </message>
    <message>
        <source>All accounts (%1)</source>
        <translation>Tous les comptes (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n accounts (the table&apos;s filter)</source>
        <translation>
            <numerusform>%1 sur %n compte (le filtre du tableau)</numerusform>
            <numerusform>%1 sur %n comptes (le filtre du tableau)</numerusform>
        </translation>
    </message>
    <message>
        <source>ARR bridge: %1</source>
        <translation>Passage de l&apos;ARR&#xa0;: %1</translation>
    </message>
    <message>
        <source>These figures need a %1 rate: add it in Plan Settings.</source>
        <translation>Ces chiffres demandent un taux %1&#xa0;: ajoutez-le dans les Paramètres du plan.</translation>
    </message>
</context>
<context>
    <name>keyplan::BusinessUnitsDialog</name>
    <message>
        <source>Edit Business Unit</source>
        <translation>Modifier l&apos;entité</translation>
    </message>
    <message>
        <source>Add Business Unit</source>
        <translation>Ajouter une entité</translation>
    </message>
    <message>
        <source>e.g. Leeds depot, Finance, EMEA</source>
        <translation>par ex. Dépôt de Leeds, Finance, EMEA</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Business Units of %1</source>
        <translation>Entités de %1</translation>
    </message>
    <message>
        <source>Business units</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>keyplan::CadenceHealthSettings</name>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Cadence by tier</source>
        <translation>Rythme par niveau</translation>
    </message>
    <message>
        <source>Touchpoints with each key stakeholder</source>
        <translation>Contacts avec chaque partie prenante clé</translation>
    </message>
    <message>
        <source>Business review (QBR)</source>
        <translation>Revue d&apos;affaires (QBR)</translation>
    </message>
    <message>
        <source>%1: touchpoints every</source>
        <translation>%1&#xa0;: contacts tous les</translation>
    </message>
    <message>
        <source>%1: business review every</source>
        <translation>%1&#xa0;: revue d&apos;affaires tous les</translation>
    </message>
    <message>
        <source>%1 accounts, every</source>
        <translation>Comptes %1, tous les</translation>
    </message>
    <message>
        <source>Health scorecard</source>
        <translation>Grille de santé</translation>
    </message>
    <message>
        <source>The score is the weighted mean of the measures that have data; a measure without data drops out and the card says so. Below 6 an account needs a risk review. A weight of 0 leaves a measure out.</source>
        <translation>La note est la moyenne pondérée des mesures qui ont des données&#xa0;; une mesure sans données sort du calcul et la fiche le dit. Sous 6, un compte demande une revue des risques. Un poids de 0 laisse une mesure de côté.</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Poids de %1</translation>
    </message>
    <message>
        <source> (from the plan)</source>
        <translation> (d&apos;après le plan)</translation>
    </message>
    <message>
        <source> (from usage metrics, else entered)</source>
        <translation> (d&apos;après les indicateurs d&apos;usage, sinon saisie)</translation>
    </message>
    <message>
        <source> (entered)</source>
        <translation> (saisie)</translation>
    </message>
    <message>
        <source>A score entered by hand counts for</source>
        <translation>Une note saisie à la main compte pour</translation>
    </message>
    <message>
        <source>Track record: not enough history yet. It compares accounts scored below 6 with the others, month by month, once their scores are six months old.</source>
        <translation>Historique de fiabilité&#xa0;: pas encore assez d&apos;historique. Il compare les comptes notés sous 6 aux autres, mois par mois, une fois leurs notes vieilles de six mois.</translation>
    </message>
    <message>
        <source>Track record: of %1 account-months scored below 6, %2 lost revenue within six months (%3); of %4 scored 6 or above, %5 did (%6). The further apart, the better the weights predict.</source>
        <translation>Historique de fiabilité&#xa0;: sur %1 mois-comptes notés sous 6, %2 ont perdu du revenu dans les six mois (%3)&#xa0;; sur %4 notés 6 ou plus, %5 (%6). Plus l&apos;écart est grand, mieux les poids prédisent.</translation>
    </message>
    <message>
        <source>give at least one measure a weight</source>
        <translation>donnez un poids à au moins une mesure</translation>
    </message>
</context>
<context>
    <name>keyplan::CatalogueDialog</name>
    <message>
        <source>Edit Offering</source>
        <translation>Modifier l&apos;offre</translation>
    </message>
    <message>
        <source>Add Offering</source>
        <translation>Ajouter une offre</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;List price a year (%1):</source>
        <translation>&amp;Prix catalogue par an (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Catalogue of Offerings</source>
        <translation>Catalogue des offres</translation>
    </message>
    <message>
        <source>Offerings</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>List price a year</source>
        <translation>Prix catalogue par an</translation>
    </message>
</context>
<context>
    <name>keyplan::ChartPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Sa&amp;ve As…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>Copy the chart as an image</source>
        <translation>Copier le graphique comme image</translation>
    </message>
    <message>
        <source>Save the chart as PNG or SVG</source>
        <translation>Enregistrer le graphique en PNG ou SVG</translation>
    </message>
    <message>
        <source>Save the chart as .png or .svg</source>
        <translation>Enregistrer le graphique en .png ou .svg</translation>
    </message>
    <message>
        <source>The chart could not be written</source>
        <translation>Le graphique n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>graphique</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 n&apos;a pas pu être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Graphique enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>keyplan::ChoiceFilterButton</name>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation>%1&#xa0;: tous</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 sélectionnés</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>keyplan::ConflictDialog</name>
    <message>
        <source>Someone Changed This First</source>
        <translation>Quelqu&apos;un l&apos;a modifié avant vous</translation>
    </message>
    <message>
        <source>this item</source>
        <translation>cet élément</translation>
    </message>
    <message>
        <source>%1 changed after you opened it (in another window), so it was not removed. Look at it, then remove it again if it should go.</source>
        <translation>%1 a changé après que vous l&apos;avez ouvert (dans une autre fenêtre), donc il n&apos;a pas été supprimé. Regardez-le, puis supprimez-le à nouveau s&apos;il doit partir.</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3, after you opened it, so it was not removed. Look at their change, then remove it again if it should go.</source>
        <translation>%1 a modifié %2 à %3, après que vous l&apos;avez ouvert, donc il n&apos;a pas été supprimé. Regardez sa modification, puis supprimez-le à nouveau s&apos;il doit partir.</translation>
    </message>
    <message>
        <source>%1 was removed already, after you opened it: nothing more to do.</source>
        <translation>%1 a déjà été supprimé, après que vous l&apos;avez ouvert&#xa0;: plus rien à faire.</translation>
    </message>
    <message>
        <source>%1 removed %2 at %3, after you opened it: nothing more to do.</source>
        <translation>%1 a supprimé %2 à %3, après que vous l&apos;avez ouvert&#xa0;: plus rien à faire.</translation>
    </message>
    <message>
        <source>%1 was removed after you opened it, so your change was not saved.</source>
        <translation>%1 a été supprimé après que vous l&apos;avez ouvert, donc votre modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>%1 removed %2 at %3, after you opened it, so your change was not saved.</source>
        <translation>%1 a supprimé %2 à %3, après que vous l&apos;avez ouvert, donc votre modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>%1 changed after you opened it (in another window), so your change was not saved yet.</source>
        <translation>%1 a changé après que vous l&apos;avez ouvert (dans une autre fenêtre), donc votre modification n&apos;a pas encore été enregistrée.</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3, after you opened it, so your change was not saved yet. Keep their version, or save yours over it.</source>
        <translation>%1 a modifié %2 à %3, après que vous l&apos;avez ouvert, donc votre modification n&apos;a pas encore été enregistrée. Gardez sa version, ou enregistrez la vôtre par-dessus.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Theirs (%1)</source>
        <translation>La sienne (%1)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>À l&apos;ouverture</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>(removing it)</source>
        <translation>(en cours de suppression)</translation>
    </message>
    <message>
        <source>(not changed: theirs stays)</source>
        <translation>(inchangé&#xa0;: la sienne reste)</translation>
    </message>
    <message>
        <source>Keep Their Version</source>
        <translation>Garder sa version</translation>
    </message>
    <message>
        <source>Save Mine over Theirs</source>
        <translation>Enregistrer la mienne par-dessus</translation>
    </message>
</context>
<context>
    <name>keyplan::CoverageChart</name>
    <message>
        <source>below the target of %1–%2</source>
        <translation>sous la cible de %1–%2</translation>
    </message>
    <message>
        <source>above the target of %1–%2</source>
        <translation>au-dessus de la cible de %1–%2</translation>
    </message>
    <message>
        <source>within the target of %1–%2</source>
        <translation>dans la cible de %1–%2</translation>
    </message>
    <message>
        <source>%1: coverage %2, %3</source>
        <translation>%1&#xa0;: couverture %2, %3</translation>
    </message>
    <message>
        <source>Coverage depth of key accounts</source>
        <translation>Profondeur de couverture des comptes clés</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>Sous la cible</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Dans la cible</translation>
    </message>
    <message>
        <source>Above target</source>
        <translation>Au-dessus de la cible</translation>
    </message>
    <message>
        <source>Coverage depth (active, company-owned relationships ÷ buying group)</source>
        <translation>Profondeur de couverture (relations actives suivies par l&apos;entreprise ÷ groupe d&apos;achat)</translation>
    </message>
    <message>
        <source>Target %1–%2</source>
        <translation>Cible %1–%2</translation>
    </message>
    <message>
        <source>Not shown: %1 key accounts with nobody from the buying group on the map.</source>
        <translation>Non affichés&#xa0;: %1 comptes clés sans personne du groupe d&apos;achat sur la carte.</translation>
    </message>
</context>
<context>
    <name>keyplan::CoverageSettingsDialog</name>
    <message>
        <source>Coverage Settings</source>
        <translation>Paramètres de couverture</translation>
    </message>
    <message>
        <source>These settings belong to the plan: everyone who opens it measures coverage the same way.</source>
        <translation>Ces paramètres appartiennent au plan&#xa0;: tous ceux qui l&apos;ouvrent mesurent la couverture de la même façon.</translation>
    </message>
    <message>
        <source>A required seat that nobody on an account&apos;s map fills shows as an empty seat</source>
        <translation>Un siège requis que personne n&apos;occupe sur la carte d&apos;un compte apparaît comme siège vide</translation>
    </message>
    <message>
        <source>Required seats</source>
        <translation>Sièges requis</translation>
    </message>
    <message>
        <source>Required seats in every buying group</source>
        <translation>Sièges requis dans chaque groupe d&apos;achat</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <source>A warm or strong relationship is &amp;active when contacted within:</source>
        <translation>Une relation chaleureuse ou forte est &amp;active si le dernier contact date d&apos;au plus&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Single-threaded with at most this many active relationships:</source>
        <translation>&amp;Trop peu de contacts avec au plus ce nombre de relations actives&#xa0;:</translation>
    </message>
    <message>
        <source>A map is stale when not &amp;reviewed for:</source>
        <translation>Une carte est périmée si elle n&apos;a pas été &amp;revue depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Coverage depth &amp;target:</source>
        <translation>Cible de profondeur de &amp;couverture&#xa0;:</translation>
    </message>
</context>
<context>
    <name>keyplan::DataActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Bring in accounts, people, opportunities, ARR and usage from Salesforce, HubSpot, LinkedIn, address books or a Keyplan plan</source>
        <translation>Faire entrer des comptes, personnes, opportunités, ARR et usages depuis Salesforce, HubSpot, LinkedIn, des carnets d&apos;adresses ou un plan Keyplan</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Write the plan as JSON, as spreadsheets, or its dates as a calendar</source>
        <translation>Écrire le plan en JSON, en tableurs, ou ses dates en calendrier</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Whole plan as JSON (*.json)</source>
        <translation>Plan entier en JSON (*.json)</translation>
    </message>
    <message>
        <source>Spreadsheets, zipped CSV (*.zip)</source>
        <translation>Tableurs, CSV compressés (*.zip)</translation>
    </message>
    <message>
        <source>Calendar of renewals, QBRs, plays and next steps (*.ics)</source>
        <translation>Calendrier des renouvellements, QBR, actions et prochaines étapes (*.ics)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Imported %1. %2 Undo takes it out again.</source>
        <translation>%1 importé. %2 Annuler le retire.</translation>
    </message>
    <message>
        <source>Imported %1. %2 The plan as it was is kept as a backup.</source>
        <translation>%1 importé. %2 Le plan tel qu&apos;il était est conservé en sauvegarde.</translation>
    </message>
</context>
<context>
    <name>keyplan::GoalEditing</name>
    <message>
        <source>A goal needs an objective, and its baseline and target must be numbers.</source>
        <translation>Un objectif demande un intitulé, et sa valeur de départ et sa cible doivent être des nombres.</translation>
    </message>
    <message>
        <source>What a unit is worth must be an amount above zero.</source>
        <translation>La valeur d&apos;une unité doit être un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>Add the goal “%1”</source>
        <translation>Ajouter l&apos;objectif «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The goal</source>
        <translation>L&apos;objectif</translation>
    </message>
    <message>
        <source>Edit the goal “%1”</source>
        <translation>Modifier l&apos;objectif «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the goal “%1”</source>
        <translation>l&apos;objectif «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove the goal “%1”</source>
        <translation>Supprimer l&apos;objectif «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Removing the goal</source>
        <translation>Suppression de l&apos;objectif</translation>
    </message>
</context>
<context>
    <name>keyplan::GoalsPage</name>
    <message>
        <source>Without a value of a unit, results are told in their unit only.</source>
        <translation>Sans valeur d&apos;unité, les résultats ne sont exprimés que dans leur unité.</translation>
    </message>
    <message>
        <source>Give a baseline and a different target to count the value of the results.</source>
        <translation>Donnez un départ et une cible différente pour chiffrer la valeur des résultats.</translation>
    </message>
    <message>
        <source>That value is too large to count.</source>
        <translation>Cette valeur est trop grande pour être calculée.</translation>
    </message>
    <message>
        <source>Reaching the target (%1 better) would be worth %2 to them, once.</source>
        <translation>Atteindre la cible (%1 de mieux) leur apporterait un gain ponctuel de %2.</translation>
    </message>
    <message>
        <source>Reaching the target (%1 better) would be worth %2 a year to them.</source>
        <translation>Atteindre la cible (%1 de mieux) leur vaudrait %2 par an.</translation>
    </message>
    <message>
        <source>Add &amp;Goal…</source>
        <translation>Ajouter un &amp;objectif…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Mesuré par</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Their owner</source>
        <translation>Leur responsable</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Le nôtre</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Servi par</translation>
    </message>
    <message>
        <source>No goals yet. Write down what the customer wants to achieve: value delivered, the QBR and every expansion case point back to it.</source>
        <translation>Pas encore d&apos;objectifs. Notez ce que le client veut accomplir&#xa0;: la valeur apportée, le QBR et chaque piste d&apos;expansion s&apos;y rapportent.</translation>
    </message>
    <message>
        <source>Goals counted: %1 · at risk or overdue: %2 · goal progress on the health scorecard: %3 of 10</source>
        <translation>Objectifs pris en compte&#xa0;: %1 · à risque ou en retard&#xa0;: %2 · avancement des objectifs dans la grille de santé&#xa0;: %3 sur 10</translation>
    </message>
    <message>
        <source>Edit Goal</source>
        <translation>Modifier l&apos;objectif</translation>
    </message>
    <message>
        <source>Add Goal</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Required, in the customer&apos;s words: Cut the time spent building rotas</source>
        <translation>Obligatoire, selon les termes du client&#xa0;: réduire le temps passé à bâtir les plannings</translation>
    </message>
    <message>
        <source>Hours a week on rotas, from the scheduler&apos;s log</source>
        <translation>Heures par semaine sur les plannings, d&apos;après le journal du planificateur</translation>
    </message>
    <message>
        <source>hours a week</source>
        <translation>heures par semaine</translation>
    </message>
    <message>
        <source>Optional: what one unit saves them, e.g. 32 for a manager&apos;s hour</source>
        <translation>Facultatif&#xa0;: ce qu&apos;une unité leur fait économiser, par ex. 32 pour une heure de manager</translation>
    </message>
    <message>
        <source>With a value, the QBR tells the results in money and what they return on what the customer pays.</source>
        <translation>Avec une valeur, le QBR exprime les résultats en argent et ce qu&apos;ils rapportent au regard de ce que paie le client.</translation>
    </message>
    <message>
        <source>Nobody named</source>
        <translation>Personne n&apos;est désigné</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objectif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Measured by:</source>
        <translation>&amp;Mesuré par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Départ&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Cible&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Value of a unit (%1):</source>
        <translation>&amp;Valeur d&apos;une unité (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;curs:</source>
        <translation>Se &amp;répète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>Éc&amp;héance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;heir owner:</source>
        <translation>Leur res&amp;ponsable&#xa0;:</translation>
    </message>
    <message>
        <source>Our o&amp;wner:</source>
        <translation>Notre respo&amp;nsable&#xa0;:</translation>
    </message>
    <message>
        <source>Baseline and target are numbers (or left empty).</source>
        <translation>Le départ et la cible sont des nombres (ou vides).</translation>
    </message>
    <message>
        <source>The value of a unit is an amount above zero (or left empty).</source>
        <translation>La valeur d&apos;une unité est un montant supérieur à zéro (ou vide).</translation>
    </message>
</context>
<context>
    <name>keyplan::HealthDialog</name>
    <message>
        <source>Record a Health Measure</source>
        <translation>Consigner une mesure de santé</translation>
    </message>
    <message>
        <source> of 10</source>
        <translation> sur 10</translation>
    </message>
    <message>
        <source>NPS 32 in the October survey; two P1 tickets; paid 40 days late…</source>
        <translation>NPS de 32 à l&apos;enquête d&apos;octobre&#xa0;; deux tickets P1&#xa0;; payé avec 40 jours de retard…</translation>
    </message>
    <message>
        <source>1 is failing, 10 thriving. Engagement, relationship and goal progress follow the plan; usage does too once the account has a metric with thresholds. The score is the weighted mean of the measures with data; below %1 the account needs a risk review and shows &quot;fix first&quot; where expansion is added.</source>
        <translation>1 signifie en échec, 10 florissant. L&apos;engagement, la relation et l&apos;avancement des objectifs découlent du plan&#xa0;; l&apos;usage aussi, dès que le compte a un indicateur avec des seuils. La note est la moyenne pondérée des mesures qui ont des données&#xa0;; sous %1, le compte demande une revue des risques et affiche «&#xa0;à corriger d&apos;abord&#xa0;» là où une expansion est ajoutée.</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Mesure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Assessed &amp;on:</source>
        <translation>Évaluée &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Pourquoi&#xa0;:</translation>
    </message>
</context>
<context>
    <name>keyplan::HealthEditing</name>
    <message>
        <source>A measure entered by hand needs a day and a score from 1 to 10.</source>
        <translation>Une mesure saisie à la main demande un jour et une note de 1 à 10.</translation>
    </message>
    <message>
        <source>Record %1 %2</source>
        <translation>Consigner %1 %2</translation>
    </message>
    <message>
        <source>The health measure</source>
        <translation>La mesure de santé</translation>
    </message>
    <message>
        <source>Remove the %1 entry</source>
        <translation>Supprimer la saisie %1</translation>
    </message>
    <message>
        <source>the %1 entry</source>
        <translation>la saisie %1</translation>
    </message>
    <message>
        <source>An override needs a score from 1 to 10, a reason, and an expiry date from today on.</source>
        <translation>Une santé imposée demande une note de 1 à 10, une raison et une date d&apos;expiration à partir d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Override health with %1</source>
        <translation>Imposer une note de santé de %1</translation>
    </message>
    <message>
        <source>The override</source>
        <translation>La santé imposée</translation>
    </message>
    <message>
        <source>End the health override</source>
        <translation>Mettre fin à la santé imposée</translation>
    </message>
    <message>
        <source>A metric needs a name, numbers for its thresholds and values, and one value a day, oldest first.</source>
        <translation>Un indicateur demande un nom, des nombres pour ses seuils et ses valeurs, et une valeur par jour, la plus ancienne d&apos;abord.</translation>
    </message>
    <message>
        <source>Add the metric “%1”</source>
        <translation>Ajouter l&apos;indicateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The metric</source>
        <translation>L&apos;indicateur</translation>
    </message>
    <message>
        <source>Edit the metric “%1”</source>
        <translation>Modifier l&apos;indicateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the metric “%1”</source>
        <translation>l&apos;indicateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove the metric “%1”</source>
        <translation>Supprimer l&apos;indicateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Line %1: expected 4 fields (account, date, metric, value), found %2.</source>
        <translation>Ligne %1&#xa0;: 4 champs attendus (compte, date, indicateur, valeur), %2 trouvés.</translation>
    </message>
    <message>
        <source>Line %1: no account is named “%2”.</source>
        <translation>Ligne %1&#xa0;: aucun compte ne s&apos;appelle «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a date (YYYY-MM-DD).</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Line %1: the metric has no name.</source>
        <translation>Ligne %1&#xa0;: l&apos;indicateur n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a number.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>There are no rows of account, date, metric and value.</source>
        <translation>Il n&apos;y a pas de lignes de compte, date, indicateur et valeur.</translation>
    </message>
    <message>
        <source>The metrics</source>
        <translation>Les indicateurs</translation>
    </message>
    <message numerus="yes">
        <source>Import %n metric value(s)</source>
        <translation>
            <numerusform>Importer %n valeur d&apos;indicateur</numerusform>
            <numerusform>Importer %n valeurs d&apos;indicateur</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyplan::HealthPage</name>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>at risk: a risk review is due</source>
        <translation>à risque&#xa0;: une revue des risques s&apos;impose</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>bonne</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Rests on</source>
        <translation>Repose sur</translation>
    </message>
    <message>
        <source>Health measures</source>
        <translation>Mesures de santé</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Poor at</source>
        <translation>Mauvais à partir de</translation>
    </message>
    <message>
        <source>Good at</source>
        <translation>Bon à partir de</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Score history</source>
        <translation>Historique des notes</translation>
    </message>
    <message>
        <source>Record &amp;Measure…</source>
        <translation>Consigner une &amp;mesure…</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>&amp;Imposer une note…</translation>
    </message>
    <message>
        <source>E&amp;nd Override</source>
        <translation>Fi&amp;n de la note imposée</translation>
    </message>
    <message>
        <source>&amp;Paste Metrics as CSV…</source>
        <translation>Co&amp;ller des indicateurs en CSV…</translation>
    </message>
    <message>
        <source>Remove Metric</source>
        <translation>Supprimer l&apos;indicateur</translation>
    </message>
    <message>
        <source>&amp;Thresholds…</source>
        <translation>&amp;Seuils…</translation>
    </message>
    <message>
        <source>Usage metrics</source>
        <translation>Indicateurs d&apos;usage</translation>
    </message>
    <message>
        <source>&amp;Paste CSV…</source>
        <translation>Co&amp;ller du CSV…</translation>
    </message>
    <message>
        <source>Paste usage metrics as CSV: account,date,metric,value</source>
        <translation>Coller des indicateurs d&apos;usage en CSV&#xa0;: compte,date,indicateur,valeur</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Health %1 of 10 · %2</source>
        <translation>Santé %1 sur 10 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 in 30 days</source>
        <translation>%1 · %2 sur 30 jours</translation>
    </message>
    <message>
        <source>%1 · %2 in 90 days</source>
        <translation>%1 · %2 sur 90 jours</translation>
    </message>
    <message>
        <source>No measure has data yet: enter one by hand, add a metric, goals or people.</source>
        <translation>Aucune mesure n&apos;a encore de données&#xa0;: saisissez-en une à la main, ajoutez un indicateur, des objectifs ou des personnes.</translation>
    </message>
    <message>
        <source>Set by hand to %1 until %2: %3. The computed score, %4, returns after that day.</source>
        <translation>Fixée à la main à %1 jusqu&apos;au %2&#xa0;: %3. La note calculée, %4, revient après ce jour.</translation>
    </message>
    <message>
        <source>No data for %1: the score is the weighted mean of the others.</source>
        <translation>Pas de données pour %1&#xa0;: la note est la moyenne pondérée des autres.</translation>
    </message>
    <message>
        <source>Entered on %1</source>
        <translation>Saisie le %1</translation>
    </message>
    <message>
        <source>%1 (entered on %2)</source>
        <translation>%1 (saisie le %2)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>judged before the scorecard</source>
        <translation>jugée avant la grille</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>fixée à la main</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>calculée</translation>
    </message>
    <message>
        <source>%1 · weights changed</source>
        <translation>%1 · poids modifiés</translation>
    </message>
    <message>
        <source>Metric Thresholds</source>
        <translation>Seuils de l&apos;indicateur</translation>
    </message>
    <message>
        <source>The latest value scores the usage measure: 1 at the poor threshold or worse, 10 at the good one or better, straight between. Lower is better when good is below poor. Without both, the metric is shown but does not score.</source>
        <translation>La dernière valeur note l&apos;usage&#xa0;: 1 au seuil mauvais ou en dessous, 10 au bon ou au-dessus, linéaire entre les deux. Plus bas vaut mieux quand le bon est sous le mauvais. Sans les deux, l&apos;indicateur est affiché mais ne note pas.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Poor at:</source>
        <translation>&amp;Mauvais à partir de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Good at:</source>
        <translation>&amp;Bon à partir de&#xa0;:</translation>
    </message>
    <message>
        <source>The thresholds are numbers (or left empty).</source>
        <translation>Les seuils sont des nombres (ou vides).</translation>
    </message>
    <message>
        <source>Override Health</source>
        <translation>Imposer une note de santé</translation>
    </message>
    <message>
        <source> of 10</source>
        <translation> sur 10</translation>
    </message>
    <message>
        <source>Required: what the measures do not show</source>
        <translation>Obligatoire&#xa0;: ce que les mesures ne montrent pas</translation>
    </message>
    <message>
        <source>Your score holds until the day you choose; then the computed score returns.</source>
        <translation>Votre note tient jusqu&apos;au jour choisi&#xa0;; ensuite la note calculée revient.</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>Paste Metrics</source>
        <translation>Coller des indicateurs</translation>
    </message>
    <message>
        <source>One value per line: account,date,metric,value (dates as YYYY-MM-DD). A metric not yet on the account is added; a day already there takes the new value. Any line that cannot be read refuses the whole paste.</source>
        <translation>Une valeur par ligne&#xa0;: compte,date,indicateur,valeur (dates au format AAAA-MM-JJ). Un indicateur absent du compte est ajouté&#xa0;; un jour déjà présent prend la nouvelle valeur. Toute ligne illisible fait refuser tout le collage.</translation>
    </message>
    <message>
        <source>Metric values as CSV</source>
        <translation>Valeurs d&apos;indicateur en CSV</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Values: %1 · new metrics: %2 · metrics updated: %3</source>
        <translation>Valeurs&#xa0;: %1 · nouveaux indicateurs&#xa0;: %2 · indicateurs mis à jour&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>keyplan::HealthTrendChart</name>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>New weights</source>
        <translation>Nouveaux poids</translation>
    </message>
    <message>
        <source>Risk review</source>
        <translation>Revue des risques</translation>
    </message>
</context>
<context>
    <name>keyplan::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>How to use Keyplan and what each figure means; F1 opens it at what you are looking at</source>
        <translation>Comment utiliser Keyplan et ce que signifie chaque indicateur&#xa0;; F1 l’ouvre à ce que vous regardez</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <source>&amp;About Keyplan</source>
        <translation>À &amp;propos de Keyplan</translation>
    </message>
    <message>
        <source>About Keyplan</source>
        <translation>À propos de Keyplan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyplan %1&lt;/h3&gt;&lt;p&gt;Key account planning in one local file: the stakeholder map, the whitespace, the pipeline, the relationship stage and revenue retention of the few customers that carry most of the revenue.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keyplan %1&lt;/h3&gt;&lt;p&gt;La planification des comptes clés dans un seul fichier local&#xa0;: la carte des parties prenantes, le potentiel inexploité, le pipeline, le stade de la relation et la rétention du revenu des quelques clients qui portent l&apos;essentiel du chiffre d&apos;affaires.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>keyplan::HelpWindow</name>
    <message>
        <source>Keyplan User Guide</source>
        <translation>Guide de l’utilisateur de Keyplan</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation>Précédent (%1)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation>Suivant (%1)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>User guide navigation</source>
        <translation>Navigation dans le guide de l’utilisateur</translation>
    </message>
</context>
<context>
    <name>keyplan::ImportWizard</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Lié</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Laissé de côté</translation>
    </message>
    <message>
        <source>Which account?</source>
        <translation>Quel compte&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked</source>
        <translation>
            <numerusform>%n lié</numerusform>
            <numerusform>%n liés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n laissé de côté</numerusform>
            <numerusform>%n laissés de côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to confirm</source>
        <translation>
            <numerusform>%n à confirmer</numerusform>
            <numerusform>%n à confirmer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Rien à importer.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Fichiers à importer</translation>
    </message>
    <message>
        <source>Exports of Salesforce (a weekly export&apos;s zip is one file), HubSpot, LinkedIn&apos;s Connections.csv, address books (vCard), billing (account, date, ARR or MRR), usage metrics, or a Keyplan plan as JSON. Importing the same export again updates what changed.</source>
        <translation>Exports de Salesforce (le zip d&apos;un export hebdomadaire est un seul fichier), HubSpot, le Connections.csv de LinkedIn, carnets d&apos;adresses (vCard), facturation (compte, date, ARR ou MRR), indicateurs d&apos;usage, ou un plan Keyplan en JSON. Réimporter le même export met à jour ce qui a changé.</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Recognised from each file</source>
        <translation>Reconnu dans chaque fichier</translation>
    </message>
    <message>
        <source>JSON: a Keyplan plan, a Salesforce data export or jCard</source>
        <translation>JSON&#xa0;: un plan Keyplan, un export de données Salesforce ou du jCard</translation>
    </message>
    <message>
        <source>The account each record names</source>
        <translation>Le compte que chaque enregistrement nomme</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Into account:</source>
        <translation>Dans le c&amp;ompte&#xa0;:</translation>
    </message>
    <message>
        <source>What the columns hold</source>
        <translation>Ce que contiennent les colonnes</translation>
    </message>
    <message>
        <source>Keyplan matched each header to a field. Change any that is wrong; your choices are kept for the next import from the same source.</source>
        <translation>Keyplan a associé chaque en-tête à un champ. Corrigez ce qui est faux&#xa0;; vos choix sont gardés pour la prochaine importation de la même source.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Par exemple</translation>
    </message>
    <message>
        <source>Keyplan field</source>
        <translation>Champ Keyplan</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Table&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Holds:</source>
        <translation>&amp;Contient&#xa0;:</translation>
    </message>
    <message>
        <source>Stages and deal types</source>
        <translation>Étapes et types d&apos;affaires</translation>
    </message>
    <message>
        <source>How the opportunities&apos; stages and types become Keyplan&apos;s stages and motions. Change any that is wrong; your choices are kept for the next import from the same source.</source>
        <translation>Comment les étapes et les types des opportunités deviennent les étapes et les leviers de Keyplan. Corrigez ce qui est faux&#xa0;; vos choix sont gardés pour la prochaine importation de la même source.</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>In Keyplan</source>
        <translation>Dans Keyplan</translation>
    </message>
    <message>
        <source>Deal stages and types</source>
        <translation>Étapes et types d&apos;affaires</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keyplan&apos;s %1 for %2</source>
        <translation>%1 de Keyplan pour %2</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>motion</source>
        <translation>levier</translation>
    </message>
    <message>
        <source>Not known: left out</source>
        <translation>Inconnu&#xa0;: laissé de côté</translation>
    </message>
    <message>
        <source>%1 (Keyplan&apos;s guess)</source>
        <translation>%1 (proposition de Keyplan)</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunities have a stage Keyplan does not know: they are left out until you say which stage it is.</source>
        <translation>
            <numerusform>%n opportunité a une étape que Keyplan ne connaît pas&#xa0;: elle est laissée de côté jusqu&apos;à ce que vous disiez de quelle étape il s&apos;agit.</numerusform>
            <numerusform>%n opportunités ont une étape que Keyplan ne connaît pas&#xa0;: elles sont laissées de côté jusqu&apos;à ce que vous disiez de quelle étape il s&apos;agit.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Ce que fera l&apos;importation</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import. It is one step you can undo, and the plan is backed up first.</source>
        <translation>Rien n&apos;est écrit avant que vous n&apos;appuyiez sur Importer. C&apos;est une seule étape, que vous pouvez annuler, et le plan est sauvegardé avant.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Consigner</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Add Files to Import</source>
        <translation>Ajouter des fichiers à importer</translation>
    </message>
    <message>
        <source>Exports (*.csv *.zip *.vcf *.json *.txt);;All files (*)</source>
        <translation>Exports (*.csv *.zip *.vcf *.json *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Laissé de côté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add the files to import first.</source>
        <translation>Ajoutez d&apos;abord les fichiers à importer.</translation>
    </message>
    <message>
        <source>A whole Keyplan plan: every table as it was exported.</source>
        <translation>Un plan Keyplan entier&#xa0;: chaque table telle qu&apos;elle a été exportée.</translation>
    </message>
    <message>
        <source>An address book: each card&apos;s name, organisation, title, email and phone.</source>
        <translation>Un carnet d&apos;adresses&#xa0;: nom, organisation, fonction, e-mail et téléphone de chaque fiche.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Field for %1</source>
        <translation>Champ pour %1</translation>
    </message>
    <message>
        <source>The import cannot go in: %1</source>
        <translation>L&apos;importation ne peut pas se faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>The list below shows the first %1 records.</source>
        <translation>La liste ci-dessous montre les %1 premiers enregistrements.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>Leave out for now</source>
        <translation>Laisser de côté pour l&apos;instant</translation>
    </message>
    <message>
        <source>It is “%1”</source>
        <translation>C&apos;est «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A new account</source>
        <translation>Un nouveau compte</translation>
    </message>
    <message>
        <source>Add the files; Keyplan recognises what each one holds.</source>
        <translation>Ajoutez les fichiers&#xa0;; Keyplan reconnaît ce que chacun contient.</translation>
    </message>
</context>
<context>
    <name>keyplan::LiveRefresh</name>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
</context>
<context>
    <name>keyplan::LivingPlanEditing</name>
    <message>
        <source>Days must be from 1 to 3650, weights from 0 to 100 with at least one above 0, and rule parameters from 0 to %1.</source>
        <translation>Les jours doivent aller de 1 à 3650, les poids de 0 à 100 avec au moins un au-dessus de 0, et les paramètres des règles de 0 à %1.</translation>
    </message>
    <message>
        <source>Change the cadence, health weights or plays</source>
        <translation>Changer le rythme, les poids de santé ou les actions</translation>
    </message>
    <message>
        <source>The plan&apos;s settings</source>
        <translation>Les paramètres du plan</translation>
    </message>
</context>
<context>
    <name>keyplan::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <source>Coverage by Key Account</source>
        <translation>Couverture par compte clé</translation>
    </message>
    <message>
        <source>&amp;Coverage Chart</source>
        <translation>Graphique de &amp;couverture</translation>
    </message>
    <message>
        <source>Expansion across the Portfolio</source>
        <translation>L&apos;expansion sur tout le portefeuille</translation>
    </message>
    <message>
        <source>&amp;Pipeline and Whitespace</source>
        <translation>&amp;Pipeline et potentiel</translation>
    </message>
    <message>
        <source>ARR Bridge</source>
        <translation>Passage de l&apos;ARR</translation>
    </message>
    <message>
        <source>ARR &amp;Bridge</source>
        <translation>Passage de l&apos;&amp;ARR</translation>
    </message>
    <message>
        <source>This Week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>This &amp;Week</source>
        <translation>Cette se&amp;maine</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation>&amp;Nouveau plan…</translation>
    </message>
    <message>
        <source>&amp;Open Plan…</source>
        <translation>&amp;Ouvrir un plan…</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Plan…</source>
        <translation>&amp;Se connecter à un plan d&apos;équipe…</translation>
    </message>
    <message>
        <source>Open a plan your team shares on a PostgreSQL server</source>
        <translation>Ouvrir un plan que votre équipe partage sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the open plan to another file</source>
        <translation>Écrire une copie cohérente du plan ouvert dans un autre fichier</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Restaurer depuis une sau&amp;vegarde…</translation>
    </message>
    <message>
        <source>Put back one of the plan&apos;s automatic backups</source>
        <translation>Remettre l&apos;une des sauvegardes automatiques du plan</translation>
    </message>
    <message>
        <source>C&amp;lose Plan</source>
        <translation>&amp;Fermer le plan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find Account</source>
        <translation>Rec&amp;hercher un compte</translation>
    </message>
    <message>
        <source>&amp;New Account…</source>
        <translation>&amp;Nouveau compte…</translation>
    </message>
    <message>
        <source>&amp;Delete Account</source>
        <translation>&amp;Supprimer le compte</translation>
    </message>
    <message>
        <source>Change &amp;Stage…</source>
        <translation>Changer de s&amp;tade…</translation>
    </message>
    <message>
        <source>Record &amp;Touchpoint…</source>
        <translation>Consigner un &amp;contact…</translation>
    </message>
    <message>
        <source>A call, meeting or email with people at the account</source>
        <translation>Un appel, une réunion ou un e-mail avec des personnes du compte</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Plan Settings…</source>
        <translation>Paramètres du p&amp;lan…</translation>
    </message>
    <message>
        <source>Reporting currency, fiscal year and exchange rates of this plan</source>
        <translation>Devise de reporting, exercice et taux de change de ce plan</translation>
    </message>
    <message>
        <source>C&amp;overage Settings…</source>
        <translation>Paramètres de c&amp;ouverture…</translation>
    </message>
    <message>
        <source>Required seats and coverage thresholds of this plan</source>
        <translation>Sièges requis et seuils de couverture de ce plan</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Who changed what in the account&apos;s plan, and when (team plans)</source>
        <translation>Qui a modifié quoi dans le plan du compte, et quand (plans d&apos;équipe)</translation>
    </message>
    <message>
        <source>&amp;QBR Summary…</source>
        <translation>Synthèse du &amp;QBR…</translation>
    </message>
    <message>
        <source>Prepare, print or export the account&apos;s quarterly business review</source>
        <translation>Préparer, imprimer ou exporter la revue trimestrielle du compte</translation>
    </message>
    <message>
        <source>Print Portfolio &amp;Summary…</source>
        <translation>Imprimer la synthèse du &amp;portefeuille…</translation>
    </message>
    <message>
        <source>One page with every key account&apos;s stage, revenue, coverage, pipeline and flags</source>
        <translation>Une page avec le stade, le revenu, la couverture, le pipeline et les signaux de chaque compte clé</translation>
    </message>
    <message>
        <source>&amp;Export Portfolio Summary as PDF…</source>
        <translation>&amp;Exporter la synthèse du portefeuille en PDF…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Offline: the team server cannot be reached; nothing can be saved until it is back</source>
        <translation>Hors ligne&#xa0;: le serveur d&apos;équipe est injoignable&#xa0;; rien ne peut être enregistré avant son retour</translation>
    </message>
    <message>
        <source>Read-only: you may read this team plan, not change it</source>
        <translation>Lecture seule&#xa0;: vous pouvez lire ce plan d&apos;équipe, pas le modifier</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved</source>
        <translation>Lecture seule&#xa0;: les modifications ne peuvent pas être enregistrées</translation>
    </message>
    <message>
        <source>Keyplan</source>
        <translation>Keyplan</translation>
    </message>
    <message>
        <source>Sample: %1 — %2 — Keyplan</source>
        <translation>Exemple&#xa0;: %1 — %2 — Keyplan</translation>
    </message>
    <message>
        <source>%1 — %2 — Keyplan</source>
        <translation>%1 — %2 — Keyplan</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [lecture seule]</translation>
    </message>
    <message>
        <source>Added to the plan</source>
        <translation>Ajouté au plan</translation>
    </message>
    <message numerus="yes">
        <source>Delete Account</source>
        <translation>
            <numerusform>Supprimer le compte</numerusform>
            <numerusform>Supprimer les comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 with its stage and revenue history?</source>
        <translation>Supprimer %1 avec son historique de stades et de revenus&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n accounts with their histories?</source>
        <translation>
            <numerusform>Supprimer ce compte avec son historique&#xa0;?</numerusform>
            <numerusform>Supprimer ces %n comptes avec leur historique&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n accounts</source>
        <translation>
            <numerusform>Supprimer %n compte</numerusform>
            <numerusform>Supprimer %n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>The key accounts&apos; figures need exchange rates the plan does not have: %1. Add them in Plan Settings.</source>
        <translation>Les chiffres des comptes clés demandent des taux de change que le plan n&apos;a pas&#xa0;: %1. Ajoutez-les dans les Paramètres du plan.</translation>
    </message>
    <message>
        <source>Portfolio Summary</source>
        <translation>Synthèse du portefeuille</translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation>Synthèse du portefeuille</translation>
    </message>
    <message>
        <source>Export Portfolio Summary</source>
        <translation>Exporter la synthèse du portefeuille</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Keyplan plans (*.keyplan);;All files (*)</source>
        <translation>Plans Keyplan (*.keyplan);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New Plan</source>
        <translation>Nouveau plan</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it instead.</source>
        <translation>%1 existe déjà. Choisissez un autre nom, ou ouvrez-le.</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (copie)</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>Choose another file: this is the open plan itself.</source>
        <translation>Choisissez un autre fichier&#xa0;: c&apos;est le plan ouvert lui-même.</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>La copie n&apos;a pas pu être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>Copie enregistrée dans %1</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Restored. The plan as it was is kept as a backup: File &gt; Restore from Backup… brings it back.</source>
        <translation>Restauré. Le plan tel qu&apos;il était est conservé en sauvegarde&#xa0;: Fichier &gt; Restaurer depuis une sauvegarde… le ramène.</translation>
    </message>
    <message>
        <source>Team Plan Password</source>
        <translation>Mot de passe du plan d&apos;équipe</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Try again:</source>
        <translation>Réessayez&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot Open Plan</source>
        <translation>Impossible d&apos;ouvrir le plan</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>La sauvegarde automatique a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The plan is on a read-only medium and from an older Keyplan: it is open read-only, upgraded in memory; the file is unchanged.</source>
        <translation>Le plan est sur un support en lecture seule et vient d&apos;un Keyplan plus ancien&#xa0;: il est ouvert en lecture seule, mis à niveau en mémoire&#xa0;; le fichier est inchangé.</translation>
    </message>
    <message>
        <source>The plan is on a read-only medium, so it is open read-only.</source>
        <translation>Le plan est sur un support en lecture seule, il est donc ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>The plan was upgraded; the previous version is kept at %1.</source>
        <translation>Le plan a été mis à niveau&#xa0;; la version précédente est conservée à %1.</translation>
    </message>
    <message>
        <source>Portfolio summary exported to %1</source>
        <translation>Synthèse du portefeuille exportée vers %1</translation>
    </message>
</context>
<context>
    <name>keyplan::MapLegendWidget</name>
    <message>
        <source>Legend of the stakeholder map</source>
        <translation>Légende de la carte des parties prenantes</translation>
    </message>
</context>
<context>
    <name>keyplan::NewAccountDialog</name>
    <message>
        <source>This is a key account</source>
        <translation>C&apos;est un compte clé</translation>
    </message>
    <message>
        <source>New Account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>Ni&amp;veau&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;age:</source>
        <translation>St&amp;ade&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Res&amp;ponsable&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;RR (%1):</source>
        <translation>A&amp;RR (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>Ajouter le compte</translation>
    </message>
    <message>
        <source>Annual recurring revenue, e.g. %1</source>
        <translation>Revenu récurrent annuel, par ex. %1</translation>
    </message>
</context>
<context>
    <name>keyplan::NextStepModel</name>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Open: tick when done</source>
        <translation>Ouverte&#xa0;: cocher une fois faite</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>keyplan::OpportunityDialog</name>
    <message>
        <source>Edit Opportunity</source>
        <translation>Modifier l&apos;opportunité</translation>
    </message>
    <message>
        <source>Add Opportunity</source>
        <translation>Ajouter une opportunité</translation>
    </message>
    <message>
        <source>Required, e.g. Time and Attendance for the Leeds depot</source>
        <translation>Obligatoire, par ex. Gestion des temps pour le dépôt de Leeds</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>The whole account</source>
        <translation>Tout le compte</translation>
    </message>
    <message>
        <source>Annual recurring revenue, in %1</source>
        <translation>Revenu récurrent annuel, en %1</translation>
    </message>
    <message>
        <source>Nobody yet (the account has no map)</source>
        <translation>Personne pour l&apos;instant (le compte n&apos;a pas de carte)</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — left the company</source>
        <translation>%1 — a quitté l&apos;entreprise</translation>
    </message>
    <message>
        <source>None (the account has no goals yet)</source>
        <translation>Aucun (le compte n&apos;a pas encore d&apos;objectifs)</translation>
    </message>
    <message>
        <source>&amp;Motion:</source>
        <translation>&amp;Levier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;ffering:</source>
        <translation>O&amp;ffre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Business unit:</source>
        <translation>&amp;Entité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Amount a year (%1):</source>
        <translation>&amp;Montant annuel (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>Ét&amp;ape&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>&amp;Probabilité&#xa0;:</translation>
    </message>
    <message>
        <source>Expected &amp;close:</source>
        <translation>&amp;Clôture prévue&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hampion:</source>
        <translation>C&amp;hampion&#xa0;:</translation>
    </message>
    <message>
        <source>Serves &amp;goal:</source>
        <translation>Sert l&apos;&amp;objectif&#xa0;:</translation>
    </message>
    <message>
        <source>Decision checklist</source>
        <translation>Liste de contrôle de la décision</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1: the checklist&apos;s champion point is no until another champion is named.</source>
        <translation>%1&#xa0;: le point champion de la liste reste à non tant qu&apos;un autre champion n&apos;est pas désigné.</translation>
    </message>
    <message>
        <source>Aligned with the client&apos;s stated goals: it serves “%1”.</source>
        <translation>Alignée sur les objectifs déclarés du client&#xa0;: elle sert «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Aligned with the client&apos;s stated goals: no goal is linked. Link the goal it serves above.</source>
        <translation>Alignée sur les objectifs déclarés du client&#xa0;: aucun objectif n&apos;est lié. Liez ci-dessus l&apos;objectif qu&apos;elle sert.</translation>
    </message>
    <message>
        <source>All six answered yes: worth pursuing.</source>
        <translation>Les six réponses sont oui&#xa0;: elle vaut la peine.</translation>
    </message>
    <message>
        <source>%1 of 6 answered yes. Pursue only what answers all six.</source>
        <translation>%1 réponses oui sur 6. Ne poursuivez que ce qui répond aux six.</translation>
    </message>
</context>
<context>
    <name>keyplan::PeopleEditing</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Add %1 to the map</source>
        <translation>Ajouter %1 à la carte</translation>
    </message>
    <message>
        <source>The change to the person</source>
        <translation>La modification de la personne</translation>
    </message>
    <message>
        <source>the person “%1”</source>
        <translation>la personne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>That value does not fit this field.</source>
        <translation>Cette valeur ne convient pas à ce champ.</translation>
    </message>
    <message>
        <source>Removing the person</source>
        <translation>Suppression de la personne</translation>
    </message>
    <message>
        <source>Remove %1 from the map</source>
        <translation>Retirer %1 de la carte</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>la personne</translation>
    </message>
    <message>
        <source>Only someone on this account&apos;s map can be a manager.</source>
        <translation>Seule une personne de la carte de ce compte peut être responsable hiérarchique.</translation>
    </message>
    <message>
        <source>%1 cannot report to someone who reports to them.</source>
        <translation>%1 ne peut pas rendre compte à quelqu&apos;un qui lui rend compte.</translation>
    </message>
    <message>
        <source>Record %1 of %2</source>
        <translation>Consigner %1 de %2</translation>
    </message>
    <message>
        <source>Remove %1 of %2</source>
        <translation>Supprimer %1 de %2</translation>
    </message>
    <message>
        <source>the %1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Mark the map reviewed</source>
        <translation>Marquer la carte comme revue</translation>
    </message>
    <message>
        <source>Move a person on the map</source>
        <translation>Déplacer une personne sur la carte</translation>
    </message>
    <message>
        <source>Move people on the map</source>
        <translation>Déplacer des personnes sur la carte</translation>
    </message>
    <message>
        <source>Automatic layout</source>
        <translation>Disposition automatique</translation>
    </message>
    <message>
        <source>A link joins two different people on the same map.</source>
        <translation>Un lien relie deux personnes différentes de la même carte.</translation>
    </message>
    <message>
        <source>Add a dotted-line report</source>
        <translation>Ajouter un rattachement fonctionnel</translation>
    </message>
    <message>
        <source>Add an influence link</source>
        <translation>Ajouter un lien d&apos;influence</translation>
    </message>
    <message>
        <source>Remove a dotted-line report</source>
        <translation>Supprimer un rattachement fonctionnel</translation>
    </message>
    <message>
        <source>Remove an influence link</source>
        <translation>Supprimer un lien d&apos;influence</translation>
    </message>
    <message>
        <source>the link “%1”</source>
        <translation>le lien «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <source>Restoring the person</source>
        <translation>Rétablissement de la personne</translation>
    </message>
    <message>
        <source>The touchpoint</source>
        <translation>Le contact</translation>
    </message>
    <message>
        <source>Removing the touchpoint</source>
        <translation>Suppression du contact</translation>
    </message>
    <message>
        <source>The map review</source>
        <translation>La revue de la carte</translation>
    </message>
    <message>
        <source>Removing the map review</source>
        <translation>Suppression de la revue de la carte</translation>
    </message>
    <message>
        <source>The move on the map</source>
        <translation>Le déplacement sur la carte</translation>
    </message>
    <message>
        <source>someone removed a person it moves, after you looked.</source>
        <translation>quelqu&apos;un a supprimé une personne déplacée, après que vous avez regardé.</translation>
    </message>
    <message>
        <source>%1 moved “%2” at %3, after you looked; they stay where they are now.</source>
        <translation>%1 a déplacé «&#xa0;%2&#xa0;» à %3, après que vous avez regardé&#xa0;; la personne reste où elle est maintenant.</translation>
    </message>
    <message>
        <source>“%1” was moved in another window after you looked; they stay where they are now.</source>
        <translation>«&#xa0;%1&#xa0;» a été déplacé dans une autre fenêtre après que vous avez regardé&#xa0;; la personne reste où elle est maintenant.</translation>
    </message>
    <message>
        <source>The link</source>
        <translation>Le lien</translation>
    </message>
    <message>
        <source>Removing the link</source>
        <translation>Suppression du lien</translation>
    </message>
</context>
<context>
    <name>keyplan::PipelineChart</name>
    <message>
        <source>&amp;Weighted by probability</source>
        <translation>&amp;Pondéré par la probabilité</translation>
    </message>
    <message>
        <source>Each opportunity counted at its amount times its probability</source>
        <translation>Chaque opportunité comptée pour son montant multiplié par sa probabilité</translation>
    </message>
    <message>
        <source>weighted %1</source>
        <translation>pondéré %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %3 in %n opportunities</source>
        <translation>
            <numerusform>%1 · %2&#xa0;: %3 dans %n opportunité</numerusform>
            <numerusform>%1 · %2&#xa0;: %3 dans %n opportunités</numerusform>
        </translation>
    </message>
    <message>
        <source>Open pipeline by stage</source>
        <translation>Pipeline ouvert par étape</translation>
    </message>
    <message>
        <source>Open pipeline by expected close</source>
        <translation>Pipeline ouvert par clôture prévue</translation>
    </message>
    <message>
        <source>%1, weighted</source>
        <translation>%1, pondéré</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Clôture prévue</translation>
    </message>
    <message>
        <source>%1 a year, weighted</source>
        <translation>%1 par an, pondéré</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1 par an</translation>
    </message>
    <message>
        <source>No open opportunities.</source>
        <translation>Aucune opportunité ouverte.</translation>
    </message>
    <message numerus="yes">
        <source>%n open opportunities: %1, weighted %2.</source>
        <translation>
            <numerusform>%n opportunité ouverte&#xa0;: %1, pondéré %2.</numerusform>
            <numerusform>%n opportunités ouvertes&#xa0;: %1, pondéré %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyplan::PipelineEditing</name>
    <message>
        <source>Add %1 to the catalogue</source>
        <translation>Ajouter %1 au catalogue</translation>
    </message>
    <message>
        <source>The offering</source>
        <translation>L&apos;offre</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>the offering “%1”</source>
        <translation>l&apos;offre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Removing the offering</source>
        <translation>Suppression de l&apos;offre</translation>
    </message>
    <message>
        <source>the offering</source>
        <translation>l&apos;offre</translation>
    </message>
    <message>
        <source>%1 stays in the catalogue: %2 whitespace cells or opportunities use it.</source>
        <translation>%1 reste au catalogue&#xa0;: %2 cellules de potentiel ou opportunités l&apos;utilisent.</translation>
    </message>
    <message>
        <source>Remove %1 from the catalogue</source>
        <translation>Retirer %1 du catalogue</translation>
    </message>
    <message>
        <source>%1 whitespace cells or opportunities use it now.</source>
        <translation>%1 cellules de potentiel ou opportunités l&apos;utilisent maintenant.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>The business unit</source>
        <translation>L&apos;entité</translation>
    </message>
    <message>
        <source>the business unit “%1”</source>
        <translation>l&apos;entité «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Removing the business unit</source>
        <translation>Suppression de l&apos;entité</translation>
    </message>
    <message>
        <source>the business unit</source>
        <translation>l&apos;entité</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Restoring the business unit</source>
        <translation>Rétablissement de l&apos;entité</translation>
    </message>
    <message>
        <source>Change a whitespace cell</source>
        <translation>Modifier une cellule de potentiel</translation>
    </message>
    <message>
        <source>The whitespace cell</source>
        <translation>La cellule de potentiel</translation>
    </message>
    <message>
        <source>Only open whitespace can become an opportunity.</source>
        <translation>Seul un potentiel ouvert peut devenir une opportunité.</translation>
    </message>
    <message>
        <source>Turn %1 into an opportunity</source>
        <translation>Transformer %1 en opportunité</translation>
    </message>
    <message>
        <source>The opportunity</source>
        <translation>L&apos;opportunité</translation>
    </message>
    <message>
        <source>That value does not fit this field.</source>
        <translation>Cette valeur ne convient pas à ce champ.</translation>
    </message>
    <message>
        <source>the opportunity “%1”</source>
        <translation>l&apos;opportunité «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Removing the opportunity</source>
        <translation>Suppression de l&apos;opportunité</translation>
    </message>
    <message>
        <source>Restoring the opportunity</source>
        <translation>Rétablissement de l&apos;opportunité</translation>
    </message>
</context>
<context>
    <name>keyplan::PipelineModel</name>
    <message>
        <source>Overdue: expected to close by %1</source>
        <translation>En retard&#xa0;: clôture prévue au plus tard le %1</translation>
    </message>
    <message>
        <source>%1
No champion: %2. The checklist&apos;s champion point is no until another is named.</source>
        <translation>%1
Pas de champion&#xa0;: %2. Le point champion de la liste reste à non tant qu&apos;un autre n&apos;est pas désigné.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Levier</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Amount / year</source>
        <translation>Montant / an</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Pondéré</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Clôture prévue</translation>
    </message>
</context>
<context>
    <name>keyplan::PipelinePage</name>
    <message>
        <source>Record Health &amp;Measure…</source>
        <translation>Consigner une &amp;mesure de santé…</translation>
    </message>
    <message>
        <source>Add &amp;Opportunity…</source>
        <translation>Ajouter une &amp;opportunité…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Open A&amp;ccount</source>
        <translation>Ouvrir le &amp;compte</translation>
    </message>
    <message>
        <source>Filter by title, account or motion</source>
        <translation>Filtrer par titre, compte ou levier</translation>
    </message>
    <message>
        <source>Filter by title or motion</source>
        <translation>Filtrer par titre ou levier</translation>
    </message>
    <message>
        <source>Filter opportunities</source>
        <translation>Filtrer les opportunités</translation>
    </message>
    <message>
        <source>Open stages</source>
        <translation>Étapes ouvertes</translation>
    </message>
    <message>
        <source>Every stage</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Which stages the list shows</source>
        <translation>Les étapes que la liste affiche</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Show the plan of the selected opportunity&apos;s account</source>
        <translation>Afficher le plan du compte de l&apos;opportunité sélectionnée</translation>
    </message>
    <message>
        <source>The totals need a %1 rate: add it in Plan Settings.</source>
        <translation>Les totaux demandent un taux %1&#xa0;: ajoutez-le dans les Paramètres du plan.</translation>
    </message>
    <message>
        <source>Shown: %1 (all: %2)</source>
        <translation>Affiché&#xa0;: %1 (total&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>keyplan::PlanDocument</name>
    <message>
        <source>The team server cannot be reached (%1), so this change was not saved. Keyplan connects again by itself; then make the change again.</source>
        <translation>Le serveur d&apos;équipe est injoignable (%1), donc cette modification n&apos;a pas été enregistrée. Keyplan se reconnecte tout seul&#xa0;; refaites alors la modification.</translation>
    </message>
    <message>
        <source>This plan is open read-only; changes cannot be saved.</source>
        <translation>Ce plan est ouvert en lecture seule&#xa0;; les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>This step was not undone or redone: someone else changed the same item after it, and their change stays as it is.</source>
        <translation>Cette étape n&apos;a été ni annulée ni rétablie&#xa0;: quelqu&apos;un d&apos;autre a modifié le même élément ensuite, et sa modification reste.</translation>
    </message>
    <message>
        <source>This step was not undone or redone: %1 changed the same item at %2, after it, and their change stays as it is.</source>
        <translation>Cette étape n&apos;a été ni annulée ni rétablie&#xa0;: %1 a modifié le même élément à %2, ensuite, et sa modification reste.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2 changed the same item at %3.</source>
        <translation>%1 n&apos;a pas pu être enregistré&#xa0;: %2 a modifié le même élément à %3.</translation>
    </message>
    <message>
        <source>This step was not undone or redone: the item changed after it, and stays as it is.</source>
        <translation>Cette étape n&apos;a été ni annulée ni rétablie&#xa0;: l&apos;élément a changé ensuite et reste tel quel.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 n&apos;a pas pu être enregistré&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>keyplan::PlanSettingsDialog</name>
    <message>
        <source>Plan Settings</source>
        <translation>Paramètres du plan</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Totals, retention and the ARR bridge are shown in the reporting currency. An account in another currency is converted at the rate in force: ARR today at today&apos;s rate, a period&apos;s retention and bridge at the rate of its last day, so a move of the rate never reads as churn or expansion.</source>
        <translation>Les totaux, la rétention et le passage de l&apos;ARR s&apos;affichent dans la devise de reporting. Un compte dans une autre devise est converti au taux en vigueur&#xa0;: l&apos;ARR d&apos;aujourd&apos;hui au taux du jour, la rétention et le passage d&apos;une période au taux de son dernier jour, pour qu&apos;un mouvement de taux ne se lise jamais comme de l&apos;attrition ou de l&apos;expansion.</translation>
    </message>
    <message>
        <source>Reporting c&amp;urrency:</source>
        <translation>Devise de re&amp;porting&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Fiscal year starts in:</source>
        <translation>L&apos;e&amp;xercice commence en&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add Rate</source>
        <translation>&amp;Ajouter un taux</translation>
    </message>
    <message>
        <source>Re&amp;move Rate</source>
        <translation>&amp;Supprimer le taux</translation>
    </message>
    <message>
        <source>&amp;Paste CSV</source>
        <translation>&amp;Coller du CSV</translation>
    </message>
    <message>
        <source>Rates copied from a spreadsheet, one per line: from,to,date,rate (e.g. USD,GBP,2026-10-01,0.79)</source>
        <translation>Des taux copiés d&apos;un tableur, un par ligne&#xa0;: de,vers,date,taux (par ex. USD,GBP,2026-10-01,0.79)</translation>
    </message>
    <message>
        <source>E&amp;xchange rates (1 unit of From is worth Rate units of To, from that day on):</source>
        <translation>&amp;Taux de change (1 unité de «&#xa0;De&#xa0;» vaut «&#xa0;Taux&#xa0;» unités de «&#xa0;Vers&#xa0;», à partir de ce jour)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Revenue</source>
        <translation>Chiffre d&apos;affai&amp;res</translation>
    </message>
    <message>
        <source>&amp;Cadence and Health</source>
        <translation>R&amp;ythme et santé</translation>
    </message>
    <message>
        <source>P&amp;lays</source>
        <translation>Acti&amp;ons</translation>
    </message>
    <message>
        <source>Row %1: the rate must be a number above zero, with at most nine decimals.</source>
        <translation>Ligne %1&#xa0;: le taux doit être un nombre supérieur à zéro, avec au plus neuf décimales.</translation>
    </message>
    <message>
        <source>Row %1: a rate converts one currency into another.</source>
        <translation>Ligne %1&#xa0;: un taux convertit une devise en une autre.</translation>
    </message>
    <message>
        <source>Row %1: %2 to %3 already has a rate from that day.</source>
        <translation>Ligne %1&#xa0;: %2 vers %3 a déjà un taux à partir de ce jour.</translation>
    </message>
    <message>
        <source>Line %1 is not from,to,date,rate (e.g. USD,GBP,2026-10-01,0.79): %2</source>
        <translation>La ligne %1 n&apos;est pas de la forme de,vers,date,taux (par ex. USD,GBP,2026-10-01,0.79)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The clipboard holds no rates.</source>
        <translation>Le presse-papiers ne contient aucun taux.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n accounts)</source>
        <translation>
            <numerusform>%1 (%n compte)</numerusform>
            <numerusform>%1 (%n comptes)</numerusform>
        </translation>
    </message>
    <message>
        <source>No rate yet to %1 for: %2. Their figures stay out of the totals, which say so.</source>
        <translation>Pas encore de taux vers %1 pour&#xa0;: %2. Leurs chiffres restent hors des totaux, qui le signalent.</translation>
    </message>
    <message>
        <source>Change the plan&apos;s settings</source>
        <translation>Modifier les paramètres du plan</translation>
    </message>
</context>
<context>
    <name>keyplan::PlayEditing</name>
    <message>
        <source>The play</source>
        <translation>L&apos;action</translation>
    </message>
    <message>
        <source>the play “%1”</source>
        <translation>l&apos;action «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A play is snoozed until a day after today.</source>
        <translation>Une action se reporte jusqu&apos;à un jour postérieur à aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Snooze the play until %1</source>
        <translation>Reporter l&apos;action jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Mark the play done</source>
        <translation>Marquer l&apos;action comme faite</translation>
    </message>
    <message>
        <source>Say why the play is dismissed: the reason stays with it.</source>
        <translation>Dites pourquoi l&apos;action est écartée&#xa0;: la raison reste attachée à elle.</translation>
    </message>
    <message>
        <source>Dismiss the play</source>
        <translation>Écarter l&apos;action</translation>
    </message>
    <message>
        <source>This play is open again already: “%1”.</source>
        <translation>Cette action est déjà rouverte&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Reopen the play</source>
        <translation>Rouvrir l&apos;action</translation>
    </message>
    <message>
        <source>Tick a step of the play</source>
        <translation>Cocher une étape de l&apos;action</translation>
    </message>
    <message>
        <source>Untick a step of the play</source>
        <translation>Décocher une étape de l&apos;action</translation>
    </message>
    <message>
        <source>Give the play to %1</source>
        <translation>Confier l&apos;action à %1</translation>
    </message>
    <message>
        <source>A play needs a title and a due day.</source>
        <translation>Une action demande un titre et un jour d&apos;échéance.</translation>
    </message>
    <message>
        <source>Add the play “%1”</source>
        <translation>Ajouter l&apos;action «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Removing the play</source>
        <translation>Suppression de l&apos;action</translation>
    </message>
    <message>
        <source>the play</source>
        <translation>l&apos;action</translation>
    </message>
    <message>
        <source>Remove the play “%1”</source>
        <translation>Supprimer l&apos;action «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The playbook</source>
        <translation>Le playbook</translation>
    </message>
    <message>
        <source>Change the playbook of “%1”</source>
        <translation>Modifier le playbook de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>keyplan::PlayEvaluator</name>
    <message>
        <source>The plays</source>
        <translation>Les actions</translation>
    </message>
</context>
<context>
    <name>keyplan::PlayRuleSettings</name>
    <message>
        <source>Play rules</source>
        <translation>Règles des actions</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Fires: %1</source>
        <translation>Se déclenche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rules look at every key account when the plan opens and after each edit, and open a play with its evidence. A play closes itself when its condition clears.</source>
        <translation>Les règles examinent chaque compte clé à l&apos;ouverture du plan et après chaque modification, et ouvrent une action avec ses éléments. Une action se ferme d&apos;elle-même quand sa condition disparaît.</translation>
    </message>
    <message>
        <source>Play&amp;book of the chosen rule: the steps its new plays start with, one per line (empty: Keyplan&apos;s own)</source>
        <translation>Play&amp;book de la règle choisie&#xa0;: les étapes avec lesquelles ses nouvelles actions commencent, une par ligne (vide&#xa0;: celles de Keyplan)</translation>
    </message>
</context>
<context>
    <name>keyplan::PlaysPage</name>
    <message>
        <source>Add &amp;Play…</source>
        <translation>A&amp;jouter une action…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>Termi&amp;née</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>Re&amp;porter…</translation>
    </message>
    <message>
        <source>Dis&amp;miss…</source>
        <translation>Écart&amp;er…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Plays</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Steps of the play</source>
        <translation>Étapes de l&apos;action</translation>
    </message>
    <message>
        <source>Remove a play you added; a rule&apos;s play is dismissed instead</source>
        <translation>Supprimer une action que vous avez ajoutée&#xa0;; l&apos;action d&apos;une règle est écartée à la place</translation>
    </message>
    <message>
        <source>S&amp;teps (tick what is done):</source>
        <translation>É&amp;tapes (cochez ce qui est fait)&#xa0;:</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Reportée jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No plays: nothing the rules noticed, and none of your own.</source>
        <translation>Aucune action&#xa0;: rien de relevé par les règles, et aucune des vôtres.</translation>
    </message>
    <message>
        <source>Open: %1 · overdue: %2 · closed: %3</source>
        <translation>Ouvertes&#xa0;: %1 · en retard&#xa0;: %2 · terminées&#xa0;: %3</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add Play</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Required, e.g. Invite the new CFO to the customer day</source>
        <translation>Obligatoire, par ex. Inviter le nouveau directeur financier à la journée clients</translation>
    </message>
    <message>
        <source>One step per line</source>
        <translation>Une étape par ligne</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>Éc&amp;héance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>Ét&amp;apes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>keyplan::PortfolioModel</name>
    <message>
        <source>In %1; the plan %2, so this account is left out of the totals.</source>
        <translation>En %1&#xa0;; le plan %2, donc ce compte est laissé hors des totaux.</translation>
    </message>
    <message>
        <source>%1 at 1 %2 = %3 %4 (the rate of %5)</source>
        <translation>%1 à 1 %2 = %3 %4 (le taux du %5)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n plays</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Health %1 of 10</source>
        <translation>Santé %1 sur 10</translation>
    </message>
    <message>
        <source>No measure has data yet</source>
        <translation>Aucune mesure n&apos;a encore de données</translation>
    </message>
    <message>
        <source>Set by hand until %1: %2</source>
        <translation>Fixée à la main jusqu&apos;au %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>Since 30 days ago: %1 · since 90 days ago: %2</source>
        <translation>Depuis 30 jours&#xa0;: %1 · depuis 90 jours&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (due %2): %3</source>
        <translation>%1 (échéance %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Coverage %1 of %2 people in the buying group (target %3–%4)</source>
        <translation>Couverture %1 sur %2 personnes du groupe d&apos;achat (cible %3–%4)</translation>
    </message>
    <message>
        <source>Nobody from the buying group is on the map yet.</source>
        <translation>Personne du groupe d&apos;achat n&apos;est encore sur la carte.</translation>
    </message>
    <message>
        <source>Single-threaded: one active relationship carries the account.</source>
        <translation>Un seul contact&#xa0;: une seule relation active porte le compte.</translation>
    </message>
    <message>
        <source>Single-threaded: %1 active relationships carry the account.</source>
        <translation>Trop peu de contacts&#xa0;: %1 relations actives portent le compte.</translation>
    </message>
    <message>
        <source>Empty seats: %1</source>
        <translation>Sièges vides&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The map was last reviewed %n days ago.</source>
        <translation>
            <numerusform>La carte a été revue pour la dernière fois il y a %n jour.</numerusform>
            <numerusform>La carte a été revue pour la dernière fois il y a %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>The map has never been reviewed.</source>
        <translation>La carte n&apos;a jamais été revue.</translation>
    </message>
    <message>
        <source>New business in the period: not part of the retention cohort.</source>
        <translation>Nouvelle affaire sur la période&#xa0;: hors de la cohorte de rétention.</translation>
    </message>
    <message>
        <source>No ARR at the start of the period: not part of the retention cohort.</source>
        <translation>Pas d&apos;ARR au début de la période&#xa0;: hors de la cohorte de rétention.</translation>
    </message>
    <message>
        <source>%1 at the start of the period, %2 at the end</source>
        <translation>%1 au début de la période, %2 à la fin</translation>
    </message>
    <message>
        <source>Marked as a key account</source>
        <translation>Marqué comme compte clé</translation>
    </message>
    <message>
        <source>Net revenue retention over the period: revenue at the end over revenue at the start</source>
        <translation>Rétention nette du revenu sur la période&#xa0;: le revenu de fin rapporté au revenu de départ</translation>
    </message>
    <message>
        <source>Gross revenue retention: like NRR, but expansion does not count</source>
        <translation>Rétention brute du revenu&#xa0;: comme la NRR, mais l&apos;expansion ne compte pas</translation>
    </message>
    <message>
        <source>Coverage depth: the share of the buying group with a warm, recently contacted relationship owned by someone on our side</source>
        <translation>Profondeur de couverture&#xa0;: la part du groupe d&apos;achat avec une relation chaleureuse, contactée récemment, dont quelqu&apos;un de chez nous est responsable</translation>
    </message>
    <message>
        <source>The health scorecard, 1 to 10, of the key accounts, with its move over 30 days (▲ ▼); below 6 calls for a risk review</source>
        <translation>La grille de santé des comptes clés, de 1 à 10, avec son évolution sur 30 jours (▲ ▼)&#xa0;; sous 6, une revue des risques s&apos;impose</translation>
    </message>
    <message>
        <source>Plays due, fix first, single-threading, renewals within 90 days, coverage and the map</source>
        <translation>Actions dues, à corriger d&apos;abord, trop peu de contacts, renouvellements dans les 90 jours, couverture et carte</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
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
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <source>Annual recurring revenue today, in each account&apos;s own currency; sorted by its value in %1 at today&apos;s rate</source>
        <translation>Revenu récurrent annuel aujourd&apos;hui, dans la devise propre à chaque compte&#xa0;; trié selon sa valeur en %1 au taux du jour</translation>
    </message>
</context>
<context>
    <name>keyplan::PortfolioPanel</name>
    <message>
        <source>Find accounts</source>
        <translation>Rechercher des comptes</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(sans responsable)</translation>
    </message>
    <message>
        <source>Filter accounts by name, owner, industry or region (Ctrl+F)</source>
        <translation>Filtrer les comptes par nom, responsable, secteur ou région (Ctrl+F)</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>Key accounts</source>
        <translation>Comptes clés</translation>
    </message>
    <message>
        <source>Other accounts</source>
        <translation>Autres comptes</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 affichés sur %2</translation>
    </message>
    <message>
        <source>This plan has no accounts yet. Bring them in from Salesforce, HubSpot, LinkedIn or your address book with File &gt; Import…, or add one with Account &gt; New Account…</source>
        <translation>Ce plan n&apos;a pas encore de comptes. Faites-les entrer depuis Salesforce, HubSpot, LinkedIn ou votre carnet d&apos;adresses avec Fichier &gt; Importer…, ou ajoutez-en un avec Compte &gt; Nouveau compte…</translation>
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
        <translation>Par étape</translation>
    </message>
    <message>
        <source>By Expected Close</source>
        <translation>Par clôture prévue</translation>
    </message>
    <message>
        <source>Whitespace by Offering</source>
        <translation>Potentiel par offre</translation>
    </message>
    <message>
        <source>Whitespace by Business Unit</source>
        <translation>Potentiel par entité</translation>
    </message>
    <message>
        <source>Whitespace by offering</source>
        <translation>Potentiel par offre</translation>
    </message>
    <message>
        <source>Whitespace by business unit</source>
        <translation>Potentiel par entité</translation>
    </message>
</context>
<context>
    <name>keyplan::PortfolioSummaryBar</name>
    <message>
        <source>Custom range…</source>
        <translation>Période personnalisée…</translation>
    </message>
    <message>
        <source>Retention Period</source>
        <translation>Période de rétention</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>À &amp;partir du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To (inclusive):</source>
        <translation>&amp;Au (inclus)&#xa0;:</translation>
    </message>
    <message>
        <source>ARR today</source>
        <translation>ARR aujourd&apos;hui</translation>
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
        <source>Top 3 share of ARR</source>
        <translation>Part du top 3 dans l&apos;ARR</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Période de rétention</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>All accounts (%1)</source>
        <translation>Tous les comptes (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n accounts (the table&apos;s filter)</source>
        <translation>
            <numerusform>%1 sur %n compte (le filtre du tableau)</numerusform>
            <numerusform>%1 sur %n comptes (le filtre du tableau)</numerusform>
        </translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>Accounts shown</source>
        <translation>Comptes affichés</translation>
    </message>
    <message>
        <source>%1 (%2 key)</source>
        <translation>%1 (%2 clés)</translation>
    </message>
    <message>
        <source>More than %1 key accounts: a programme that names everything key has no focus.</source>
        <translation>Plus de %1 comptes clés&#xa0;: un programme qui rend tout clé n&apos;a plus de priorité.</translation>
    </message>
    <message>
        <source>Scope: %1. Period: %2. In %3.</source>
        <translation>Périmètre&#xa0;: %1. Période&#xa0;: %2. En %3.</translation>
    </message>
    <message>
        <source>needs a %1 rate</source>
        <translation>il faut un taux %1</translation>
    </message>
    <message>
        <source>These accounts are in another currency and the plan has no rate to convert them: add one in Plan Settings. Different currencies are never added unconverted.</source>
        <translation>Ces comptes sont dans une autre devise et le plan n&apos;a pas de taux pour les convertir&#xa0;: ajoutez-en un dans les Paramètres du plan. Des devises différentes ne sont jamais additionnées sans conversion.</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3 (%4)</source>
        <translation>1 %1 = %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Rates: %1</source>
        <translation>Taux&#xa0;: %1</translation>
    </message>
    <message>
        <source>By segment:</source>
        <translation>Par segment&#xa0;:</translation>
    </message>
    <message>
        <source>By tier:</source>
        <translation>Par niveau&#xa0;:</translation>
    </message>
    <message>
        <source>Accounts with ARR at the start of the period: %1. Accounts new in it are new business, not retention.</source>
        <translation>Comptes avec de l&apos;ARR au début de la période&#xa0;: %1. Les comptes nouveaux sur la période sont de nouvelles affaires, pas de la rétention.</translation>
    </message>
    <message>
        <source>Net revenue retention: ARR at the end of the accounts that had ARR at the start, over their ARR at the start, at constant currency.</source>
        <translation>Rétention nette du revenu&#xa0;: l&apos;ARR de fin des comptes qui avaient de l&apos;ARR au départ, rapporté à leur ARR de départ, à devise constante.</translation>
    </message>
    <message>
        <source>Gross revenue retention: like NRR with each account capped at its start: churn and contraction only.</source>
        <translation>Rétention brute du revenu&#xa0;: comme la NRR, chaque compte plafonné à son départ&#xa0;: attrition et contraction seulement.</translation>
    </message>
    <message>
        <source>The three largest accounts hold %1 of ARR: losing one moves the whole company&apos;s numbers.</source>
        <translation>Les trois plus gros comptes détiennent %1 de l&apos;ARR&#xa0;: en perdre un fait bouger les chiffres de toute l&apos;entreprise.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
</context>
<context>
    <name>keyplan::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>A key account programme usually holds 15 to 30 accounts.</source>
        <translation>Un programme de comptes clés réunit en général 15 à 30 comptes.</translation>
    </message>
    <message>
        <source>At 30% or more, losing one of the three largest accounts moves the whole company&apos;s numbers.</source>
        <translation>À 30&#xa0;% ou plus, perdre l&apos;un des trois plus gros comptes fait bouger les chiffres de toute l&apos;entreprise.</translation>
    </message>
    <message>
        <source>Keyplan warns when the portfolio crosses these lines.</source>
        <translation>Keyplan avertit quand le portefeuille franchit ces seuils.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Warn above this many &amp;key accounts:</source>
        <translation>Avertir au-delà de ce nombre de &amp;comptes clés&#xa0;:</translation>
    </message>
    <message>
        <source>Warn when the top 3 accounts hold at least this &amp;share of ARR:</source>
        <translation>Avertir quand le top 3 détient au moins cette &amp;part de l&apos;ARR&#xa0;:</translation>
    </message>
</context>
<context>
    <name>keyplan::QbrDialog</name>
    <message>
        <source>For &amp;us only: print it in the internal edition, never the customer&apos;s</source>
        <translation>Pour nous &amp;seulement&#xa0;: l&apos;imprimer dans l&apos;édition interne, jamais dans celle du client</translation>
    </message>
    <message>
        <source>For the &amp;customer</source>
        <translation>Pour le &amp;client</translation>
    </message>
    <message>
        <source>&amp;Internal</source>
        <translation>I&amp;nterne</translation>
    </message>
    <message>
        <source>Mark as &amp;Held…</source>
        <translation>Marquer comme &amp;tenu…</translation>
    </message>
    <message>
        <source>QBR Summary: %1</source>
        <translation>Synthèse du QBR&#xa0;: %1</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Who from our side attends</source>
        <translation>Qui participe de notre côté</translation>
    </message>
    <message>
        <source>Who from %1 attends</source>
        <translation>Qui participe pour %1</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>Pé&amp;riode&#xa0;:</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Période au</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Édition&#xa0;:</translation>
    </message>
    <message>
        <source>Our &amp;team:</source>
        <translation>Notre é&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>P&amp;articipants&#xa0;:</translation>
    </message>
    <message>
        <source>Sections to print</source>
        <translation>Sections à imprimer</translation>
    </message>
    <message>
        <source>Your remark under this section&apos;s title: what to stress, what to ask for</source>
        <translation>Votre remarque sous le titre de cette section&#xa0;: ce qu&apos;il faut souligner, ce qu&apos;il faut demander</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>%1 · %2 · %3, %4%</source>
        <translation>%1 · %2 · %3, %4&#xa0;%</translation>
    </message>
    <message>
        <source>The account has no open expansion opportunity to present.</source>
        <translation>Le compte n&apos;a aucune opportunité d&apos;expansion ouverte à présenter.</translation>
    </message>
    <message>
        <source>Present one or two, each with its business case from the decision checklist.</source>
        <translation>Présentez-en une ou deux, chacune avec son argumentaire tiré de la liste de contrôle de la décision.</translation>
    </message>
    <message>
        <source>Expansion opportunities to present</source>
        <translation>Opportunités d&apos;expansion à présenter</translation>
    </message>
    <message>
        <source>Opportunities to show</source>
        <translation>Opportunités à montrer</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>A&amp;perçu…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Export for &amp;Editing…</source>
        <translation>Exporter pour &amp;modifier…</translation>
    </message>
    <message>
        <source>An OpenDocument text (.odt) to edit in an office suite</source>
        <translation>Un texte OpenDocument (.odt) à modifier dans une suite bureautique</translation>
    </message>
    <message>
        <source>Export &amp;Slides…</source>
        <translation>Exporter en diapositi&amp;ves…</translation>
    </message>
    <message>
        <source>16:9 slides (.pptx) for PowerPoint or LibreOffice Impress, one per section</source>
        <translation>Diapositives 16:9 (.pptx) pour PowerPoint ou LibreOffice Impress, une par section</translation>
    </message>
    <message>
        <source>The plan keeps a snapshot of the account; the next summary lists what changed since</source>
        <translation>Le plan garde un instantané du compte&#xa0;; la prochaine synthèse liste ce qui a changé depuis</translation>
    </message>
    <message>
        <source>The customer&apos;s story: their goals, the value delivered, adoption, what&apos;s next and the agreed next steps. Nothing of our judgement is printed: no support or roles, owners, coverage, whitespace, pipeline, probabilities, risks, plays, health scores or price increases. Your remarks are printed.</source>
        <translation>L&apos;histoire du client&#xa0;: ses objectifs, la valeur apportée, l&apos;adoption, la suite et les prochaines étapes convenues. Rien de notre jugement n&apos;est imprimé&#xa0;: ni soutien ni rôles, responsables, couverture, potentiel, pipeline, probabilités, risques, actions, notes de santé ou hausses de prix. Vos remarques sont imprimées.</translation>
    </message>
    <message>
        <source>Everything, for our own review: the customer&apos;s story plus the map, coverage, revenue, health, whitespace, pipeline, risks and plays. Every page says &quot;Internal: not for the customer&quot;.</source>
        <translation>Tout, pour notre propre revue&#xa0;: l&apos;histoire du client plus la carte, la couverture, le revenu, la santé, le potentiel, le pipeline, les risques et les actions. Chaque page porte «&#xa0;Interne&#xa0;: pas pour le client&#xa0;».</translation>
    </message>
    <message>
        <source>%1 (internal edition only)</source>
        <translation>%1 (édition interne seulement)</translation>
    </message>
    <message>
        <source>Present one or two, each framed as the customer&apos;s next goal (price increases are never shown to them; a fix-first account gets a recovery plan instead).</source>
        <translation>Présentez-en une ou deux, chacune formulée comme le prochain objectif du client (les hausses de prix ne lui sont jamais montrées&#xa0;; un compte à corriger d&apos;abord reçoit à la place un plan de rétablissement).</translation>
    </message>
    <message>
        <source>&amp;Remark under &quot;%1&quot;:</source>
        <translation>Remarq&amp;ue sous «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>%1: QBR summary</source>
        <translation>%1&#xa0;: synthèse du QBR</translation>
    </message>
    <message>
        <source>QBR Summary Preview: %1</source>
        <translation>Aperçu de la synthèse du QBR&#xa0;: %1</translation>
    </message>
    <message>
        <source>Print QBR Summary</source>
        <translation>Imprimer la synthèse du QBR</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texte OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>PowerPoint slides (*.pptx)</source>
        <translation>Diapositives PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export QBR Summary for Editing</source>
        <translation>Exporter la synthèse du QBR pour la modifier</translation>
    </message>
    <message>
        <source>Export QBR as Slides</source>
        <translation>Exporter le QBR en diapositives</translation>
    </message>
    <message>
        <source>Export QBR Summary</source>
        <translation>Exporter la synthèse du QBR</translation>
    </message>
    <message>
        <source>Mark the QBR as Held</source>
        <translation>Marquer le QBR comme tenu</translation>
    </message>
    <message>
        <source>Mark this QBR as held on %1? The plan keeps a snapshot of the account as it is now; the next summary lists what changed since. You can undo this.</source>
        <translation>Marquer ce QBR comme tenu le %1&#xa0;? Le plan garde un instantané du compte tel qu&apos;il est maintenant&#xa0;; la prochaine synthèse liste ce qui a changé depuis. Vous pouvez l&apos;annuler.</translation>
    </message>
    <message>
        <source>QBR summary exported to %1</source>
        <translation>Synthèse du QBR exportée vers %1</translation>
    </message>
</context>
<context>
    <name>keyplan::QbrPage</name>
    <message>
        <source>&amp;Prepare QBR…</source>
        <translation>&amp;Préparer le QBR…</translation>
    </message>
    <message>
        <source>Value delivered</source>
        <translation>Valeur apportée</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Choose the sections, remarks and opportunities; preview, print or export the summary, and mark it as held</source>
        <translation>Choisir les sections, remarques et opportunités&#xa0;; prévisualiser, imprimer ou exporter la synthèse, et la marquer comme tenue</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Value delivered (in the customer&apos;s terms)</source>
        <translation>Valeur apportée (dans les termes du client)</translation>
    </message>
    <message>
        <source>Risks and their remediation</source>
        <translation>Risques et leur remédiation</translation>
    </message>
    <message>
        <source>Last QBR held on %1.</source>
        <translation>Dernier QBR tenu le %1.</translation>
    </message>
    <message>
        <source>No QBR of this account has been marked as held yet.</source>
        <translation>Aucun QBR de ce compte n&apos;a encore été marqué comme tenu.</translation>
    </message>
    <message>
        <source>The next one, being prepared, covers %1 to %2.</source>
        <translation>Le prochain, en préparation, couvre du %1 au %2.</translation>
    </message>
    <message>
        <source>The next one would cover %1 to %2.</source>
        <translation>Le prochain couvrirait du %1 au %2.</translation>
    </message>
    <message>
        <source>Add Value Outcome</source>
        <translation>Ajouter une valeur apportée</translation>
    </message>
    <message>
        <source>Edit Value Outcome</source>
        <translation>Modifier la valeur apportée</translation>
    </message>
    <message>
        <source>Add Risk</source>
        <translation>Ajouter un risque</translation>
    </message>
    <message>
        <source>Edit Risk</source>
        <translation>Modifier le risque</translation>
    </message>
    <message>
        <source>Add Next Step</source>
        <translation>Ajouter une prochaine étape</translation>
    </message>
    <message>
        <source>Edit Next Step</source>
        <translation>Modifier la prochaine étape</translation>
    </message>
</context>
<context>
    <name>keyplan::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>Aucun plan récent</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>keyplan::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Keyplan backs up this plan automatically while you work. Restoring a backup keeps the plan as it is now as a backup too, so you can come back to it.</source>
        <translation>Keyplan sauvegarde ce plan automatiquement pendant que vous travaillez. Restaurer une sauvegarde conserve aussi le plan tel qu&apos;il est maintenant en sauvegarde, pour que vous puissiez y revenir.</translation>
    </message>
    <message>
        <source>This plan has no backups yet. Keyplan makes one within half an hour of your first edit, and before every upgrade, import and restore.</source>
        <translation>Ce plan n&apos;a pas encore de sauvegardes. Keyplan en fait une dans la demi-heure qui suit votre première modification, et avant chaque mise à niveau, importation et restauration.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Replace the plan with the backup of %1?</source>
        <translation>Remplacer le plan par la sauvegarde du %1&#xa0;?</translation>
    </message>
    <message>
        <source>The plan as it is now is kept as a backup first: to undo the restore, restore that backup.</source>
        <translation>Le plan tel qu&apos;il est maintenant est d&apos;abord conservé en sauvegarde&#xa0;: pour annuler la restauration, restaurez cette sauvegarde.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>keyplan::RevenueEditing</name>
    <message>
        <source>That ARR change does not fit: it needs a day and an amount of zero or more.</source>
        <translation>Cette variation d&apos;ARR ne convient pas&#xa0;: elle demande un jour et un montant de zéro ou plus.</translation>
    </message>
    <message>
        <source>the change of ARR on %1</source>
        <translation>la variation d&apos;ARR du %1</translation>
    </message>
    <message>
        <source>The reporting currency must be an ISO 4217 code and the fiscal year must start in a month from 1 to 12.</source>
        <translation>La devise de reporting doit être un code ISO 4217 et l&apos;exercice doit commencer un mois de 1 à 12.</translation>
    </message>
    <message>
        <source>Each exchange rate needs two different currencies, a day and a rate above zero.</source>
        <translation>Chaque taux de change demande deux devises différentes, un jour et un taux supérieur à zéro.</translation>
    </message>
    <message>
        <source>The ARR change</source>
        <translation>La variation d&apos;ARR</translation>
    </message>
    <message>
        <source>Removing the ARR change</source>
        <translation>Suppression de la variation d&apos;ARR</translation>
    </message>
    <message>
        <source>The revenue settings</source>
        <translation>Les paramètres de revenu</translation>
    </message>
</context>
<context>
    <name>keyplan::RevenuePage</name>
    <message>
        <source>&amp;Record Change…</source>
        <translation>Consigner une &amp;variation…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>ARR changes</source>
        <translation>Variations d&apos;ARR</translation>
    </message>
    <message>
        <source>ARR at each month end</source>
        <translation>ARR à chaque fin de mois</translation>
    </message>
    <message>
        <source>Record a change of this account&apos;s ARR: new business, expansion by motion, contraction, churn or reactivation, from a given day</source>
        <translation>Consigner une variation de l&apos;ARR de ce compte&#xa0;: nouvelles affaires, expansion par levier, contraction, attrition ou réactivation, à partir d&apos;un jour donné</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Variations</translation>
    </message>
    <message>
        <source>Month Ends</source>
        <translation>Fins de mois</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>No ARR recorded yet: Record Change… starts the timeline.</source>
        <translation>Aucun ARR consigné pour l&apos;instant&#xa0;: Consigner une variation… commence l&apos;historique.</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>ARR over time (%1)</source>
        <translation>ARR dans le temps (%1)</translation>
    </message>
    <message>
        <source>ARR bridge: %1</source>
        <translation>Passage de l&apos;ARR&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>keyplan::ReviewEditing</name>
    <message>
        <source>Add value outcome %1</source>
        <translation>Ajouter la valeur apportée %1</translation>
    </message>
    <message>
        <source>The value outcome</source>
        <translation>La valeur apportée</translation>
    </message>
    <message>
        <source>Edit value outcome %1</source>
        <translation>Modifier la valeur apportée %1</translation>
    </message>
    <message>
        <source>the value outcome “%1”</source>
        <translation>la valeur apportée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove value outcome %1</source>
        <translation>Supprimer la valeur apportée %1</translation>
    </message>
    <message>
        <source>Add risk %1</source>
        <translation>Ajouter le risque %1</translation>
    </message>
    <message>
        <source>The risk</source>
        <translation>Le risque</translation>
    </message>
    <message>
        <source>Edit risk %1</source>
        <translation>Modifier le risque %1</translation>
    </message>
    <message>
        <source>the risk “%1”</source>
        <translation>le risque «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove risk %1</source>
        <translation>Supprimer le risque %1</translation>
    </message>
    <message>
        <source>Add next step %1</source>
        <translation>Ajouter la prochaine étape %1</translation>
    </message>
    <message>
        <source>The next step</source>
        <translation>La prochaine étape</translation>
    </message>
    <message>
        <source>Edit next step %1</source>
        <translation>Modifier la prochaine étape %1</translation>
    </message>
    <message>
        <source>the next step “%1”</source>
        <translation>la prochaine étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove next step %1</source>
        <translation>Supprimer la prochaine étape %1</translation>
    </message>
    <message>
        <source>Prepare the QBR</source>
        <translation>Préparer le QBR</translation>
    </message>
    <message>
        <source>The review</source>
        <translation>La revue</translation>
    </message>
    <message>
        <source>Edit the QBR</source>
        <translation>Modifier le QBR</translation>
    </message>
    <message>
        <source>the QBR in preparation</source>
        <translation>le QBR en préparation</translation>
    </message>
    <message>
        <source>Mark the QBR as held</source>
        <translation>Marquer le QBR comme tenu</translation>
    </message>
</context>
<context>
    <name>keyplan::RiskModel</name>
    <message>
        <source>%1
Remediation: %2</source>
        <translation>%1
Remédiation&#xa0;: %2</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Remédiation</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>keyplan::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>Dans la fenêtre</translation>
    </message>
    <message>
        <source>In lists, tables and the map</source>
        <translation>Dans les listes, les tableaux et la carte</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>Ouvrir la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Move between people on the map</source>
        <translation>Passer d’une personne à l’autre sur la carte</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Touches fléchées</translation>
    </message>
    <message>
        <source>Zoom the map in, out</source>
        <translation>Agrandir, réduire la carte</translation>
    </message>
    <message>
        <source>Fit the whole map</source>
        <translation>Ajuster toute la carte</translation>
    </message>
    <message>
        <source>Remove the selected person from the map (asks first)</source>
        <translation>Retirer de la carte la personne sélectionnée (avec confirmation)</translation>
    </message>
    <message>
        <source>Leave a list or table</source>
        <translation>Quitter une liste ou un tableau</translation>
    </message>
</context>
<context>
    <name>keyplan::StageChangeDialog</name>
    <message>
        <source>Change Stage</source>
        <translation>Changer de stade</translation>
    </message>
    <message>
        <source>%1 is in %2. Where is the relationship now?</source>
        <translation>%1 est au stade %2. Où en est la relation maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>What happened: e.g. &quot;Preferred supplier after the re-tender&quot;</source>
        <translation>Ce qui s&apos;est passé&#xa0;: par ex. «&#xa0;Fournisseur privilégié après le nouvel appel d&apos;offres&#xa0;»</translation>
    </message>
    <message>
        <source>New &amp;stage:</source>
        <translation>Nouveau &amp;stade&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
</context>
<context>
    <name>keyplan::StageHistoryModel</name>
    <message>
        <source>(start)</source>
        <translation>(départ)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
</context>
<context>
    <name>keyplan::StageHistoryPage</name>
    <message>
        <source>Change Stage…</source>
        <translation>Changer de stade…</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Historique des stades</translation>
    </message>
</context>
<context>
    <name>keyplan::StakeholderDelegate</name>
    <message>
        <source>(nobody on the map)</source>
        <translation>(personne sur la carte)</translation>
    </message>
</context>
<context>
    <name>keyplan::StakeholderDialog</name>
    <message>
        <source>Left the company on</source>
        <translation>A quitté l&apos;entreprise le</translation>
    </message>
    <message>
        <source>Edit Person</source>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>name@customer.example</source>
        <translation>nom@client.example</translation>
    </message>
    <message>
        <source>Nobody on the map</source>
        <translation>Personne sur la carte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Parti le</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Business unit:</source>
        <translation>&amp;Entité&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;ports to:</source>
        <translation>Rend com&amp;pte à&#xa0;:</translation>
    </message>
    <message>
        <source>Buying &amp;layer:</source>
        <translation>Niveau de &amp;décision&#xa0;:</translation>
    </message>
    <message>
        <source>Decision &amp;role:</source>
        <translation>&amp;Rôle dans la décision&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Support:</source>
        <translation>So&amp;utien&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Influence:</source>
        <translation>&amp;Influence&#xa0;:</translation>
    </message>
    <message>
        <source>Relations&amp;hip:</source>
        <translation>Re&amp;lation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Aim for:</source>
        <translation>Relation &amp;visée&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;wned by (our side):</source>
        <translation>Suivi par (&amp;chez nous)&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;mail&#xa0;:</translation>
    </message>
    <message>
        <source>Phon&amp;e:</source>
        <translation>Télép&amp;hone&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;May have left?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Peut-être parti&#xa0;?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Still &amp;with the account</source>
        <translation>Tou&amp;jours chez le client</translation>
    </message>
    <message>
        <source>Has le&amp;ft</source>
        <translation>Est p&amp;arti</translation>
    </message>
    <message>
        <source>Marked as left: OK records the day they left and closes the question.</source>
        <translation>Marqué comme parti&#xa0;: OK consigne le jour du départ et clôt la question.</translation>
    </message>
    <message>
        <source>Still with the account: OK closes the question.</source>
        <translation>Toujours chez le client&#xa0;: OK clôt la question.</translation>
    </message>
    <message>
        <source>Until you say which, the map shows the question and a re-thread play may ask for a new contact.</source>
        <translation>Tant que vous ne l&apos;avez pas dit, la carte montre la question et une action de multiplication des contacts peut demander un nouveau contact.</translation>
    </message>
</context>
<context>
    <name>keyplan::StakeholderMapPage</name>
    <message>
        <source>Add Person…</source>
        <translation>Ajouter une personne…</translation>
    </message>
    <message>
        <source>Add a person at the customer to the map</source>
        <translation>Ajouter à la carte une personne du client</translation>
    </message>
    <message>
        <source>Automatic Layout</source>
        <translation>Disposition automatique</translation>
    </message>
    <message>
        <source>Put everyone you moved back where the automatic layout places them</source>
        <translation>Remettre tous ceux que vous avez déplacés là où la disposition automatique les place</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Dézoomer (Ctrl+−)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoomer (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the whole map in the window (Ctrl+0)</source>
        <translation>Ajuster toute la carte à la fenêtre (Ctrl+0)</translation>
    </message>
    <message>
        <source>Wi&amp;de Map</source>
        <translation>Carte &amp;large</translation>
    </message>
    <message>
        <source>Wide</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>Give the map the whole window; the portfolio list steps aside until you uncheck this (%1)</source>
        <translation>Donner toute la fenêtre à la carte&#xa0;; la liste du portefeuille s&apos;efface jusqu&apos;à ce que vous décochiez ceci (%1)</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Show what the colours, badges and lines of the map mean</source>
        <translation>Montrer ce que signifient les couleurs, badges et liens de la carte</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the map, with a preview</source>
        <translation>Imprimer la carte, avec un aperçu</translation>
    </message>
    <message>
        <source>Page Setup…</source>
        <translation>Mise en page…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the map as PDF, SVG or PNG, as it prints</source>
        <translation>Enregistrer la carte en PDF, SVG ou PNG, telle qu&apos;elle s&apos;imprime</translation>
    </message>
    <message>
        <source>More map tools</source>
        <translation>Autres outils de la carte</translation>
    </message>
    <message>
        <source>Drag to move people · Shift+drag from one person to another to connect them · double-click to edit · right-click for more</source>
        <translation>Glisser pour déplacer · Maj+glisser d&apos;une personne à une autre pour les relier · double-clic pour modifier · clic droit pour plus</translation>
    </message>
    <message>
        <source>%1 has left</source>
        <translation>%1 est parti</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Settle whether %1 has left</source>
        <translation>Trancher si %1 est parti</translation>
    </message>
    <message>
        <source>%1 Reports to %2</source>
        <translation>%1 rend compte à %2</translation>
    </message>
    <message>
        <source>%1 Has a Dotted-Line Report to %2</source>
        <translation>%1 a un rattachement fonctionnel à %2</translation>
    </message>
    <message>
        <source>%1 Influences %2…</source>
        <translation>%1 influence %2…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>How does %1 influence %2? (a few words, optional)</source>
        <translation>Comment %1 influence-t-il %2&#xa0;? (quelques mots, facultatif)</translation>
    </message>
    <message>
        <source>Add the Person Who Holds This Seat…</source>
        <translation>Ajouter la personne qui occupe ce siège…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Still with the Account</source>
        <translation>Toujours chez le client</translation>
    </message>
    <message>
        <source>Record Touchpoint…</source>
        <translation>Consigner un contact…</translation>
    </message>
    <message>
        <source>Add Direct Report…</source>
        <translation>Ajouter un subordonné direct…</translation>
    </message>
    <message>
        <source>Connect to…</source>
        <translation>Relier à…</translation>
    </message>
    <message>
        <source>Remove Reporting Line</source>
        <translation>Supprimer le rattachement</translation>
    </message>
    <message>
        <source>Back to Automatic Position</source>
        <translation>Revenir à la position automatique</translation>
    </message>
    <message>
        <source>Remove Person</source>
        <translation>Retirer la personne</translation>
    </message>
    <message>
        <source>Remove Dotted-Line Report</source>
        <translation>Supprimer le rattachement fonctionnel</translation>
    </message>
    <message>
        <source>Remove Influence Link</source>
        <translation>Supprimer le lien d&apos;influence</translation>
    </message>
    <message>
        <source>%1: stakeholder map</source>
        <translation>%1&#xa0;: carte des parties prenantes</translation>
    </message>
    <message>
        <source>Print Stakeholder Map</source>
        <translation>Imprimer la carte des parties prenantes</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>%1 stakeholder map</source>
        <translation>Carte des parties prenantes de %1</translation>
    </message>
    <message>
        <source>Export Stakeholder Map</source>
        <translation>Exporter la carte des parties prenantes</translation>
    </message>
    <message>
        <source>Remove %1 from the map, with their touchpoints and links?</source>
        <translation>Retirer %1 de la carte, avec ses contacts et ses liens&#xa0;?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Stakeholder map exported to %1</source>
        <translation>Carte des parties prenantes exportée vers %1</translation>
    </message>
</context>
<context>
    <name>keyplan::StakeholderMapView</name>
    <message>
        <source>Stakeholder map</source>
        <translation>Carte des parties prenantes</translation>
    </message>
</context>
<context>
    <name>keyplan::StakeholderModel</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>May have left?</source>
        <translation>Peut-être parti&#xa0;?</translation>
    </message>
    <message>
        <source>Left the company on %1</source>
        <translation>A quitté l&apos;entreprise le %1</translation>
    </message>
    <message>
        <source>May have left: %1
Open the person on the map to say whether they are still there.</source>
        <translation>Est peut-être parti&#xa0;: %1
Ouvrez la personne sur la carte pour dire si elle est toujours là.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Rend compte à</translation>
    </message>
    <message>
        <source>Buying group</source>
        <translation>Groupe d&apos;achat</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Our owner</source>
        <translation>Responsable chez nous</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Parti</translation>
    </message>
</context>
<context>
    <name>keyplan::StakeholderPage</name>
    <message>
        <source>Add Person…</source>
        <translation>Ajouter une personne…</translation>
    </message>
    <message>
        <source>Remove Person</source>
        <translation>Retirer la personne</translation>
    </message>
    <message>
        <source>Record Touchpoint…</source>
        <translation>Consigner un contact…</translation>
    </message>
    <message>
        <source>Mark Map Reviewed</source>
        <translation>Marquer la carte comme revue</translation>
    </message>
    <message>
        <source>Only the selected person</source>
        <translation>Seulement la personne sélectionnée</translation>
    </message>
    <message>
        <source>Remove Touchpoint</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>Filter people by name, title or department</source>
        <translation>Filtrer les personnes par nom, fonction ou service</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Filtrer les personnes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Record that the map was reviewed today: a map not reviewed in six months is stale</source>
        <translation>Noter que la carte a été revue aujourd&apos;hui&#xa0;: une carte non revue depuis six mois est périmée</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Contact history</source>
        <translation>Historique des contacts</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Name of the person at the customer:</source>
        <translation>Nom de la personne chez le client&#xa0;:</translation>
    </message>
    <message>
        <source>Remove %1 from the map, with their touchpoints and links?</source>
        <translation>Retirer %1 de la carte, avec ses contacts et ses liens&#xa0;?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>keyplan::StartPortfolioDialog</name>
    <message>
        <source>My portfolio</source>
        <translation>Mon portefeuille</translation>
    </message>
    <message>
        <source>Start My Portfolio</source>
        <translation>Démarrer mon portefeuille</translation>
    </message>
    <message>
        <source>Your name, as your team knows you</source>
        <translation>Votre nom, tel que votre équipe vous connaît</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Plan &amp;name:</source>
        <translation>&amp;Nom du plan&#xa0;:</translation>
    </message>
    <message>
        <source>Reporting &amp;currency:</source>
        <translation>Devise de re&amp;porting&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Fiscal year starts in:</source>
        <translation>L&apos;e&amp;xercice commence en&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom&#xa0;:</translation>
    </message>
    <message>
        <source>Next: &amp;Import…</source>
        <translation>&amp;Suivant&#xa0;: importer…</translation>
    </message>
    <message>
        <source>First the plan your accounts go into; then choose the export files from your CRM, LinkedIn or address book, and see what they hold before anything is imported.</source>
        <translation>D&apos;abord le plan qui recevra vos comptes&#xa0;; ensuite, choisissez les fichiers d&apos;export de votre CRM, de LinkedIn ou de votre carnet d&apos;adresses, et voyez ce qu&apos;ils contiennent avant toute importation.</translation>
    </message>
</context>
<context>
    <name>keyplan::TeamConnectDialog</name>
    <message>
        <source>Connect to Team Plan</source>
        <translation>Se connecter à un plan d&apos;équipe</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>Vérifier le certificat du serveur</translation>
    </message>
    <message>
        <source>Encrypt, without checking the certificate</source>
        <translation>Chiffrer, sans vérifier le certificat</translation>
    </message>
    <message>
        <source>Prefer encryption (the server decides)</source>
        <translation>Préférer le chiffrement (le serveur décide)</translation>
    </message>
    <message>
        <source>No encryption (a server on this computer)</source>
        <translation>Pas de chiffrement (un serveur sur cet ordinateur)</translation>
    </message>
    <message>
        <source>The CA certificate from the server&apos;s administrator</source>
        <translation>Le certificat d&apos;autorité fourni par l&apos;administrateur du serveur</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Sé&amp;curité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;Fichier AC&#xa0;:</translation>
    </message>
    <message>
        <source>Keyplan never stores a password: it reads your password file (~/.pgpass) or asks when the server wants one.</source>
        <translation>Keyplan n&apos;enregistre jamais de mot de passe&#xa0;: il lit votre fichier de mots de passe (~/.pgpass) ou le demande quand le serveur en veut un.</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>Certificat d&apos;autorité</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fill in the server, database and user%1.</source>
        <translation>Renseignez le serveur, la base et l&apos;utilisateur%1.</translation>
    </message>
    <message>
        <source>, and the CA file</source>
        <translation>, et le fichier AC</translation>
    </message>
</context>
<context>
    <name>keyplan::ThisWeekModel</name>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ARR</source>
        <translation>%1 d&apos;ARR</translation>
    </message>
    <message>
        <source>ARR needs a rate to %1</source>
        <translation>l&apos;ARR demande un taux vers %1</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>keyplan::ThisWeekView</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>Fa&amp;ite</translation>
    </message>
    <message>
        <source>S&amp;nooze…</source>
        <translation>Re&amp;porter…</translation>
    </message>
    <message>
        <source>D&amp;ismiss…</source>
        <translation>Écart&amp;er…</translation>
    </message>
    <message>
        <source>What needs you this week</source>
        <translation>Ce qui vous attend cette semaine</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pour&#xa0;:</translation>
    </message>
    <message>
        <source>Open the account where this is dealt with (Enter)</source>
        <translation>Ouvrir le compte là où cela se traite (Entrée)</translation>
    </message>
    <message>
        <source>Mark the play done</source>
        <translation>Marquer l&apos;action comme faite</translation>
    </message>
    <message>
        <source>Put the play off until a day, with a reason</source>
        <translation>Reporter l&apos;action jusqu&apos;à un jour donné, avec une raison</translation>
    </message>
    <message>
        <source>Dismiss the play, with a reason; it returns only once its condition has cleared</source>
        <translation>Écarter l&apos;action, avec une raison&#xa0;; elle ne revient qu&apos;une fois sa condition disparue</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Open a plan to see what needs you this week.</source>
        <translation>Ouvrez un plan pour voir ce qui vous attend cette semaine.</translation>
    </message>
    <message>
        <source>Nothing due: every key account is up to date.</source>
        <translation>Rien à faire&#xa0;: chaque compte clé est à jour.</translation>
    </message>
    <message>
        <source>Key accounts needing you: %1 · things to do: %2 · overdue: %3</source>
        <translation>Comptes clés qui vous attendent&#xa0;: %1 · choses à faire&#xa0;: %2 · en retard&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>keyplan::TouchpointDialog</name>
    <message>
        <source>Record Touchpoint</source>
        <translation>Consigner un contact</translation>
    </message>
    <message>
        <source>Who on our side</source>
        <translation>Qui de notre côté</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Who at the customer</source>
        <translation>Qui chez le client</translation>
    </message>
    <message>
        <source>Search the account&apos;s people</source>
        <translation>Rechercher parmi les personnes du compte</translation>
    </message>
    <message>
        <source>What was agreed or learned</source>
        <translation>Ce qui a été convenu ou appris</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Who met them:</source>
        <translation>&amp;Qui les a rencontrés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Personnes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Consigner</translation>
    </message>
</context>
<context>
    <name>keyplan::TouchpointModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Our side</source>
        <translation>Notre côté</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>keyplan::ValueOutcomeModel</name>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>keyplan::WelcomePage</name>
    <message>
        <source>Welcome to Keyplan</source>
        <translation>Bienvenue dans Keyplan</translation>
    </message>
    <message>
        <source>Your key accounts&apos; plans in one file on this computer. Begin with your own accounts, bring them in from your CRM, or look around the sample first.</source>
        <translation>Les plans de vos comptes clés dans un seul fichier sur cet ordinateur. Commencez par vos propres comptes, faites-les venir de votre CRM, ou explorez d&apos;abord l&apos;exemple.</translation>
    </message>
    <message>
        <source>&amp;Start My Portfolio…</source>
        <translation>Démarrer &amp;mon portefeuille…</translation>
    </message>
    <message>
        <source>A new plan: its name, currency and fiscal year, and you as its owner</source>
        <translation>Un nouveau plan&#xa0;: son nom, sa devise et son exercice, et vous comme responsable</translation>
    </message>
    <message>
        <source>&amp;Import from Salesforce, HubSpot or Files…</source>
        <translation>&amp;Importer depuis Salesforce, HubSpot ou des fichiers…</translation>
    </message>
    <message>
        <source>A new plan filled from your CRM&apos;s exports, LinkedIn or address books</source>
        <translation>Un nouveau plan rempli à partir des exports de votre CRM, de LinkedIn ou de carnets d&apos;adresses</translation>
    </message>
    <message>
        <source>E&amp;xplore the Sample</source>
        <translation>E&amp;xplorer l&apos;exemple</translation>
    </message>
    <message>
        <source>A fictional portfolio in a file of its own, marked Sample</source>
        <translation>Un portefeuille fictif dans un fichier à part, marqué Exemple</translation>
    </message>
    <message>
        <source>&amp;Open Plan…</source>
        <translation>&amp;Ouvrir un plan…</translation>
    </message>
</context>
<context>
    <name>keyplan::WhitespaceCellDialog</name>
    <message>
        <source>Whitespace Cell</source>
        <translation>Cellule de potentiel</translation>
    </message>
    <message>
        <source>Nobody, or not known</source>
        <translation>Personne, ou inconnu</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Incumbent competitor:</source>
        <translation>&amp;Concurrent en place&#xa0;:</translation>
    </message>
    <message>
        <source>Their &amp;spend a year (%1):</source>
        <translation>Leurs &amp;dépenses par an (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Revenue a year:</source>
        <translation>Chiffre d&apos;affai&amp;res annuel&#xa0;:</translation>
    </message>
    <message>
        <source>Estimated &amp;potential a year:</source>
        <translation>&amp;Potentiel estimé par an&#xa0;:</translation>
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
Potentiel ouvert %2
Dans le pipeline %3
Vendu %4</translation>
    </message>
    <message>
        <source>Open whitespace by business unit, key accounts</source>
        <translation>Potentiel ouvert par entité, comptes clés</translation>
    </message>
    <message>
        <source>Whitespace by offering, key accounts</source>
        <translation>Potentiel par offre, comptes clés</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendu</translation>
    </message>
    <message>
        <source>In pipeline</source>
        <translation>Dans le pipeline</translation>
    </message>
    <message>
        <source>Open whitespace</source>
        <translation>Potentiel ouvert</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>A year (%1)</source>
        <translation>Par an (%1)</translation>
    </message>
    <message>
        <source>The %1 business units with most open whitespace of %2; the table lists them all. Open whitespace across key accounts: %3.</source>
        <translation>Les %1 entités au plus fort potentiel ouvert sur %2&#xa0;; le tableau les liste toutes. Potentiel ouvert sur les comptes clés&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Open whitespace across key accounts: %1; in pipeline %2; sold %3.</source>
        <translation>Potentiel ouvert sur les comptes clés&#xa0;: %1&#xa0;; dans le pipeline %2&#xa0;; vendu %3.</translation>
    </message>
</context>
<context>
    <name>keyplan::WhitespaceModel</name>
    <message>
        <source>Open %1 · in pipeline %2 · sold %3</source>
        <translation>Ouvert %1 · dans le pipeline %2 · vendu %3</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <source>Today with %1</source>
        <translation>Aujourd&apos;hui chez %1</translation>
    </message>
    <message>
        <source>Spend with them: %1</source>
        <translation>Dépenses chez eux&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open total</source>
        <translation>Total ouvert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>keyplan::WhitespacePage</name>
    <message>
        <source>&amp;Convert to Opportunity</source>
        <translation>&amp;Transformer en opportunité</translation>
    </message>
    <message>
        <source>Cell &amp;Details…</source>
        <translation>Détai&amp;ls de la cellule…</translation>
    </message>
    <message>
        <source>&amp;Business Units…</source>
        <translation>&amp;Entités…</translation>
    </message>
    <message>
        <source>Ca&amp;talogue…</source>
        <translation>Catalog&amp;ue…</translation>
    </message>
    <message>
        <source>Turn the open cell into an identified expansion opportunity</source>
        <translation>Transformer la cellule ouverte en opportunité d&apos;expansion identifiée</translation>
    </message>
    <message>
        <source>&amp;Mark As</source>
        <translation>&amp;Marquer comme</translation>
    </message>
    <message>
        <source>State, amount, incumbent competitor and the customer&apos;s spend with them</source>
        <translation>État, montant, concurrent en place et dépenses du client chez lui</translation>
    </message>
    <message>
        <source>The account&apos;s business units, teams or regions: the matrix&apos;s columns</source>
        <translation>Les entités, équipes ou régions du compte&#xa0;: les colonnes de la matrice</translation>
    </message>
    <message>
        <source>What we sell, across the portfolio: the matrix&apos;s rows</source>
        <translation>Ce que nous vendons, sur tout le portefeuille&#xa0;: les lignes de la matrice</translation>
    </message>
    <message>
        <source>Whitespace: business units by offerings</source>
        <translation>Potentiel&#xa0;: entités par offres</translation>
    </message>
    <message>
        <source>No business units yet. Add the account&apos;s business units, teams or regions (Business Units…) to map what it could still buy from us.</source>
        <translation>Pas encore d&apos;entités. Ajoutez les entités, équipes ou régions du compte (Entités…) pour voir ce qu&apos;il pourrait encore nous acheter.</translation>
    </message>
    <message>
        <source>Type over a cell to change its amount; double-click a cell in pipeline to open its opportunity.</source>
        <translation>Saisissez par-dessus une cellule pour changer son montant&#xa0;; double-cliquez sur une cellule du pipeline pour ouvrir son opportunité.</translation>
    </message>
    <message>
        <source>Open whitespace %1 · in pipeline %2 · sold %3</source>
        <translation>Potentiel ouvert %1 · dans le pipeline %2 · vendu %3</translation>
    </message>
    <message>
        <source> · our share of the wallet %1</source>
        <translation> · notre part du budget %1</translation>
    </message>
    <message>
        <source>Share of the wallet: our %1 sold ÷ (%1 sold + %2 the competitors&apos; known spend, in %3 of %4 open cells + %5 open potential).</source>
        <translation>Part du budget&#xa0;: nos ventes %1 ÷ (%1 vendu + %2 de dépenses connues chez les concurrents, dans %3 cellules ouvertes sur %4 + %5 de potentiel ouvert).</translation>
    </message>
    <message>
        <source>Open Opportunity…</source>
        <translation>Ouvrir l&apos;opportunité…</translation>
    </message>
    <message>
        <source>Mark As</source>
        <translation>Marquer comme</translation>
    </message>
</context>
<context>
    <name>keyplan::WhitespaceSummaryModel</name>
    <message>
        <source>Offering</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendu</translation>
    </message>
    <message>
        <source>In pipeline</source>
        <translation>Dans le pipeline</translation>
    </message>
    <message>
        <source>Open whitespace</source>
        <translation>Potentiel ouvert</translation>
    </message>
</context>
</TS>
