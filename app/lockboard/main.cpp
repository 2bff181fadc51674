// lockboard: the composition root of the dashboard.
#include "core/config/ProfileStore.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"lockboard"_s);
    QApplication::setApplicationDisplayName(u"Lockboard"_s);
    QApplication::setApplicationVersion(QStringLiteral(LOCKBOARD_VERSION));

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
    parser.addOptions({profileOption, serversOption, clientOption, prefixOption, versionOption});
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

    lockboard::MainWindow window;
    auto profile =
        overrides.resolve(lockboard::ProfileStore(), QProcessEnvironment::systemEnvironment());
    if (profile)
        window.setProfile(*profile);
    window.show();
    if (!profile && (overrides.profile || overrides.servers || overrides.client ||
                     overrides.keyPrefix || overrides.keyVersion))
        QMessageBox::warning(&window, QApplication::applicationDisplayName(),
                             profile.error().message);
    return QApplication::exec();
}
