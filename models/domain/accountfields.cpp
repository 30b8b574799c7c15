#include "domain/accountfields.h"

#include "domain/currencies.h"

namespace keyplan {

QVariant fieldValue(const Account &account, AccountField field)
{
    switch (field) {
    case AccountField::Name:
        return account.name;
    case AccountField::Segment:
        return keyOf(account.segment);
    case AccountField::Tier:
        return keyOf(account.tier);
    case AccountField::IsKey:
        return account.isKey;
    case AccountField::Owner:
        return account.ownerId ? QVariant(*account.ownerId) : QVariant();
    case AccountField::Industry:
        return account.industry;
    case AccountField::Region:
        return account.region;
    case AccountField::Employees:
        return account.employees;
    case AccountField::Currency:
        return account.currency;
    case AccountField::RenewalDate:
        return account.renewalDate;
    case AccountField::Notes:
        return account.notes;
    }
    return {};
}

bool setFieldValue(Account &account, AccountField field, const QVariant &value)
{
    switch (field) {
    case AccountField::Name: {
        const QString name = value.toString().trimmed();
        if (name.isEmpty())
            return false;
        account.name = name;
        return true;
    }
    case AccountField::Segment:
        if (const auto segment = segmentFromKey(value.toString())) {
            account.segment = *segment;
            return true;
        }
        return false;
    case AccountField::Tier:
        if (const auto tier = tierFromKey(value.toString())) {
            account.tier = *tier;
            return true;
        }
        return false;
    case AccountField::IsKey:
        account.isKey = value.toBool();
        return true;
    case AccountField::Owner:
        if (value.isNull() || !value.isValid())
            account.ownerId.reset();
        else
            account.ownerId = value.toLongLong();
        return true;
    case AccountField::Industry:
        account.industry = value.toString();
        return true;
    case AccountField::Region:
        account.region = value.toString();
        return true;
    case AccountField::Employees: {
        bool ok = false;
        const int employees = value.toInt(&ok);
        if (!ok || employees < 0)
            return false;
        account.employees = employees;
        return true;
    }
    case AccountField::Currency: {
        const QString code = value.toString().trimmed().toUpper();
        if (!isCurrencyCode(code))
            return false;
        account.currency = code;
        return true;
    }
    case AccountField::RenewalDate:
        account.renewalDate = value.toDate();
        return true;
    case AccountField::Notes:
        account.notes = value.toString();
        return true;
    }
    return false;
}

} // namespace keyplan
