#include "app/lockboardctl/ProfileCommand.h"

#include "app/lockboardctl/CliIo.h"
#include "app/lockboardctl/CommonOptions.h"
#include "app/lockboardctl/TextTable.h"

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

QJsonObject toJson(const Profile& profile)
{
    QJsonArray servers;
    for (const ServerSpec& server : profile.servers)
        servers.append(server.toString());
    return {{u"name"_s, profile.name},
            {u"servers"_s, servers},
            {u"client"_s, clientLibraryName(profile.client)},
            {u"key_prefix"_s, profile.keys.keyPrefix()},
            {u"key_version"_s, profile.keys.version()},
            {u"lock_prefix"_s, profile.keys.lockPrefix()},
            {u"read_only"_s, profile.readOnly},
            {u"lock_names"_s, QJsonArray::fromStringList(profile.lockNames)},
            {u"names_only"_s, profile.namesOnly},
            {u"stream_limit_kib"_s, profile.streamLimitKiB}};
}

QStringList toCells(const Profile& profile)
{
    return {profile.name,
            clientLibraryName(profile.client),
            serverListText(profile.servers),
            profile.keys.keyPrefix(),
            QString::number(profile.keys.version()),
            profile.keys.lockPrefix(),
            profile.readOnly ? u"yes"_s : u"no"_s,
            profile.namesOnly ? u"names only"_s : u"walk"_s,
            profile.lockNames.isEmpty() ? u"-"_s : profile.lockNames.join(u',')};
}

void print(CliIo& io, bool json, const QList<Profile>& profiles)
{
    if (json) {
        QJsonArray array;
        for (const Profile& profile : profiles)
            array.append(toJson(profile));
        io.printJson(QJsonDocument(array));
        return;
    }
    TextTable table({u"NAME"_s, u"CLIENT"_s, u"SERVERS"_s, u"KEY PREFIX"_s, u"VERSION"_s,
                     u"LOCK PREFIX"_s, u"READ-ONLY"_s, u"LISTING"_s, u"LOCK NAMES"_s});
    for (const Profile& profile : profiles)
        table.addRow(toCells(profile));
    table.print(io.out());
}

} // namespace

int runProfile(const QStringList& args, CliIo& io)
{
    CommandLine command(
        u"lockboardctl profile [options] list|show|save|remove [NAME]"_s,
        Ctl::tr("Saved connection profiles. 'save' stores the servers and settings given by the "
                "options (or by $LOCKBOARD_SERVERS) under NAME; the profile called \"default\" is "
                "used when no --profile is given."),
        CommandLine::Cluster | CommandLine::Inspect);
    QCommandLineParser& parser = command.parser();
    const CommonOptions& common = command.common();

    parser.addPositionalArgument(u"action"_s, Ctl::tr("list, show, save or remove."),
                                 u"list|show|save|remove"_s);
    parser.addPositionalArgument(u"name"_s, Ctl::tr("The profile's name."), u"[NAME]"_s);
    int exitCode = ExitOk;
    if (!command.parse(args, io, exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0, u"list"_s);
    const bool json = common.json(parser);
    if (action == u"list") {
        if (positional.size() > 1)
            return io.fail(ExitUsage, Ctl::tr("profile list takes no NAME"));
        QList<Profile> profiles;
        for (const QString& name : io.profiles().names()) {
            auto profile = io.profiles().load(name);
            if (!profile)
                return io.fail(ExitFailure, profile.error().message);
            profiles.append(std::move(profile).value());
        }
        print(io, json, profiles);
        return ExitOk;
    }
    if (action != u"show" && action != u"save" && action != u"remove")
        return io.fail(
            ExitUsage,
            Ctl::tr("profile: unknown action \"%1\" (use list, show, save or remove)").arg(action));
    if (positional.size() != 2)
        return io.fail(ExitUsage, Ctl::tr("profile %1 takes exactly one NAME").arg(action));
    const QString name = positional[1];
    if (auto valid = ProfileStore::checkName(name); !valid)
        return io.fail(ExitUsage, valid.error().message);

    if (action == u"show") {
        auto profile = io.profiles().load(name);
        if (!profile)
            return io.fail(profile.error().kind == ErrorKind::NotFound ? ExitFailure : ExitUsage,
                           profile.error().message);
        print(io, json, {*profile});
        return ExitOk;
    }
    if (action == u"remove") {
        if (auto removed = io.profiles().remove(name); !removed)
            return io.fail(ExitFailure, removed.error().message);
        io.err() << u"lockboardctl: "_s << Ctl::tr("removed profile \"%1\"").arg(name) << Qt::endl;
        return ExitOk;
    }

    ProfileOverrides overrides = common.overrides(parser);
    if (!overrides.servers && !overrides.profile &&
        io.env().value(u"LOCKBOARD_SERVERS"_s).trimmed().isEmpty())
        return io.fail(ExitUsage, Ctl::tr("profile save: give the servers with --servers (or "
                                          "$LOCKBOARD_SERVERS)"));

    auto profile = overrides.resolve(io.profiles(), io.environment());
    if (!profile)
        return io.fail(ExitUsage, profile.error().message);
    Profile saved = std::move(profile).value();
    saved.name = name;
    if (auto stored = io.profiles().save(saved); !stored)
        return io.fail(ExitFailure, stored.error().message);
    io.err() << u"lockboardctl: "_s
             << Ctl::tr("saved profile \"%1\" in %2").arg(name, io.profiles().settingsPath())
             << Qt::endl;
    return ExitOk;
}

} // namespace lockboard::cli
