// Times the stakeholder map on a generated map of N people (300 by default): reading it, the
// automatic layout, building the scene, the first paint of the whole map in a window, the PDF
// export, and adding a person while everyone stays in place. Prints figures; never fails on time.
//
// Usage: keyplan_map_bench [--people N] [--runs R]
#include "benchstats.h"
#include "domain/maplayout.h"
#include "item/mapediting.h"
#include "item/plandocument.h"
#include "testsupport.h"
#include "ui/map/mapprinter.h"
#include "ui/map/mapstyle.h"
#include "ui/map/stakeholdermapscene.h"
#include "ui/map/stakeholdermapview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>

using namespace keyplan;

namespace {

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QApplication::arguments();
    int people = 300;
    int runs = 15;
    for (int i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == u"--people")
            people = arguments.at(i + 1).toInt();
        if (arguments.at(i) == u"--runs")
            runs = arguments.at(i + 1).toInt();
    }
    QTemporaryDir dir;
    const QString plan = dir.filePath(QStringLiteral("map.keyplan"));
    if (!test::writeSamplePlan(plan))
        return 1;
    // The first account gets the generated map, beside the sample's own maps.
    std::unique_ptr<PlanDocument> document = test::openDocument(plan);
    const AccountId account = document->accounts().constFirst().id;
    document.reset();
    if (!test::addSyntheticMap(plan, account, people))
        return 1;
    document = test::openDocument(plan);
    document->setAsOf(test::sampleAsOf);

    QList<double> read, layout, scene, paint, total, pdf, add;
    StakeholderMapView view;
    view.resize(1400, 900);
    view.show();
    QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    const QString pdfPath = dir.filePath(QStringLiteral("map.pdf"));
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const StakeholderMapData map = document->stakeholderMap(account);
        read.append(bench::msSince(timer));

        QList<MapLayoutNode> nodes;
        for (const Stakeholder &person : map.people)
            nodes.append({person.id, person.reportsTo});
        timer.restart();
        const MapLayout computed = layoutMap(nodes, {}, mapstyle::metrics());
        layout.append(bench::msSince(timer));
        Q_UNUSED(computed)

        // Layout and first paint, as the window does it: a fresh scene, fitted, painted.
        timer.restart();
        auto *mapScene = new StakeholderMapScene(true);
        mapScene->setMap(map);
        view.setMapScene(mapScene);
        view.fitMap();
        scene.append(bench::msSince(timer));
        QElapsedTimer painting;
        painting.start();
        frame.fill(Qt::white);
        QPainter painter(&frame);
        view.render(&painter);
        painter.end();
        paint.append(bench::msSince(painting));
        total.append(bench::msSince(timer));
        view.setMapScene(nullptr);
        delete mapScene;

        timer.restart();
        QString error;
        if (!exportMap(map, pdfPath, defaultMapPageLayout(), &error)) {
            std::fprintf(stderr, "PDF export failed: %s\n", qPrintable(error));
            return 1;
        }
        pdf.append(bench::msSince(timer));

        // A newcomer under the top person: everyone pinned where shown, a free spot, one write.
        Stakeholder newcomer;
        newcomer.accountId = account;
        newcomer.name = QStringLiteral("Bench Newcomer");
        newcomer.reportsTo = map.people.constFirst().id;
        timer.restart();
        MapEditing::addPerson(document.get(), newcomer);
        add.append(bench::msSince(timer));
        document->undoStack()->undo();
    }
    std::printf("Stakeholder map of %d people, median of %d runs:\n", people, runs);
    std::printf("  read the map from the plan      %8.2f ms\n", bench::median(read));
    std::printf("  automatic layout alone          %8.2f ms\n", bench::median(layout));
    std::printf("  layout and scene, fitted        %8.2f ms\n", bench::median(scene));
    std::printf("  first paint of the whole map    %8.2f ms\n", bench::median(paint));
    std::printf("  layout + first paint            %8.2f ms   (target 50 ms)\n", bench::median(total));
    std::printf("  PDF export                      %8.2f ms   (target 200 ms)\n", bench::median(pdf));
    std::printf("  add a person, nobody moves      %8.2f ms\n", bench::median(add));
    return 0;
}
