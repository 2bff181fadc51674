#pragma once

#include "core/config/ClientOptions.h"
#include "core/config/ProfileStore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace lockboard::cli {

// The options every cluster command takes: --profile, --servers, --client,
// --key-prefix, --key-version, --lock-prefix, and --json.
class CliIo;

class CommonOptions
{
public:
    CommonOptions();

    void addTo(QCommandLineParser& parser) const;
    [[nodiscard]] ProfileOverrides overrides(const QCommandLineParser& parser) const;
    [[nodiscard]] bool json(const QCommandLineParser& parser) const { return parser.isSet(m_json); }

    // --raw, for commands that take keys.
    void addKeyOptionsTo(QCommandLineParser& parser) const;
    [[nodiscard]] bool raw(const QCommandLineParser& parser) const { return parser.isSet(m_raw); }
    // The memcached key for KEY: through the profile's key function, or as is with --raw.
    [[nodiscard]] Result<QByteArray> memcachedKey(const QCommandLineParser& parser,
                                                  const Profile& profile, const QString& key) const;

    // --lock-names, --names-only and --stream-limit, for commands that inspect.
    void addInspectOptionsTo(QCommandLineParser& parser) const;

    // --connect-timeout and --timeout, for commands that talk to servers.
    void addNetworkOptionsTo(QCommandLineParser& parser) const;
    [[nodiscard]] Result<ClientOptions> clientOptions(const QCommandLineParser& parser) const;

    // The profile (options over saved profiles and $LOCKBOARD_SERVERS) and the
    // client options: what every command that talks to servers starts from.
    struct Connection
    {
        Profile profile;
        ClientOptions options;
    };
    // withPassword false: the auth user's password is not looked up (nothing will connect).
    [[nodiscard]] Result<Connection> connection(const QCommandLineParser& parser, CliIo& io,
                                                bool withPassword = true) const;

private:
    QCommandLineOption m_profile;
    QCommandLineOption m_servers;
    QCommandLineOption m_client;
    QCommandLineOption m_clientOption;
    QCommandLineOption m_keyPrefix;
    QCommandLineOption m_keyVersion;
    QCommandLineOption m_lockPrefix;
    QCommandLineOption m_recipe;
    QCommandLineOption m_json;
    QCommandLineOption m_readOnly;
    QCommandLineOption m_raw;
    QCommandLineOption m_connectTimeout;
    QCommandLineOption m_ioTimeout;
    QCommandLineOption m_lockNames;
    QCommandLineOption m_namesOnly;
    QCommandLineOption m_streamLimit;
    QCommandLineOption m_tls;
    QCommandLineOption m_tlsCa;
    QCommandLineOption m_tlsCert;
    QCommandLineOption m_tlsKey;
    QCommandLineOption m_tlsName;
    QCommandLineOption m_tlsNoVerify;
    QCommandLineOption m_user;
    QCommandLineOption m_passwordFile;
};

// One command's command line, declared the same way by every command: its
// synopsis and description, the common option groups it takes, its own
// options; then parse() (or connect(), for commands that talk to servers).
class CommandLine
{
public:
    enum Group
    {
        Cluster =
            0x1,    // --profile, --servers, --client, --key-*, --lock-prefix, --json, --read-only
        Keys = 0x2, // --raw
        Network = 0x4, // --connect-timeout, --timeout
        Inspect = 0x8, // --lock-names, --names-only, --stream-limit
    };

    CommandLine(QString synopsis, const QString& description, int groups);

    [[nodiscard]] QCommandLineParser& parser() { return m_parser; }
    [[nodiscard]] const QCommandLineParser& parser() const { return m_parser; }
    [[nodiscard]] const CommonOptions& common() const { return m_common; }
    [[nodiscard]] const QString& synopsis() const { return m_synopsis; }
    [[nodiscard]] bool json() const { return m_common.json(m_parser); }

    // Parses args (args[0] is the program name) and handles --help. Returns
    // false when the command is already done, with its exit code in exitCode:
    // ExitOk after --help, ExitUsage after bad options (said on stderr).
    [[nodiscard]] bool parse(const QStringList& args, CliIo& io, int& exitCode);
    // parse(), then the profile and client options the command talks to servers
    // with; a bad one is a usage error (said on stderr).
    [[nodiscard]] std::optional<CommonOptions::Connection> connect(const QStringList& args,
                                                                   CliIo& io, int& exitCode);

private:
    QString m_synopsis;
    CommonOptions m_common;
    QCommandLineParser m_parser;
};

// An option's integer value when it lies in [min, max].
[[nodiscard]] std::optional<qint64> parseInteger(const QString& text, qint64 min, qint64 max);
// A number of seconds, fractions allowed, within [min, max].
[[nodiscard]] std::optional<double> parseSeconds(const QString& text, double min, double max);

} // namespace lockboard::cli
