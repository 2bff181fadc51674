#include "core/config/ClientLibrary.h"

#include "core/common/Quote.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

// The words of this file, in the context "lockboard::config" for translators.
class ConfigText
{
    Q_DECLARE_TR_FUNCTIONS(lockboard::config)
};

} // namespace

QList<ClientLibrary> allClientLibraries()
{
    return {ClientLibrary::PythonMemcached, ClientLibrary::Pymemcache,
            ClientLibrary::Pylibmc,         ClientLibrary::PylibmcKetama,
            ClientLibrary::PhpMemcached,    ClientLibrary::PhpMemcachedKetama,
            ClientLibrary::Dalli,           ClientLibrary::Gomemcache,
            ClientLibrary::NodeMemcached};
}

QString clientLibraryName(ClientLibrary library)
{
    switch (library) {
    case ClientLibrary::PythonMemcached:
        return u"python-memcached"_s;
    case ClientLibrary::Pymemcache:
        return u"pymemcache"_s;
    case ClientLibrary::Pylibmc:
        return u"pylibmc"_s;
    case ClientLibrary::PylibmcKetama:
        return u"pylibmc-ketama"_s;
    case ClientLibrary::PhpMemcached:
        return u"php-memcached"_s;
    case ClientLibrary::PhpMemcachedKetama:
        return u"php-memcached-ketama"_s;
    case ClientLibrary::Dalli:
        return u"dalli"_s;
    case ClientLibrary::Gomemcache:
        return u"gomemcache"_s;
    case ClientLibrary::NodeMemcached:
        return u"node-memcached"_s;
    }
    Q_UNREACHABLE();
    return QString();
}

QStringList clientLibraryNames()
{
    QStringList names;
    for (const ClientLibrary library : allClientLibraries())
        names.append(clientLibraryName(library));
    return names;
}

Result<ClientLibrary> parseClientLibrary(QStringView name)
{
    for (const ClientLibrary library : allClientLibraries())
        if (name == clientLibraryName(library))
            return library;
    return Error{ErrorKind::InvalidArgument,
                 ConfigText::tr("unknown client library %1 (known: %2)")
                     .arg(quote(name), clientLibraryNames().join(u", "_s))};
}

} // namespace lockboard
