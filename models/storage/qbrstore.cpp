#include "storage/qbrstore.h"

#include "storage/sqlhelpers.h"

#include <QHash>
#include <QSqlQuery>

namespace keyplan {
namespace {

QDate dateOf(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

bool changedOne(const QSqlQuery &query)
{
    return query.isActive() && query.numRowsAffected() == 1;
}

const QString selectOutcomes = QStringLiteral(
    "SELECT id, account_id, achieved_on, metric, before_value, after_value, unit, note, version, goal_id "
    "FROM value_outcome WHERE account_id = ? ORDER BY achieved_on, id");

const QString selectRisks = QStringLiteral(
    "SELECT id, account_id, title, severity, status, remediation, owner_id, raised_on, due_on, version "
    "FROM account_risk WHERE account_id = ? ORDER BY raised_on NULLS FIRST, id");

const QString selectSteps = QStringLiteral(
    "SELECT id, account_id, action, owner, due_on, done, version FROM next_step WHERE account_id = ? "
    "ORDER BY done, due_on IS NULL, due_on, id");

// Held reviews by the day they were held; the one in preparation (held_on NULL) last.
const QString selectQbrs = QStringLiteral(
    "SELECT id, account_id, period_start, period_end, held_on, our_team, attendees, snapshot, version "
    "FROM qbr WHERE account_id = ? ORDER BY held_on IS NULL, held_on, id");

} // namespace

// --- Value outcomes ---

QList<ValueOutcome> QbrStore::valueOutcomes(AccountId accountId, QString *error) const
{
    QList<ValueOutcome> outcomes;
    QSqlQuery query = sql::run(m_db, selectOutcomes, {accountId}, error);
    while (query.next()) {
        outcomes.append({query.value(0).toLongLong(), query.value(1).toLongLong(), dateOf(query.value(2)),
            query.value(3).toString(), query.value(4).toDouble(), query.value(5).toDouble(),
            query.value(6).toString(), query.value(7).toString(), sql::optionalId(query.value(9)),
            query.value(8).toLongLong()});
    }
    sql::readToEnd(query, error);
    return outcomes;
}

std::optional<ValueOutcomeId> QbrStore::insertValueOutcome(const ValueOutcome &outcome, QString *error)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("INSERT INTO value_outcome (id, account_id, achieved_on, metric, before_value, "
                       "after_value, unit, note, goal_id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {sql::newId(outcome.id), outcome.accountId, outcome.achievedOn.toString(Qt::ISODate), outcome.metric,
            outcome.before, outcome.after, outcome.unit, outcome.note, sql::nullableId(outcome.goalId),
            outcome.version},
        error);
    if (!query.isActive())
        return std::nullopt;
    return sql::returnedId(query);
}

bool QbrStore::updateValueOutcome(const ValueOutcome &outcome, QString *error)
{
    return changedOne(sql::run(m_db,
        QStringLiteral(
            "UPDATE value_outcome SET achieved_on = ?, metric = ?, before_value = ?, after_value = ?, "
            "unit = ?, note = ?, goal_id = ?, version = version + 1 WHERE id = ?"),
        {outcome.achievedOn.toString(Qt::ISODate), outcome.metric, outcome.before, outcome.after,
            outcome.unit, outcome.note, sql::nullableId(outcome.goalId), outcome.id},
        error));
}

bool QbrStore::removeValueOutcome(ValueOutcomeId id, QString *error)
{
    return changedOne(sql::run(m_db, QStringLiteral("DELETE FROM value_outcome WHERE id = ?"), {id}, error));
}

// --- Risks ---

QList<Risk> QbrStore::risks(AccountId accountId, QString *error) const
{
    QList<Risk> risks;
    QSqlQuery query = sql::run(m_db, selectRisks, {accountId}, error);
    while (query.next()) {
        Risk risk;
        risk.id = query.value(0).toLongLong();
        risk.accountId = query.value(1).toLongLong();
        risk.title = query.value(2).toString();
        risk.severity = riskSeverityFromKey(query.value(3).toString()).value_or(RiskSeverity::Medium);
        risk.status = riskStatusFromKey(query.value(4).toString()).value_or(RiskStatus::Open);
        risk.remediation = query.value(5).toString();
        risk.ownerId = sql::optionalId(query.value(6));
        risk.raisedOn = dateOf(query.value(7));
        risk.dueOn = dateOf(query.value(8));
        risk.version = query.value(9).toLongLong();
        risks.append(risk);
    }
    sql::readToEnd(query, error);
    return risks;
}

std::optional<RiskId> QbrStore::insertRisk(const Risk &risk, QString *error)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "INSERT INTO account_risk (id, account_id, title, severity, status, remediation, owner_id, "
            "raised_on, due_on, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {sql::newId(risk.id), risk.accountId, risk.title, keyOf(risk.severity), keyOf(risk.status),
            risk.remediation, sql::nullableId(risk.ownerId), sql::nullableDate(risk.raisedOn),
            sql::nullableDate(risk.dueOn), risk.version},
        error);
    if (!query.isActive())
        return std::nullopt;
    return sql::returnedId(query);
}

bool QbrStore::updateRisk(const Risk &risk, QString *error)
{
    return changedOne(sql::run(m_db,
        QStringLiteral(
            "UPDATE account_risk SET title = ?, severity = ?, status = ?, remediation = ?, owner_id = ?, "
            "raised_on = ?, due_on = ?, version = version + 1 WHERE id = ?"),
        {risk.title, keyOf(risk.severity), keyOf(risk.status), risk.remediation,
            sql::nullableId(risk.ownerId), sql::nullableDate(risk.raisedOn), sql::nullableDate(risk.dueOn),
            risk.id},
        error));
}

bool QbrStore::removeRisk(RiskId id, QString *error)
{
    return changedOne(sql::run(m_db, QStringLiteral("DELETE FROM account_risk WHERE id = ?"), {id}, error));
}

// --- Next steps ---

QList<NextStep> QbrStore::nextSteps(AccountId accountId, QString *error) const
{
    QList<NextStep> steps;
    QSqlQuery query = sql::run(m_db, selectSteps, {accountId}, error);
    while (query.next()) {
        steps.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
            query.value(3).toString(), dateOf(query.value(4)), query.value(5).toInt() != 0,
            query.value(6).toLongLong()});
    }
    sql::readToEnd(query, error);
    return steps;
}

std::optional<NextStepId> QbrStore::insertNextStep(const NextStep &step, QString *error)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "INSERT INTO next_step (id, account_id, action, owner, due_on, done, version) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id"),
        {sql::newId(step.id), step.accountId, step.action, step.owner, sql::nullableDate(step.dueOn),
            step.done ? 1 : 0, step.version},
        error);
    if (!query.isActive())
        return std::nullopt;
    return sql::returnedId(query);
}

bool QbrStore::updateNextStep(const NextStep &step, QString *error)
{
    return changedOne(sql::run(m_db,
        QStringLiteral(
            "UPDATE next_step SET action = ?, owner = ?, due_on = ?, done = ?, version = version + 1 "
            "WHERE id = ?"),
        {step.action, step.owner, sql::nullableDate(step.dueOn), step.done ? 1 : 0, step.id}, error));
}

bool QbrStore::removeNextStep(NextStepId id, QString *error)
{
    return changedOne(sql::run(m_db, QStringLiteral("DELETE FROM next_step WHERE id = ?"), {id}, error));
}

// --- Reviews ---

QList<Qbr> QbrStore::qbrs(AccountId accountId, QString *error) const
{
    QList<Qbr> reviews;
    QHash<QbrId, qsizetype> index;
    {
        QSqlQuery query = sql::run(m_db, selectQbrs, {accountId}, error);
        while (query.next()) {
            Qbr qbr;
            qbr.id = query.value(0).toLongLong();
            qbr.accountId = query.value(1).toLongLong();
            qbr.periodStart = dateOf(query.value(2));
            qbr.periodEnd = dateOf(query.value(3));
            qbr.heldOn = dateOf(query.value(4));
            qbr.ourTeam = query.value(5).toString();
            qbr.attendees = query.value(6).toString();
            if (!query.value(7).isNull())
                qbr.snapshot = qbrSnapshotFromJson(query.value(7).toString().toUtf8());
            qbr.version = query.value(8).toLongLong();
            index.insert(qbr.id, reviews.size());
            reviews.append(qbr);
        }
        if (!sql::readToEnd(query, error))
            return {};
    }
    if (reviews.isEmpty())
        return reviews;
    QSqlQuery sections = sql::run(m_db,
        QStringLiteral("SELECT s.qbr_id, s.section, s.included, s.remark, s.remark_internal FROM qbr_section s "
                       "JOIN qbr q ON q.id = s.qbr_id WHERE q.account_id = ?"),
        {accountId}, error);
    while (sections.next()) {
        const std::optional<QbrSection> section = qbrSectionFromKey(sections.value(1).toString());
        const auto at = index.constFind(sections.value(0).toLongLong());
        if (!section || at == index.cend())
            continue;
        reviews[*at].section(*section)
            = {sections.value(2).toInt() != 0, sections.value(3).toString(), sections.value(4).toInt() != 0};
    }
    sql::readToEnd(sections, error);
    QSqlQuery chosen = sql::run(m_db,
        QStringLiteral(
            "SELECT o.qbr_id, o.opportunity_id FROM qbr_opportunity o JOIN qbr q ON q.id = o.qbr_id "
            "WHERE q.account_id = ? ORDER BY o.qbr_id, o.position"),
        {accountId}, error);
    while (chosen.next()) {
        const auto at = index.constFind(chosen.value(0).toLongLong());
        if (at != index.cend())
            reviews[*at].chosenOpportunities.append(chosen.value(1).toLongLong());
    }
    sql::readToEnd(chosen, error);
    return reviews;
}

bool QbrStore::writeQbrParts(const Qbr &qbr, QString *error)
{
    if (!sql::run(m_db, QStringLiteral("DELETE FROM qbr_section WHERE qbr_id = ?"), {qbr.id}, error)
             .isActive()
        || !sql::run(m_db, QStringLiteral("DELETE FROM qbr_opportunity WHERE qbr_id = ?"), {qbr.id}, error)
                .isActive())
        return false;
    for (const QbrSection section : allQbrSections) {
        const QbrSectionChoice &choice = qbr.section(section);
        if (!sql::run(m_db,
                QStringLiteral(
                    "INSERT INTO qbr_section (qbr_id, section, included, remark, remark_internal) VALUES (?, ?, ?, ?, ?)"),
                {qbr.id, keyOf(section), choice.included ? 1 : 0, choice.remark, choice.remarkInternal ? 1 : 0}, error)
                 .isActive())
            return false;
    }
    int position = 0;
    for (const OpportunityId opportunity : qbr.chosenOpportunities) {
        if (!sql::run(m_db,
                QStringLiteral(
                    "INSERT INTO qbr_opportunity (qbr_id, opportunity_id, position) VALUES (?, ?, ?)"),
                {qbr.id, opportunity, position++}, error)
                 .isActive())
            return false;
    }
    return true;
}

namespace {

QVariant snapshotColumn(const Qbr &qbr)
{
    return qbr.snapshot ? QVariant(QString::fromUtf8(qbrSnapshotToJson(*qbr.snapshot)))
                        : QVariant(QMetaType::fromType<QString>());
}

} // namespace

std::optional<QbrId> QbrStore::insertQbr(const Qbr &qbr, QString *error)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "INSERT INTO qbr (id, account_id, period_start, period_end, held_on, our_team, attendees, "
            "snapshot, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {sql::newId(qbr.id), qbr.accountId, qbr.periodStart.toString(Qt::ISODate),
            qbr.periodEnd.toString(Qt::ISODate), sql::nullableDate(qbr.heldOn), qbr.ourTeam, qbr.attendees,
            snapshotColumn(qbr), qbr.version},
        error);
    if (!query.isActive())
        return std::nullopt;
    Qbr written = qbr;
    written.id = sql::returnedId(query);
    if (!writeQbrParts(written, error))
        return std::nullopt;
    return written.id;
}

bool QbrStore::updateQbr(const Qbr &qbr, QString *error)
{
    return changedOne(sql::run(m_db,
               QStringLiteral("UPDATE qbr SET period_start = ?, period_end = ?, held_on = ?, our_team = ?, "
                              "attendees = ?, snapshot = ?, version = version + 1 WHERE id = ?"),
               {qbr.periodStart.toString(Qt::ISODate), qbr.periodEnd.toString(Qt::ISODate),
                   sql::nullableDate(qbr.heldOn), qbr.ourTeam, qbr.attendees, snapshotColumn(qbr), qbr.id},
               error))
        && writeQbrParts(qbr, error);
}

bool QbrStore::removeQbr(QbrId id, QString *error)
{
    return changedOne(sql::run(m_db, QStringLiteral("DELETE FROM qbr WHERE id = ?"), {id}, error));
}

bool QbrStore::insertAccountReviews(AccountId accountId, const AccountRecord &record, QString *error)
{
    for (ValueOutcome outcome : record.valueOutcomes) {
        outcome.accountId = accountId;
        if (!insertValueOutcome(outcome, error))
            return false;
    }
    for (Risk risk : record.risks) {
        risk.accountId = accountId;
        if (!insertRisk(risk, error))
            return false;
    }
    for (NextStep step : record.nextSteps) {
        step.accountId = accountId;
        if (!insertNextStep(step, error))
            return false;
    }
    for (Qbr qbr : record.qbrs) {
        qbr.accountId = accountId;
        if (!insertQbr(qbr, error))
            return false;
    }
    return true;
}

} // namespace keyplan
