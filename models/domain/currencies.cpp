#include "domain/currencies.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace keyplan {
namespace {

// Active ISO 4217 codes (funds and precious metals left out).
constexpr std::array<CurrencyInfo, 154> currencies {{
    {"AED", QT_TRANSLATE_NOOP("Currency", "UAE dirham")},
    {"AFN", QT_TRANSLATE_NOOP("Currency", "Afghan afghani")},
    {"ALL", QT_TRANSLATE_NOOP("Currency", "Albanian lek")},
    {"AMD", QT_TRANSLATE_NOOP("Currency", "Armenian dram")},
    {"ANG", QT_TRANSLATE_NOOP("Currency", "Netherlands Antillean guilder")},
    {"AOA", QT_TRANSLATE_NOOP("Currency", "Angolan kwanza")},
    {"ARS", QT_TRANSLATE_NOOP("Currency", "Argentine peso")},
    {"AUD", QT_TRANSLATE_NOOP("Currency", "Australian dollar")},
    {"AWG", QT_TRANSLATE_NOOP("Currency", "Aruban florin")},
    {"AZN", QT_TRANSLATE_NOOP("Currency", "Azerbaijani manat")},
    {"BAM", QT_TRANSLATE_NOOP("Currency", "Bosnia and Herzegovina convertible mark")},
    {"BBD", QT_TRANSLATE_NOOP("Currency", "Barbados dollar")},
    {"BDT", QT_TRANSLATE_NOOP("Currency", "Bangladeshi taka")},
    {"BGN", QT_TRANSLATE_NOOP("Currency", "Bulgarian lev")},
    {"BHD", QT_TRANSLATE_NOOP("Currency", "Bahraini dinar")},
    {"BIF", QT_TRANSLATE_NOOP("Currency", "Burundian franc")},
    {"BMD", QT_TRANSLATE_NOOP("Currency", "Bermudian dollar")},
    {"BND", QT_TRANSLATE_NOOP("Currency", "Brunei dollar")},
    {"BOB", QT_TRANSLATE_NOOP("Currency", "Boliviano")},
    {"BRL", QT_TRANSLATE_NOOP("Currency", "Brazilian real")},
    {"BSD", QT_TRANSLATE_NOOP("Currency", "Bahamian dollar")},
    {"BTN", QT_TRANSLATE_NOOP("Currency", "Bhutanese ngultrum")},
    {"BWP", QT_TRANSLATE_NOOP("Currency", "Botswana pula")},
    {"BYN", QT_TRANSLATE_NOOP("Currency", "Belarusian ruble")},
    {"BZD", QT_TRANSLATE_NOOP("Currency", "Belize dollar")},
    {"CAD", QT_TRANSLATE_NOOP("Currency", "Canadian dollar")},
    {"CDF", QT_TRANSLATE_NOOP("Currency", "Congolese franc")},
    {"CHF", QT_TRANSLATE_NOOP("Currency", "Swiss franc")},
    {"CLP", QT_TRANSLATE_NOOP("Currency", "Chilean peso")},
    {"CNY", QT_TRANSLATE_NOOP("Currency", "Chinese yuan")},
    {"COP", QT_TRANSLATE_NOOP("Currency", "Colombian peso")},
    {"CRC", QT_TRANSLATE_NOOP("Currency", "Costa Rican colón")},
    {"CUP", QT_TRANSLATE_NOOP("Currency", "Cuban peso")},
    {"CVE", QT_TRANSLATE_NOOP("Currency", "Cape Verdean escudo")},
    {"CZK", QT_TRANSLATE_NOOP("Currency", "Czech koruna")},
    {"DJF", QT_TRANSLATE_NOOP("Currency", "Djiboutian franc")},
    {"DKK", QT_TRANSLATE_NOOP("Currency", "Danish krone")},
    {"DOP", QT_TRANSLATE_NOOP("Currency", "Dominican peso")},
    {"DZD", QT_TRANSLATE_NOOP("Currency", "Algerian dinar")},
    {"EGP", QT_TRANSLATE_NOOP("Currency", "Egyptian pound")},
    {"ERN", QT_TRANSLATE_NOOP("Currency", "Eritrean nakfa")},
    {"ETB", QT_TRANSLATE_NOOP("Currency", "Ethiopian birr")},
    {"EUR", QT_TRANSLATE_NOOP("Currency", "Euro")},
    {"FJD", QT_TRANSLATE_NOOP("Currency", "Fiji dollar")},
    {"FKP", QT_TRANSLATE_NOOP("Currency", "Falkland Islands pound")},
    {"GBP", QT_TRANSLATE_NOOP("Currency", "Pound sterling")},
    {"GEL", QT_TRANSLATE_NOOP("Currency", "Georgian lari")},
    {"GHS", QT_TRANSLATE_NOOP("Currency", "Ghanaian cedi")},
    {"GIP", QT_TRANSLATE_NOOP("Currency", "Gibraltar pound")},
    {"GMD", QT_TRANSLATE_NOOP("Currency", "Gambian dalasi")},
    {"GNF", QT_TRANSLATE_NOOP("Currency", "Guinean franc")},
    {"GTQ", QT_TRANSLATE_NOOP("Currency", "Guatemalan quetzal")},
    {"GYD", QT_TRANSLATE_NOOP("Currency", "Guyanese dollar")},
    {"HKD", QT_TRANSLATE_NOOP("Currency", "Hong Kong dollar")},
    {"HNL", QT_TRANSLATE_NOOP("Currency", "Honduran lempira")},
    {"HTG", QT_TRANSLATE_NOOP("Currency", "Haitian gourde")},
    {"HUF", QT_TRANSLATE_NOOP("Currency", "Hungarian forint")},
    {"IDR", QT_TRANSLATE_NOOP("Currency", "Indonesian rupiah")},
    {"ILS", QT_TRANSLATE_NOOP("Currency", "Israeli new shekel")},
    {"INR", QT_TRANSLATE_NOOP("Currency", "Indian rupee")},
    {"IQD", QT_TRANSLATE_NOOP("Currency", "Iraqi dinar")},
    {"IRR", QT_TRANSLATE_NOOP("Currency", "Iranian rial")},
    {"ISK", QT_TRANSLATE_NOOP("Currency", "Icelandic króna")},
    {"JMD", QT_TRANSLATE_NOOP("Currency", "Jamaican dollar")},
    {"JOD", QT_TRANSLATE_NOOP("Currency", "Jordanian dinar")},
    {"JPY", QT_TRANSLATE_NOOP("Currency", "Japanese yen")},
    {"KES", QT_TRANSLATE_NOOP("Currency", "Kenyan shilling")},
    {"KGS", QT_TRANSLATE_NOOP("Currency", "Kyrgyzstani som")},
    {"KHR", QT_TRANSLATE_NOOP("Currency", "Cambodian riel")},
    {"KMF", QT_TRANSLATE_NOOP("Currency", "Comoro franc")},
    {"KPW", QT_TRANSLATE_NOOP("Currency", "North Korean won")},
    {"KRW", QT_TRANSLATE_NOOP("Currency", "South Korean won")},
    {"KWD", QT_TRANSLATE_NOOP("Currency", "Kuwaiti dinar")},
    {"KYD", QT_TRANSLATE_NOOP("Currency", "Cayman Islands dollar")},
    {"KZT", QT_TRANSLATE_NOOP("Currency", "Kazakhstani tenge")},
    {"LAK", QT_TRANSLATE_NOOP("Currency", "Lao kip")},
    {"LBP", QT_TRANSLATE_NOOP("Currency", "Lebanese pound")},
    {"LKR", QT_TRANSLATE_NOOP("Currency", "Sri Lankan rupee")},
    {"LRD", QT_TRANSLATE_NOOP("Currency", "Liberian dollar")},
    {"LSL", QT_TRANSLATE_NOOP("Currency", "Lesotho loti")},
    {"LYD", QT_TRANSLATE_NOOP("Currency", "Libyan dinar")},
    {"MAD", QT_TRANSLATE_NOOP("Currency", "Moroccan dirham")},
    {"MDL", QT_TRANSLATE_NOOP("Currency", "Moldovan leu")},
    {"MGA", QT_TRANSLATE_NOOP("Currency", "Malagasy ariary")},
    {"MKD", QT_TRANSLATE_NOOP("Currency", "Macedonian denar")},
    {"MMK", QT_TRANSLATE_NOOP("Currency", "Myanmar kyat")},
    {"MNT", QT_TRANSLATE_NOOP("Currency", "Mongolian tögrög")},
    {"MOP", QT_TRANSLATE_NOOP("Currency", "Macanese pataca")},
    {"MRU", QT_TRANSLATE_NOOP("Currency", "Mauritanian ouguiya")},
    {"MUR", QT_TRANSLATE_NOOP("Currency", "Mauritian rupee")},
    {"MVR", QT_TRANSLATE_NOOP("Currency", "Maldivian rufiyaa")},
    {"MWK", QT_TRANSLATE_NOOP("Currency", "Malawian kwacha")},
    {"MXN", QT_TRANSLATE_NOOP("Currency", "Mexican peso")},
    {"MYR", QT_TRANSLATE_NOOP("Currency", "Malaysian ringgit")},
    {"MZN", QT_TRANSLATE_NOOP("Currency", "Mozambican metical")},
    {"NAD", QT_TRANSLATE_NOOP("Currency", "Namibian dollar")},
    {"NGN", QT_TRANSLATE_NOOP("Currency", "Nigerian naira")},
    {"NIO", QT_TRANSLATE_NOOP("Currency", "Nicaraguan córdoba")},
    {"NOK", QT_TRANSLATE_NOOP("Currency", "Norwegian krone")},
    {"NPR", QT_TRANSLATE_NOOP("Currency", "Nepalese rupee")},
    {"NZD", QT_TRANSLATE_NOOP("Currency", "New Zealand dollar")},
    {"OMR", QT_TRANSLATE_NOOP("Currency", "Omani rial")},
    {"PAB", QT_TRANSLATE_NOOP("Currency", "Panamanian balboa")},
    {"PEN", QT_TRANSLATE_NOOP("Currency", "Peruvian sol")},
    {"PGK", QT_TRANSLATE_NOOP("Currency", "Papua New Guinean kina")},
    {"PHP", QT_TRANSLATE_NOOP("Currency", "Philippine peso")},
    {"PKR", QT_TRANSLATE_NOOP("Currency", "Pakistani rupee")},
    {"PLN", QT_TRANSLATE_NOOP("Currency", "Polish złoty")},
    {"PYG", QT_TRANSLATE_NOOP("Currency", "Paraguayan guaraní")},
    {"QAR", QT_TRANSLATE_NOOP("Currency", "Qatari riyal")},
    {"RON", QT_TRANSLATE_NOOP("Currency", "Romanian leu")},
    {"RSD", QT_TRANSLATE_NOOP("Currency", "Serbian dinar")},
    {"RUB", QT_TRANSLATE_NOOP("Currency", "Russian ruble")},
    {"RWF", QT_TRANSLATE_NOOP("Currency", "Rwandan franc")},
    {"SAR", QT_TRANSLATE_NOOP("Currency", "Saudi riyal")},
    {"SBD", QT_TRANSLATE_NOOP("Currency", "Solomon Islands dollar")},
    {"SCR", QT_TRANSLATE_NOOP("Currency", "Seychelles rupee")},
    {"SDG", QT_TRANSLATE_NOOP("Currency", "Sudanese pound")},
    {"SEK", QT_TRANSLATE_NOOP("Currency", "Swedish krona")},
    {"SGD", QT_TRANSLATE_NOOP("Currency", "Singapore dollar")},
    {"SHP", QT_TRANSLATE_NOOP("Currency", "Saint Helena pound")},
    {"SLE", QT_TRANSLATE_NOOP("Currency", "Sierra Leonean leone")},
    {"SOS", QT_TRANSLATE_NOOP("Currency", "Somali shilling")},
    {"SRD", QT_TRANSLATE_NOOP("Currency", "Surinamese dollar")},
    {"SSP", QT_TRANSLATE_NOOP("Currency", "South Sudanese pound")},
    {"STN", QT_TRANSLATE_NOOP("Currency", "São Tomé and Príncipe dobra")},
    {"SYP", QT_TRANSLATE_NOOP("Currency", "Syrian pound")},
    {"SZL", QT_TRANSLATE_NOOP("Currency", "Swazi lilangeni")},
    {"THB", QT_TRANSLATE_NOOP("Currency", "Thai baht")},
    {"TJS", QT_TRANSLATE_NOOP("Currency", "Tajikistani somoni")},
    {"TMT", QT_TRANSLATE_NOOP("Currency", "Turkmenistan manat")},
    {"TND", QT_TRANSLATE_NOOP("Currency", "Tunisian dinar")},
    {"TOP", QT_TRANSLATE_NOOP("Currency", "Tongan paʻanga")},
    {"TRY", QT_TRANSLATE_NOOP("Currency", "Turkish lira")},
    {"TTD", QT_TRANSLATE_NOOP("Currency", "Trinidad and Tobago dollar")},
    {"TWD", QT_TRANSLATE_NOOP("Currency", "New Taiwan dollar")},
    {"TZS", QT_TRANSLATE_NOOP("Currency", "Tanzanian shilling")},
    {"UAH", QT_TRANSLATE_NOOP("Currency", "Ukrainian hryvnia")},
    {"UGX", QT_TRANSLATE_NOOP("Currency", "Ugandan shilling")},
    {"USD", QT_TRANSLATE_NOOP("Currency", "US dollar")},
    {"UYU", QT_TRANSLATE_NOOP("Currency", "Uruguayan peso")},
    {"UZS", QT_TRANSLATE_NOOP("Currency", "Uzbekistani sum")},
    {"VES", QT_TRANSLATE_NOOP("Currency", "Venezuelan bolívar")},
    {"VND", QT_TRANSLATE_NOOP("Currency", "Vietnamese đồng")},
    {"VUV", QT_TRANSLATE_NOOP("Currency", "Vanuatu vatu")},
    {"WST", QT_TRANSLATE_NOOP("Currency", "Samoan tala")},
    {"XAF", QT_TRANSLATE_NOOP("Currency", "Central African CFA franc")},
    {"XCD", QT_TRANSLATE_NOOP("Currency", "East Caribbean dollar")},
    {"XOF", QT_TRANSLATE_NOOP("Currency", "West African CFA franc")},
    {"XPF", QT_TRANSLATE_NOOP("Currency", "CFP franc")},
    {"YER", QT_TRANSLATE_NOOP("Currency", "Yemeni rial")},
    {"ZAR", QT_TRANSLATE_NOOP("Currency", "South African rand")},
    {"ZMW", QT_TRANSLATE_NOOP("Currency", "Zambian kwacha")},
    {"ZWG", QT_TRANSLATE_NOOP("Currency", "Zimbabwe gold")},
}};

const CurrencyInfo *find(const QString &code)
{
    const auto it = std::lower_bound(currencies.cbegin(), currencies.cend(), code,
        [](const CurrencyInfo &info, const QString &c) { return QLatin1StringView(info.code) < c; });
    return it != currencies.cend() && QLatin1StringView(it->code) == code ? &*it : nullptr;
}

} // namespace

QList<CurrencyInfo> isoCurrencies()
{
    return QList<CurrencyInfo>(currencies.cbegin(), currencies.cend());
}

bool isCurrencyCode(const QString &code)
{
    return find(code) != nullptr;
}

QString currencyLabel(const QString &code)
{
    const CurrencyInfo *info = find(code);
    if (!info)
        return code;
    return QStringLiteral("%1 — %2").arg(code, QCoreApplication::translate("Currency", info->name));
}

} // namespace keyplan
