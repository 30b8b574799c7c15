#pragma once

#include "domain/stakeholder.h"

#include <QPageLayout>
#include <QWidget>

class QAction;
class QGraphicsItem;
class QLabel;
class QToolBar;

namespace keyplan {

class MapNodeItem;
class PlanDocument;
class StakeholderMapScene;
class StakeholderMapView;
class StakeholderModel;

// The stakeholder map of the selected account: the org chart with its coverage line, a toolbar
// (add, automatic layout, zoom, print, export) and the legend. Edits made here (dragging, adding
// people, reporting lines and links, editing by double-click) go through the undo stack like
// every other edit; the map redraws from the same stakeholder model the People table shows.
class StakeholderMapPage final : public QWidget
{
    Q_OBJECT

public:
    // `wide` is the Wide Map action when the window holds it (it is in the View menu before the
    // map is first shown); without one the page makes its own.
    explicit StakeholderMapPage(QWidget *parent = nullptr, QAction *wide = nullptr);
    ~StakeholderMapPage() override;

    // Give the map the whole window: checkable, Ctrl+Shift+M.
    static QAction *createWideAction(QObject *parent);

    void setDocument(PlanDocument *document, StakeholderModel *model);
    void setAccount(AccountId id);
    void selectPerson(StakeholderId id);

    StakeholderMapView *view() const { return m_view; }
    StakeholderMapScene *scene() const { return m_scene; }
    QAction *addPersonAction() const { return m_addPerson; }
    QAction *automaticLayoutAction() const { return m_automaticLayout; }
    QAction *wideAction() const { return m_wide; }
    QPageLayout pageLayout() const { return m_pageLayout; }

    // What the context menu and the connect gesture call; public for tests.
    void connectPeople(StakeholderId from, StakeholderId to, LinkKind kind, const QString &label);
    void makeReport(StakeholderId person, StakeholderId manager);

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    void personSelected(keyplan::StakeholderId id);
    // The user wants the map to have the whole window (the portfolio list out of the way), or not.
    void wideRequested(bool wide);

private:
    void refresh();
    void updateActions();
    void editNode(MapNodeItem *node);
    void addPerson(const QString &seat, std::optional<StakeholderId> manager);
    void removeNode(MapNodeItem *node);
    void askHowToConnect(StakeholderId from, StakeholderId to);
    void showContextMenu(QGraphicsItem *item, const QPoint &globalPos);
    void print();
    void pageSetup();
    void exportToFile();
    void rememberPageLayout(const QPageLayout &layout);

    PlanDocument *m_document = nullptr;
    StakeholderModel *m_model = nullptr;
    AccountId m_accountId = 0;
    bool m_refreshing = false;
    bool m_stale = false; // the map changed while the page was hidden
    bool m_fitAfterRefresh = false; // a new account: fit its map once it is drawn
    QLabel *m_coverage;
    QToolBar *m_tools;
    StakeholderMapView *m_view;
    StakeholderMapScene *m_scene;
    QWidget *m_legend;
    QLabel *m_zoom;
    QAction *m_addPerson;
    QAction *m_automaticLayout;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_fit;
    QAction *m_wide;
    QAction *m_print;
    QAction *m_pageSetup;
    QAction *m_export;
    QPageLayout m_pageLayout;
};

} // namespace keyplan
