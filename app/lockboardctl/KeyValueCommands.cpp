#include "app/lockboardctl/KeyValueCommands.h"

#include "app/lockboardctl/CliIo.h"
#include "app/lockboardctl/CommonOptions.h"
#include "core/client/Client.h"
#include "core/common/Quote.h"

#include <QCoreApplication>
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

// Everything a key command needs once its options are read.
struct Invocation
{
    Profile profile;
    ClientOptions options;
    QString key;
    QByteArray memcachedKey;
    bool json = false;
};

// Parses the common options and the KEY argument (the first positional one);
// on failure returns false with the exit code set.
bool prepare(CommandLine& command, const QStringList& args, CliIo& io, Invocation& invocation,
             int& exitCode)
{
    if (!command.parse(args, io, exitCode))
        return false;
    const QStringList positional = command.parser().positionalArguments();
    if (positional.isEmpty()) {
        exitCode = io.fail(
            ExitUsage,
            Ctl::tr("give a KEY (see %1 --help)").arg(command.synopsis().section(u' ', 0, 1)));
        return false;
    }
    auto connection = command.common().connection(command.parser(), io);
    if (!connection) {
        exitCode = io.fail(ExitUsage, connection.error().message);
        return false;
    }
    auto key = command.common().memcachedKey(command.parser(), connection->profile, positional[0]);
    if (!key) {
        exitCode = io.fail(ExitUsage, key.error().message);
        return false;
    }
    invocation = {connection->profile, connection->options, positional[0], std::move(key).value(),
                  command.json()};
    return true;
}

QJsonObject toJson(const Invocation& invocation, const OpResult& result)
{
    return {{u"key"_s, invocation.key},
            {u"memcached_key"_s, QString::fromUtf8(invocation.memcachedKey)},
            {u"server"_s, result.serverName},
            {u"index"_s, result.server},
            {u"outcome"_s, outcomeName(result.outcome)},
            {u"ok"_s, result.ok()},
            {u"elapsed_ms"_s, double(result.elapsedUs) / 1000.0},
            {u"message"_s, result.message}};
}

// The exit code of a failed operation: 69 when the home could not be used.
int failed(CliIo& io, const OpResult& result, const Invocation& invocation)
{
    if (invocation.json)
        io.printJson(QJsonDocument(toJson(invocation, result)));
    return io.fail(isUnavailable(result.outcome) ? ExitUnavailable : ExitFailure,
                   Ctl::tr("%1 (key %2)").arg(result.message, quote(invocation.memcachedKey)));
}

} // namespace

int runSet(const QStringList& args, CliIo& io)
{
    CommandLine command(
        u"lockboardctl set [options] KEY VALUE|-"_s,
        Ctl::tr("Store VALUE under KEY on the key's home server, and say whether the server "
                "stored it.\n"
                "VALUE '-' reads the value from standard input. Exit codes: 0 stored, 1 not stored "
                "(the reason is on stderr), 2 bad input, 69 the home server could not be "
                "reached."),
        CommandLine::Cluster | CommandLine::Keys | CommandLine::Network);
    QCommandLineParser& parser = command.parser();
    const QCommandLineOption ttl(
        u"ttl"_s, Ctl::tr("Expire after <s> seconds (0: never). Default: 0."), u"s"_s, u"0"_s);
    const QCommandLineOption flags(u"flags"_s, Ctl::tr("The item's client flags. Default: 0."),
                                   u"n"_s, u"0"_s);
    parser.addOptions({ttl, flags});
    parser.addPositionalArgument(u"key"_s, Ctl::tr("The cache key (memcached key with --raw)."),
                                 u"KEY"_s);
    parser.addPositionalArgument(u"value"_s, Ctl::tr("The value, or - for standard input."),
                                 u"VALUE|-"_s);

    Invocation invocation;
    int exitCode = ExitOk;
    if (!prepare(command, args, io, invocation, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return io.fail(ExitUsage, Ctl::tr("set takes KEY and VALUE (or - for standard input)"));
    const auto seconds = parseInteger(parser.value(ttl), 0, std::numeric_limits<qint32>::max());
    if (!seconds)
        return io.fail(
            ExitUsage,
            Ctl::tr("--ttl: %1 is not a number of seconds").arg(quote(parser.value(ttl))));
    const auto clientFlags =
        parseInteger(parser.value(flags), 0, std::numeric_limits<quint32>::max());
    if (!clientFlags)
        return io.fail(
            ExitUsage,
            Ctl::tr("--flags: %1 is not a 32-bit unsigned number").arg(quote(parser.value(flags))));
    if (invocation.profile.readOnly)
        return io.fail(
            ExitFailure,
            Ctl::tr("the profile \"%1\" is read-only: not writing").arg(invocation.profile.name));

    const QByteArray value = positional[1] == u"-" ? io.in().readAll() : positional[1].toUtf8();
    Client client(invocation.profile, invocation.options);
    const OpResult result =
        client.set(invocation.memcachedKey, value, *seconds, quint32(*clientFlags));
    if (!result.ok())
        return failed(io, result, invocation);
    if (invocation.json) {
        io.printJson(QJsonDocument(toJson(invocation, result)));
        return ExitOk;
    }
    io.out() << Ctl::tr("%1 (key %2, %3 bytes)")
                    .arg(result.message, quote(invocation.memcachedKey),
                         QString::number(value.size()))
             << u'\n';
    io.out().flush();
    return ExitOk;
}

int runGet(const QStringList& args, CliIo& io)
{
    CommandLine command(
        u"lockboardctl get [options] KEY"_s,
        Ctl::tr("Print the value stored under KEY on the key's home server, as is.\n"
                "Exit codes: 0 found, 1 not found (or another refusal, on stderr), 2 bad input, "
                "69 the home server could not be reached."),
        CommandLine::Cluster | CommandLine::Keys | CommandLine::Network);
    QCommandLineParser& parser = command.parser();
    parser.addPositionalArgument(u"key"_s, Ctl::tr("The cache key (memcached key with --raw)."),
                                 u"KEY"_s);

    Invocation invocation;
    int exitCode = ExitOk;
    if (!prepare(command, args, io, invocation, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return io.fail(ExitUsage, Ctl::tr("get takes one KEY"));

    Client client(invocation.profile, invocation.options);
    const OpResult result = client.get(invocation.memcachedKey);
    if (!result.ok())
        return failed(io, result, invocation);
    if (invocation.json) {
        QJsonObject object = toJson(invocation, result);
        object.insert(u"flags"_s, qint64(result.flags));
        object.insert(u"cas"_s,
                      QString::number(result.cas)); // 64 bits: a string, exact in any JSON reader
        const QString text = QString::fromUtf8(result.value);
        if (text.toUtf8() == result.value)
            object.insert(u"value"_s, text);
        else
            object.insert(u"value_base64"_s, QString::fromLatin1(result.value.toBase64()));
        io.printJson(QJsonDocument(object));
        return ExitOk;
    }
    io.writeRaw(result.value);
    if (io.outIsTerminal() && !result.value.endsWith('\n'))
        io.writeRaw("\n");
    return ExitOk;
}

} // namespace lockboard::cli
