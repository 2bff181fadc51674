#include "app/lockboardctl/RunCommand.h"

#include "app/lockboardctl/CliIo.h"
#include "app/lockboardctl/CommonOptions.h"
#include "core/client/Client.h"
#include "core/common/QuitSignals.h"
#include "core/common/Quote.h"
#include "core/lock/DistributedLock.h"
#include "core/secrets/Secrets.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

#include <csignal>
#include <optional>

using namespace Qt::StringLiterals;

namespace lockboard::cli {

namespace {

// The command's words, in the context "lockboardctl" for translators.
class Ctl
{
    Q_DECLARE_TR_FUNCTIONS(lockboardctl)
};

constexpr qint64 MaxSeconds = 30 * 24 * 3600; // memcached's longest relative expiry

int exitCodeFor(LockStatus status)
{
    switch (status) {
    case LockStatus::Held:
        return ExitLockHeld;
    case LockStatus::Unavailable:
        return ExitUnavailable;
    default:
        return ExitFailure;
    }
}

} // namespace

int runRun(const QStringList& args, CliIo& io)
{
    CommandLine commandLine(
        u"lockboardctl run [options] --lock NAME -- CMD [ARGS...]"_s,
        Ctl::tr("Run CMD while holding the lock NAME, a cluster-wide flock that excludes the "
                "seed's Django recipe on the same name. The lock is refreshed every ttl/3 and "
                "released after CMD ends; CMD finds the lock's fencing token in "
                "$LOCKBOARD_FENCING_TOKEN.\n"
                "Exit codes: CMD's own when all went well; 75 the lock is held by another; 69 the "
                "lock's home server cannot be reached; 70 the lock was lost while CMD ran; 127 CMD "
                "could not be started."),
        CommandLine::Cluster | CommandLine::Network);
    QCommandLineParser& parser = commandLine.parser();
    const CommonOptions& common = commandLine.common();
    const QCommandLineOption lockOption(
        u"lock"_s, Ctl::tr("The lock's name (key __d_lock_<name>)."), u"name"_s);
    const QCommandLineOption ttlOption(
        u"ttl"_s, Ctl::tr("Seconds until the lock expires if not refreshed. Default: 120."), u"s"_s,
        u"120"_s);
    const QCommandLineOption waitOption(
        u"wait"_s, Ctl::tr("Keep trying for up to <s> seconds while it is held. Default: 0."),
        u"s"_s, u"0"_s);
    parser.addOptions({lockOption, ttlOption, waitOption});
    parser.addPositionalArgument(u"command"_s, Ctl::tr("The command to run, after --."),
                                 u"-- CMD [ARGS...]"_s);
    int exitCode = ExitOk;
    if (!commandLine.parse(args, io, exitCode))
        return exitCode;

    const QStringList command = parser.positionalArguments();
    if (!parser.isSet(lockOption) || parser.value(lockOption).isEmpty())
        return io.fail(ExitUsage, Ctl::tr("run: give the lock's name with --lock NAME"));
    if (command.isEmpty())
        return io.fail(ExitUsage, Ctl::tr("run: give the command to run after --"));
    const auto ttl = parseInteger(parser.value(ttlOption), 1, MaxSeconds);
    if (!ttl)
        return io.fail(ExitUsage, Ctl::tr("--ttl: %1 is not a number of seconds (1 or more)")
                                      .arg(quote(parser.value(ttlOption))));
    const auto wait = parseInteger(parser.value(waitOption), 0, MaxSeconds);
    if (!wait)
        return io.fail(
            ExitUsage,
            Ctl::tr("--wait: %1 is not a number of seconds").arg(quote(parser.value(waitOption))));
    auto connection = common.connection(parser, io);
    if (!connection)
        return io.fail(ExitUsage, connection.error().message);
    const Profile& profile = connection->profile;
    if (profile.readOnly)
        return io.fail(
            ExitFailure,
            Ctl::tr("the profile \"%1\" is read-only: not taking locks").arg(profile.name));

    Client client(profile, connection->options);
    LockOptions lockOptions;
    lockOptions.ttl = *ttl;
    if (*wait > 0)
        lockOptions.wait = std::chrono::seconds(*wait);
    DistributedLock lock(client, parser.value(lockOption), lockOptions);
    const LockResult acquired = lock.acquire();
    if (!acquired.ok())
        return io.fail(acquired.status == LockStatus::Failed && acquired.server < 0
                           ? ExitUsage
                           : exitCodeFor(acquired.status),
                       acquired.message);

    QProcess process;
    QProcessEnvironment environment =
        io.env().isEmpty() ? QProcessEnvironment::systemEnvironment() : io.env();
    // The cluster's password is ours, not the command's (its children, its logs).
    environment.remove(QString::fromLatin1(PasswordVariable));
    environment.insert(u"LOCKBOARD_FENCING_TOKEN"_s, QString::number(acquired.fencingToken));
    environment.insert(u"LOCKBOARD_LOCK_KEY"_s, QString::fromUtf8(acquired.key));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);

    // Refresh every ttl/3. A refresh that cannot reach the server is tried
    // again at the next tick; the lock counts as lost once a whole TTL has gone
    // by without a successful refresh, or at once when the server says it is
    // no longer ours.
    QString lost;
    QDeadlineTimer lastGoodRefresh{std::chrono::seconds(*ttl)};
    QTimer refresher;
    refresher.setInterval(int(std::max<qint64>(*ttl * 1000 / 3, 200)));
    QObject::connect(&refresher, &QTimer::timeout, &process, [&] {
        if (!lost.isEmpty())
            return;
        const LockResult refreshed = lock.refresh();
        if (refreshed.status == LockStatus::Refreshed)
            lastGoodRefresh.setRemainingTime(std::chrono::seconds(*ttl));
        else if (refreshed.status == LockStatus::NotHeld || lastGoodRefresh.hasExpired())
            lost = refreshed.message;
    });

    // SIGINT, SIGTERM and SIGHUP go on to CMD; the lock is released after it ends.
    const QuitSignals quitSignals;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            loop.quit();
    });
    process.start(command.first(), command.mid(1));
    if (!process.waitForStarted(-1)) {
        const LockResult released = lock.release();
        Q_UNUSED(released);
        return io.fail(ExitCannotRun,
                       Ctl::tr("cannot run %1: %2 (lock %3 released)")
                           .arg(quote(command.first()), process.errorString(), quote(lock.name())));
    }
    // A signal for lockboardctl goes to CMD; the lock is released once CMD ends.
    QObject::connect(&quitSignals, &QuitSignals::received, &process,
                     [&process](int signal) { ::kill(pid_t(process.processId()), signal); });
    refresher.start();
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    refresher.stop();

    if (lost.isEmpty()) {
        const LockResult released = lock.release();
        if (released.status == LockStatus::NotHeld)
            lost = released.message;
        else if (!released.ok())
            io.err() << u"lockboardctl: "_s << released.message << Qt::endl;
    }
    if (!lost.isEmpty())
        return io.fail(ExitLockLost,
                       Ctl::tr("the lock was lost while the command ran: %1").arg(lost));
    if (process.exitStatus() == QProcess::CrashExit) {
        // Qt reports the signal's number as the exit code of a crashed process;
        // exit as a shell would, 128 + the signal.
        io.err() << u"lockboardctl: "_s
                 << Ctl::tr("%1 was killed by signal %2")
                        .arg(quote(command.first()))
                        .arg(process.exitCode())
                 << u'\n';
        io.err().flush();
        return 128 + process.exitCode();
    }
    return process.exitCode();
}

} // namespace lockboard::cli
