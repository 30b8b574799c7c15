#pragma once

#include <QString>

// Looks at a file before SQLite is allowed near it, so that anything that is not a plan is
// refused without a single byte of it being changed.
namespace keyplan {

enum class PlanFileProblem {
    None,
    Missing,
    IsDirectory,
    NotRegular, // a FIFO, a device, a socket: reading it could block for ever
    Unreadable,
    Empty,
    NotSqlite,
    Truncated,
};

struct PlanFileHeader
{
    PlanFileProblem problem = PlanFileProblem::None;
    qint64 fileSize = 0;
    quint32 pageSize = 0;
    quint32 pageCount = 0; // 0 when the header's count is not trustworthy
    quint32 userVersion = 0;
    quint32 applicationId = 0;
    bool walMode = false;
};

PlanFileHeader readPlanFileHeader(const QString &path);

} // namespace keyplan
