#pragma once

#include "core/common/Environment.h"
#include "core/common/Result.h"
#include "core/config/Profile.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace lockboard {

// Saved connection profiles, in QSettings: by default
// $XDG_CONFIG_HOME/Lockboard/lockboard.ini (~/.config/...). Not thread-safe;
// use one store per thread.
class ProfileStore
{
public:
    static constexpr auto DefaultProfileName = "default";

    ProfileStore();                              // the user's settings file
    explicit ProfileStore(QString settingsPath); // a given INI file (tests)

    [[nodiscard]] QString settingsPath() const { return m_path; }
    [[nodiscard]] QStringList names() const;
    [[nodiscard]] bool contains(const QString& name) const;
    [[nodiscard]] Result<Profile> load(const QString& name) const;
    // Every saved profile that can be read, and why each other one cannot.
    struct Loaded
    {
        QList<Profile> profiles;
        QList<Error> errors;
    };
    [[nodiscard]] Loaded loadAll() const;
    // Both refuse to write into a file that cannot be read as settings (it
    // would be rewritten without what could not be read): nothing is lost.
    [[nodiscard]] Status save(const Profile& profile);
    // Several profiles in one write of the file: all of them or none.
    [[nodiscard]] Status saveAll(const QList<Profile>& profiles);
    [[nodiscard]] Status remove(const QString& name);
    // The file can be read as settings (a missing file can: it is empty).
    [[nodiscard]] Status readable() const;

    // Profile names are letters, digits, '.', '_' and '-'.
    [[nodiscard]] static Status checkName(const QString& name);

private:
    QString m_path;
};

// The settings one invocation gives on top of a profile (command-line options,
// or the GUI's start-up options). Precedence, highest first:
//   servers: --servers, the servers of --profile, $LOCKBOARD_SERVERS, the
//            "default" profile; none of these is an error;
//   others:  the option, then the chosen profile, then the built-in default.
// Lock names as an operator gives them (trimmed; blank and # lines skipped),
// each checked to make a valid key under keys; an error names the bad one.
[[nodiscard]] Result<QStringList> parseLockNames(const QStringList& names, const KeyScheme& keys);

struct ProfileOverrides
{
    std::optional<QString> profile;
    std::optional<QString> servers;
    std::optional<QString> client;
    std::optional<QString> keyPrefix;
    std::optional<QString> keyVersion;
    std::optional<QString> lockPrefix;
    std::optional<bool> readOnly;
    std::optional<bool> namesOnly;
    // "a,b,c", or "@file" with one name per line: added to the profile's names.
    std::optional<QString> lockNames;
    std::optional<QString> streamLimitKiB;
    // Lock recipes (KIND[@CLIENT][=PATTERN]); when given, they replace the profile's.
    QStringList recipes;
    // Client options, NAME=VALUE each (setClientOption), set after the client
    // library is chosen, over the profile's.
    QStringList clientOptions;
    // TLS and authentication: each replaces the profile's setting; giving any
    // TLS file or name turns TLS on.
    std::optional<bool> tls;
    std::optional<QString> tlsCaFile;
    std::optional<QString> tlsCertFile;
    std::optional<QString> tlsKeyFile;
    std::optional<QString> tlsVerifyName;
    std::optional<bool> tlsNoVerify;
    std::optional<QString> authUser;
    std::optional<QString> passwordFile;

    [[nodiscard]] Result<Profile> resolve(const ProfileStore& store, const Environment& env) const;
};

} // namespace lockboard
