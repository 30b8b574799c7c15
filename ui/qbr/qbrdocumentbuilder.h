#pragma once

#include "item/qbrdata.h"
#include "ui/printing/documentcomposer.h"

#include <QCoreApplication>
#include <QLocale>

// The sections of a QBR summary; shared by qbrdocument.cpp (cover, value, relationship,
// revenue) and qbrgrowthsections.cpp (growth, risks and next steps, what changed).
namespace keyplan {

class QbrFigures;

class QbrDocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(QbrDocument)

public:
    QbrDocumentBuilder(QTextDocument *document, const QbrData &data, QbrFigures *figures);

    void write();

private:
    void sectionStart(QbrSection section);
    void cover();
    void value();
    void relationship();
    void keyRelationships();
    void revenue();
    void growth();
    void risks();
    void changes();

    QString money(MinorUnits amount) const;
    QString date(const QDate &day) const; // "23 Nov 2026", or a dash
    QString percent(std::optional<double> ratio) const;
    QString number(double value) const; // as few decimals as it needs
    QString teamName(std::optional<TeamMemberId> id) const;
    bool fixFirstApplies() const;

    DocumentComposer m_out;
    const QbrData &m_data;
    QbrFigures *m_figures;
    QLocale m_locale;
};

} // namespace keyplan
