#include "app/i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace lockboard {

QStringList installTranslations(QCoreApplication& app)
{
    QLocale locale = QLocale::system();
    QStringList rest;
    const QStringList args = app.arguments();
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--"_s) { // what follows is another program's (lockboardctl run)
            rest.append(args.mid(i));
            break;
        }
        if (i > 0 && args[i] == u"--lang"_s && i + 1 < args.size())
            locale = QLocale(args[++i]);
        else if (i > 0 && args[i].startsWith(u"--lang="_s))
            locale = QLocale(args[i].mid(7));
        else
            rest.append(args[i]);
    }
    QLocale::setDefault(locale);
    auto* own = new QTranslator(&app);
    if (own->load(locale, u"lockboard"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return rest;
}

} // namespace lockboard
