#include "app/lockboardctl/Ctl.h"

#include "app/lockboardctl/ActivityCommand.h"
#include "app/lockboardctl/CliIo.h"
#include "app/lockboardctl/InspectCommands.h"
#include "app/lockboardctl/KeyValueCommands.h"
#include "app/lockboardctl/PlaceCommand.h"
#include "app/lockboardctl/ProfileCommand.h"
#include "app/lockboardctl/RunCommand.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace lockboard::cli {

namespace {

struct Command
{
    QString name;
    QString summary;
    int (*run)(const QStringList&, CliIo&);
};

const QList<Command>& commands()
{
    static const QList<Command> list{
        {u"place"_s,
         u"Show each key's home server as the application's client library computes it."_s,
         &runPlace},
        {u"set"_s, u"Store a value on its key's home server, and say whether it was stored."_s,
         &runSet},
        {u"get"_s, u"Print the value of a key from its home server."_s, &runGet},
        {u"servers"_s, u"Show every server's health."_s, &runServers},
        {u"locks"_s, u"List every held lock on every server."_s, &runLocks},
        {u"watch"_s, u"Servers and locks, refreshed live in the terminal."_s, &runWatch},
        {u"release"_s,
         u"Force-release a stuck lock, guarded by its CAS and written to the audit log."_s,
         &runRelease},
        {u"run"_s, u"Run a command while holding a lock: a cluster-wide flock."_s, &runRun},
        {u"activity"_s,
         u"Watch lock traffic: acquisitions, contention, hold times, expiries, stuck locks."_s,
         &runActivity},
        {u"profile"_s, u"List, show, save or remove saved connection profiles."_s, &runProfile},
    };
    return list;
}

void printUsage(QTextStream& out)
{
    out << u"Usage: lockboardctl COMMAND [options] [arguments]\n\n"
           "Inspect and operate memcached clusters that Django applications use as a distributed "
           "lock.\n\n"
           "Commands:\n"_s;
    for (const Command& command : commands())
        out << u"  "_s << command.name.leftJustified(10) << command.summary << u'\n';
    out << u"\nRun 'lockboardctl COMMAND --help' for a command's options.\n"
           "Servers come from --servers, a --profile, $LOCKBOARD_SERVERS, or the profile "
           "\"default\".\n"
           "Exit codes: 0 success, 1 the operation failed, 2 bad input, 69 a server could not be "
           "reached\n"
           "(run: 75 the lock is held, 70 the lock was lost, 127 the command cannot run).\n"_s;
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
    return io.fail(ExitUsage, u"unknown command \"%1\" (run lockboardctl --help)"_s.arg(first));
}

} // namespace lockboard::cli
