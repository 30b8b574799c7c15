#pragma once

// What the team tests share: the sample published once to the test server of scripts/test.sh,
// opened as one of its editors, and the sample's account that has a bit of everything.
#include "item/goalediting.h"
#include "item/pipelineediting.h"
#include "item/plandocument.h"
#include "item/revenueediting.h"
#include "item/reviewediting.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <memory>

namespace keyplan::test {

// The two editors of the published sample.
inline const QString carol = QStringLiteral("kp_carol");
inline const QString dave = QStringLiteral("kp_dave");

// An account of the sample with goals, risks, opportunities and changes of ARR.
inline AccountId richAccount(PlanDocument &document)
{
    for (const Account &account : document.accounts()) {
        if (!GoalEditing::of(&document)->goals(account.id).isEmpty() && !ReviewEditing::of(&document)->risks(account.id).isEmpty()
            && !PipelineEditing::of(&document)->opportunities(account.id).isEmpty()
            && !RevenueEditing::of(&document)->timeline(account.id).isEmpty())
            return account.id;
    }
    return 0;
}

class TeamFixture
{
public:
    // Publishes the sample with Carol and Dave as its editors; false with `error` when it could not.
    bool publish(QString *error)
    {
        if (qEnvironmentVariable("KEYPLAN_TEST_PG").isEmpty()) {
            *error = QStringLiteral("KEYPLAN_TEST_PG names the test server; scripts/test.sh starts one (scripts/pgserver.sh)");
            return false;
        }
        m_url = publishTeamSample(m_dir, {carol, dave}, error);
        return !m_url.isEmpty();
    }
    QString url() const { return m_url; }

    std::unique_ptr<PlanDocument> openAs(const QString &user) const
    {
        std::unique_ptr<PlanDocument> document = openDocument(urlAs(m_url, user));
        if (document)
            document->setAsOf(sampleAsOf);
        return document;
    }

private:
    QTemporaryDir m_dir;
    QString m_url;
};

} // namespace keyplan::test
