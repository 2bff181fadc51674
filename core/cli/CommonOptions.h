#pragma once

#include "core/config/ProfileStore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace lockboard::cli {

// The options every cluster command takes: --profile, --servers, --client,
// --key-prefix, --key-version, --lock-prefix, and --json.
class CommonOptions
{
public:
    CommonOptions();

    void addTo(QCommandLineParser& parser) const;
    [[nodiscard]] ProfileOverrides overrides(const QCommandLineParser& parser) const;
    [[nodiscard]] bool json(const QCommandLineParser& parser) const { return parser.isSet(m_json); }

private:
    QCommandLineOption m_profile;
    QCommandLineOption m_servers;
    QCommandLineOption m_client;
    QCommandLineOption m_keyPrefix;
    QCommandLineOption m_keyVersion;
    QCommandLineOption m_lockPrefix;
    QCommandLineOption m_json;
};

class CliIo;

// Parses args (args[0] is the program name) and handles --help, whose text
// starts with synopsis ("lockboardctl place [options] KEY..."). Returns false
// when the command is already done, with its exit code in exitCode: ExitOk
// after --help, ExitUsage after bad options (said on stderr).
[[nodiscard]] bool parseCommandLine(QCommandLineParser& parser, const QString& synopsis,
                                    const QStringList& args, CliIo& io, int& exitCode);

} // namespace lockboard::cli
