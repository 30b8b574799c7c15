#include "ui/elidedlabel.h"

#include <QFontMetrics>
#include <QResizeEvent>

namespace keyplan {
namespace {

constexpr int widestHint = 600; // px: past this, the label takes what the layout gives it

} // namespace

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString &text)
{
    m_fullText = text;
    setToolTip(text.size() > 40 ? text.left(2000) : QString());
    updateElision();
    updateGeometry();
}

QSize ElidedLabel::sizeHint() const
{
    const QFontMetrics metrics(font());
    // A few pixels of slack: elidedText() measures shaped text, which can come out a pixel wider.
    const int width = std::min(metrics.horizontalAdvance(m_fullText.left(200)) + 4, widestHint);
    return {width + contentsMargins().left() + contentsMargins().right(), QLabel::sizeHint().height()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    return {fontMetrics().horizontalAdvance(QStringLiteral("W…")), QLabel::minimumSizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateElision();
}

void ElidedLabel::showEvent(QShowEvent *event)
{
    QLabel::showEvent(event);
    updateElision();
}

void ElidedLabel::updateElision()
{
    // One line: a name with line breaks shows them as spaces.
    QString line = m_fullText.left(2000);
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    // Until it is laid out on screen, its width says nothing: keep the text whole.
    setText(isVisible() ? fontMetrics().elidedText(line, Qt::ElideRight, std::max(contentsRect().width(), 1)) : line);
}

QString elidedTitle(const QString &text, int maxCharacters)
{
    QString line = text.simplified();
    if (line.size() <= maxCharacters)
        return line;
    qsizetype cut = maxCharacters - 1;
    if (line.at(cut - 1).isHighSurrogate())
        --cut;
    return line.left(cut) + QChar(0x2026);
}

} // namespace keyplan
