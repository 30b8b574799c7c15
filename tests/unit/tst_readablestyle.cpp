// The style Keyplan dresses Fusion in: in a dark palette an unticked checkbox or radio button and
// the toolbar's overflow arrow stand out from what they sit on (3:1, WCAG's bar for controls); in
// a light palette nothing differs from Fusion; a desktop's own style is left alone.
#include "tour/palettes.h"
#include "tour/screenchecks.h"
#include "ui/style/readablestyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QImage>
#include <QPainter>
#include <QRadioButton>
#include <QStyleFactory>
#include <QStyleOptionButton>
#include <QtTest>

#include <memory>

using namespace keyplan;

class TestReadableStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void darkPalette_untickedIndicatorsStandOut_data();
    void darkPalette_untickedIndicatorsStandOut();
    void lightPalette_drawsWhatFusionDraws();
    void darkPalette_toolbarOverflowStandsOut();
    void install_wrapsFusionOnly();
};

namespace {

// The strongest contrast any pixel of `area` in `image` has against `background`.
double strongestContrast(const QImage &image, const QRect &area, const QColor &background)
{
    double strongest = 1;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (image.valid(x, y))
                strongest = std::max(strongest, test::contrastRatio(image.pixelColor(x, y), background));
        }
    }
    return strongest;
}

// An unticked box or radio button of `style` in `palette`: its picture, and where its indicator is.
std::pair<QImage, QRect> untickedIndicator(QStyle *style, const QPalette &palette, bool radio)
{
    std::unique_ptr<QAbstractButton> button;
    if (radio)
        button = std::make_unique<QRadioButton>(QStringLiteral("Cold"));
    else
        button = std::make_unique<QCheckBox>(QStringLiteral("Still with the account"));
    button->setStyle(style);
    button->setPalette(palette);
    button->setAutoExclusive(false);
    button->setChecked(false);
    button->resize(button->sizeHint());
    QStyleOptionButton option;
    option.initFrom(button.get());
    const QRect indicator = style->subElementRect(radio ? QStyle::SE_RadioButtonIndicator : QStyle::SE_CheckBoxIndicator,
        &option, button.get());
    return {button->grab().toImage(), indicator};
}

} // namespace

void TestReadableStyle::darkPalette_untickedIndicatorsStandOut_data()
{
    QTest::addColumn<bool>("radio");
    QTest::newRow("checkbox") << false;
    QTest::newRow("radio button") << true;
}

void TestReadableStyle::darkPalette_untickedIndicatorsStandOut()
{
    QFETCH(bool, radio);
    ReadableStyle style;
    const QPalette dark = test::darkPalette();
    const auto [image, indicator] = untickedIndicator(&style, dark, radio);
    QVERIFY(!indicator.isEmpty());
    // The indicator's outline against the field it encloses and the window around it.
    const double onField = strongestContrast(image, indicator, dark.color(QPalette::Base));
    const double onWindow = strongestContrast(image, indicator, dark.color(QPalette::Window));
    QVERIFY2(onField >= 3.0, qPrintable(QString::number(onField)));
    QVERIFY2(onWindow >= 3.0, qPrintable(QString::number(onWindow)));
}

void TestReadableStyle::lightPalette_drawsWhatFusionDraws()
{
    ReadableStyle readable;
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette light = fusion->standardPalette();
    for (const bool radio : {false, true}) {
        const QImage ours = untickedIndicator(&readable, light, radio).first;
        const QImage theirs = untickedIndicator(fusion.get(), light, radio).first;
        QCOMPARE(ours, theirs);
    }
    QCOMPARE(readable.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton).pixmap(16).toImage(),
        fusion->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton).pixmap(16).toImage());
}

void TestReadableStyle::darkPalette_toolbarOverflowStandsOut()
{
    ReadableStyle style;
    QStyleOption option;
    option.palette = test::darkPalette();
    const QColor window = option.palette.color(QPalette::Window);
    for (const auto arrow : {QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_ToolBarVerticalExtensionButton}) {
        const QIcon icon = style.standardIcon(arrow, &option);
        QVERIFY(!icon.isNull());
        // Composed on the window, as the toolbar shows it.
        QImage shown(16, 16, QImage::Format_RGB32);
        shown.fill(window);
        QPainter(&shown).drawPixmap(0, 0, icon.pixmap(16));
        const double contrast = strongestContrast(shown, shown.rect(), window);
        QVERIFY2(contrast >= 3.0, qPrintable(QString::number(contrast)));
    }
}

void TestReadableStyle::install_wrapsFusionOnly()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Windows")));
    ReadableStyle::installIfFusion();
    QVERIFY(!qobject_cast<ReadableStyle *>(QApplication::style()));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    ReadableStyle::installIfFusion();
    const auto *readable = qobject_cast<ReadableStyle *>(QApplication::style());
    QVERIFY(readable);
    QCOMPARE(readable->baseStyle()->name(), QStringLiteral("fusion"));
}

QTEST_MAIN(TestReadableStyle)
#include "tst_readablestyle.moc"
