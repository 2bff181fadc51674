#pragma once

#include "core/common/Environment.h"
#include "core/common/Result.h"
#include "core/config/Profile.h"

#include <QObject>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

namespace lockboard {

// Where the password of a profile's auth user comes from, the first that has
// one: $LOCKBOARD_PASSWORD (scripts), the profile's password file (only its
// owner may read or write it), the system keyring (Secret Service or KWallet,
// through QtKeychain). Never the settings file, never a command line.
inline constexpr auto PasswordVariable = "LOCKBOARD_PASSWORD";

// The first line of path, without its line end. Refused, with the reason, when
// the file is readable or writable by anyone but its owner, is empty or
// cannot be read.
[[nodiscard]] Result<QString> readPasswordFile(const QString& path);

// The keyring entry of a profile's password: service "Lockboard", key
// "<user>@<profile>".
[[nodiscard]] QString keyringService();
[[nodiscard]] QString keyringKey(const Profile& profile);

// Asynchronous access to the system keyring: every call returns at once and
// calls done later from this thread's event loop (QtKeychain needs one).
class Keyring : public QObject
{
    Q_OBJECT

public:
    explicit Keyring(QObject* parent = nullptr);

    // The password stored under key; NotFound when there is none.
    void read(const QString& key, std::function<void(Result<QString>)> done);
    void write(const QString& key, const QString& password, std::function<void(Status)> done);
    // Succeeds when there was nothing to remove.
    void remove(const QString& key, std::function<void(Status)> done);

    // How long an answer may take (a keyring waiting on an unlock prompt never answers).
    static constexpr int KeyringTimeoutMs = 15000;

private:
    void start(QKeychain::Job* job, const QString& key,
               std::function<void(QKeychain::Job*)> finished, std::function<void(Error)> failed);
};

// The environment the dashboard finds passwords in: the process's, without
// $LOCKBOARD_PASSWORD, which is for scripts (the dashboard may show many
// clusters, and one's password must not go to another's servers).
[[nodiscard]] Environment dashboardEnvironment();

// What a profile's connections need, with the password found or given.
[[nodiscard]] ConnectionSecurity connectionSecurity(const Profile& profile,
                                                    const QString& password = {});

// Finds a profile's password (see above) and the connection security it
// makes. A profile without an auth user needs no password and gets its TLS
// settings at once. done is called exactly once, maybe before find returns.
void findConnectionSecurity(const Profile& profile, const Environment& env, QObject* context,
                            std::function<void(Result<ConnectionSecurity>)> done);

} // namespace lockboard
