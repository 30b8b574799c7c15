#pragma once

#include "item/qbrcontent.h"

#include <QCoreApplication>
#include <QLocale>

// Builds one edition of a QBR (qbrcontent.h); the sections are split by subject over
// qbrcontent.cpp (cover, goals and value), qbrcontentaccount.cpp (relationship, revenue, health,
// adoption) and qbrcontentgrowth.cpp (growth, risks and next steps, what changed).
namespace keyplan {

class QbrContentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(QbrDocument)

public:
    QbrContentBuilder(const QbrData &data, QbrEdition edition);

    PrintDocument build();

private:
    bool internal() const { return m_edition == QbrEdition::Internal; }
    bool included(QbrSection section) const { return m_data.qbr.section(section).included; }

    // Starts a section: its title and the user's remark under it.
    void section(QbrSection section, const QString &title, Audience audience = Audience::Everyone);
    // Adds to the current section; an internal-only block is left out of the customer's edition.
    void add(const DocBlock &block, Audience audience = Audience::Everyone);
    void heading(const QString &text, int level = 2, Audience audience = Audience::Everyone);
    void paragraph(const QString &text, TextStyle style = TextStyle::Body, Audience audience = Audience::Everyone);
    void runs(const Runs &parts, Audience audience = Audience::Everyone);

    void cover();
    void coverFigures();
    void goalsAndValue();
    void goalProgress(const Goal &goal);
    void goalValueLine(const Goal &goal);
    void valueInMoney(const QList<Goal> &goals);
    void outcomesTable(const QList<ValueOutcome> &outcomes);
    void relationship();
    void keyRelationships();
    void revenue();
    void healthScorecard();
    void adoption();
    void growth();
    void whatsNext();
    void valueRecovery();
    void opportunity(const Opportunity &opportunity);
    void risksAndSteps();
    void openPlays();
    void nextSteps();
    void nextStepsTable();
    void changes();

    QString money(MinorUnits amount) const;
    QString date(const QDate &day) const; // "23 Nov 2026", or a dash
    QString percent(std::optional<double> ratio) const;
    QString number(double value) const; // as few decimals as it needs
    QString teamName(std::optional<TeamMemberId> id) const;
    QString goalStatusText(GoalStatus status) const;
    // The latest result delivered against `goal` in the period: its "after".
    std::optional<double> goalNow(const Goal &goal) const;
    QList<Opportunity> presentable() const; // the chosen, less what the customer may not see

    const QbrData &m_data;
    QbrEdition m_edition;
    QLocale m_locale;
    PrintDocument m_document;
    DocSection *m_section = nullptr;
};

} // namespace keyplan
