#pragma once

#include "io/import/tablereader.h"

#include <QJsonArray>

// A table made of JSON records (a Salesforce `sf data export tree` file): each record's keys are
// its headers, so the same matching maps them ("AccountId", "StageName"); nested objects other
// than `attributes` are left out. `attributes.referenceId` is the record's id and "@AccountRef1"
// a reference to it.
namespace keyplan {

class RecordTable final : public ImportRows
{
public:
    RecordTable(QString displayName, const QJsonArray &records, TableKind kind, ImportSource source);

    QString displayName() const override { return m_displayName; }
    const QStringList &headers() const override { return m_headers; }
    const TableGuess &guess() const override { return m_guess; }
    void setKind(TableKind kind) override;
    void setColumns(const QList<ImportField> &columns) override;
    bool next(MappedRow &row) override;
    bool rewind() override;
    bool hasError() const override { return false; }
    QString errorString() const override { return {}; }
    QByteArray encodingName() const override { return QByteArrayLiteral("UTF-8"); }
    bool rowsAreRecords() const override { return true; }

private:
    QString m_displayName;
    QStringList m_headers;
    QList<QStringList> m_rows; // values by header
    TableGuess m_guess;
    qsizetype m_next = 0;
};

// The table kind a Salesforce object is ("Account", "Contact", ...); nothing for others.
std::optional<TableKind> tableKindOfObject(const QString &object);

} // namespace keyplan
