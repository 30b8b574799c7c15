#include "item/accountediting.h"
#include "item/itemroles.h"
#include "item/plandocument.h"
#include "item/portfoliofilterproxy.h"
#include "item/portfoliomodel.h"
#include "storage/plandatabase.h"
#include "item/revenueediting.h"
#include "io/portfolioreport.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace keyplan;

class TestPortfolioModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void model_passesTheModelTesterThroughEdits();
    void data_showsFormattedTextAndRawValues();
    void setData_writesThroughUndoably();
    void setData_refusesInvalidValues();
    void summary_matchesTheReportFigures();
    void proxy_filters_data();
    void proxy_filters();
    void proxy_sortsMoneyAsNumbers();
    void periodChange_recomputesRetention();
    void coverage_comesFromTheStakeholderMap();

private:
    int rowNamed(const QString &name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;
    PortfolioModel *m_model = nullptr;
};

void TestPortfolioModel::init()
{
    const QString path
        = test::newPlanLocation(m_dir, QStringLiteral("p%1.keyplan").arg(QRandomGenerator::global()->generate()));
    QVERIFY(test::writeSamplePlan(path));
    m_document = test::openDocument(path);
    QVERIFY(m_document);
    m_model = new PortfolioModel(m_document.get(), m_document.get());
}

void TestPortfolioModel::cleanup()
{
    m_document.reset();
    m_model = nullptr;
}

int TestPortfolioModel::rowNamed(const QString &name) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, PortfolioModel::Name).data().toString() == name)
            return row;
    }
    return -1;
}

void TestPortfolioModel::model_passesTheModelTesterThroughEdits()
{
    PortfolioFilterProxy proxy;
    proxy.setSourceModel(m_model);
    QAbstractItemModelTester tester(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.sort(PortfolioModel::Arr, Qt::DescendingOrder);
    QCOMPARE(m_model->rowCount(), 29);

    // Insert, edit, remove, undo all of it, and reset: the tester checks every signal.
    Account account;
    account.name = QStringLiteral("Zephyr Trains");
    account.arr = 5000000;
    account.stage = Stage::EarlyKam;
    AccountEditing::of(m_document.get())->addAccount(account, QStringLiteral("Won the tender"));
    QCOMPARE(m_model->rowCount(), 30);
    const int row = rowNamed(QStringLiteral("Zephyr Trains"));
    QVERIFY(row >= 0);
    QVERIFY(m_model->setData(m_model->index(row, PortfolioModel::Tier), QStringLiteral("strategic")));
    proxy.setSearchText(QStringLiteral("zephyr"));
    QCOMPARE(proxy.rowCount(), 1);
    AccountEditing::of(m_document.get())->removeAccount(m_model->accountIdAt(row));
    QCOMPARE(m_model->rowCount(), 29);
    QCOMPARE(proxy.rowCount(), 0);
    m_document->undoStack()->undo(); // brings it back
    QCOMPARE(proxy.rowCount(), 1);
    m_document->undoStack()->undo(); // tier
    m_document->undoStack()->undo(); // the account itself
    QCOMPARE(m_model->rowCount(), 29);
    m_document->undoStack()->redo();
    QCOMPARE(m_model->rowCount(), 30);
    m_model->reload();
    QCOMPARE(m_model->rowCount(), 30);
}

void TestPortfolioModel::data_showsFormattedTextAndRawValues()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
    const int row = rowNamed(QStringLiteral("Northgate Logistics"));
    QVERIFY(row >= 0);
    QCOMPARE(m_model->index(row, PortfolioModel::Arr).data().toString(), QStringLiteral("£24,000"));
    QCOMPARE(m_model->index(row, PortfolioModel::Arr).data(RawValueRole).toLongLong(), qint64(2400000));
    QCOMPARE(m_model->index(row, PortfolioModel::Nrr).data().toString(), QStringLiteral("250.0%"));
    QCOMPARE(m_model->index(row, PortfolioModel::Nrr).data(RawValueRole).toDouble(), 2.5);
    QCOMPARE(m_model->index(row, PortfolioModel::Stage).data().toString(), QStringLiteral("Mid KAM"));
    QCOMPARE(
        m_model->index(row, PortfolioModel::Stage).data(RawValueRole).toString(), QStringLiteral("mid_kam"));
    QCOMPARE(m_model->index(row, PortfolioModel::Owner).data().toString(), QStringLiteral("Tom Whitaker"));
    QCOMPARE(m_model->index(row, PortfolioModel::Key).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(m_model->headerData(PortfolioModel::Nrr, Qt::Horizontal).toString(), QStringLiteral("NRR"));
    // A new account has no revenue at the start of the period: no NRR rather than 0%.
    const int atlas = rowNamed(QStringLiteral("Atlas Facilities Management"));
    QVERIFY(!m_model->index(atlas, PortfolioModel::Nrr).data(RawValueRole).isValid());
    QVERIFY(m_model->index(atlas, PortfolioModel::Nrr).data().toString().isEmpty());
}

void TestPortfolioModel::setData_writesThroughUndoably()
{
    const int row = rowNamed(QStringLiteral("Lumen Hotels"));
    const AccountId id = m_model->accountIdAt(row);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(m_model->index(row, PortfolioModel::Tier), QStringLiteral("strategic")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_document->account(id)->tier, Tier::Strategic); // on disk now
    QVERIFY(
        m_model->setData(m_model->index(row, PortfolioModel::Key), int(Qt::Unchecked), Qt::CheckStateRole));
    QCOMPARE(m_document->account(id)->isKey, false);
    // ARR moves through a dated change (the Revenue tab, Details): the row follows it.
    RevenueEditing::of(m_document.get())
        ->recordChange({0, id, m_document->asOf(), ArrChangeKind::Upsell, 4550000, {}, std::nullopt, 1});
    QCOMPARE(m_model->index(row, PortfolioModel::Arr).data(RawValueRole).toLongLong(), qint64(4550000));
    QCOMPARE(m_document->undoStack()->count(), 3);
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(m_document->account(id)->arr, MinorUnits(4000000));
    QCOMPARE(m_document->account(id)->isKey, true);
    QCOMPARE(m_document->account(id)->tier, Tier::Standard);
    QCOMPARE(m_model->index(row, PortfolioModel::Arr).data(RawValueRole).toLongLong(), qint64(4000000));
    m_document->undoStack()->redo();
    m_document->undoStack()->redo();
    m_document->undoStack()->redo();
    QCOMPARE(m_model->index(row, PortfolioModel::Arr).data(RawValueRole).toLongLong(), qint64(4550000));
}

void TestPortfolioModel::setData_refusesInvalidValues()
{
    const int row = rowNamed(QStringLiteral("Lumen Hotels"));
    QVERIFY(!m_model->setData(m_model->index(row, PortfolioModel::Segment), QStringLiteral("galactic")));
    QVERIFY(!m_model->setData(m_model->index(row, PortfolioModel::Arr), qint64(-5)));
    QVERIFY(!m_model->setData(m_model->index(row, PortfolioModel::Arr), qint64(4550000))); // a dated change, not a cell
    QVERIFY(!(m_model->flags(m_model->index(row, PortfolioModel::Arr)) & Qt::ItemIsEditable));
    QVERIFY(!m_model->setData(m_model->index(row, PortfolioModel::Name), QStringLiteral("   ")));
    QVERIFY(!m_model->setData(m_model->index(row, PortfolioModel::Nrr), 2.0)); // computed, never typed
    QCOMPARE(m_document->undoStack()->count(), 0);
    QVERIFY(!(m_model->flags(m_model->index(row, PortfolioModel::Nrr)) & Qt::ItemIsEditable));
}

void TestPortfolioModel::summary_matchesTheReportFigures()
{
    m_document->setAsOf(test::sampleAsOf);
    const GroupRevenueFigures summary = m_model->revenueFigures().total;
    ReportOptions options;
    options.today = test::sampleAsOf;
    const PortfolioReport report = buildPortfolioReport(m_document->database().connection(), options).value();
    QCOMPARE(summary.accounts, 29);
    QCOMPARE(summary.keyAccounts, 25);
    QCOMPARE(summary.arr, report.revenue.total.arr);
    QCOMPARE(summary.nrr, report.revenue.total.nrr);
    QCOMPARE(summary.grr, report.revenue.total.grr);
    QCOMPARE(summary.bridge, report.revenue.total.bridge);
    QVERIFY(summary.nrr.has_value() && summary.grr.has_value());
    // Churn a large account: NRR and GRR drop, and the header hears about it.
    QSignalSpy summaryChanged(m_model, &PortfolioModel::summaryChanged);
    const AccountId meridian = m_model->accountIdAt(rowNamed(QStringLiteral("Meridian Retail Group")));
    const MinorUnits meridianArr = m_document->account(meridian)->arr;
    QCOMPARE(meridianArr, MinorUnits(53100000)); // £520,000, and the £11,000 cross-sell won 20 days ago
    RevenueEditing::of(m_document.get())
        ->recordChange({0, meridian, test::sampleAsOf, ArrChangeKind::Churn, 0, {}, std::nullopt, 1});
    QCOMPARE(summaryChanged.count(), 1);
    const GroupRevenueFigures after = m_model->revenueFigures().total;
    QVERIFY(*after.nrr < *summary.nrr);
    QVERIFY(*after.grr < *summary.grr);
    QCOMPARE(after.bridge->churn - summary.bridge->churn, meridianArr);
    QCOMPARE(*after.arr, *summary.arr - meridianArr);
}

void TestPortfolioModel::proxy_filters_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("tiers");
    QTest::addColumn<QStringList>("segments");
    QTest::addColumn<QStringList>("stages");
    QTest::addColumn<int>("keyFilter");
    QTest::addColumn<int>("expected");
    QTest::newRow("everything") << "" << QStringList() << QStringList() << QStringList() << 0 << 29;
    QTest::newRow("key only") << "" << QStringList() << QStringList() << QStringList() << 1 << 25;
    QTest::newRow("others only") << "" << QStringList() << QStringList() << QStringList() << 2 << 4;
    QTest::newRow("name or region") << "north" << QStringList() << QStringList() << QStringList() << 0 << 6;
    QTest::newRow("two words") << "north logistics" << QStringList() << QStringList() << QStringList() << 0
                               << 1;
    QTest::newRow("owner") << "tom whit" << QStringList() << QStringList() << QStringList() << 0 << 7;
    QTest::newRow("industry, any case")
        << "HEALTHCARE" << QStringList() << QStringList() << QStringList() << 0 << 3;
    QTest::newRow("strategic tier") << "" << QStringList {"strategic"} << QStringList() << QStringList() << 0
                                    << 6;
    QTest::newRow("two stages") << "" << QStringList() << QStringList()
                                << QStringList {"synergistic_kam", "uncoupling_kam"} << 0 << 4;
    QTest::newRow("smb key") << "" << QStringList() << QStringList {"smb"} << QStringList() << 1 << 4;
    QTest::newRow("nothing matches") << "zzz" << QStringList() << QStringList() << QStringList() << 0 << 0;
}

void TestPortfolioModel::proxy_filters()
{
    QFETCH(QString, search);
    QFETCH(QStringList, tiers);
    QFETCH(QStringList, segments);
    QFETCH(QStringList, stages);
    QFETCH(int, keyFilter);
    QFETCH(int, expected);
    PortfolioFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(m_model);
    proxy.setSearchText(search);
    proxy.setTiers(QSet<QString>(tiers.cbegin(), tiers.cend()));
    proxy.setSegments(QSet<QString>(segments.cbegin(), segments.cend()));
    proxy.setStages(QSet<QString>(stages.cbegin(), stages.cend()));
    proxy.setKeyFilter(PortfolioFilterProxy::KeyFilter(keyFilter));
    QCOMPARE(proxy.rowCount(), expected);
}

void TestPortfolioModel::proxy_sortsMoneyAsNumbers()
{
    PortfolioFilterProxy proxy;
    proxy.setSourceModel(m_model);
    proxy.sort(PortfolioModel::Arr, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, PortfolioModel::Name).data().toString(), QStringLiteral("Meridian Retail Group"));
    // Another currency sorts at its value in pounds: Atlas's $150,000 is £118,500.
    int atlas = -1;
    int quayside = -1;
    int kestrel = -1;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QString name = proxy.index(row, PortfolioModel::Name).data().toString();
        atlas = name == u"Atlas Facilities Management" ? row : atlas;
        quayside = name == u"Quayside Ports" ? row : quayside;
        kestrel = name == u"Kestrel Aviation Services" ? row : kestrel;
    }
    QVERIFY(atlas < quayside); // £118,500 above £112,000
    QVERIFY(kestrel < atlas); // £300,000 above $150,000
    // The header says so: each figure in its own currency, the order in pounds.
    const QString basis = m_model->headerData(PortfolioModel::Arr, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(basis.contains(QStringLiteral("own currency")) && basis.contains(QStringLiteral("GBP")), qPrintable(basis));
    QCOMPARE(proxy.index(atlas, PortfolioModel::Arr).data(RawValueRole).toLongLong(), qint64(11850000));
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const qint64 arr = proxy.index(row, PortfolioModel::Arr).data(RawValueRole).toLongLong();
        QVERIFY(arr <= previous);
        previous = arr;
    }
    // Stages sort in lifecycle order, with uncoupling last.
    proxy.sort(PortfolioModel::Stage, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, PortfolioModel::Stage).data(RawValueRole).toString(), QStringLiteral("pre_kam"));
    QCOMPARE(proxy.index(proxy.rowCount() - 1, PortfolioModel::Stage).data(RawValueRole).toString(),
        QStringLiteral("uncoupling_kam"));
    // Accounts with no NRR go last, whichever the direction.
    proxy.sort(PortfolioModel::Nrr, Qt::AscendingOrder);
    QVERIFY(!proxy.index(proxy.rowCount() - 1, PortfolioModel::Nrr).data(RawValueRole).isValid());
    QCOMPARE(proxy.index(0, PortfolioModel::Nrr).data(RawValueRole).toDouble(), 0.0); // the churned account
}

void TestPortfolioModel::periodChange_recomputesRetention()
{
    QAbstractItemModelTester tester(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int row = rowNamed(QStringLiteral("Northgate Logistics"));
    QCOMPARE(m_model->index(row, PortfolioModel::Nrr).data(RawValueRole).toDouble(), 2.5);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_document->setPeriod(ReportingPeriod::custom(QDate(2025, 4, 2), QDate(2026, 4, 1))); // 9,600 → 14,400
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->index(rowNamed(QStringLiteral("Northgate Logistics")), PortfolioModel::Nrr)
                 .data(RawValueRole)
                 .toDouble(),
        1.5);
}

void TestPortfolioModel::coverage_comesFromTheStakeholderMap()
{
    QAbstractItemModelTester tester(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_document->setAsOf(test::sampleAsOf);
    const QModelIndex oakridge
        = m_model->index(rowNamed("Oakridge Academies Trust"), PortfolioModel::Coverage);
    QCOMPARE(oakridge.data().toString(), QStringLiteral("25%"));
    QCOMPARE(oakridge.data(RawValueRole).toDouble(), 0.25);
    QVERIFY(oakridge.data(Qt::ToolTipRole).toString().contains("Single-threaded"));
    QVERIFY(oakridge.data(Qt::ForegroundRole).isValid()); // below target: shown as a warning
    const QModelIndex kestrel
        = m_model->index(rowNamed("Kestrel Aviation Services"), PortfolioModel::Coverage);
    QVERIFY(kestrel.data(Qt::ToolTipRole).toString().contains("Empty seats: Champion"));
    const QModelIndex albion = m_model->index(rowNamed("Albion Health NHS Trust"), PortfolioModel::Coverage);
    QCOMPARE(albion.data().toString(), QStringLiteral("90%"));
    QVERIFY(!albion.data(Qt::ForegroundRole).isValid());
    const QModelIndex noMap = m_model->index(rowNamed("Penrose Architects"), PortfolioModel::Coverage);
    QCOMPARE(noMap.data().toString(), QStringLiteral("–"));
    QVERIFY(noMap.data(Qt::ToolTipRole).toString().contains("Nobody from the buying group"));
    QVERIFY(!noMap.data(RawValueRole).isValid());
    // Half a year on with no contact, nobody is active any more.
    m_document->setAsOf(test::sampleAsOf.addMonths(6));
    QCOMPARE(m_model->index(rowNamed("Albion Health NHS Trust"), PortfolioModel::Coverage)
                 .data(RawValueRole)
                 .toDouble(),
        0.0);
}

QTEST_GUILESS_MAIN(TestPortfolioModel)
#include "tst_portfoliomodel.moc"
