#include "app/lockboardctl/CommonOptions.h"

#include "app/lockboardctl/CliIo.h"
#include "core/common/Quote.h"
#include "core/config/ClientLibrary.h"
#include "core/secrets/Secrets.h"

#include <QCoreApplication>
#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace lockboard::cli {

namespace {

// The command's words, in the context "lockboardctl" for translators.
class Ctl
{
    Q_DECLARE_TR_FUNCTIONS(lockboardctl)
};

std::optional<QString> valueIfSet(const QCommandLineParser& parser,
                                  const QCommandLineOption& option)
{
    return parser.isSet(option) ? std::optional<QString>(parser.value(option)) : std::nullopt;
}

} // namespace

CommonOptions::CommonOptions()
    : m_profile(u"profile"_s, Ctl::tr("Use the saved profile <name> (see 'lockboardctl profile')."),
                u"name"_s)
    , m_servers(
          u"servers"_s,
          Ctl::tr("Servers in the application's order: host:port[:weight], [v6addr]:port[:weight] "
                  "or unix:/path, separated by commas. Default: $LOCKBOARD_SERVERS or the saved "
                  "profile."),
          u"list"_s)
    , m_client(u"client"_s,
               Ctl::tr("The application's client library, which decides placement: %1. Default: "
                       "python-memcached.")
                   .arg(clientLibraryNames().join(u", "_s)),
               u"name"_s)
    , m_clientOption(
          u"client-option"_s,
          Ctl::tr("Set one of the client library's options that change where a key goes when its "
                  "server is down (and what the doctor says), with the library's own name: "
                  "failover=false (dalli), remove=true (node-memcached), "
                  "OPT_REMOVE_FAILED_SERVERS=true (php-memcached-ketama), retry_attempts=1e9 "
                  "(pymemcache), behaviors.auto_eject=true (pylibmc). NAME= removes it. Give "
                  "it once per option; saved by 'profile save'."),
          u"name=value"_s)
    , m_keyPrefix(u"key-prefix"_s, Ctl::tr("Django's KEY_PREFIX. Default: empty."), u"prefix"_s)
    , m_keyVersion(u"key-version"_s, Ctl::tr("Django's VERSION. Default: 1."), u"n"_s)
    , m_lockPrefix(u"lock-prefix"_s, Ctl::tr("The lock key prefix. Default: __d_lock_."),
                   u"prefix"_s)
    , m_recipe(u"recipe"_s,
               Ctl::tr("A lock recipe of the applications sharing the cluster, "
                       "KIND[@CLIENT][=PATTERN]: django (the default), celery, laravel (default "
                       "pattern laravel_cache:{name}) or custom=PATTERN with {name} in it; "
                       "@CLIENT names the library that writes its keys (default --client). "
                       "Give it once per recipe; replaces the profile's."),
               u"recipe"_s)
    , m_json(u"json"_s, Ctl::tr("Print JSON for scripts."))
    , m_readOnly(u"read-only"_s,
                 Ctl::tr("Refuse every write to the cluster (also a profile setting)."))
    , m_raw(u"raw"_s, Ctl::tr("KEY is the memcached key as is (no key function)."))
    , m_connectTimeout(
          u"connect-timeout"_s,
          Ctl::tr("Give up connecting to a server after <ms> milliseconds. Default: %1.")
              .arg(ClientOptions().connectTimeoutMs),
          u"ms"_s)
    , m_ioTimeout(
          u"timeout"_s,
          Ctl::tr("Give up waiting for a server's answer after <ms> milliseconds. Default: %1.")
              .arg(ClientOptions().ioTimeoutMs),
          u"ms"_s)
    , m_lockNames(u"lock-names"_s,
                  Ctl::tr("Lock names to look for by name, for servers in names mode (started "
                          "with -X, or --names-only): a,b,c or @file with one name per line. "
                          "Added to the profile's names."),
                  u"names"_s)
    , m_namesOnly(u"names-only"_s,
                  Ctl::tr("Never walk the keyspace: find locks by name only (--lock-names, the "
                          "profile's names, names seen on other servers). Also a profile "
                          "setting."))
    , m_streamLimit(u"stream-limit"_s,
                    Ctl::tr("Stop a server's activity stream above <KiB> per second (it carries "
                            "the whole cache's stores). 0: no limit. Default: the profile's, else "
                            "256."),
                    u"KiB"_s)
    , m_tls(u"tls"_s, Ctl::tr("Connect with TLS (servers started with memcached -Z). Also a "
                              "profile setting."))
    , m_tlsCa(u"tls-ca"_s,
              Ctl::tr("Trust the CAs in <file> (PEM) for the servers' certificates. Default: the "
                      "system's CA store."),
              u"file"_s)
    , m_tlsCert(u"tls-cert"_s,
                Ctl::tr("Our client certificate (PEM), for servers that require one "
                        "(ssl_verify_mode 2 or 3)."),
                u"file"_s)
    , m_tlsKey(u"tls-key"_s, Ctl::tr("The client certificate's private key (PEM)."), u"file"_s)
    , m_tlsName(u"tls-name"_s,
                Ctl::tr("The name the servers' certificates must carry. Default: each server's "
                        "host."),
                u"name"_s)
    , m_tlsNoVerify(u"tls-no-verify"_s,
                    Ctl::tr("Accept any server certificate: the connection is encrypted but the "
                            "server is not authenticated. For tests only."))
    , m_user(u"user"_s,
             Ctl::tr("Authenticate as <name> (servers started with memcached -Y). The password "
                     "comes from $LOCKBOARD_PASSWORD, --password-file or the system keyring "
                     "(lockboardctl profile set-password), never from the command line."),
             u"name"_s)
    , m_passwordFile(u"password-file"_s,
                     Ctl::tr("Read the password from <file>, which only its owner may read "
                             "(chmod 600)."),
                     u"file"_s)
{}

void CommonOptions::addInspectOptionsTo(QCommandLineParser& parser) const
{
    parser.addOptions({m_lockNames, m_namesOnly, m_streamLimit});
}

void CommonOptions::addKeyOptionsTo(QCommandLineParser& parser) const
{
    parser.addOption(m_raw);
}

Result<QByteArray> CommonOptions::memcachedKey(const QCommandLineParser& parser,
                                               const Profile& profile, const QString& key) const
{
    return parser.isSet(m_raw) ? KeyScheme::checkKey(key.toUtf8()) : profile.keys.cacheKey(key);
}

void CommonOptions::addNetworkOptionsTo(QCommandLineParser& parser) const
{
    parser.addOptions({m_connectTimeout, m_ioTimeout});
}

Result<ClientOptions> CommonOptions::clientOptions(const QCommandLineParser& parser) const
{
    ClientOptions options;
    const auto milliseconds = [&](const QCommandLineOption& option, int& target) -> Status {
        if (!parser.isSet(option))
            return success();
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < 1 || value > 600000)
            return Error{ErrorKind::InvalidArgument,
                         Ctl::tr("--%1: %2 is not a number of milliseconds between 1 and 600000")
                             .arg(option.names().constFirst(), quote(parser.value(option)))};
        target = value;
        return success();
    };
    if (auto status = milliseconds(m_connectTimeout, options.connectTimeoutMs); !status)
        return status.error();
    if (auto status = milliseconds(m_ioTimeout, options.ioTimeoutMs); !status)
        return status.error();
    return options;
}

void CommonOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({m_profile, m_servers, m_client, m_clientOption, m_keyPrefix, m_keyVersion,
                       m_lockPrefix, m_recipe, m_json, m_readOnly, m_tls, m_tlsCa, m_tlsCert,
                       m_tlsKey, m_tlsName, m_tlsNoVerify, m_user, m_passwordFile});
}

ProfileOverrides CommonOptions::overrides(const QCommandLineParser& parser) const
{
    ProfileOverrides overrides;
    overrides.profile = valueIfSet(parser, m_profile);
    overrides.servers = valueIfSet(parser, m_servers);
    overrides.client = valueIfSet(parser, m_client);
    overrides.keyPrefix = valueIfSet(parser, m_keyPrefix);
    overrides.keyVersion = valueIfSet(parser, m_keyVersion);
    overrides.lockPrefix = valueIfSet(parser, m_lockPrefix);
    overrides.recipes = parser.values(m_recipe);
    overrides.clientOptions = parser.values(m_clientOption);
    if (parser.isSet(m_readOnly))
        overrides.readOnly = true;
    if (parser.isSet(m_tls))
        overrides.tls = true;
    overrides.tlsCaFile = valueIfSet(parser, m_tlsCa);
    overrides.tlsCertFile = valueIfSet(parser, m_tlsCert);
    overrides.tlsKeyFile = valueIfSet(parser, m_tlsKey);
    overrides.tlsVerifyName = valueIfSet(parser, m_tlsName);
    if (parser.isSet(m_tlsNoVerify))
        overrides.tlsNoVerify = true;
    overrides.authUser = valueIfSet(parser, m_user);
    overrides.passwordFile = valueIfSet(parser, m_passwordFile);
    // Options a command did not add are never set (and asking QCommandLineParser warns).
    if (parser.optionNames().contains(m_namesOnly.names().constFirst()))
        overrides.namesOnly = true;
    if (parser.optionNames().contains(m_lockNames.names().constFirst()))
        overrides.lockNames = parser.value(m_lockNames);
    if (parser.optionNames().contains(m_streamLimit.names().constFirst()))
        overrides.streamLimitKiB = parser.value(m_streamLimit);
    return overrides;
}

Result<CommonOptions::Connection> CommonOptions::connection(const QCommandLineParser& parser,
                                                            CliIo& io, bool withPassword) const
{
    auto profile = overrides(parser).resolve(io.profiles(), io.environment());
    if (!profile)
        return profile.error();
    auto options = clientOptions(parser);
    if (!options)
        return options.error();
    // The keyring answers on the event loop: wait for it here (a command
    // line has nothing else to do meanwhile).
    std::optional<Result<ConnectionSecurity>> security;
    QEventLoop loop;
    Profile lookedUp = *profile;
    if (!withPassword)
        lookedUp.authUser.clear();
    findConnectionSecurity(lookedUp, io.environment(), &loop,
                           [&security, &loop](Result<ConnectionSecurity> found) {
                               security = std::move(found);
                               loop.quit();
                           });
    if (!security)
        loop.exec();
    if (!*security)
        return security->error();
    ClientOptions secured = *options;
    secured.security = std::move(*security).value();
    if (!secured.security.tls.verify)
        io.err() << u"lockboardctl: "_s
                 << Ctl::tr("WARNING: TLS without verification (--tls-no-verify): the servers "
                            "are not authenticated, anyone on the path can read and change the "
                            "traffic")
                 << Qt::endl;
    return Connection{std::move(profile).value(), secured};
}

std::optional<qint64> parseInteger(const QString& text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

std::optional<double> parseSeconds(const QString& text, double min, double max)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

CommandLine::CommandLine(QString synopsis, const QString& description, int groups)
    : m_synopsis(std::move(synopsis))
{
    m_parser.setApplicationDescription(description);
    if (groups & Cluster)
        m_common.addTo(m_parser);
    if (groups & Keys)
        m_common.addKeyOptionsTo(m_parser);
    if (groups & Network)
        m_common.addNetworkOptionsTo(m_parser);
    if (groups & Inspect)
        m_common.addInspectOptionsTo(m_parser);
}

bool CommandLine::parse(const QStringList& args, CliIo& io, int& exitCode)
{
    const QCommandLineOption help({u"h"_s, u"help"_s}, Ctl::tr("Show this help."));
    m_parser.addOption(help);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!m_parser.parse(args)) {
        exitCode =
            io.fail(ExitUsage, Ctl::tr("%1 (see lockboardctl %2 --help)")
                                   .arg(m_parser.errorText(), m_synopsis.section(u' ', 1, 1)));
        return false;
    }
    if (m_parser.isSet(help)) {
        // Qt's first line names the program only; say the command too.
        const QString text = m_parser.helpText();
        io.out() << Ctl::tr("Usage: %1").arg(m_synopsis) << text.mid(text.indexOf(u'\n'));
        io.out().flush();
        exitCode = ExitOk;
        return false;
    }
    return true;
}

std::optional<CommonOptions::Connection> CommandLine::connect(const QStringList& args, CliIo& io,
                                                              int& exitCode)
{
    if (!parse(args, io, exitCode))
        return std::nullopt;
    auto connection = m_common.connection(m_parser, io);
    if (!connection) {
        exitCode = io.fail(ExitUsage, connection.error().message);
        return std::nullopt;
    }
    return std::move(connection).value();
}

} // namespace lockboard::cli
