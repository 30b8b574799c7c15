#include "ui/map/stakeholdermappage.h"
#include "ui/elidedlabel.h"

#include "item/itemroles.h"
#include "item/mapediting.h"
#include "item/personsignalediting.h"
#include "item/plandocument.h"
#include "item/stakeholdermodel.h"
#include "item/peopleediting.h"
#include "domain/coveragetext.h"
#include "ui/map/mapedgeitem.h"
#include "ui/map/maplegendwidget.h"
#include "ui/map/mapnodeitem.h"
#include "ui/map/mapprinter.h"
#include "ui/map/stakeholdermapscene.h"
#include "ui/map/stakeholdermapview.h"
#include "ui/messages.h"
#include "ui/settings.h"
#include "ui/stakeholderdialog.h"
#include "ui/touchpointdialog.h"

#include <QAction>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPageSetupDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QDir>
#include <QGuiApplication>
#include <QScreen>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace keyplan {

namespace {

// Buying layer or decision role a seat key names, for a person added to fill it.
void fillSeat(Stakeholder &person, const QString &seat)
{
    if (const std::optional<BuyingLayer> layer = buyingLayerFromKey(seat))
        person.layer = *layer;
    if (const std::optional<DecisionRole> role = decisionRoleFromKey(seat)) {
        person.role = *role;
        if (person.layer == BuyingLayer::Other)
            person.layer = *role == DecisionRole::EconomicBuyer ? BuyingLayer::EconomicBuyer
                                                                : BuyingLayer::UsersAndAdmins;
    }
}

QPageLayout savedPageLayout()
{
    QPageLayout layout = defaultMapPageLayout();
    const int size = settings::mapPageSize.get();
    if (size >= 0 && size <= int(QPageSize::LastPageSize))
        layout.setPageSize(QPageSize(QPageSize::PageSizeId(size)));
    layout.setOrientation(
        settings::mapPageOrientation.get() == 0 ? QPageLayout::Portrait : QPageLayout::Landscape);
    return layout;
}

} // namespace

QAction *StakeholderMapPage::createWideAction(QObject *parent)
{
    auto *wide = new QAction(tr("Wi&de Map"), parent);
    wide->setIconText(tr("Wide"));
    wide->setObjectName(QStringLiteral("wideMap"));
    wide->setCheckable(true);
    wide->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    wide->setToolTip(
        tr("Give the map the whole window; the portfolio list steps aside until you uncheck this (%1)")
            .arg(wide->shortcut().toString(QKeySequence::NativeText)));
    return wide;
}

StakeholderMapPage::StakeholderMapPage(QWidget *parent, QAction *wide)
    : QWidget(parent)
    , m_coverage(new QLabel(this))
    , m_tools(new QToolBar(this))
    , m_view(new StakeholderMapView(this))
    , m_scene(new StakeholderMapScene(true, this))
    , m_legend(new MapLegendWidget(this))
    , m_zoom(new QLabel(this))
    , m_pageLayout(savedPageLayout())
{
    m_coverage->setTextFormat(Qt::PlainText);
    m_coverage->setWordWrap(true);
    m_view->setMapScene(m_scene);
    m_tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_tools->setIconSize(QSize(16, 16));

    m_addPerson = m_tools->addAction(tr("Add Person…"), this, [this] { addPerson(QString(), std::nullopt); });
    m_addPerson->setToolTip(tr("Add a person at the customer to the map"));
    m_automaticLayout = m_tools->addAction(tr("Automatic Layout"), this, [this] {
        if (m_document && m_accountId)
            PeopleEditing::of(m_document)->restoreAutomaticLayout(m_accountId);
    });
    m_automaticLayout->setToolTip(tr("Put everyone you moved back where the automatic layout places them"));
    m_tools->addSeparator();
    m_zoomOut = m_tools->addAction(tr("−"), this, [this] { m_view->zoomBy(1 / 1.25); });
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+−)"));
    m_tools->addWidget(m_zoom);
    m_zoomIn = m_tools->addAction(tr("+"), this, [this] { m_view->zoomBy(1.25); });
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl++)"));
    m_fit = m_tools->addAction(tr("Fit"), m_view, &StakeholderMapView::fitMap);
    m_fit->setToolTip(tr("Fit the whole map in the window (Ctrl+0)"));
    // Also in the View menu, where its shortcut works from every tab.
    m_wide = wide ? wide : createWideAction(this);
    m_tools->addAction(m_wide);
    connect(m_wide, &QAction::toggled, this, [this](bool on) {
        m_view->requestFit(true);
        Q_EMIT wideRequested(on);
    });
    // The legend takes a small screen's room from the map: it is one click (and remembered) away.
    auto *legend = m_tools->addAction(tr("Legend"));
    legend->setObjectName(QStringLiteral("mapLegend"));
    legend->setCheckable(true);
    legend->setToolTip(tr("Show what the colours, badges and lines of the map mean"));
    const int legendShown = settings::mapLegend.get();
    const QScreen *screen = QGuiApplication::primaryScreen();
    legend->setChecked(legendShown >= 0 ? legendShown == 1 : !screen || screen->availableGeometry().height() >= 800);
    m_legend->setVisible(legend->isChecked());
    connect(legend, &QAction::toggled, this, [this](bool shown) {
        m_legend->setVisible(shown);
        settings::mapLegend.set(shown ? 1 : 0);
    });
    m_tools->addSeparator();
    m_print = m_tools->addAction(tr("Print…"), this, &StakeholderMapPage::print);
    m_print->setToolTip(tr("Print the map, with a preview"));
    m_pageSetup = new QAction(tr("Page Setup…"), this);
    connect(m_pageSetup, &QAction::triggered, this, &StakeholderMapPage::pageSetup);
    m_export = m_tools->addAction(tr("Export…"), this, &StakeholderMapPage::exportToFile);
    m_export->setToolTip(tr("Save the map as PDF, SVG or PNG, as it prints"));
    m_tools->addAction(m_pageSetup);
    // On a narrow window the last tools go behind the toolbar's "»" button.
    if (auto *more = m_tools->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More map tools"));
    m_zoom->setMinimumWidth(QFontMetrics(m_zoom->font()).horizontalAdvance(QStringLiteral("300%")) + 8);
    m_zoom->setAlignment(Qt::AlignCenter);

    // One line, so the map keeps the room on a small screen; the whole of it in its tooltip.
    auto *hint = new ElidedLabel(this);
    hint->setFullText(tr("Drag to move people · Shift+drag from one person to another to connect them · "
                         "double-click to edit · right-click for more"));
    hint->setToolTip(hint->fullText());
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_coverage);
    layout->addWidget(m_tools);
    layout->addWidget(m_view, 1);
    layout->addWidget(hint);
    layout->addWidget(m_legend);

    connect(m_view, &StakeholderMapView::zoomChanged, this,
        [this](qreal zoom) { m_zoom->setText(QLocale().toString(qRound(zoom * 100)) + QLatin1Char('%')); });
    connect(m_view, &StakeholderMapView::activated, this, &StakeholderMapPage::editNode);
    connect(m_view, &StakeholderMapView::removeRequested, this, &StakeholderMapPage::removeNode);
    connect(m_view, &StakeholderMapView::connectRequested, this, &StakeholderMapPage::askHowToConnect);
    connect(m_view, &StakeholderMapView::contextMenuRequested, this,
        [this](QGraphicsItem *item, const QPointF &, const QPoint &globalPos) {
            showContextMenu(item, globalPos);
        });
    connect(
        m_scene, &StakeholderMapScene::nodesMoved, this, [this](const QHash<StakeholderId, QPointF> &moved) {
            if (!m_document)
                return;
            QHash<StakeholderId, std::optional<QPointF>> positions;
            QHash<StakeholderId, std::optional<QPointF>> shown; // where the map had them before the drag
            for (auto it = moved.cbegin(); it != moved.cend(); ++it) {
                positions.insert(it.key(), it.value());
                if (const Stakeholder *person = m_scene->map().person(it.key()))
                    shown.insert(it.key(), person->mapPosition);
            }
            PeopleEditing::of(m_document)->moveOnMap(m_accountId, positions, shown);
        });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        if (m_refreshing)
            return;
        const QList<QGraphicsItem *> selected = m_scene->selectedItems();
        if (selected.size() == 1 && selected.constFirst()->type() == MapNodeItem::Type) {
            const StakeholderId id = static_cast<MapNodeItem *>(selected.constFirst())->stakeholderId();
            if (id > 0)
                Q_EMIT personSelected(id);
        }
    });
    m_view->setZoom(1.0);
    setEnabled(false);
}

StakeholderMapPage::~StakeholderMapPage()
{
    // The scene's items go before the scene: no selection news for a page half torn down.
    disconnect(m_scene, nullptr, this, nullptr);
}

void StakeholderMapPage::setDocument(PlanDocument *document, StakeholderModel *model)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_document = document;
    m_model = model;
    if (document) {
        // The map is a second view of the People table's model: it redraws when the model does.
        connect(model, &QAbstractItemModel::modelReset, this, &StakeholderMapPage::refresh);
        connect(model, &QAbstractItemModel::rowsInserted, this, &StakeholderMapPage::refresh);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &StakeholderMapPage::refresh);
        connect(model, &QAbstractItemModel::rowsMoved, this, &StakeholderMapPage::refresh);
        connect(model, &QAbstractItemModel::dataChanged, this, &StakeholderMapPage::refresh);
        auto ifShown = [this](AccountId id) {
            if (id == m_accountId)
                refresh();
        };
        connect(document, &PlanDocument::mapPositionsChanged, this, ifShown);
        connect(document, &PlanDocument::stakeholderLinksChanged, this, ifShown);
        connect(document, &PlanDocument::periodChanged, this, &StakeholderMapPage::refresh);
        connect(document, &PlanDocument::coverageSettingsChanged, this, &StakeholderMapPage::refresh);
    }
    setAccount(0);
}

void StakeholderMapPage::setAccount(AccountId id)
{
    const bool changed = id != m_accountId;
    m_accountId = id;
    if (m_model && m_model->account() != id)
        m_model->setAccount(id); // shared with the People table, which may have set it already
    setEnabled(m_document && id > 0);
    m_fitAfterRefresh = m_fitAfterRefresh || changed;
    refresh();
}

void StakeholderMapPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void StakeholderMapPage::refresh()
{
    // Another tab is in front: draw the map when it is shown, not now.
    m_stale = !isVisible();
    if (m_stale)
        return;
    if (!m_document || m_accountId == 0) {
        m_scene->setMap(StakeholderMapData {});
        m_coverage->clear();
        updateActions();
        return;
    }
    // Keep what the user looks at and what they selected across the redraw.
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    QList<StakeholderId> selected;
    const QList<QGraphicsItem *> items = m_scene->selectedItems();
    for (QGraphicsItem *item : items) {
        if (item->type() == MapNodeItem::Type)
            selected.append(static_cast<MapNodeItem *>(item)->stakeholderId());
    }
    m_refreshing = true;
    const StakeholderMapData map = m_document->stakeholderMap(m_accountId);
    m_scene->setMap(map);
    const bool editable = !m_document->isReadOnly();
    const QList<MapNodeItem *> nodes = m_scene->nodeItems();
    for (MapNodeItem *node : nodes) {
        node->setFlag(QGraphicsItem::ItemIsMovable, editable && !node->isSeat());
        if (node->stakeholderId() > 0 && selected.contains(node->stakeholderId()))
            node->setSelected(true);
    }
    m_refreshing = false;
    m_view->centerOn(centre);
    if (m_fitAfterRefresh) { // another account: show all of its map
        m_fitAfterRefresh = false;
        m_view->requestFit();
    }
    m_coverage->setText(coverageSummary(map.coverage, map.settings));
    updateActions();
}

void StakeholderMapPage::updateActions()
{
    const bool shown = m_document && m_accountId > 0;
    const bool editable = shown && !m_document->isReadOnly();
    m_addPerson->setEnabled(editable);
    bool anyPlaced = false;
    for (const Stakeholder &person : m_scene->map().people)
        anyPlaced = anyPlaced || person.mapPosition.has_value();
    m_automaticLayout->setEnabled(editable && anyPlaced);
    m_print->setEnabled(shown);
    m_export->setEnabled(shown);
}

void StakeholderMapPage::selectPerson(StakeholderId id)
{
    MapNodeItem *node = m_scene->node(id);
    if (!node || node->isSelected())
        return;
    m_refreshing = true;
    m_view->selectNode(node);
    m_refreshing = false;
}

void StakeholderMapPage::editNode(MapNodeItem *node)
{
    if (!m_document || !node)
        return;
    if (node->isSeat()) {
        addPerson(node->seat(), std::nullopt);
        return;
    }
    const Stakeholder *shown = m_scene->map().person(node->stakeholderId());
    if (!shown)
        return;
    const Stakeholder person = *shown; // the map is read again after each write below
    const auto signal = m_scene->map().mayHaveLeft.constFind(person.id);
    StakeholderDialog dialog(person, m_scene->map().people, m_document->team(), this,
        signal == m_scene->map().mayHaveLeft.cend() ? std::nullopt : std::optional<PersonSignal>(*signal));
    if (m_document->isReadOnly())
        dialog.setEnabled(false);
    if (dialog.exec() != QDialog::Accepted || m_document->isReadOnly())
        return;
    const Stakeholder edited = dialog.stakeholder();
    const bool settles = dialog.settlesSignal();
    if (settles && edited == person) {
        PersonSignalEditing::stillThere(m_document, person.id);
        return;
    }
    QUndoStack *stack = m_document->undoStack();
    const bool macro = settles || edited.reportsTo != person.reportsTo;
    if (macro)
        stack->beginMacro(settles && edited.hasLeft() && !person.hasLeft() ? tr("%1 has left").arg(person.name)
                                                                         : tr("Edit %1").arg(person.name));
    // Reporting lines are checked for cycles; the rest is one ordinary edit.
    Stakeholder rest = edited;
    rest.reportsTo = person.reportsTo;
    PeopleEditing::of(m_document)->editStakeholder(rest);
    if (edited.reportsTo != person.reportsTo)
        PeopleEditing::of(m_document)->setReportsTo(person.id, edited.reportsTo);
    if (settles)
        PersonSignalEditing::settle(m_document, person.id, tr("Settle whether %1 has left").arg(person.name));
    if (macro)
        stack->endMacro();
}

void StakeholderMapPage::addPerson(const QString &seat, std::optional<StakeholderId> manager)
{
    if (!m_document || m_accountId == 0 || m_document->isReadOnly())
        return;
    Stakeholder person;
    person.accountId = m_accountId;
    person.reportsTo = manager;
    if (!seat.isEmpty())
        fillSeat(person, seat);
    StakeholderDialog dialog(person, m_scene->map().people, m_document->team(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Whoever fills an empty seat takes its place on the map; everyone else stays put.
    const MapNodeItem *seatNode = seat.isEmpty() ? nullptr : m_scene->seatNode(seat);
    MapEditing::addPerson(m_document, dialog.stakeholder(),
        seatNode ? std::optional<QPointF>(seatNode->pos()) : std::nullopt);
}

void StakeholderMapPage::removeNode(MapNodeItem *node)
{
    if (!m_document || !node || node->isSeat())
        return;
    // Over the person as the map shows them.
    const int row = m_model ? m_model->rowOf(node->stakeholderId()) : -1;
    const QString name = row >= 0 ? m_model->index(row, StakeholderModel::Name).data().toString() : QString();
    if (!confirmRemoval(this, tr("Remove Person"),
            tr("Remove %1 from the map, with their touchpoints and links?").arg(name), QString(), tr("Remove")))
        return;
    MapEditing::removePerson(m_document, node->stakeholderId(),
        row >= 0 ? std::optional<qint64>(m_model->index(row, 0).data(RowVersionRole).toLongLong()) : std::nullopt);
}

void StakeholderMapPage::makeReport(StakeholderId person, StakeholderId manager)
{
    if (m_document)
        PeopleEditing::of(m_document)->setReportsTo(person, manager);
}

void StakeholderMapPage::connectPeople(
    StakeholderId from, StakeholderId to, LinkKind kind, const QString &label)
{
    if (!m_document)
        return;
    StakeholderLink link;
    link.accountId = m_accountId;
    link.from = from;
    link.to = to;
    link.kind = kind;
    link.label = label;
    PeopleEditing::of(m_document)->addStakeholderLink(link);
}

void StakeholderMapPage::askHowToConnect(StakeholderId from, StakeholderId to)
{
    const Stakeholder *a = m_scene->map().person(from);
    const Stakeholder *b = m_scene->map().person(to);
    if (!m_document || !a || !b || m_document->isReadOnly())
        return;
    QMenu menu(this);
    QAction *reports = menu.addAction(menuText(tr("%1 Reports to %2").arg(a->name, b->name)));
    QAction *dotted = menu.addAction(menuText(tr("%1 Has a Dotted-Line Report to %2").arg(a->name, b->name)));
    QAction *influences = menu.addAction(menuText(tr("%1 Influences %2…").arg(a->name, b->name)));
    menu.addSeparator();
    menu.addAction(tr("Cancel"));
    QAction *chosen = menu.exec(QCursor::pos());
    if (chosen == reports) {
        makeReport(from, to);
    } else if (chosen == dotted) {
        connectPeople(from, to, LinkKind::DottedLine, QString());
    } else if (chosen == influences) {
        bool ok = false;
        const QString label = QInputDialog::getText(this, tr("Influence"),
            tr("How does %1 influence %2? (a few words, optional)").arg(a->name, b->name), QLineEdit::Normal,
            QString(), &ok);
        if (ok)
            connectPeople(from, to, LinkKind::Influence, label);
    }
}

void StakeholderMapPage::showContextMenu(QGraphicsItem *item, const QPoint &globalPos)
{
    if (!m_document || m_accountId == 0)
        return;
    const bool editable = !m_document->isReadOnly();
    QMenu menu(this);
    if (item && item->type() == MapNodeItem::Type) {
        auto *node = static_cast<MapNodeItem *>(item);
        if (node->isSeat()) {
            menu.addAction(tr("Add the Person Who Holds This Seat…"), this, [this, node] { editNode(node); })
                ->setEnabled(editable);
        } else {
            const Stakeholder *person = m_scene->map().person(node->stakeholderId());
            const StakeholderId id = node->stakeholderId();
            menu.addAction(tr("Edit…"), this, [this, node] { editNode(node); });
            if (person && !person->hasLeft() && m_scene->map().mayHaveLeft.contains(id)) {
                // The question an import raised, answered without opening the dialog.
                menu.addAction(tr("Still with the Account"), this,
                        [this, id] { PersonSignalEditing::stillThere(m_document, id); })
                    ->setEnabled(editable);
            }
            if (person && !person->hasLeft())
                menu.addAction(tr("Record Touchpoint…"), this,
                        [this, id] { TouchpointDialog::record(m_document, m_accountId, id, this); })
                    ->setEnabled(editable);
            menu.addAction(tr("Add Direct Report…"), this, [this, id] { addPerson(QString(), id); })
                ->setEnabled(editable);
            menu.addAction(tr("Connect to…"), this, [this, node] { m_view->startConnecting(node); })
                ->setEnabled(editable);
            if (person && person->reportsTo) {
                menu.addAction(tr("Remove Reporting Line"), this,
                        [this, id] { PeopleEditing::of(m_document)->setReportsTo(id, std::nullopt); })
                    ->setEnabled(editable);
            }
            if (person && person->mapPosition) {
                menu.addAction(tr("Back to Automatic Position"), this,
                        [this, id, shown = person->mapPosition] {
                            PeopleEditing::of(m_document)->moveOnMap(m_accountId, {{id, std::nullopt}}, {{id, shown}});
                        })
                    ->setEnabled(editable);
            }
            menu.addSeparator();
            menu.addAction(tr("Remove Person"), this, [this, node] { removeNode(node); })
                ->setEnabled(editable);
        }
    } else if (item && item->type() == MapEdgeItem::Type) {
        auto *edge = static_cast<MapEdgeItem *>(item);
        if (const std::optional<StakeholderLink> link = edge->link()) {
            menu.addAction(link->kind == LinkKind::DottedLine ? tr("Remove Dotted-Line Report")
                                                              : tr("Remove Influence Link"),
                    this, [this, link] { PeopleEditing::of(m_document)->removeStakeholderLink(*link); })
                ->setEnabled(editable);
        } else {
            const StakeholderId report = edge->to()->stakeholderId();
            menu.addAction(tr("Remove Reporting Line"), this,
                    [this, report] { PeopleEditing::of(m_document)->setReportsTo(report, std::nullopt); })
                ->setEnabled(editable);
        }
    } else {
        menu.addAction(m_addPerson);
        menu.addAction(m_automaticLayout);
        menu.addAction(m_fit);
        menu.addSeparator();
        menu.addAction(m_print);
        menu.addAction(m_export);
    }
    menu.exec(globalPos);
}

void StakeholderMapPage::rememberPageLayout(const QPageLayout &layout)
{
    m_pageLayout = layout;
    settings::mapPageSize.set(int(layout.pageSize().id()));
    settings::mapPageOrientation.set(layout.orientation() == QPageLayout::Portrait ? 0 : 1);
}

void StakeholderMapPage::print()
{
    if (!m_document || m_accountId == 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(m_pageLayout);
    printer.setDocName(tr("%1: stakeholder map").arg(m_scene->map().accountName));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print Stakeholder Map"));
    const StakeholderMapData map = m_scene->map();
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, map](QPrinter *target) {
        QString error;
        if (!paintMapPages(target, map, &error))
            showWarning(this, tr("Print Stakeholder Map"), error);
    });
    preview.exec();
    rememberPageLayout(printer.pageLayout());
}

void StakeholderMapPage::pageSetup()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(m_pageLayout);
    QPageSetupDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        rememberPageLayout(printer.pageLayout());
}

void StakeholderMapPage::exportToFile()
{
    if (!m_document || m_accountId == 0)
        return;
    const QString pdf = tr("PDF document (*.pdf)");
    const QString svg = tr("SVG drawing (*.svg)");
    const QString png = tr("PNG image (*.png)");
    QString name = m_scene->map().accountName;
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    const QString suggested = settings::lastFolder.get() + QLatin1Char('/')
        + tr("%1 stakeholder map").arg(name) + QStringLiteral(".pdf");
    QString filter = pdf;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Stakeholder Map"), suggested,
        QStringList {pdf, svg, png}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("svg") && suffix != QLatin1String("png"))
        path += filter == svg ? QStringLiteral(".svg")
            : filter == png   ? QStringLiteral(".png")
                              : QStringLiteral(".pdf");
    QString error;
    if (!exportMap(m_document->stakeholderMap(m_accountId), path, m_pageLayout, &error))
        showWarning(this, tr("Export Stakeholder Map"), error);
    else
        announce(this, tr("Stakeholder map exported to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace keyplan
