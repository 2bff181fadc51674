#include "core/django/DjangoSettings.h"

#include "core/common/Quote.h"
#include "core/config/KeyScheme.h"
#include "core/config/ServerSpec.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

// The words of this file, in the context "lockboard::django" for translators.
class DjangoText
{
    Q_DECLARE_TR_FUNCTIONS(lockboard::django)
};

QString readerScript()
{
    // Compiled into core (core/CMakeLists.txt); a missing resource is a build error.
    QFile file(u":/lockboard/django/read_django_caches.py"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the Django reader script is not compiled in");
    return QString::fromUtf8(file.readAll());
}

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list.append(
            item.isString()
                ? item.toString()
                : QString::fromUtf8(QJsonDocument(QJsonArray{item}).toJson(QJsonDocument::Compact))
                      .mid(1)
                      .chopped(1));
    return list;
}

// A JSON scalar as Python's "%s" would write it into a key.
QString asPythonText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? u"True"_s : u"False"_s;
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }
    if (value.isNull())
        return u"None"_s;
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

DjangoCache readCache(const QJsonObject& entry)
{
    DjangoCache cache;
    cache.alias = asPythonText(entry.value(u"alias"_s));
    cache.backend = entry.value(u"backend"_s).toString();
    cache.memcached = entry.value(u"memcached"_s).toBool();
    cache.client = entry.value(u"client"_s).toString();
    cache.servers = stringList(entry.value(u"servers"_s));
    cache.options = entry.value(u"options"_s).toObject();
    cache.pylibmc = entry.value(u"pylibmc"_s).toObject();
    cache.keyPrefix = asPythonText(entry.value(u"key_prefix"_s));
    cache.version = asPythonText(entry.value(u"version"_s));
    cache.defaultKeyFunction = entry.value(u"key_function_default"_s).toBool();
    const QJsonObject check = entry.value(u"key_function_check"_s).toObject();
    cache.keyFunction = check.value(u"key_function"_s).toString();
    cache.keyFunctionNote = check.value(u"message"_s).toString();
    cache.warnings = stringList(entry.value(u"warnings"_s));
    cache.error = entry.value(u"error"_s).toString();
    return cache;
}

// The server as ServerSpec reads it: python-memcached also accepts "inet:" and
// "inet6:" in front of an address.
QString serverText(const QString& server)
{
    for (const QString& prefix : {u"inet6:"_s, u"inet:"_s})
        if (server.startsWith(prefix))
            return server.mid(prefix.size());
    return server;
}

Result<ClientLibrary> clientOf(const DjangoCache& cache, const QString& where)
{
    const auto refuse = [&](const QString& why) {
        return Error{ErrorKind::InvalidArgument, where + u": "_s + why};
    };
    if (cache.client == u"unknown" || cache.client.isEmpty())
        return refuse(DjangoText::tr("%1 is a memcached backend of its own: Lockboard cannot tell "
                                     "which client library places its keys")
                          .arg(cache.backend));
    if (cache.client == u"pymemcache" && cache.options.contains(u"hasher"_s))
        return refuse(DjangoText::tr("OPTIONS sets pymemcache's hasher: Lockboard places keys "
                                     "only as HashClient's default rendezvous hash does"));
    if (cache.client.startsWith(u"pylibmc")) {
        // Lockboard reproduces libmemcached's modula and unweighted ketama
        // over the default one-at-a-time hash (checked against pylibmc itself).
        const QString distribution = cache.pylibmc.value(u"distribution"_s).toString();
        const QString hash = cache.pylibmc.value(u"hash"_s).toString();
        const QString ketamaHash = cache.pylibmc.value(u"ketama_hash"_s).toString();
        const bool weighted = cache.pylibmc.value(u"ketama_weighted"_s).toBool();
        const bool modula = distribution == u"modula";
        const bool ketama = distribution == u"consistent ketama" && !weighted;
        if ((!modula && !ketama) || hash != u"default" || (ketama && ketamaHash != u"default"))
            return refuse(
                DjangoText::tr("pylibmc's behaviors give distribution %1%2 with hash %3 (ketama "
                               "hash %4): Lockboard places keys only for libmemcached's modula "
                               "and unweighted consistent ketama over the default hash")
                    .arg(quote(distribution), weighted ? DjangoText::tr(" (weighted)") : QString(),
                         quote(hash), quote(ketamaHash)));
    }
    auto library = parseClientLibrary(cache.client);
    if (!library)
        return refuse(library.error().message);
    return library;
}

} // namespace

DjangoReaderCommand djangoReaderCommand(const DjangoProject& project)
{
    QStringList arguments{u"-c"_s, readerScript()};
    if (!project.settingsModule.isEmpty())
        arguments << u"--settings"_s << project.settingsModule;
    for (const QString& directory : project.pythonPath)
        arguments << u"--pythonpath"_s << directory;
    if (!project.alias.isEmpty())
        arguments << u"--alias"_s << project.alias;
    return {project.python.isEmpty() ? u"python3"_s : project.python, arguments};
}

Result<DjangoCaches> parseDjangoCaches(int exitCode, const QByteArray& out, const QByteArray& err)
{
    // The reader's own message is its last stderr line ("read_django_caches:
    // error: ..."); what the project printed while importing comes before it.
    const QString said = QString::fromUtf8(err).trimmed();
    const QString lastLine = said.section(u'\n', -1).trimmed();
    if (exitCode != 0) {
        static const QString Own = u"read_django_caches: error: "_s;
        if (lastLine.startsWith(Own))
            return Error{ErrorKind::InvalidArgument, lastLine.mid(Own.size())};
        return Error{
            ErrorKind::InvalidArgument,
            DjangoText::tr("the project's Python failed (exit code %1): %2")
                .arg(exitCode)
                .arg(said.isEmpty() ? DjangoText::tr("it said nothing") : said.right(2000))};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(out, &parseError);
    if (!document.isObject())
        return Error{ErrorKind::ProtocolError,
                     DjangoText::tr("the project's Python did not print the reader's report (%1): "
                                    "is it a Python 3 interpreter?")
                         .arg(parseError.errorString())};
    const QJsonObject root = document.object();
    DjangoCaches caches;
    caches.djangoVersion = root.value(u"django_version"_s).toString();
    caches.python = root.value(u"python"_s).toString();
    caches.settingsModule = root.value(u"settings_module"_s).toString();
    for (const QJsonValue& entry : root.value(u"caches"_s).toArray())
        caches.caches.append(readCache(entry.toObject()));
    return caches;
}

Result<Profile> profileFromDjango(const DjangoCaches& project, const DjangoCache& cache,
                                  const QString& name)
{
    const QString where =
        DjangoText::tr("cache %1 of %2").arg(quote(cache.alias), project.settingsModule);
    const auto refuse = [&](const QString& why) {
        return Error{ErrorKind::InvalidArgument, where + u": "_s + why};
    };
    if (!cache.error.isEmpty())
        return refuse(cache.error);
    if (!cache.memcached)
        return refuse(DjangoText::tr("%1 is not a memcached backend").arg(cache.backend));
    if (!cache.defaultKeyFunction)
        return refuse(DjangoText::tr("its KEY_FUNCTION %1 is not Django's default (%2); Lockboard "
                                     "cannot reproduce a key function of its own")
                          .arg(cache.keyFunction, cache.keyFunctionNote));
    bool versionOk = false;
    const int version = cache.version.toInt(&versionOk);
    if (!versionOk)
        return refuse(DjangoText::tr("its VERSION %1 is not an integer").arg(quote(cache.version)));
    auto client = clientOf(cache, where);
    if (!client)
        return client.error();

    QList<ServerSpec> servers;
    for (const QString& server : cache.servers) {
        auto spec = ServerSpec::parse(serverText(server));
        if (!spec)
            return refuse(DjangoText::tr("server %1 of LOCATION: %2")
                              .arg(quote(server), spec.error().message));
        servers.append(std::move(spec).value());
    }
    if (servers.isEmpty())
        return refuse(DjangoText::tr("LOCATION names no server"));

    Profile profile;
    profile.name = name;
    profile.servers = servers;
    profile.client = *client;
    profile.keys = KeyScheme(cache.keyPrefix, version);
    if (auto lockKey = profile.keys.lockKey(u"x"); !lockKey)
        return refuse(
            DjangoText::tr("its KEY_PREFIX makes invalid keys: %1").arg(lockKey.error().message));
    profile.clientOptions = cache.options;
    profile.origin = DjangoText::tr("Django settings %1, cache %2")
                         .arg(project.settingsModule, quote(cache.alias));
    return profile;
}

Result<QList<Profile>> profilesFromDjango(const DjangoCaches& project, const QString& alias)
{
    if (!alias.isEmpty()) {
        for (const DjangoCache& cache : project.caches) {
            if (cache.alias != alias)
                continue;
            auto profile = profileFromDjango(project, cache, cache.alias);
            if (!profile)
                return profile.error();
            return QList<Profile>{std::move(profile).value()};
        }
        return Error{
            ErrorKind::NotFound,
            DjangoText::tr("%1 has no cache %2").arg(project.settingsModule, quote(alias))};
    }
    QList<Profile> profiles;
    QStringList others;
    for (const DjangoCache& cache : project.caches) {
        if (!cache.memcached && cache.error.isEmpty()) {
            others.append(u"%1 (%2)"_s.arg(cache.alias, cache.backend));
            continue;
        }
        auto profile = profileFromDjango(project, cache, cache.alias);
        if (!profile)
            return profile.error();
        profiles.append(std::move(profile).value());
    }
    if (profiles.isEmpty())
        return Error{ErrorKind::NotFound,
                     DjangoText::tr("%1 configures no memcached cache (CACHES: %2)")
                         .arg(project.settingsModule,
                              others.isEmpty() ? DjangoText::tr("empty") : others.join(u", "))};
    return profiles;
}

Status checkImportedProfiles(const ProfileStore& store, const QList<Profile>& profiles,
                             bool replace)
{
    for (const Profile& profile : profiles) {
        if (auto valid = ProfileStore::checkName(profile.name); !valid)
            return Error{ErrorKind::InvalidArgument,
                         DjangoText::tr("profile %1 (%2): %3: nothing was imported")
                             .arg(quote(profile.name), profile.origin, valid.error().message)};
        if (!replace && store.contains(profile.name))
            return Error{ErrorKind::InvalidArgument,
                         DjangoText::tr("a profile %1 is already saved in %2: nothing was imported")
                             .arg(quote(profile.name), store.settingsPath())};
    }
    return success();
}

Status saveImportedProfiles(ProfileStore& store, const QList<Profile>& profiles, bool replace)
{
    if (auto checked = checkImportedProfiles(store, profiles, replace); !checked)
        return checked;
    return store.saveAll(profiles);
}

} // namespace lockboard
