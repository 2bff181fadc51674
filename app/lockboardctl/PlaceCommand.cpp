#include "app/lockboardctl/PlaceCommand.h"

#include "app/lockboardctl/CliIo.h"
#include "app/lockboardctl/CommonOptions.h"
#include "app/lockboardctl/TextTable.h"
#include "core/placement/Placement.h"
#include "core/placement/PythonMemcachedPlacement.h"

#include <QCoreApplication>
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

} // namespace

int runPlace(const QStringList& args, CliIo& io)
{
    CommandLine command(
        u"lockboardctl place [options] KEY..."_s,
        Ctl::tr("Show the home server of each key, computed as the application's client library "
                "computes it.\n"
                "KEY is a cache key and goes through Django's key function "
                "(KEY_PREFIX:VERSION:KEY) unless --raw is given.\nAlso show where the library "
                "puts the key while its home is down (python-memcached, pymemcache and dalli move "
                "it on "
                "their defaults, others with the profile's client options: two holders of one "
                "lock), and python-memcached's full rehash order."),
        CommandLine::Cluster | CommandLine::Keys);
    QCommandLineParser& parser = command.parser();
    const CommonOptions& common = command.common();
    parser.addPositionalArgument(u"key"_s, Ctl::tr("Cache keys (memcached keys with --raw)."),
                                 u"KEY..."_s);
    int exitCode = ExitOk;
    if (!command.parse(args, io, exitCode))
        return exitCode;

    const QStringList keys = parser.positionalArguments();
    if (keys.isEmpty())
        return io.fail(ExitUsage,
                       Ctl::tr("place: give at least one KEY (see lockboardctl place --help)"));
    auto profile = common.overrides(parser).resolve(io.profiles(), io.environment());
    if (!profile)
        return io.fail(ExitUsage, profile.error().message);

    QList<QByteArray> memcachedKeys;
    for (const QString& key : keys) {
        auto memcachedKey = common.memcachedKey(parser, *profile, key);
        if (!memcachedKey)
            return io.fail(ExitUsage, memcachedKey.error().message);
        memcachedKeys.append(std::move(memcachedKey).value());
    }

    const auto placement =
        Placement::create(profile->client, profile->servers, profile->clientOptions);
    const auto* pythonMemcached = dynamic_cast<const PythonMemcachedPlacement*>(placement.get());
    const QList<ServerSpec>& servers = profile->servers;

    QJsonArray json;
    TextTable table({u"KEY"_s, u"MEMCACHED KEY"_s, u"SERVER"_s, u"INDEX"_s, u"IF HOME DOWN"_s});
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString refusal = placement->refusal(memcachedKeys[i]);
        if (!refusal.isEmpty()) {
            json.append(QJsonObject{{u"key"_s, keys[i]},
                                    {u"memcached_key"_s, QString::fromUtf8(memcachedKeys[i])},
                                    {u"client"_s, clientLibraryName(profile->client)},
                                    {u"server"_s, QJsonValue()},
                                    {u"index"_s, QJsonValue()},
                                    {u"refused"_s, refusal}});
            table.addRow({keys[i], QString::fromUtf8(memcachedKeys[i]), u"(%1)"_s.arg(refusal),
                          u"-"_s, u"-"_s});
            continue;
        }
        const int home = placement->home(memcachedKeys[i]);
        QJsonObject row{{u"key"_s, keys[i]},
                        {u"memcached_key"_s, QString::fromUtf8(memcachedKeys[i])},
                        {u"client"_s, clientLibraryName(profile->client)},
                        {u"server"_s, servers[home].name()},
                        {u"index"_s, home}};
        QStringList cells{keys[i], QString::fromUtf8(memcachedKeys[i]), servers[home].name(),
                          QString::number(home)};
        if (pythonMemcached) {
            QJsonArray rehash;
            const QList<int> attempts = pythonMemcached->attempts(memcachedKeys[i]);
            for (qsizetype a = 1; a < attempts.size(); ++a)
                rehash.append(servers[attempts[a]].name());
            row.insert(u"rehash"_s, rehash);
        }
        // Where the library itself puts the key once it has given the home up.
        const int fallback = placement->landing(memcachedKeys[i], {home});
        row.insert(u"if_home_down"_s,
                   fallback < 0 ? QJsonValue() : QJsonValue(servers[fallback].name()));
        cells.append(fallback < 0 ? u"(fails)"_s : servers[fallback].name());
        json.append(row);
        table.addRow(cells);
    }

    io.printJsonOrTable(common.json(parser), QJsonDocument(json), table);
    return ExitOk;
}

} // namespace lockboard::cli
