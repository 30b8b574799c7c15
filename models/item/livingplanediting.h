#pragma once

#include "domain/livingplansettings.h"

#include <QObject>

namespace keyplan {

class PlanDocument;

// Editing the plan's living-plan settings (tier cadence, health weights, the rules and their
// parameters): the undo command and the write primitive it calls. One per document (of() makes
// it on first use, as the document's child); settingsChanged() follows every write, undo and redo.
class LivingPlanEditing final : public QObject
{
    Q_OBJECT

public:
    static LivingPlanEditing *of(PlanDocument *document);

    LivingPlanSettings settings() const;
    // Through the undo stack, as one step. Refused (reported through the document's writeFailed)
    // when a number is out of range or every health measure weighs nothing.
    void setSettings(const LivingPlanSettings &settings);

Q_SIGNALS:
    void settingsChanged();

private:
    explicit LivingPlanEditing(PlanDocument *document);
    // The write primitive the command calls; false (reported) when the plan refused it.
    bool writeSettings(const LivingPlanSettings &settings);

    PlanDocument *m_document;
};

} // namespace keyplan
