// lockboard: the composition root of the dashboard.
#include "app/demo/DemoCluster.h"
#include "app/i18n/Translations.h"
#include "core/common/QuitSignals.h"
#include "core/config/ProfileStore.h"
#include "ui/Icons.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <utility>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"lockboard"_s);
    QApplication::setApplicationDisplayName(u"Lockboard"_s);
    QApplication::setApplicationVersion(QStringLiteral(LOCKBOARD_VERSION));
    QApplication::setWindowIcon(lockboard::icon(u"lockboard"_s));
    QApplication::setDesktopFileName(u"lockboard"_s);
    lockboard::installTranslations(app, lockboard::Speaker::Dashboard);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Dashboard for memcached clusters used as a distributed lock."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        u"profile"_s, QApplication::translate("main", "Open the saved profile <name>."), u"name"_s);
    const QCommandLineOption serversOption(
        u"servers"_s, QApplication::translate("main", "Servers, as for lockboardctl."), u"list"_s);
    const QCommandLineOption clientOption(
        u"client"_s, QApplication::translate("main", "The application's client library."),
        u"name"_s);
    const QCommandLineOption prefixOption(
        u"key-prefix"_s, QApplication::translate("main", "Django's KEY_PREFIX."), u"prefix"_s);
    const QCommandLineOption versionOption(
        u"key-version"_s, QApplication::translate("main", "Django's VERSION."), u"n"_s);
    const QCommandLineOption readOnlyOption(
        u"read-only"_s, QApplication::translate("main", "Never write or release anything."));
    const QCommandLineOption demoOption(
        u"demo"_s, QApplication::translate("main", "Start three local memcached servers with a "
                                                   "workload of lock holders, and show them. "
                                                   "They are stopped on exit."));
    const QCommandLineOption langOption(
        u"lang"_s,
        QApplication::translate("main", "The language, for example de or fr (default: the "
                                        "system's)."),
        u"code"_s);
    parser.addOptions({profileOption, serversOption, clientOption, prefixOption, versionOption,
                       readOnlyOption, demoOption, langOption});
    parser.process(app);

    lockboard::ProfileOverrides overrides;
    const auto valueIfSet = [&](const QCommandLineOption& option) {
        return parser.isSet(option) ? std::optional<QString>(parser.value(option)) : std::nullopt;
    };
    overrides.profile = valueIfSet(profileOption);
    overrides.servers = valueIfSet(serversOption);
    overrides.client = valueIfSet(clientOption);
    overrides.keyPrefix = valueIfSet(prefixOption);
    overrides.keyVersion = valueIfSet(versionOption);

    if (parser.isSet(readOnlyOption))
        overrides.readOnly = true;

    lockboard::MainWindow window;
    window.show();
    const auto complain = [&window](const QString& message) {
        qCritical("lockboard: %s", qPrintable(message));
        auto* box = new QMessageBox(QMessageBox::Critical, QApplication::applicationDisplayName(),
                                    message, QMessageBox::Ok, &window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return box;
    };

    // Closing the window, SIGTERM, SIGINT and SIGHUP all quit the same way:
    // the demo's servers are stopped first (without blocking the window),
    // then the event loop ends and everything else is torn down in order.
    lockboard::DemoCluster demo;
    const lockboard::QuitSignals quitSignals;
    QApplication::setQuitOnLastWindowClosed(false);
    bool quitting = false;
    const auto quit = [&] {
        if (std::exchange(quitting, true))
            return;
        window.hide();
        if (demo.isRunning()) {
            QObject::connect(&demo, &lockboard::DemoCluster::stopped, &app, &QApplication::quit);
            demo.stop();
        } else {
            QApplication::quit();
        }
    };
    QObject::connect(&quitSignals, &lockboard::QuitSignals::received, &app, quit);
    QObject::connect(&app, &QApplication::lastWindowClosed, &app, quit);

    if (parser.isSet(demoOption)) {
        QObject::connect(&demo, &lockboard::DemoCluster::ready, &window,
                         [&window, &overrides, &demo](lockboard::Profile profile) {
                             profile.readOnly = overrides.readOnly.value_or(false);
                             window.setOwnCounters(demo.counters());
                             window.setProfile(profile);
                         });
        QObject::connect(&demo, &lockboard::DemoCluster::failed, &window,
                         [&complain](const QString& message) {
                             QObject::connect(complain(message), &QDialog::finished, qApp,
                                              [] { QApplication::exit(69); });
                         });
        demo.start();
        return QApplication::exec();
    }

    const bool anyOption = overrides.profile || overrides.servers || overrides.client ||
                           overrides.keyPrefix || overrides.keyVersion;
    const auto profile =
        overrides.resolve(lockboard::ProfileStore(), lockboard::Environment::system());
    if (profile)
        window.setProfile(*profile);
    else if (anyOption)
        complain(profile.error().message);
    else
        window.chooseProfile(); // nothing given: pick or create a profile
    return QApplication::exec();
}
