#pragma once

#include <QLabel>

namespace keyplan {

// A one-line label for user text of any length (an account called by 10,000 characters): plain
// text, elided at the end to the width it is given, the whole text in its tooltip, and a size
// hint that never asks the window to grow past what the text needs up to a sensible width.
class ElidedLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateElision();

    QString m_fullText;
};

// `text` cut to at most `maxCharacters` characters with an ellipsis, for window titles and menus.
QString elidedTitle(const QString &text, int maxCharacters = 80);

} // namespace keyplan
