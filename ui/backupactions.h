#pragma once

#include <QString>

class QWidget;

namespace keyplan {

enum class BackupOffer {
    NoGoodBackup, // nothing was shown: the caller says why the plan cannot be opened
    Declined, // the user saw the reason and the offer, and said no
    Restored, // the backup is in place: open the plan again
};

// A plan that could not be opened because it is damaged: when it has a backup that checks out,
// offers the newest one (by its date), with the reason; if the user agrees, the damaged file is
// kept beside it as NAME.damaged (with its -wal) and the backup takes its place.
BackupOffer offerNewestGoodBackup(QWidget *parent, const QString &planPath, const QString &why);

} // namespace keyplan
