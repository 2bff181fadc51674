#pragma once

#include "core/config/ClientLibrary.h"

#include <QJsonObject>
#include <QString>

namespace lockboard {

// What a client library does with a key whose home server cannot be reached,
// under the client options a profile carries (Profile::clientOptions: Django's
// OPTIONS for the Python clients, the library's own names for the others).
// The one place that reads those options for failover: placement's landing(),
// `place`, the Placement view and the doctor all ask here.
enum class Failover
{
    Fails,    // the operation fails; the key never moves
    Removes,  // after failures the server leaves the ring: its keys go where a
              // ring of the live servers puts them, and so do a few others,
              // since every live server's share changes
    Rehashes, // the library tries the key on other servers by its own rule
};

// Per library, the options that change it (anything else: the default):
//   python-memcached  rehashes (Client._SERVER_RETRIES is not an option)
//   pymemcache        removes; fails with retry_attempts >= NeverRemoveAttempts
//   pylibmc           fails (modula: an ejected server's keys do not move)
//   pylibmc-ketama    fails; removes with behaviors auto_eject or remove_failed
//   php-memcached     fails (modula)
//   php-memcached-ketama  fails; removes with OPT_REMOVE_FAILED_SERVERS or
//                     OPT_AUTO_EJECT_HOSTS true
//   dalli             rehashes; fails with failover false
//   gomemcache        fails
//   node-memcached    fails; removes with remove true (failOverServers, a
//                     spare swapped in for the failed server, is not modelled)
[[nodiscard]] Failover failoverOf(ClientLibrary library, const QJsonObject& options);

// pymemcache removes a server after retry_attempts failures: a count this large never comes.
inline constexpr qint64 NeverRemoveAttempts = 1'000'000'000;

// A client option as a flag: true/false, or a number (non-zero is true).
[[nodiscard]] bool optionFlag(const QJsonObject& options, const QString& name, bool fallback);
// A client option as a number.
[[nodiscard]] double optionNumber(const QJsonObject& options, const QString& name, double fallback);

} // namespace lockboard
