#include "app/lockboardctl/DoctorCommand.h"

#include "app/lockboardctl/CliIo.h"
#include "app/lockboardctl/CommonOptions.h"
#include "core/doctor/Checkup.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace lockboard::cli {

namespace {

// The command's words, in the context "lockboardctl" for translators.
class Ctl
{
    Q_DECLARE_TR_FUNCTIONS(lockboardctl)
};

QJsonDocument toJson(const Profile& profile, const QList<Finding>& findings)
{
    QJsonArray list;
    for (const Finding& finding : findings)
        list.append(QJsonObject{{u"severity"_s, severityName(finding.severity)},
                                {u"code"_s, finding.code},
                                {u"subject"_s, finding.subject},
                                {u"meaning"_s, finding.meaning},
                                {u"fix"_s, finding.fix}});
    const auto worst = worstSeverity(findings);
    return QJsonDocument(
        QJsonObject{{u"profile"_s, profile.name},
                    {u"servers"_s, serverListText(profile.servers)},
                    {u"client"_s, clientLibraryName(profile.client)},
                    {u"worst"_s, worst ? QJsonValue(severityName(*worst)) : QJsonValue()},
                    {u"findings"_s, list}});
}

void printText(CliIo& io, const Profile& profile, const QList<Finding>& findings)
{
    QTextStream& out = io.out();
    out << Ctl::tr("Lockboard doctor: %1 (%2, %3)")
               .arg(profile.name.isEmpty() ? Ctl::tr("servers given") : profile.name,
                    clientLibraryName(profile.client), serverListText(profile.servers))
        << u"\n\n"_s;
    for (const Finding& finding : findings) {
        out << severityText(finding.severity).toUpper() << u"  "_s << finding.subject << u"  ["_s
            << finding.code << u"]\n"_s;
        out << u"  "_s << finding.meaning << u'\n';
        out << u"  "_s << Ctl::tr("Fix: %1").arg(finding.fix) << u"\n\n"_s;
    }
    out << findingsSummary(findings) << u'\n';
    out.flush();
}

} // namespace

int runDoctor(const QStringList& args, CliIo& io)
{
    CommandLine command(
        u"lockboardctl doctor [options]"_s,
        Ctl::tr("Find what can make a lock lie before it does: the client library's failover "
                "and options (python-memcached's rehash, pymemcache's server removal, "
                "default_noreply, ignore_exc, pylibmc's ejection), a password sent without TLS or "
                "certificates not verified, saved profiles that place the "
                "same keys differently, and the cluster's state (servers down, locks that can be "
                "evicted while held, locks without TTL, memory near full, servers that refuse "
                "key walks or watching). Each finding says what it means and the fix. It reads "
                "each server's keys once, as 'locks' does. Exit status: 0 nothing worse than a "
                "note, 3 warnings, 4 a critical finding, 2 bad input."),
        CommandLine::Cluster | CommandLine::Network | CommandLine::Inspect);
    QCommandLineParser& parser = command.parser();
    const QCommandLineOption offline(
        u"offline"_s, Ctl::tr("Judge the settings and saved profiles only; contact no server."));
    parser.addOption(offline);
    int exitCode = ExitOk;
    if (!command.parse(args, io, exitCode))
        return exitCode;
    // Offline, nothing connects: no password is needed.
    auto connection = command.common().connection(parser, io, !parser.isSet(offline));
    if (!connection)
        return io.fail(ExitUsage, connection.error().message);
    if (!parser.positionalArguments().isEmpty())
        return io.fail(ExitUsage, Ctl::tr("doctor takes no arguments"));

    const ProfileStore::Loaded saved = io.profiles().loadAll();
    for (const Error& error : saved.errors)
        io.err() << u"lockboardctl: "_s << Ctl::tr("warning: %1 (not compared)").arg(error.message)
                 << Qt::endl;
    Checkup checkup(connection->profile, saved.profiles, connection->options);
    checkup.setLockKeyMemory(LockKeyMemory::forProfile(io.profiles(), connection->profile.name));
    QList<Finding> findings;
    QEventLoop loop;
    QObject::connect(&checkup, &Checkup::finished, &loop, [&](const QList<Finding>& found) {
        findings = found;
        loop.quit();
    });
    checkup.start(parser.isSet(offline));
    loop.exec();

    if (command.json())
        io.printJson(toJson(connection->profile, findings));
    else
        printText(io, connection->profile, findings);
    const auto worst = worstSeverity(findings);
    if (worst == Finding::Severity::Critical)
        return ExitDoctorCritical;
    if (worst == Finding::Severity::Warning)
        return ExitDoctorWarning;
    return ExitOk;
}

} // namespace lockboard::cli
