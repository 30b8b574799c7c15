#include "i18n/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace keyplan::i18n {
namespace {

QPointer<QTranslator> keyplanTranslator;
QPointer<QTranslator> qtTranslator;

void replace(QPointer<QTranslator> &slot, QTranslator *translator)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = translator;
    if (translator)
        QCoreApplication::installTranslator(translator);
}

} // namespace

QStringList languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper(); // "français" → "Français", as a choice in a list
    return name;
}

QString resolve(const QString &code)
{
    if (languages().contains(code))
        return code;
    for (const QString &language : QLocale::system().uiLanguages()) {
        const QString base = language.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (languages().contains(base))
            return base;
    }
    return QStringLiteral("en");
}

QString useLanguage(const QString &code)
{
    const QString language = resolve(code);
    auto *keyplan = new QTranslator(QCoreApplication::instance());
    if (!keyplan->load(QStringLiteral(":/i18n/keyplan_%1.qm").arg(language))) {
        delete keyplan;
        keyplan = nullptr;
    }
    replace(keyplanTranslator, keyplan);
    QTranslator *qt = nullptr;
    if (language != QLatin1String("en")) {
        qt = new QTranslator(QCoreApplication::instance());
        if (!qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            delete qt;
            qt = nullptr;
        }
    }
    replace(qtTranslator, qt);
    return language;
}

} // namespace keyplan::i18n
