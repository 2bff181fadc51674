#include "core/config/ClientLibrary.h"

#include "core/common/Quote.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

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

QStringList clientOptionNames(ClientLibrary library)
{
    switch (library) {
    case ClientLibrary::PythonMemcached:
        return {u"dead_retry"_s};
    case ClientLibrary::Pymemcache:
        return {u"retry_attempts"_s, u"retry_timeout"_s, u"dead_timeout"_s, u"ignore_exc"_s,
                u"default_noreply"_s};
    case ClientLibrary::Pylibmc:
    case ClientLibrary::PylibmcKetama:
        return {u"behaviors.auto_eject"_s, u"behaviors.remove_failed"_s};
    case ClientLibrary::PhpMemcachedKetama:
        return {u"OPT_REMOVE_FAILED_SERVERS"_s, u"OPT_AUTO_EJECT_HOSTS"_s};
    case ClientLibrary::Dalli:
        return {u"failover"_s};
    case ClientLibrary::NodeMemcached:
        return {u"remove"_s};
    case ClientLibrary::PhpMemcached:
    case ClientLibrary::Gomemcache:
        break;
    }
    return {};
}

Status setClientOption(QJsonObject& options, ClientLibrary library, const QString& assignment)
{
    const qsizetype equals = assignment.indexOf(u'=');
    if (equals <= 0)
        return Error{ErrorKind::InvalidArgument,
                     ConfigText::tr("%1 is not NAME=VALUE").arg(quote(assignment))};
    const QString name = assignment.first(equals);
    const QString text = assignment.sliced(equals + 1);
    const QStringList known = clientOptionNames(library);
    if (!known.contains(name))
        return Error{
            ErrorKind::InvalidArgument,
            known.isEmpty()
                ? ConfigText::tr("Lockboard reads no client option of %1 (its placement and "
                                 "failover have none), so %2 would change nothing")
                      .arg(clientLibraryName(library), quote(name))
                : ConfigText::tr("Lockboard reads no option %1 of %2: it reads %3")
                      .arg(quote(name), clientLibraryName(library), known.join(u", "_s))};
    // A JSON scalar when it is one ("true", "1e9", "\"text\""), else the text.
    QJsonValue value(text);
    if (const QJsonDocument parsed = QJsonDocument::fromJson(u"[%1]"_s.arg(text).toUtf8());
        !text.isEmpty() && parsed.isArray() && parsed.array().size() == 1)
        value = parsed.array().first();
    const QStringList path = name.split(u'.');
    if (path.size() == 1) {
        if (text.isEmpty())
            options.remove(name);
        else
            options.insert(name, value);
        return success();
    }
    QJsonObject nested = options.value(path.first()).toObject();
    if (text.isEmpty())
        nested.remove(path.last());
    else
        nested.insert(path.last(), value);
    if (nested.isEmpty())
        options.remove(path.first());
    else
        options.insert(path.first(), nested);
    return success();
}

QString clientOptionsText(const QJsonObject& options, ClientLibrary library)
{
    QStringList assignments;
    for (const QString& name : clientOptionNames(library)) {
        const QStringList path = name.split(u'.');
        const QJsonValue value = path.size() == 1
                                     ? options.value(name)
                                     : options.value(path.first()).toObject().value(path.last());
        if (value.isUndefined())
            continue;
        QString text = value.isString()
                           ? value.toString()
                           : QString::fromUtf8(
                                 QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
        if (!value.isString())
            text = text.mid(1, text.size() - 2); // [value]
        assignments.append(name + u'=' + text);
    }
    return assignments.join(u", "_s);
}

Status setClientOptionsText(QJsonObject& options, ClientLibrary library, const QString& text)
{
    QJsonObject result = options;
    for (const QString& name : clientOptionNames(library))
        (void)setClientOption(result, library, name + u'='); // removes it
    for (const QString& assignment : text.split(u',', Qt::SkipEmptyParts)) {
        if (assignment.trimmed().isEmpty())
            continue;
        if (const Status set = setClientOption(result, library, assignment.trimmed()); !set)
            return set;
    }
    options = result;
    return success();
}

} // namespace lockboard
