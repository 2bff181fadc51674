#include "app/lockboardctl/RunCommand.h"

#include "app/lockboardctl/CliIo.h"
#include "app/lockboardctl/CommonOptions.h"
#include "core/client/Client.h"
#include "core/common/QuitSignals.h"
#include "core/common/Quote.h"
#include "core/lock/DistributedLock.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

#include <csignal>
#include <optional>

using namespace Qt::StringLiterals;

namespace lockboard::cli {

namespace {

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
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Run CMD while holding the lock NAME, a cluster-wide flock that excludes the seed's "
        u"Django recipe on the "
        "same name. The lock is refreshed every ttl/3 and released after CMD ends; CMD finds the "
        "lock's fencing "
        "token in $LOCKBOARD_FENCING_TOKEN.\n"
        "Exit codes: CMD's own when all went well; 75 the lock is held by another; 69 the lock's "
        "home server cannot "
        "be reached; 70 the lock was lost while CMD ran; 127 CMD could not be started."_s);
    const CommonOptions common;
    common.addTo(parser);
    common.addNetworkOptionsTo(parser);
    const QCommandLineOption lockOption(u"lock"_s, u"The lock's name (key __d_lock_<name>)."_s,
                                        u"name"_s);
    const QCommandLineOption ttlOption(
        u"ttl"_s, u"Seconds until the lock expires if not refreshed. Default: 120."_s, u"s"_s,
        u"120"_s);
    const QCommandLineOption waitOption(
        u"wait"_s, u"Keep trying for up to <s> seconds while it is held. Default: 0."_s, u"s"_s,
        u"0"_s);
    parser.addOptions({lockOption, ttlOption, waitOption});
    parser.addPositionalArgument(u"command"_s, u"The command to run, after --."_s,
                                 u"-- CMD [ARGS...]"_s);
    int exitCode = ExitOk;
    if (!parseCommandLine(parser, u"lockboardctl run [options] --lock NAME -- CMD [ARGS...]"_s,
                          args, io, exitCode))
        return exitCode;

    const QStringList command = parser.positionalArguments();
    if (!parser.isSet(lockOption) || parser.value(lockOption).isEmpty())
        return io.fail(ExitUsage, u"run: give the lock's name with --lock NAME"_s);
    if (command.isEmpty())
        return io.fail(ExitUsage, u"run: give the command to run after --"_s);
    const auto ttl = parseInteger(parser.value(ttlOption), 1, MaxSeconds);
    if (!ttl)
        return io.fail(ExitUsage, u"--ttl: %1 is not a number of seconds (1 or more)"_s.arg(
                                      quote(parser.value(ttlOption))));
    const auto wait = parseInteger(parser.value(waitOption), 0, MaxSeconds);
    if (!wait)
        return io.fail(ExitUsage, u"--wait: %1 is not a number of seconds"_s.arg(
                                      quote(parser.value(waitOption))));
    auto connection = common.connection(parser, io);
    if (!connection)
        return io.fail(ExitUsage, connection.error().message);
    const Profile& profile = connection->profile;
    if (profile.readOnly)
        return io.fail(ExitFailure,
                       u"the profile \"%1\" is read-only: not taking locks"_s.arg(profile.name));

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
                       u"cannot run %1: %2 (lock %3 released)"_s.arg(
                           quote(command.first()), process.errorString(), quote(lock.name())));
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
        return io.fail(ExitLockLost, u"the lock was lost while the command ran: %1"_s.arg(lost));
    if (process.exitStatus() == QProcess::CrashExit) {
        // Qt reports the signal's number as the exit code of a crashed process;
        // exit as a shell would, 128 + the signal.
        io.err() << u"lockboardctl: %1 was killed by signal %2\n"_s.arg(quote(command.first()))
                        .arg(process.exitCode());
        io.err().flush();
        return 128 + process.exitCode();
    }
    return process.exitCode();
}

} // namespace lockboard::cli
