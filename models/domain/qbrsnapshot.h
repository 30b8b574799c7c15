#pragma once

#include "domain/account.h"
#include "domain/coverage.h"
#include "domain/opportunity.h"
#include "domain/stakeholder.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

// What the plan looked like when a QBR was held, kept so the next one can list what changed:
// the part of a review a slide deck never shows (DOMAIN.md, "QBR summary").
namespace keyplan {

struct AccountRecord;

struct QbrSnapshot
{
    struct Person
    {
        StakeholderId id = 0;
        QString name;
        QString title;
        DecisionRole role = DecisionRole::User;
        Relationship relationship = Relationship::None;
        SupportLevel support = SupportLevel::Neutral;
        bool left = false; // had left the company by then
        bool operator==(const Person &) const = default;
    };
    struct Deal
    {
        OpportunityId id = 0;
        QString title;
        OpportunityStage stage = OpportunityStage::Identified;
        MinorUnits amount = 0;
        bool operator==(const Deal &) const = default;
    };

    QDate takenOn;
    Stage stage = Stage::PreKam;
    MinorUnits arr = 0; // recurring revenue in the month it was taken
    std::optional<double> health; // the score in the history on the day, one decimal
    QList<Person> people; // on the map that day, those who had left with `left` set
    std::optional<double> coverageDepth;
    int relevant = 0;
    int active = 0;
    bool singleThreaded = false;
    QStringList emptySeats;
    MinorUnits whitespaceOpen = 0;
    MinorUnits whitespaceSold = 0;
    MinorUnits whitespaceInPipeline = 0;
    QList<Deal> opportunities; // every one, open or closed

    bool operator==(const QbrSnapshot &) const = default;
};

// The account as the record holds it, seen on `day`: the stage it was in, its revenue that
// month, the people at the company then, the coverage from the contacts made by then, the health
// mark then (`health`, the scorecard's score on the day, when the caller has it: what the review's
// cover shows; else the history's last mark), and the whitespace and opportunities as they stand.
QbrSnapshot takeQbrSnapshot(const AccountRecord &record, const QDate &day, const CoverageSettings &settings,
    std::optional<double> health = std::nullopt);

// One difference between two snapshots, ready to print.
struct QbrChange
{
    enum class Area { People, Relationships, Stage, Coverage, Whitespace, Pipeline, Revenue, Health };
    Area area = Area::People;
    QString subject; // who or what changed: "Grace Liu", "Coverage depth"
    QString before; // empty where it did not exist
    QString after; // empty where it is gone
    bool operator==(const QbrChange &) const = default;
};

QString displayName(QbrChange::Area area);

// Everything that differs from `then` to `now`, area by area: people added or gone,
// relationships warmer or colder, the stage, coverage and empty seats, whitespace, opportunities
// new, moved, resized or closed, revenue and health. Money in `currency`, in `locale`'s format.
QList<QbrChange> compareQbrSnapshots(const QbrSnapshot &then, const QbrSnapshot &now, const QString &currency,
    const QLocale &locale = QLocale());

// The changes among the customer's people told in their terms, for the customer's edition: who
// joined, who left, whose title changed. Nothing about roles in the decision, relationships or
// support (our reading of them), nor who merely left our map.
QList<QbrChange> customerPeopleChanges(const QbrSnapshot &then, const QbrSnapshot &now);

// Kept in the plan as JSON with the stable keys of every vocabulary.
QByteArray qbrSnapshotToJson(const QbrSnapshot &snapshot);
std::optional<QbrSnapshot> qbrSnapshotFromJson(const QByteArray &json);

} // namespace keyplan
