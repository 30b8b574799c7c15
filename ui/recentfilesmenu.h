#pragma once

#include <QMenu>

namespace keyplan {

// File > Open Recent: the plans opened last, newest first, kept in the settings.
class RecentFilesMenu final : public QMenu
{
    Q_OBJECT

public:
    explicit RecentFilesMenu(QWidget *parent = nullptr);

    void addFile(const QString &path);
    void removeFile(const QString &path);

Q_SIGNALS:
    void fileChosen(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
};

} // namespace keyplan
