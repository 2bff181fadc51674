#include "core/config/ProfileStore.h"

#include "core/common/Quote.h"

#include <QRegularExpression>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

QString defaultSettingsPath()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, u"Lockboard"_s, u"lockboard"_s)
        .fileName();
}

QString group(const QString& name)
{
    return u"profiles/"_s + name;
}

Result<int> parseVersion(const QString& text, const QString& where)
{
    bool ok = false;
    const int version = text.toInt(&ok);
    if (!ok)
        return Error{ErrorKind::InvalidArgument,
                     u"%1: the key version %2 is not an integer"_s.arg(where, quote(text))};
    return version;
}

} // namespace

ProfileStore::ProfileStore()
    : m_path(defaultSettingsPath())
{}

ProfileStore::ProfileStore(QString settingsPath)
    : m_path(std::move(settingsPath))
{}

Status ProfileStore::checkName(const QString& name)
{
    static const QRegularExpression valid(u"^[A-Za-z0-9._-]{1,64}$"_s);
    if (!valid.match(name).hasMatch())
        return Error{ErrorKind::InvalidArgument,
                     u"bad profile name %1: use 1 to 64 letters, digits, '.', '_' or '-'"_s.arg(
                         quote(name))};
    return success();
}

QStringList ProfileStore::names() const
{
    QSettings settings(m_path, QSettings::IniFormat);
    settings.beginGroup(u"profiles"_s);
    QStringList names = settings.childGroups();
    names.sort();
    return names;
}

bool ProfileStore::contains(const QString& name) const
{
    return names().contains(name);
}

Result<Profile> ProfileStore::load(const QString& name) const
{
    if (auto valid = checkName(name); !valid)
        return valid.error();
    if (!contains(name))
        return Error{ErrorKind::NotFound, u"no saved profile %1 in %2"_s.arg(quote(name), m_path)};

    QSettings settings(m_path, QSettings::IniFormat);
    settings.beginGroup(group(name));
    const QString where = u"profile %1 in %2"_s.arg(quote(name), m_path);
    auto servers = ServerSpec::parseList(settings.value(u"servers"_s).toString());
    if (!servers)
        return Error{ErrorKind::InvalidArgument, where + u": "_s + servers.error().message};
    auto client = parseClientLibrary(
        settings.value(u"client"_s, clientLibraryName(ClientLibrary::PythonMemcached)).toString());
    if (!client)
        return Error{ErrorKind::InvalidArgument, where + u": "_s + client.error().message};
    auto version = parseVersion(settings.value(u"keyVersion"_s, u"1"_s).toString(), where);
    if (!version)
        return version.error();

    Profile profile;
    profile.name = name;
    profile.servers = std::move(servers).value();
    profile.client = *client;
    profile.keys =
        KeyScheme(settings.value(u"keyPrefix"_s).toString(), *version,
                  settings.value(u"lockPrefix"_s, KeyScheme::DefaultLockPrefix).toString());
    profile.readOnly = settings.value(u"readOnly"_s, false).toBool();
    return profile;
}

Status ProfileStore::save(const Profile& profile)
{
    if (auto valid = checkName(profile.name); !valid)
        return valid;
    QSettings settings(m_path, QSettings::IniFormat);
    settings.remove(group(profile.name));
    settings.beginGroup(group(profile.name));
    settings.setValue(u"servers"_s, serverListText(profile.servers));
    settings.setValue(u"client"_s, clientLibraryName(profile.client));
    settings.setValue(u"keyPrefix"_s, profile.keys.keyPrefix());
    settings.setValue(u"keyVersion"_s, profile.keys.version());
    settings.setValue(u"lockPrefix"_s, profile.keys.lockPrefix());
    settings.setValue(u"readOnly"_s, profile.readOnly);
    settings.endGroup();
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return Error{ErrorKind::Io,
                     u"could not write profile %1 to %2"_s.arg(quote(profile.name), m_path)};
    return success();
}

Status ProfileStore::remove(const QString& name)
{
    if (!contains(name))
        return Error{ErrorKind::NotFound, u"no saved profile %1 in %2"_s.arg(quote(name), m_path)};
    QSettings settings(m_path, QSettings::IniFormat);
    settings.remove(group(name));
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return Error{ErrorKind::Io,
                     u"could not remove profile %1 from %2"_s.arg(quote(name), m_path)};
    return success();
}

Result<Profile> ProfileOverrides::resolve(const ProfileStore& store,
                                          const QProcessEnvironment& env) const
{
    Profile result;
    result.name = QString::fromLatin1(ProfileStore::DefaultProfileName);
    bool haveServers = false;
    if (profile) {
        auto saved = store.load(*profile);
        if (!saved)
            return saved.error();
        result = std::move(saved).value();
        haveServers = true;
    } else if (store.contains(result.name)) {
        auto saved = store.load(result.name);
        if (!saved)
            return saved.error();
        result = std::move(saved).value();
    }

    const QString envServers = env.value(u"LOCKBOARD_SERVERS"_s).trimmed();
    if (servers) {
        auto parsed = ServerSpec::parseList(*servers);
        if (!parsed)
            return Error{ErrorKind::InvalidArgument, u"--servers: "_s + parsed.error().message};
        result.servers = std::move(parsed).value();
    } else if (!haveServers && !envServers.isEmpty()) {
        auto parsed = ServerSpec::parseList(envServers);
        if (!parsed)
            return Error{ErrorKind::InvalidArgument,
                         u"LOCKBOARD_SERVERS: "_s + parsed.error().message};
        result.servers = std::move(parsed).value();
    }
    if (result.servers.isEmpty())
        return Error{
            ErrorKind::InvalidArgument,
            u"no servers: give --servers host:port,..., set LOCKBOARD_SERVERS, or save a profile"_s};

    if (client) {
        auto parsed = parseClientLibrary(*client);
        if (!parsed)
            return Error{ErrorKind::InvalidArgument, u"--client: "_s + parsed.error().message};
        result.client = *parsed;
    }
    int version = result.keys.version();
    if (keyVersion) {
        auto parsed = parseVersion(*keyVersion, u"--key-version"_s);
        if (!parsed)
            return parsed.error();
        version = *parsed;
    }
    result.keys = KeyScheme(keyPrefix.value_or(result.keys.keyPrefix()), version,
                            lockPrefix.value_or(result.keys.lockPrefix()));
    if (readOnly)
        result.readOnly = *readOnly;
    return result;
}

} // namespace lockboard
