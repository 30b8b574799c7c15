#include "item/revenueediting.h"

#include "domain/currencies.h"
#include "domain/dayformat.h"
#include "item/plandocument.h"
#include "item/writecommand.h"
#include "storage/arrchangestore.h"
#include "storage/plandatabase.h"
#include "storage/planinfostore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <memory>
#include <tuple>

namespace keyplan {
namespace {

class RevenueText
{
    Q_DECLARE_TR_FUNCTIONS(RevenueEditing)
};

} // namespace

RevenueEditing::RevenueEditing(PlanDocument *document)
    : QObject(document)
    , m_document(document)
{
    setObjectName(QStringLiteral("revenueEditing"));
}

RevenueEditing *RevenueEditing::of(PlanDocument *document)
{
    if (auto *existing = document->findChild<RevenueEditing *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new RevenueEditing(document);
}

QList<ArrChange> RevenueEditing::timeline(AccountId id) const
{
    return ArrChangeStore(m_document->database().connection()).forAccount(id);
}

PlanRevenue RevenueEditing::planRevenue() const
{
    return readPlanRevenue(m_document->database().connection());
}

int RevenueEditing::fiscalYearStart() const
{
    return PlanInfoStore(m_document->database().connection()).fiscalYearStart();
}

QList<ExchangeRate> RevenueEditing::rates() const
{
    return ArrChangeStore(m_document->database().connection()).rates();
}

bool RevenueEditing::Settings::sameAs(const Settings &other) const
{
    const auto content = [](const QList<ExchangeRate> &table) {
        QList<std::tuple<QString, QString, QDate, qint64>> list;
        for (const ExchangeRate &rate : table)
            list.append({rate.from, rate.to, rate.on, rate.rate});
        std::sort(list.begin(), list.end());
        return list;
    };
    return reportingCurrency == other.reportingCurrency && fiscalYearStart == other.fiscalYearStart
        && content(rates) == content(other.rates);
}

RevenueEditing::Settings RevenueEditing::settings() const
{
    return {m_document->currency(), fiscalYearStart(), rates()};
}

bool RevenueEditing::refuse(const ArrChange &change)
{
    if (m_document->refuseWhenReadOnly())
        return true;
    if (!change.on.isValid() || change.arr < 0 || !isMoneyInRange(change.arr) || !m_document->account(change.accountId)) {
        Q_EMIT m_document->writeFailed(tr("That ARR change does not fit: it needs a day and an amount of zero or more."));
        return true;
    }
    return false;
}

void RevenueEditing::recordChange(const ArrChange &change)
{
    if (refuse(change))
        return;
    ArrChange added = change;
    added.id = 0;
    added.version = 1;
    // The id is fixed by the first write, so redo after undo puts back the same row.
    auto kept = std::make_shared<ArrChange>(added);
    m_document->undoStack()->push(new WriteCommand(
        RevenueText::tr("Record %1 of %2").arg(displayName(added.kind).toLower(), formatDay(added.on)),
        [this, kept] {
            const std::optional<ArrChangeId> id = writeChange(*kept);
            if (id)
                kept->id = *id;
            return id.has_value();
        },
        [this, kept] { return deleteChange(*kept); }));
}

void RevenueEditing::editChange(const ArrChange &change)
{
    if (refuse(change))
        return;
    const std::optional<ArrChange> before = ArrChangeStore(m_document->database().connection()).find(change.id);
    if (!before || before->accountId != change.accountId)
        return;
    ArrChange after = change;
    after.version = before->version;
    if (after == *before)
        return;
    m_document->pushEdit(new WriteCommand(RevenueText::tr("Edit the ARR change of %1").arg(formatDay(before->on)),
                             [this, after] { return updateChange(after); },
                             [this, before = *before] { return updateChange(before); }),
        {QStringLiteral("arr_change"), change.id, change.version},
        tr("the change of ARR on %1").arg(formatDay(before->on)));
}

void RevenueEditing::removeChange(const ArrChange &change)
{
    if (m_document->refuseWhenReadOnly())
        return;
    const std::optional<ArrChange> current = ArrChangeStore(m_document->database().connection()).find(change.id);
    if (current)
        m_document->pushRemoval(new WriteCommand(RevenueText::tr("Remove the ARR change of %1").arg(formatDay(current->on)),
                                 [this, removed = *current] { return deleteChange(removed); },
                                 [this, removed = *current] { return writeChange(removed).has_value(); }),
            {QStringLiteral("arr_change"), change.id, change.version},
            tr("the change of ARR on %1").arg(formatDay(current->on)));
}

void RevenueEditing::setRevenueSettings(
    const QString &reportingCurrency, int fiscalYearStart, const QList<ExchangeRate> &rates)
{
    if (m_document->refuseWhenReadOnly())
        return;
    if (!isCurrencyCode(reportingCurrency) || fiscalYearStart < 1 || fiscalYearStart > 12) {
        Q_EMIT m_document->writeFailed(tr("The reporting currency must be an ISO 4217 code and the fiscal year "
                                          "must start in a month from 1 to 12."));
        return;
    }
    for (const ExchangeRate &rate : rates) {
        if (!isCurrencyCode(rate.from) || !isCurrencyCode(rate.to) || rate.from == rate.to || !rate.on.isValid()
            || rate.rate <= 0 || rate.rate > maxRate) {
            Q_EMIT m_document->writeFailed(tr("Each exchange rate needs two different currencies, a day and a "
                                              "rate above zero."));
            return;
        }
    }
    const Settings before = settings();
    Settings after {reportingCurrency, fiscalYearStart, rates};
    if (after.sameAs(before))
        return;
    m_document->undoStack()->push(
        new WriteCommand(RevenueText::tr("Change the reporting currency, fiscal year or exchange rates"),
            [this, after] { return writeSettings(after); }, [this, before] { return writeSettings(before); }));
}

std::optional<ArrChangeId> RevenueEditing::writeChange(const ArrChange &change)
{
    std::optional<ArrChangeId> id;
    const bool written = m_document->writeInTransaction(tr("The ARR change"), [&](const QSqlDatabase &db, QString *error) {
        id = ArrChangeStore(db).insert(change, error);
        return id.has_value();
    });
    if (!written)
        return std::nullopt;
    Q_EMIT m_document->revenueChanged(change.accountId);
    Q_EMIT m_document->accountChanged(change.accountId);
    return id;
}

bool RevenueEditing::updateChange(const ArrChange &change)
{
    const bool written = m_document->writeInTransaction(tr("The ARR change"),
        [&](const QSqlDatabase &db, QString *error) { return ArrChangeStore(db).update(change, error); });
    if (written) {
        Q_EMIT m_document->revenueChanged(change.accountId);
        Q_EMIT m_document->accountChanged(change.accountId);
    }
    return written;
}

bool RevenueEditing::deleteChange(const ArrChange &change)
{
    const bool written = m_document->writeInTransaction(tr("Removing the ARR change"),
        [&](const QSqlDatabase &db, QString *error) { return ArrChangeStore(db).remove(change.id, error); });
    if (written) {
        Q_EMIT m_document->revenueChanged(change.accountId);
        Q_EMIT m_document->accountChanged(change.accountId);
    }
    return written;
}

bool RevenueEditing::writeSettings(const Settings &settings)
{
    const bool written = m_document->writeInTransaction(tr("The revenue settings"), [&](const QSqlDatabase &db, QString *error) {
        PlanInfoStore info(db);
        ArrChangeStore store(db);
        if (!info.setValue(PlanInfoStore::currencyKey, settings.reportingCurrency, error)
            || !info.setValue(PlanInfoStore::fiscalYearStartKey, QString::number(settings.fiscalYearStart), error))
            return false;
        const QList<ExchangeRate> current = store.rates(error);
        for (const ExchangeRate &rate : current) {
            if (!store.removeRate(rate.id, error))
                return false;
        }
        for (const ExchangeRate &rate : settings.rates) {
            if (!store.insertRate(rate, error))
                return false;
        }
        return true;
    });
    if (written)
        Q_EMIT m_document->revenueSettingsChanged();
    return written;
}

} // namespace keyplan
