#include "item/livingplanediting.h"

#include "item/plandocument.h"
#include "item/writecommand.h"
#include "storage/livingplansettingsstore.h"
#include "storage/plandatabase.h"

#include <QUndoStack>

#include <numeric>

namespace keyplan {
namespace {

bool isSound(const LivingPlanSettings &settings)
{
    for (const TierCadence &cadence : settings.cadence.byTier) {
        if (cadence.touchpointDays < 1 || cadence.touchpointDays > 3650 || cadence.reviewDays < 1
            || cadence.reviewDays > 3650)
            return false;
    }
    const auto &points = settings.health.weights.points;
    if (std::any_of(points.cbegin(), points.cend(), [](int p) { return p < 0 || p > 100; })
        || std::accumulate(points.cbegin(), points.cend(), 0) == 0)
        return false;
    if (settings.health.manualEntriesCountForDays < 1 || settings.health.manualEntriesCountForDays > 3650)
        return false;
    for (auto it = settings.rules.parameters.cbegin(); it != settings.rules.parameters.cend(); ++it) {
        if (it.value() < 0 || it.value() > ruleParameterMax)
            return false;
    }
    return true;
}

} // namespace

LivingPlanEditing::LivingPlanEditing(PlanDocument *document)
    : QObject(document)
    , m_document(document)
{
    setObjectName(QStringLiteral("livingPlanEditing"));
}

LivingPlanEditing *LivingPlanEditing::of(PlanDocument *document)
{
    if (auto *existing = document->findChild<LivingPlanEditing *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new LivingPlanEditing(document);
}

LivingPlanSettings LivingPlanEditing::settings() const
{
    return readLivingPlanSettings(m_document->database().connection());
}

void LivingPlanEditing::setSettings(const LivingPlanSettings &settings)
{
    if (m_document->refuseWhenReadOnly())
        return;
    if (!isSound(settings)) {
        Q_EMIT m_document->writeFailed(tr("Days must be from 1 to 3650, weights from 0 to 100 with at least one "
                                          "above 0, and rule parameters from 0 to %1.")
                                           .arg(ruleParameterMax));
        return;
    }
    const LivingPlanSettings before = this->settings();
    // As it is stored: the defaults compare equal however they were given.
    LivingPlanSettings after = settings;
    after.rules = settings.rules.normalised();
    if (before == after)
        return;
    m_document->undoStack()->push(new WriteCommand(tr("Change the cadence, health weights or plays"),
        [this, after] { return writeSettings(after); }, [this, before] { return writeSettings(before); }));
}

bool LivingPlanEditing::writeSettings(const LivingPlanSettings &settings)
{
    const bool written = m_document->writeInTransaction(tr("The plan's settings"),
        [&](const QSqlDatabase &db, QString *error) { return writeLivingPlanSettings(db, settings, error); });
    if (written)
        Q_EMIT settingsChanged();
    return written;
}

} // namespace keyplan
