#include "app/lockboardctl/Ctl.h"

#include "app/lockboardctl/ActivityCommand.h"
#include "app/lockboardctl/CliIo.h"
#include "app/lockboardctl/DoctorCommand.h"
#include "app/lockboardctl/InspectCommands.h"
#include "app/lockboardctl/KeyValueCommands.h"
#include "app/lockboardctl/PlaceCommand.h"
#include "app/lockboardctl/ProfileCommand.h"
#include "app/lockboardctl/RunCommand.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace lockboard::cli {

namespace {

// The command's words, in the context "lockboardctl" for translators.
class Ctl
{
    Q_DECLARE_TR_FUNCTIONS(lockboardctl)
};

struct Command
{
    QString name;
    const char* summary; // in the context "lockboardctl", translated when printed
    int (*run)(const QStringList&, CliIo&);
};

const QList<Command>& commands()
{
    static const QList<Command> list{
        {u"place"_s,
         QT_TRANSLATE_NOOP("lockboardctl", "Show each key's home server as the application's "
                                           "client library computes it."),
         &runPlace},
        {u"set"_s,
         QT_TRANSLATE_NOOP("lockboardctl", "Store a value on its key's home server, and say "
                                           "whether it was stored."),
         &runSet},
        {u"get"_s,
         QT_TRANSLATE_NOOP("lockboardctl", "Print the value of a key from its home server."),
         &runGet},
        {u"servers"_s, QT_TRANSLATE_NOOP("lockboardctl", "Show every server's health."),
         &runServers},
        {u"locks"_s, QT_TRANSLATE_NOOP("lockboardctl", "List every held lock on every server."),
         &runLocks},
        {u"watch"_s,
         QT_TRANSLATE_NOOP("lockboardctl", "Servers and locks, refreshed live in the terminal."),
         &runWatch},
        {u"release"_s,
         QT_TRANSLATE_NOOP("lockboardctl", "Force-release a stuck lock, guarded by its CAS and "
                                           "written to the audit log."),
         &runRelease},
        {u"run"_s,
         QT_TRANSLATE_NOOP("lockboardctl",
                           "Run a command while holding a lock: a cluster-wide flock."),
         &runRun},
        {u"activity"_s,
         QT_TRANSLATE_NOOP("lockboardctl", "Watch lock traffic: acquisitions, contention, hold "
                                           "times, expiries, stuck locks."),
         &runActivity},
        {u"doctor"_s,
         QT_TRANSLATE_NOOP("lockboardctl", "Find what can make a lock lie (client settings, "
                                           "profiles, evictions, servers), with the fix."),
         &runDoctor},
        {u"profile"_s,
         QT_TRANSLATE_NOOP("lockboardctl", "List, show, save or remove saved connection profiles."),
         &runProfile},
    };
    return list;
}

void printUsage(QTextStream& out)
{
    out << Ctl::tr("Usage: lockboardctl COMMAND [options] [arguments]\n\n"
                   "Inspect and operate memcached clusters that Django applications use as a "
                   "distributed lock.\n\n"
                   "Commands:\n");
    for (const Command& command : commands())
        out << u"  "_s << command.name.leftJustified(10) << Ctl::tr(command.summary) << u'\n';
    out << Ctl::tr("\nRun 'lockboardctl COMMAND --help' for a command's options.\n"
                   "Servers come from --servers, a --profile, $LOCKBOARD_SERVERS, or the profile "
                   "\"default\".\n"
                   "Messages follow the system's language ($LANG); --lang CODE (de, fr, en) "
                   "overrides it.\n"
                   "Exit codes: 0 success, 1 the operation failed, 2 bad input, 69 a server could "
                   "not be reached\n"
                   "(run: 75 the lock is held, 70 the lock was lost, 127 the command cannot "
                   "run; doctor: 3 warnings, 4 critical).\n");
    out.flush();
}

} // namespace

int runCtl(const QStringList& args, CliIo& io)
{
    const QString first = args.value(1);
    if (first.isEmpty()) {
        printUsage(io.err());
        return ExitUsage;
    }
    if (first == u"-h" || first == u"--help" || first == u"help") {
        printUsage(io.out());
        return ExitOk;
    }
    if (first == u"-v" || first == u"--version") {
        io.out() << u"lockboardctl "_s << QCoreApplication::applicationVersion() << u'\n';
        io.out().flush();
        return ExitOk;
    }
    for (const Command& command : commands()) {
        if (command.name == first) {
            QStringList rest = args.mid(2);
            rest.prepend(args.value(0) + u' ' + command.name);
            return command.run(rest, io);
        }
    }
    return io.fail(ExitUsage,
                   Ctl::tr("unknown command \"%1\" (run lockboardctl --help)").arg(first));
}

} // namespace lockboard::cli
