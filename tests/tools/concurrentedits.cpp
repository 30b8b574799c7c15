// One of two (or more) people editing the same few rows of a team plan at once, as fast as they
// can: keyplan_concurrent_edits URL SEED COUNT. Each edit starts from the person as this client
// last read them, sometimes long ago (a dialog left open), sometimes just now. A refused edit is
// a conflict detected; a saved one is checked against the server's change log: the row it
// replaced must be the very row this client had read, or another client's change was overwritten
// silently. Prints one JSON object with the counts.
#include "item/plandocument.h"
#include "item/peopleediting.h"
#include "storage/changelog.h"
#include "storage/plandatabase.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>
#include <QUndoStack>

#include <cstdio>

using namespace keyplan;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fputs("usage: keyplan_concurrent_edits URL SEED COUNT\n", stderr);
        return 2;
    }
    PlanOpenResult result;
    std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(args.at(1), PlanOpenMode::ReadWrite, &result);
    if (!plan) {
        std::fprintf(stderr, "%s\n", qPrintable(result.message));
        return 1;
    }
    PlanDocument document(std::move(plan));
    document.undoStack()->setUndoLimit(50);
    QRandomGenerator random(args.at(2).toUInt());
    const int count = args.at(3).toInt();

    // The few people everyone edits: the first account's map.
    const AccountId account = document.accounts().constFirst().id;
    QList<Stakeholder> view = document.stakeholders(account).mid(0, 3);
    if (view.isEmpty())
        return 1;

    int saved = 0;
    int conflicts = 0;
    int silent = 0;
    int failed = 0;
    int refusedUndos = 0;
    int undone = 0;
    bool conflicted = false;
    QString failure;
    int withOthers = 0; // conflicts another client's change caused (not this one's own undo)
    QObject::connect(&document, &PlanDocument::writeConflict, [&](const WriteConflict &conflict) {
        conflicted = true;
        for (const team::ChangeEntry &entry : conflict.theirs) {
            if (entry.client != document.database().clientId()) {
                ++withOthers;
                break;
            }
        }
    });
    QObject::connect(&document, &PlanDocument::writeFailed, [&](const QString &message) { failure = message; });
    const QString tag = args.at(2);
    const QSqlDatabase db = document.database().connection();
    QString error;
    QHash<StakeholderId, qint64> seenInLog; // per person, the last log entry already looked at

    for (int i = 0; i < count; ++i) {
        const qsizetype at = qsizetype(random.bounded(int(view.size())));
        // Half the time the person is read again first; otherwise the edit starts from an older read.
        if (random.bounded(2) == 0) {
            if (const std::optional<Stakeholder> now = document.stakeholder(view.at(at).id))
                view[at] = *now;
        }
        if (random.bounded(20) == 0 && document.undoStack()->canUndo()) {
            failure.clear();
            document.undo();
            if (failure.contains(QLatin1String("not undone")))
                ++refusedUndos;
            else if (!failure.isEmpty())
                ++failed;
            else
                ++undone;
            continue;
        }
        const Stakeholder read = view.at(at);
        Stakeholder edited = read;
        if (random.bounded(2) == 0)
            edited.title = QStringLiteral("title %1-%2").arg(tag).arg(i);
        else
            edited.notes = QStringLiteral("note %1-%2").arg(tag).arg(i);
        conflicted = false;
        failure.clear();
        PeopleEditing::of(&document)->editStakeholder(edited);
        if (conflicted) {
            ++conflicts;
        } else if (!failure.isEmpty()) {
            ++failed;
            std::fprintf(stderr, "%s\n", qPrintable(failure));
        } else {
            ++saved;
            // What the server says this write replaced: the row exactly as this client read it.
            const QList<team::ChangeEntry> changes
                = team::rowChanges(db, QStringLiteral("stakeholder"), read.id, seenInLog.value(read.id), &error);
            if (!changes.isEmpty())
                seenInLog.insert(read.id, changes.constLast().id);
            const team::ChangeEntry *mine = nullptr;
            for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
                if (it->client == document.database().clientId()) {
                    mine = &*it;
                    break;
                }
            }
            if (!mine || mine->before.value(QStringLiteral("title")).toString() != read.title
                || mine->before.value(QStringLiteral("notes")).toString() != read.notes
                || mine->before.value(QStringLiteral("version")).toInteger() != read.version)
                ++silent;
        }
        if (const std::optional<Stakeholder> now = document.stakeholder(read.id))
            view[at] = *now;
    }
    const QJsonObject counts {{QStringLiteral("edits"), count}, {QStringLiteral("saved"), saved},
        {QStringLiteral("conflicts"), conflicts}, {QStringLiteral("conflictsWithOthers"), withOthers},
        {QStringLiteral("silentOverwrites"), silent},
        {QStringLiteral("failed"), failed}, {QStringLiteral("undone"), undone},
        {QStringLiteral("refusedUndos"), refusedUndos}, {QStringLiteral("client"), document.database().clientId()}};
    QTextStream(stdout) << QJsonDocument(counts).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
