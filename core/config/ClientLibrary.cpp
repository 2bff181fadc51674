#include "core/config/ClientLibrary.h"

#include "core/common/Quote.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

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

namespace {

// An option Lockboard reads: a flag (true/false, or a number: non-zero is
// true, as optionFlag reads it) or a number (optionNumber).
struct OptionSpec
{
    QString name;
    bool flag;
};

QList<OptionSpec> optionSpecs(ClientLibrary library)
{
    switch (library) {
    case ClientLibrary::PythonMemcached:
        return {{u"dead_retry"_s, false}};
    case ClientLibrary::Pymemcache:
        return {{u"retry_attempts"_s, false},
                {u"retry_timeout"_s, false},
                {u"dead_timeout"_s, false},
                {u"ignore_exc"_s, true},
                {u"default_noreply"_s, true}};
    case ClientLibrary::Pylibmc:
    case ClientLibrary::PylibmcKetama:
        return {{u"behaviors.auto_eject"_s, true}, {u"behaviors.remove_failed"_s, true}};
    case ClientLibrary::PhpMemcachedKetama:
        return {{u"OPT_REMOVE_FAILED_SERVERS"_s, true}, {u"OPT_AUTO_EJECT_HOSTS"_s, true}};
    case ClientLibrary::Dalli:
        return {{u"failover"_s, true}};
    case ClientLibrary::NodeMemcached:
        return {{u"remove"_s, true}};
    case ClientLibrary::PhpMemcached:
    case ClientLibrary::Gomemcache:
        break;
    }
    return {};
}

// An option by its dotted name (behaviors.auto_eject is nested), and the
// same place written: an undefined value removes it (and an emptied parent).
QJsonValue optionAt(const QJsonObject& options, const QString& name)
{
    const QStringList path = name.split(u'.');
    return path.size() == 1 ? options.value(name)
                            : options.value(path.first()).toObject().value(path.last());
}

void putOptionAt(QJsonObject& options, const QString& name, const QJsonValue& value)
{
    const QStringList path = name.split(u'.');
    if (path.size() == 1) {
        if (value.isUndefined())
            options.remove(name);
        else
            options.insert(name, value);
        return;
    }
    QJsonObject nested = options.value(path.first()).toObject();
    putOptionAt(nested, path.last(), value);
    if (nested.isEmpty())
        options.remove(path.first());
    else
        options.insert(path.first(), nested);
}

} // namespace

QStringList clientOptionNames(ClientLibrary library)
{
    QStringList names;
    for (const OptionSpec& spec : optionSpecs(library))
        names.append(spec.name);
    return names;
}

Status setClientOption(QJsonObject& options, ClientLibrary library, const QString& assignment)
{
    const qsizetype equals = assignment.indexOf(u'=');
    if (equals <= 0)
        return Error{ErrorKind::InvalidArgument,
                     ConfigText::tr("%1 is not NAME=VALUE").arg(quote(assignment))};
    const QString name = assignment.first(equals).trimmed();
    const QString text = assignment.sliced(equals + 1).trimmed();
    const QList<OptionSpec> specs = optionSpecs(library);
    const auto spec = std::find_if(specs.begin(), specs.end(),
                                   [&name](const OptionSpec& known) { return known.name == name; });
    if (spec == specs.end())
        return Error{
            ErrorKind::InvalidArgument,
            specs.isEmpty()
                ? ConfigText::tr("Lockboard reads no client option of %1 (its placement and "
                                 "failover have none), so %2 would change nothing")
                      .arg(clientLibraryName(library), quote(name))
                : ConfigText::tr("Lockboard reads no option %1 of %2: it reads %3")
                      .arg(quote(name), clientLibraryName(library),
                           clientOptionNames(library).join(u", "_s))};
    // A value the readers would not understand would change nothing without a
    // word, as a misspelt name would: refused too ("False" is Python's spelling).
    const QJsonDocument parsed = QJsonDocument::fromJson(u"[%1]"_s.arg(text).toUtf8());
    const QJsonValue value = parsed.isArray() && parsed.array().size() == 1
                                 ? parsed.array().first()
                                 : QJsonValue(QJsonValue::Undefined);
    if (!text.isEmpty() && !value.isDouble() && !(spec->flag && value.isBool()))
        return Error{ErrorKind::InvalidArgument,
                     spec->flag
                         ? ConfigText::tr("%1 takes true or false (or a number), not %2")
                               .arg(name, quote(text))
                         : ConfigText::tr("%1 takes a number, not %2").arg(name, quote(text))};
    putOptionAt(options, name, text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : value);
    return success();
}

QString clientOptionsText(const QJsonObject& options, ClientLibrary library)
{
    QStringList assignments;
    for (const QString& name : clientOptionNames(library)) {
        const QJsonValue value = optionAt(options, name);
        if (value.isUndefined())
            continue;
        // As JSON, so that it reads back as it was (text "3" stays text, and is refused).
        QString text =
            QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
        text = text.mid(1, text.size() - 2); // [value]
        assignments.append(name + u'=' + text);
    }
    return assignments.join(u", "_s);
}

Status setClientOptionsText(QJsonObject& options, ClientLibrary library, const QString& text)
{
    QJsonObject result = options;
    for (const QString& name : clientOptionNames(library))
        putOptionAt(result, name, QJsonValue(QJsonValue::Undefined));
    for (const QString& assignment : text.split(u',')) {
        if (assignment.trimmed().isEmpty())
            continue; // "a=1, , b=2" and a trailing comma
        if (const Status set = setClientOption(result, library, assignment); !set)
            return set;
    }
    options = result;
    return success();
}

} // namespace lockboard
