#include "app/i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace lockboard {

QStringList installTranslations(QCoreApplication& app, Speaker speaker)
{
    QLocale locale = QLocale::system();
    QStringList rest;
    bool json = false;
    const QStringList args = app.arguments();
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--"_s) { // what follows is another program's (lockboardctl run)
            rest.append(args.mid(i));
            break;
        }
        json |= args[i] == u"--json"_s;
        // A value that looks like an option (or is "--") is not a language: the
        // parser then reports --lang's missing value.
        if (i > 0 && args[i] == u"--lang"_s && i + 1 < args.size() && !args[i + 1].startsWith(u'-'))
            locale = QLocale(args[++i]);
        else if (i > 0 && args[i].startsWith(u"--lang="_s))
            locale = QLocale(args[i].mid(7));
        else
            rest.append(args[i]);
    }
    if (json && speaker == Speaker::CommandLine)
        return rest; // what scripts read stays English: no translator at all
    QLocale::setDefault(locale);
    // A language Lockboard does not speak gets its English, plural forms
    // included (lockboard_en: "1 lock", not "1 lock(s)").
    auto* own = new QTranslator(&app);
    if (own->load(locale, u"lockboard"_s, u"_"_s, u":/i18n"_s) ||
        own->load(u"lockboard_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return rest;
}

} // namespace lockboard
