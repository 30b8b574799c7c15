#include "domain/importrecords.h"

#include <QCoreApplication>

namespace keyplan {

QString displayName(ImportSubject subject)
{
    switch (subject) {
    case ImportSubject::Account:
        return QCoreApplication::translate("ImportSubject", "Accounts");
    case ImportSubject::BusinessUnit:
        return QCoreApplication::translate("ImportSubject", "Business units");
    case ImportSubject::Person:
        return QCoreApplication::translate("ImportSubject", "People");
    case ImportSubject::Opportunity:
        return QCoreApplication::translate("ImportSubject", "Opportunities");
    case ImportSubject::ContactRole:
        return QCoreApplication::translate("ImportSubject", "Contact roles");
    case ImportSubject::ArrChange:
        return QCoreApplication::translate("ImportSubject", "ARR changes");
    case ImportSubject::Metric:
        return QCoreApplication::translate("ImportSubject", "Usage metrics");
    }
    return {};
}

} // namespace keyplan
