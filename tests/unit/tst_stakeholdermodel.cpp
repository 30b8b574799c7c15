#include "item/itemroles.h"
#include "item/plandocument.h"
#include "item/stakeholdermodel.h"
#include "item/touchpointmodel.h"
#include "item/peopleediting.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace keyplan;

class TestStakeholderModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheAccountsPeople();
    void editsWriteThroughUndoably();
    void invalidEditsAreRefused();
    void addAndRemove_restoreEverythingOnUndo();
    void touchpointsAndReviews_moveCoverageUndoably();
    void touchpointModel_listsTheHistoryAndRemovesUndoably();
    void changes_arriveRowByRow_keepingTheSelectionAndOtherCells();

private:
    int rowNamed(const QString &name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;
    StakeholderModel *m_model = nullptr;
    AccountId m_kestrel = 0;
};

void TestStakeholderModel::init()
{
    const QString path
        = test::newPlanLocation(m_dir, QStringLiteral("m%1.keyplan").arg(QRandomGenerator::global()->generate()));
    QVERIFY(test::writeSamplePlan(path));
    m_document = test::openDocument(path);
    QVERIFY(m_document);
    m_document->setAsOf(test::sampleAsOf);
    for (const Account &account : m_document->accounts()) {
        if (account.name == u"Kestrel Aviation Services")
            m_kestrel = account.id;
    }
    m_model = new StakeholderModel(m_document.get(), m_document.get());
    m_model->setAccount(m_kestrel);
}

void TestStakeholderModel::cleanup()
{
    m_document.reset();
    m_model = nullptr;
}

int TestStakeholderModel::rowNamed(const QString &name) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, StakeholderModel::Name).data().toString() == name)
            return row;
    }
    return -1;
}

void TestStakeholderModel::showsTheAccountsPeople()
{
    QAbstractItemModelTester tester(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(m_model->rowCount(), 9);
    const int helen = rowNamed("Helen Marsh");
    QVERIFY(helen >= 0);
    QCOMPARE(m_model->index(helen, StakeholderModel::Role).data().toString(), QStringLiteral("Champion"));
    QCOMPARE(
        m_model->index(helen, StakeholderModel::ReportsTo).data().toString(), QStringLiteral("Martin Cole"));
    QCOMPARE(m_model->index(helen, StakeholderModel::OurOwner).data().toString(),
        QStringLiteral("Sofia Lindqvist"));
    QCOMPARE(m_model->index(helen, StakeholderModel::LastContact).data().toString(),
        QStringLiteral("30 days ago"));
    QVERIFY(m_model->index(helen, StakeholderModel::Name).data(Qt::ForegroundRole).isValid()); // left: greyed
    QVERIFY(!m_model->index(helen, StakeholderModel::Left).data().toString().isEmpty());
    const int interim = rowNamed("Rob Ashworth (interim)");
    QCOMPARE(interim, -1);
    QCOMPARE(m_model->index(rowNamed("Rob Ashworth"), StakeholderModel::LastContact).data().toString(),
        QStringLiteral("never"));
    QVERIFY(!(m_model->flags(m_model->index(0, StakeholderModel::LastContact)) & Qt::ItemIsEditable));
    m_model->setAccount(0);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestStakeholderModel::editsWriteThroughUndoably()
{
    QAbstractItemModelTester tester(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int rob = rowNamed("Rob Ashworth");
    const StakeholderId id = m_model->stakeholderIdAt(rob);
    QSignalSpy accountChanged(m_document.get(), &PlanDocument::accountChanged);
    QVERIFY(m_model->setData(m_model->index(rob, StakeholderModel::Relationship), QStringLiteral("warm")));
    QCOMPARE(m_document->stakeholder(id)->relationship, Relationship::Warm);
    QCOMPARE(accountChanged.count(), 1); // the portfolio's coverage follows
    QVERIFY(m_model->setData(
        m_model->index(rowNamed("Rob Ashworth"), StakeholderModel::Role), QStringLiteral("champion")));
    QCOMPARE(m_document->stakeholder(id)->role, DecisionRole::Champion);
    QCOMPARE(m_document->undoStack()->count(), 2);
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(m_document->stakeholder(id)->relationship, Relationship::None);
    QCOMPARE(m_document->stakeholder(id)->role, DecisionRole::DecisionMaker);
    m_document->undoStack()->redo();
    QCOMPARE(m_model->index(rowNamed("Rob Ashworth"), StakeholderModel::Relationship).data().toString(),
        QStringLiteral("Warm"));
}

void TestStakeholderModel::invalidEditsAreRefused()
{
    const int rob = rowNamed("Rob Ashworth");
    const StakeholderId id = m_model->stakeholderIdAt(rob);
    QVERIFY(!m_model->setData(m_model->index(rob, StakeholderModel::Name), QStringLiteral("  ")));
    QVERIFY(!m_model->setData(m_model->index(rob, StakeholderModel::Layer), QStringLiteral("board")));
    QVERIFY(!m_model->setData(m_model->index(rob, StakeholderModel::ReportsTo), id)); // not their own manager
    QVERIFY(!m_model->setData(m_model->index(rob, StakeholderModel::LastContact), QDate(2026, 1, 1)));
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestStakeholderModel::addAndRemove_restoreEverythingOnUndo()
{
    QAbstractItemModelTester tester(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Stakeholder newcomer;
    newcomer.accountId = m_kestrel;
    newcomer.name = QStringLiteral("<b>New</b> Head of Ops & Co");
    newcomer.layer = BuyingLayer::UsersAndAdmins;
    PeopleEditing::of(m_document.get())->addStakeholder(newcomer);
    QCOMPARE(m_model->rowCount(), 10);
    QVERIFY(rowNamed("<b>New</b> Head of Ops & Co") >= 0); // stored and shown literally
    m_document->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), 9);

    // Martin Cole manages three people, was in a meeting, and has links pointing at his reports.
    const StakeholderId martin = m_model->stakeholderIdAt(rowNamed("Martin Cole"));
    const AccountRecord before = m_document->accountRecord(m_kestrel);
    PeopleEditing::of(m_document.get())->removeStakeholder(martin);
    QCOMPARE(m_model->rowCount(), 8);
    QVERIFY(m_model->index(rowNamed("Helen Marsh"), StakeholderModel::ReportsTo).data().toString().isEmpty());
    m_document->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), 9);
    QCOMPARE(m_model->index(rowNamed("Helen Marsh"), StakeholderModel::ReportsTo).data().toString(),
        QStringLiteral("Martin Cole"));
    const AccountRecord after = m_document->accountRecord(m_kestrel);
    QCOMPARE(after.links.size(), before.links.size());
    QCOMPARE(after.touchpoints.size(), before.touchpoints.size());
    for (qsizetype i = 0; i < before.touchpoints.size(); ++i)
        QCOMPARE(after.touchpoints.at(i).stakeholders, before.touchpoints.at(i).stakeholders);
    m_document->undoStack()->redo();
    QCOMPARE(m_model->rowCount(), 8);
}

void TestStakeholderModel::touchpointsAndReviews_moveCoverageUndoably()
{
    QAbstractItemModelTester tester(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int rob = rowNamed("Rob Ashworth");
    const StakeholderId id = m_model->stakeholderIdAt(rob);
    QVERIFY(m_model->setData(m_model->index(rob, StakeholderModel::Relationship), QStringLiteral("warm")));
    QVERIFY(m_model->setData(m_model->index(rowNamed("Rob Ashworth"), StakeholderModel::OurOwner),
        m_document->team().constFirst().id));
    const double before = *m_document->coverage(m_kestrel).depth();
    Touchpoint call;
    call.accountId = m_kestrel;
    call.on = test::sampleAsOf;
    call.kind = TouchpointKind::Call;
    call.stakeholders = {id};
    PeopleEditing::of(m_document.get())->recordTouchpoint(call);
    QCOMPARE(m_model->index(rowNamed("Rob Ashworth"), StakeholderModel::LastContact).data().toString(),
        QStringLiteral("today"));
    QVERIFY(*m_document->coverage(m_kestrel).depth() > before); // a warm, owned, recent relationship now
    QCOMPARE(m_document->undoStack()->undoText(),
        QStringLiteral("Record call of %1").arg(QLocale().toString(test::sampleAsOf, QLocale::ShortFormat)));
    m_document->undoStack()->undo();
    QCOMPARE(m_model->index(rowNamed("Rob Ashworth"), StakeholderModel::LastContact).data().toString(),
        QStringLiteral("never"));
    QCOMPARE(*m_document->coverage(m_kestrel).depth(), before);

    AccountId oakridge = 0;
    for (const Account &account : m_document->accounts()) {
        if (account.name == u"Oakridge Academies Trust")
            oakridge = account.id;
    }
    QVERIFY(m_document->coverage(oakridge).stale);
    PeopleEditing::of(m_document.get())->markMapReviewed(oakridge, test::sampleAsOf, std::nullopt);
    QVERIFY(!m_document->coverage(oakridge).stale);
    QCOMPARE(*m_document->coverage(oakridge).daysSinceReview, 0);
    m_document->undoStack()->undo();
    QVERIFY(m_document->coverage(oakridge).stale);
    // A touchpoint needs someone to have met.
    Touchpoint nobody = call;
    nobody.stakeholders.clear();
    const int steps = m_document->undoStack()->count();
    PeopleEditing::of(m_document.get())->recordTouchpoint(nobody);
    QCOMPARE(m_document->undoStack()->count(), steps);
}

void TestStakeholderModel::touchpointModel_listsTheHistoryAndRemovesUndoably()
{
    TouchpointModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 0);
    model.setAccount(m_kestrel);
    const QList<Touchpoint> stored = m_document->touchpoints(m_kestrel);
    QVERIFY(stored.size() >= 2);
    QCOMPARE(model.rowCount(), stored.size());
    for (int row = 1; row < model.rowCount(); ++row) // newest first
        QVERIFY(model.index(row - 1, TouchpointModel::Date).data(RawValueRole).toDate()
            >= model.index(row, TouchpointModel::Date).data(RawValueRole).toDate());
    const Touchpoint newest = model.touchpointAt(0);
    QVERIFY(!model.index(0, TouchpointModel::People).data().toString().isEmpty());
    QCOMPARE(model.index(0, TouchpointModel::Kind).data().toString(), displayName(newest.kind));

    // Only one person's meetings.
    const StakeholderId someone = newest.stakeholders.constFirst();
    model.setPerson(someone);
    QVERIFY(model.rowCount() >= 1);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.touchpointAt(row).stakeholders.contains(someone));
    model.setPerson(std::nullopt);
    QCOMPARE(model.rowCount(), stored.size());

    // Removing a touchpoint moves last contact back; undo brings it back with its people.
    const QDate lastBefore = lastContacts(stored).value(someone);
    PeopleEditing::of(m_document.get())->removeTouchpoint(newest);
    QCOMPARE(model.rowCount(), stored.size() - 1);
    QCOMPARE(m_document->undoStack()->undoText().left(6), QStringLiteral("Remove"));
    QVERIFY(lastContacts(m_document->touchpoints(m_kestrel)).value(someone) <= lastBefore);
    m_document->undoStack()->undo();
    QCOMPARE(model.rowCount(), stored.size());
    QCOMPARE(model.touchpointAt(0).id, newest.id);
    QCOMPARE(model.touchpointAt(0).stakeholders, newest.stakeholders);
    QCOMPARE(lastContacts(m_document->touchpoints(m_kestrel)).value(someone), lastBefore);

    // Notes of several lines: one line in the row, all of them in the tooltip.
    Touchpoint noted = newest;
    noted.id = 0;
    noted.on = newest.on.addDays(1);
    noted.notes = QStringLiteral("Agreed the pilot scope.\nNext: <b>budget</b> sign-off");
    PeopleEditing::of(m_document.get())->recordTouchpoint(noted);
    QCOMPARE(model.index(0, TouchpointModel::Notes).data().toString(), QStringLiteral("Agreed the pilot scope. …"));
    const QString tip = model.index(0, TouchpointModel::Notes).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Next: &lt;b&gt;budget&lt;/b&gt; sign-off")), qPrintable(tip));
}

void TestStakeholderModel::changes_arriveRowByRow_keepingTheSelectionAndOtherCells()
{
    QAbstractItemModelTester tester(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QItemSelectionModel selection(m_model);
    const int helenRow = rowNamed(QStringLiteral("Helen Marsh"));
    QVERIFY(helenRow >= 0);
    const StakeholderId helen = m_model->stakeholderIdAt(helenRow);
    selection.setCurrentIndex(m_model->index(helenRow, StakeholderModel::Title), QItemSelectionModel::SelectCurrent);
    const auto selected = [&] { return selection.currentIndex().data(StakeholderIdRole).toLongLong(); };
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    const int people = m_model->rowCount();

    // Someone new on the map: one row in, Helen still the one selected.
    Stakeholder newcomer;
    newcomer.accountId = m_kestrel;
    newcomer.name = QStringLiteral("Aaron Abbott");
    PeopleEditing::of(m_document.get())->addStakeholder(newcomer);
    QCOMPARE(m_model->rowCount(), people + 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(selected(), helen);

    // Another person's department changes: only that cell is announced, so an editor open on
    // Helen's title (or on anyone's other cells) is left as typed.
    Stakeholder other;
    for (const Stakeholder &person : m_document->stakeholders(m_kestrel)) {
        if (person.id != helen && person.name != newcomer.name)
            other = person;
    }
    QVERIFY(other.id != 0);
    other.department = QStringLiteral("Procurement and Vendor Management");
    changed.clear();
    PeopleEditing::of(m_document.get())->editStakeholder(other);
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        const QModelIndex from = signal.at(0).toModelIndex();
        const QModelIndex to = signal.at(1).toModelIndex();
        QCOMPARE(from.row(), to.row());
        QCOMPARE(from.data(StakeholderIdRole).toLongLong(), other.id);
        QCOMPARE(from.column(), int(StakeholderModel::Department));
        QCOMPARE(to.column(), int(StakeholderModel::Department));
    }
    QCOMPARE(selected(), helen);

    // Both undone: the newcomer's row goes, Helen is still selected, and nothing was reset.
    m_document->undo();
    m_document->undo();
    QCOMPARE(m_model->rowCount(), people);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(selected(), helen);
    QCOMPARE(selection.currentIndex().column(), int(StakeholderModel::Title));
    QCOMPARE(resets.size(), 0);
}

QTEST_GUILESS_MAIN(TestStakeholderModel)
#include "tst_stakeholdermodel.moc"
