#include "app/lockboardctl/ProfileCommand.h"

#include "app/lockboardctl/CliIo.h"
#include "app/lockboardctl/CommonOptions.h"
#include "app/lockboardctl/TextTable.h"
#include "core/common/Quote.h"
#include "core/django/DjangoSettings.h"
#include "core/secrets/Secrets.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <termios.h>
#include <unistd.h>

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
    QJsonArray recipes;
    for (const LockRecipe& recipe : profile.recipes)
        recipes.append(recipe.toString());
    return {{u"name"_s, profile.name},
            {u"servers"_s, servers},
            {u"client"_s, clientLibraryName(profile.client)},
            {u"key_prefix"_s, profile.keys.keyPrefix()},
            {u"key_version"_s, profile.keys.version()},
            {u"lock_prefix"_s, profile.keys.lockPrefix()},
            {u"read_only"_s, profile.readOnly},
            {u"lock_names"_s, QJsonArray::fromStringList(profile.lockNames)},
            {u"lock_recipes"_s, recipes},
            {u"names_only"_s, profile.namesOnly},
            {u"stream_limit_kib"_s, profile.streamLimitKiB},
            {u"origin"_s, profile.origin},
            {u"client_options"_s, profile.clientOptions},
            {u"tls"_s, QJsonObject{{u"enabled"_s, profile.tls.enabled},
                                   {u"ca_file"_s, profile.tls.caFile},
                                   {u"cert_file"_s, profile.tls.certFile},
                                   {u"key_file"_s, profile.tls.keyFile},
                                   {u"verify_name"_s, profile.tls.verifyName},
                                   {u"verify"_s, profile.tls.verify}}},
            {u"auth_user"_s, profile.authUser},
            {u"password_file"_s, profile.passwordFile}};
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
            profile.lockNames.isEmpty() ? u"-"_s : profile.lockNames.join(u','),
            securityText(profile.tls, profile.authUser)};
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
                     u"LOCK PREFIX"_s, u"READ-ONLY"_s, u"LISTING"_s, u"LOCK NAMES"_s,
                     u"SECURITY"_s});
    for (const Profile& profile : profiles)
        table.addRow(toCells(profile));
    table.print(io.out());
}

// Runs the project's Python on the reader; what it printed, or why it could not run.
Result<DjangoCaches> readDjango(const DjangoProject& project, CliIo& io)
{
    const DjangoReaderCommand command = djangoReaderCommand(project);
    QProcess process;
    process.setProcessEnvironment(io.env().isEmpty() ? QProcessEnvironment::systemEnvironment()
                                                     : io.env());
    process.start(command.program, command.arguments);
    if (!process.waitForStarted())
        return Error{ErrorKind::InvalidArgument, Ctl::tr("cannot run the project's Python %1: %2")
                                                     .arg(command.program, process.errorString())};
    process.closeWriteChannel();
    if (!process.waitForFinished(DjangoReaderTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return Error{ErrorKind::Timeout,
                     Ctl::tr("%1 did not finish reading the project's settings within %2 s")
                         .arg(command.program)
                         .arg(DjangoReaderTimeoutMs / 1000)};
    }
    const int exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return parseDjangoCaches(exitCode, process.readAllStandardOutput(),
                             process.readAllStandardError());
}

int runImportDjango(const QStringList& args, CliIo& io)
{
    CommandLine command(
        u"lockboardctl profile import-django [options]"_s,
        Ctl::tr("Read a Django project's cache settings with the project's own Python and save "
                "one profile per memcached cache alias, named after it: the servers in the order "
                "the backend passes them, the client library, KEY_PREFIX, VERSION and the "
                "client's options. No server is contacted. Settings read from the environment "
                "see this command's environment."),
        0);
    QCommandLineParser& parser = command.parser();
    const QCommandLineOption python(
        u"python"_s,
        Ctl::tr("The application's Python interpreter, for example its virtualenv's "
                "bin/python (default: python3 from PATH)."),
        u"PATH"_s);
    const QCommandLineOption settings(
        u"settings"_s,
        Ctl::tr("The settings module, as DJANGO_SETTINGS_MODULE names it (default: "
                "$DJANGO_SETTINGS_MODULE)."),
        u"MODULE"_s);
    const QCommandLineOption pythonPath(
        u"pythonpath"_s,
        Ctl::tr("A directory to put first on sys.path, such as the project's root (repeatable; "
                "the working directory is on it too, as for manage.py)."),
        u"DIR"_s);
    const QCommandLineOption alias(u"alias"_s, Ctl::tr("Import only this alias of CACHES."),
                                   u"ALIAS"_s);
    const QCommandLineOption name(
        u"name"_s, Ctl::tr("The profile's name when one alias is imported (default: the alias)."),
        u"NAME"_s);
    const QCommandLineOption replace(u"replace"_s,
                                     Ctl::tr("Overwrite saved profiles of the same names."));
    const QCommandLineOption dryRun(u"dry-run"_s,
                                    Ctl::tr("Show the profiles without saving them."));
    const QCommandLineOption json(u"json"_s, Ctl::tr("Print the profiles as JSON."));
    parser.addOptions({python, settings, pythonPath, alias, name, replace, dryRun, json});
    int exitCode = ExitOk;
    if (!command.parse(args, io, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return io.fail(ExitUsage, Ctl::tr("profile import-django takes no arguments (got \"%1\")")
                                      .arg(parser.positionalArguments().join(u' ')));

    DjangoProject project;
    if (parser.isSet(python))
        project.python = parser.value(python);
    project.settingsModule = parser.value(settings);
    project.pythonPath = parser.values(pythonPath);
    project.alias = parser.value(alias);
    if (project.settingsModule.isEmpty() && io.env().value(u"DJANGO_SETTINGS_MODULE"_s).isEmpty())
        return io.fail(ExitUsage, Ctl::tr("profile import-django: give the settings module with "
                                          "--settings (or $DJANGO_SETTINGS_MODULE)"));
    io.err() << u"lockboardctl: "_s
             << Ctl::tr("reading CACHES of %1 with %2 ...")
                    .arg(project.settingsModule.isEmpty()
                             ? io.env().value(u"DJANGO_SETTINGS_MODULE"_s)
                             : project.settingsModule,
                         project.python)
             << Qt::endl;

    auto read = readDjango(project, io);
    if (!read)
        return io.fail(ExitUsage, read.error().message);
    auto imported = profilesFromDjango(*read, project.alias);
    if (!imported)
        return io.fail(ExitUsage, imported.error().message);
    QList<Profile> profiles = std::move(imported).value();
    if (parser.isSet(name)) {
        if (profiles.size() != 1)
            return io.fail(ExitUsage, Ctl::tr("--name needs one alias, and %1 were read: choose "
                                              "one with --alias")
                                          .arg(profiles.size()));
        profiles.first().name = parser.value(name);
    }
    for (const DjangoCache& cache : read->caches)
        for (const QString& warning : cache.warnings)
            io.err() << u"lockboardctl: "_s
                     << Ctl::tr("warning: cache \"%1\": %2").arg(cache.alias, warning) << Qt::endl;

    // A dry run refuses what a real import would refuse, an existing name aside.
    const bool replacing = parser.isSet(replace) || parser.isSet(dryRun);
    if (auto checked = checkImportedProfiles(io.profiles(), profiles, replacing); !checked)
        return io.fail(ExitUsage, Ctl::tr("%1 (--replace overwrites, --alias and --name choose)")
                                      .arg(checked.error().message));
    if (parser.isSet(dryRun)) {
        print(io, parser.isSet(json), profiles);
        return ExitOk;
    }
    if (auto stored = io.profiles().saveAll(profiles); !stored)
        return io.fail(ExitFailure, stored.error().message);
    print(io, parser.isSet(json), profiles);
    for (const Profile& profile : std::as_const(profiles)) {
        io.err() << u"lockboardctl: "_s
                 << Ctl::tr("saved profile \"%1\" in %2 (%3)")
                        .arg(profile.name, io.profiles().settingsPath(), profile.origin)
                 << Qt::endl;
    }
    return ExitOk;
}

// Reads one line from stdin, without echo on a terminal.
QString readSecretLine(CliIo& io, const QString& prompt)
{
    const bool terminal = io.inIsTerminal();
    termios saved{};
    if (terminal) {
        io.err() << prompt << Qt::flush;
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QByteArray line = io.in().readLine(4096);
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        io.err() << Qt::endl;
    }
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

// profile set-password NAME (the password from stdin) and forget-password NAME.
int keyringAction(CliIo& io, bool store, const QString& name)
{
    auto profile = io.profiles().load(name);
    if (!profile)
        return io.fail(profile.error().kind == ErrorKind::NotFound ? ExitFailure : ExitUsage,
                       profile.error().message);
    if (profile->authUser.isEmpty())
        return io.fail(
            ExitUsage,
            Ctl::tr("profile %1 has no user (save it with --user first)").arg(quote(name)));
    const QString key = keyringKey(*profile);
    QString password;
    if (store) {
        password = readSecretLine(io, Ctl::tr("Password for %1: ").arg(key));
        if (auto valid = checkPassword(password); !valid)
            return io.fail(ExitUsage, valid.error().message);
    }
    Keyring keyring;
    QEventLoop loop;
    Status result = success();
    const auto done = [&](Status status) {
        result = std::move(status);
        loop.quit();
    };
    if (store)
        keyring.write(key, password, done);
    else
        keyring.remove(key, done);
    loop.exec();
    if (!result)
        return io.fail(ExitFailure, result.error().message);
    io.err() << u"lockboardctl: "_s
             << (store ? Ctl::tr("stored the password of %1 in the system keyring").arg(key)
                       : Ctl::tr("removed the password of %1 from the system keyring").arg(key))
             << Qt::endl;
    return ExitOk;
}

} // namespace

int runProfile(const QStringList& args, CliIo& io)
{
    if (args.value(1) == u"import-django")
        return runImportDjango(QStringList{args.value(0) + u" import-django"_s} + args.mid(2), io);

    CommandLine command(
        u"lockboardctl profile [options] list|show|save|remove|set-password|forget-password "
        u"[NAME] | import-django [options]"_s,
        Ctl::tr(
            "Saved connection profiles. 'save' stores the servers and settings given by the "
            "options (or by $LOCKBOARD_SERVERS) under NAME; the profile called \"default\" is "
            "used when no --profile is given. 'import-django' reads them from a Django project "
            "(see lockboardctl profile import-django --help). 'set-password' reads the password of "
            "the profile's user from stdin into the system keyring; 'forget-password' removes "
            "it."),
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
    const QStringList actions{u"show"_s, u"save"_s, u"remove"_s, u"set-password"_s,
                              u"forget-password"_s};
    if (!actions.contains(action))
        return io.fail(ExitUsage, Ctl::tr("profile: unknown action \"%1\" (use list, show, save, "
                                          "remove, set-password or forget-password)")
                                      .arg(action));
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
    if (action == u"set-password" || action == u"forget-password")
        return keyringAction(io, action == u"set-password", name);
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
