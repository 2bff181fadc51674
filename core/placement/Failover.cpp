#include "core/placement/Failover.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace lockboard {

bool optionFlag(const QJsonObject& options, const QString& name, bool fallback)
{
    const QJsonValue value = options.value(name);
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    return fallback;
}

double optionNumber(const QJsonObject& options, const QString& name, double fallback)
{
    const QJsonValue value = options.value(name);
    return value.isDouble() ? value.toDouble() : fallback;
}

Failover failoverOf(ClientLibrary library, const QJsonObject& options)
{
    switch (library) {
    case ClientLibrary::PythonMemcached:
        return Failover::Rehashes;
    case ClientLibrary::Pymemcache:
        return optionNumber(options, u"retry_attempts"_s, 2) >= double(NeverRemoveAttempts)
                   ? Failover::Fails
                   : Failover::Removes;
    case ClientLibrary::PylibmcKetama: {
        const QJsonObject behaviors = options.value(u"behaviors"_s).toObject();
        return optionFlag(behaviors, u"auto_eject"_s, false) ||
                       optionFlag(behaviors, u"remove_failed"_s, false)
                   ? Failover::Removes
                   : Failover::Fails;
    }
    case ClientLibrary::PhpMemcachedKetama:
        return optionFlag(options, u"OPT_REMOVE_FAILED_SERVERS"_s, false) ||
                       optionFlag(options, u"OPT_AUTO_EJECT_HOSTS"_s, false)
                   ? Failover::Removes
                   : Failover::Fails;
    case ClientLibrary::Dalli:
        return optionFlag(options, u"failover"_s, true) ? Failover::Rehashes : Failover::Fails;
    case ClientLibrary::NodeMemcached:
        return optionFlag(options, u"remove"_s, false) ? Failover::Removes : Failover::Fails;
    case ClientLibrary::Pylibmc:
    case ClientLibrary::PhpMemcached:
    case ClientLibrary::Gomemcache:
        return Failover::Fails;
    }
    return Failover::Fails;
}

} // namespace lockboard
