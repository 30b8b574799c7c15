#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMainWindow;

namespace keyplan {

class PlanDocument;

// File > Import… and File > Export…: the wizard, and the plan written as JSON, spreadsheets or a
// calendar; the status bar says what was written where.
class DataActions final : public QObject
{
    Q_OBJECT

public:
    DataActions(QMainWindow *window, std::function<PlanDocument *()> document);

    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    void retranslate();
    void updateEnabled();

    // The wizard on these files (the user adds more); returns when it closes.
    void importFiles(const QStringList &files);
    void exportPlan();

private:
    QMainWindow *m_window;
    std::function<PlanDocument *()> m_document;
    QAction *m_import;
    QAction *m_export;
};

} // namespace keyplan
