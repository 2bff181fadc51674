#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace lockboard {

// The client library the application uses, which decides where each key lives.
enum class ClientLibrary
{
    PythonMemcached,    // python-memcached: Django's MemcachedCache, the seed's client
    Pymemcache,         // pymemcache HashClient: Django's PyMemcacheCache
    Pylibmc,            // pylibmc on libmemcached's defaults: Django's PyLibMCCache
    PylibmcKetama,      // pylibmc with behaviors={"ketama": True}
    PhpMemcached,       // PHP's memcached extension on its defaults: Laravel's memcached driver
    PhpMemcachedKetama, // PHP's memcached with Memcached::OPT_LIBKETAMA_COMPATIBLE
    Dalli,              // Ruby's dalli: Rails' :mem_cache_store
    Gomemcache,         // Go's github.com/bradfitz/gomemcache
    NodeMemcached,      // Node's memcached package (npm), on hashring
};

// The names used on the command line and in profiles: "python-memcached",
// "pymemcache", "pylibmc", "pylibmc-ketama", "php-memcached",
// "php-memcached-ketama", "dalli", "gomemcache", "node-memcached".
[[nodiscard]] QString clientLibraryName(ClientLibrary library);
[[nodiscard]] Result<ClientLibrary> parseClientLibrary(QStringView name);
[[nodiscard]] QStringList clientLibraryNames();
[[nodiscard]] QList<ClientLibrary> allClientLibraries();

// The client options Lockboard reads for a library (Profile::clientOptions,
// with the library's own names; a dotted name is nested: behaviors.auto_eject
// is {"behaviors": {"auto_eject": ...}}): failover (core/placement/Failover)
// and the doctor read these and no others. Empty: none.
[[nodiscard]] QStringList clientOptionNames(ClientLibrary library);

// Sets one of those options from "NAME=VALUE" (`--client-option`): VALUE is
// JSON, true/false or a number for a flag, a number for the others (as
// optionFlag and optionNumber read them); "NAME=" removes the option. Refused,
// saying why and which names the library has, when NAME is not one Lockboard
// reads or VALUE is not what it takes: a typo would otherwise change nothing
// without a word.
[[nodiscard]] Status setClientOption(QJsonObject& options, ClientLibrary library,
                                     const QString& assignment);

// The options Lockboard reads that options holds, as "name=value, ..." (the
// profile dialog's field); the others (imported from Django) are not shown.
[[nodiscard]] QString clientOptionsText(const QJsonObject& options, ClientLibrary library);
// Replaces the options Lockboard reads with those in text (as
// clientOptionsText writes them); keeps the others. Nothing changes when an
// assignment is refused.
[[nodiscard]] Status setClientOptionsText(QJsonObject& options, ClientLibrary library,
                                          const QString& text);

} // namespace lockboard
