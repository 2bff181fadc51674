#pragma once

#include "core/config/ClientLibrary.h"
#include "core/config/KeyScheme.h"
#include "core/config/LockRecipe.h"
#include "core/config/Security.h"
#include "core/config/ServerSpec.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace lockboard {

// Everything Lockboard needs to know about one cluster: its servers (in the
// application's order, which placement depends on), the client library the
// application uses, Django's key settings, and whether writes are allowed.
struct Profile
{
    QString name;
    QList<ServerSpec> servers;
    ClientLibrary client = ClientLibrary::PythonMemcached;
    KeyScheme keys;
    bool readOnly = false;
    // Lock names to look for by name (mg on every server in names mode), for
    // servers that refuse key walks (memcached -X) or when namesOnly is set.
    QStringList lockNames;
    // How the applications sharing the cluster name and fill their locks, each
    // with the client library that writes them. Empty: the seed's Django recipe
    // under the profile's client library.
    QList<LockRecipe> recipes;
    // Never walk the keyspace: find locks by name only (names mode everywhere).
    bool namesOnly = false;
    // KiB per second above which a server's activity stream is stopped; 0: no limit.
    int streamLimitKiB = 256;
    // The application's client settings: read from it (Django's OPTIONS merged
    // with the backend's defaults), or given with --client-option or the
    // profile dialog (the names clientOptionNames lists). What failover and
    // the doctor judge; empty: the library's defaults are assumed.
    QJsonObject clientOptions;
    // Where the profile was read from ("Django settings mysite.settings, cache
    // \"default\""); empty for a profile typed by hand.
    QString origin;
    // How its servers let clients in (memcached -Z, -Y). The password is not
    // here: it is in the system keyring, passwordFile or $LOCKBOARD_PASSWORD.
    TlsSettings tls;
    QString authUser;     // empty: the servers need no authentication
    QString passwordFile; // a file only its owner can read, holding the password

    // Recognises this profile's lock keys (recipes compiled).
    [[nodiscard]] LockMatcher lockMatcher() const { return LockMatcher(keys, recipes, client); }

    friend bool operator==(const Profile&, const Profile&) = default;
};

// "a,b,c" in the servers' written form, weights included.
[[nodiscard]] QString serverListText(const QList<ServerSpec>& servers);

} // namespace lockboard
