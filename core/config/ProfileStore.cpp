#include "core/config/ProfileStore.h"

#include "core/common/Quote.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSettings>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

// The words of this file, in the context "lockboard::config" for translators.
class ConfigText
{
    Q_DECLARE_TR_FUNCTIONS(lockboard::config)
};

} // namespace

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
        return Error{
            ErrorKind::InvalidArgument,
            ConfigText::tr("%1: the key version %2 is not an integer").arg(where, quote(text))};
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
        return Error{
            ErrorKind::InvalidArgument,
            ConfigText::tr("bad profile name %1: use 1 to 64 letters, digits, '.', '_' or '-'")
                .arg(quote(name))};
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

Status ProfileStore::readable() const
{
    QFile file(m_path);
    if (!file.exists())
        return success();
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorKind::Io, ConfigText::tr("the settings file %1 cannot be read: %2")
                                        .arg(m_path, file.errorString())};
    // QSettings reads what it can of a damaged file (and would write back only
    // that), and it says so only the first time a process reads it: look at
    // the bytes. A settings file is UTF-8 text.
    const QByteArray bytes = file.readAll();
    QStringDecoder utf8(QStringDecoder::Utf8);
    (void)QString(utf8.decode(bytes));
    const QSettings settings(m_path, QSettings::IniFormat);
    (void)settings.allKeys();
    if (bytes.contains('\0') || utf8.hasError() || settings.status() == QSettings::FormatError)
        return Error{ErrorKind::Io,
                     ConfigText::tr(
                         "the settings file %1 is corrupt (not an INI text file); nothing was read "
                         "from it or written to it: repair it or move it away")
                         .arg(m_path)};
    return success();
}

Result<Profile> ProfileStore::load(const QString& name) const
{
    if (auto valid = checkName(name); !valid)
        return valid.error();
    if (auto file = readable(); !file)
        return file.error();
    if (!contains(name))
        return Error{ErrorKind::NotFound,
                     ConfigText::tr("no saved profile %1 in %2").arg(quote(name), m_path)};

    QSettings settings(m_path, QSettings::IniFormat);
    settings.beginGroup(group(name));
    const QString where = ConfigText::tr("profile %1 in %2").arg(quote(name), m_path);
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
    profile.namesOnly = settings.value(u"namesOnly"_s, false).toBool();
    bool limitOk = false;
    profile.streamLimitKiB = settings.value(u"streamLimitKiB"_s, 256).toInt(&limitOk);
    if (!limitOk || profile.streamLimitKiB < 0)
        return Error{ErrorKind::InvalidArgument,
                     ConfigText::tr("%1: streamLimitKiB: %2 is not a number of KiB per second")
                         .arg(where, quote(settings.value(u"streamLimitKiB"_s).toString()))};
    auto names = parseLockNames(settings.value(u"lockNames"_s).toStringList(), profile.keys);
    if (!names)
        return Error{ErrorKind::InvalidArgument,
                     where + u": lockNames: "_s + names.error().message};
    profile.lockNames = std::move(names).value();
    auto recipes = LockRecipe::parseList(settings.value(u"lockRecipes"_s).toStringList());
    if (!recipes)
        return Error{ErrorKind::InvalidArgument,
                     where + u": lockRecipes: "_s + recipes.error().message};
    profile.recipes = std::move(recipes).value();
    profile.origin = settings.value(u"origin"_s).toString();
    if (const QString options = settings.value(u"clientOptions"_s).toString(); !options.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(options.toUtf8(), &parseError);
        if (!document.isObject())
            return Error{ErrorKind::InvalidArgument,
                         ConfigText::tr("%1: clientOptions: not a JSON object (%2)")
                             .arg(where, parseError.errorString())};
        profile.clientOptions = document.object();
    }
    profile.tls.enabled = settings.value(u"tls"_s, false).toBool();
    profile.tls.caFile = settings.value(u"tlsCaFile"_s).toString();
    profile.tls.certFile = settings.value(u"tlsCertFile"_s).toString();
    profile.tls.keyFile = settings.value(u"tlsKeyFile"_s).toString();
    profile.tls.verifyName = settings.value(u"tlsVerifyName"_s).toString();
    profile.tls.verify = settings.value(u"tlsVerify"_s, true).toBool();
    profile.authUser = settings.value(u"authUser"_s).toString();
    profile.passwordFile = settings.value(u"passwordFile"_s).toString();
    if (!profile.authUser.isEmpty())
        if (auto user = checkAuthUser(profile.authUser); !user)
            return Error{ErrorKind::InvalidArgument, where + u": "_s + user.error().message};
    return profile;
}

ProfileStore::Loaded ProfileStore::loadAll() const
{
    Loaded loaded;
    for (const QString& name : names()) {
        if (auto profile = load(name))
            loaded.profiles.append(std::move(profile).value());
        else
            loaded.errors.append(profile.error());
    }
    return loaded;
}

Status ProfileStore::save(const Profile& profile)
{
    return saveAll({profile});
}

Status ProfileStore::saveAll(const QList<Profile>& profiles)
{
    for (const Profile& profile : profiles)
        if (auto valid = checkName(profile.name); !valid)
            return valid;
    if (auto file = readable(); !file)
        return file;
    // One QSettings, one sync: the file is replaced whole (QSaveFile), so a
    // failed write leaves the old one.
    QSettings settings(m_path, QSettings::IniFormat);
    for (const Profile& profile : profiles) {
        settings.remove(group(profile.name));
        settings.beginGroup(group(profile.name));
        settings.setValue(u"servers"_s, serverListText(profile.servers));
        settings.setValue(u"client"_s, clientLibraryName(profile.client));
        settings.setValue(u"keyPrefix"_s, profile.keys.keyPrefix());
        settings.setValue(u"keyVersion"_s, profile.keys.version());
        settings.setValue(u"lockPrefix"_s, profile.keys.lockPrefix());
        settings.setValue(u"readOnly"_s, profile.readOnly);
        settings.setValue(u"namesOnly"_s, profile.namesOnly);
        settings.setValue(u"streamLimitKiB"_s, profile.streamLimitKiB);
        settings.setValue(u"lockNames"_s, profile.lockNames);
        if (!profile.recipes.isEmpty()) {
            QStringList recipes;
            for (const LockRecipe& recipe : profile.recipes)
                recipes.append(recipe.toString());
            settings.setValue(u"lockRecipes"_s, recipes);
        }
        if (!profile.origin.isEmpty())
            settings.setValue(u"origin"_s, profile.origin);
        if (!profile.clientOptions.isEmpty())
            settings.setValue(
                u"clientOptions"_s,
                QString::fromUtf8(
                    QJsonDocument(profile.clientOptions).toJson(QJsonDocument::Compact)));
        // Paths and names only: a password is never written here.
        const auto setIf = [&settings](const QString& name, const QString& value) {
            if (!value.isEmpty())
                settings.setValue(name, value);
        };
        if (profile.tls.enabled)
            settings.setValue(u"tls"_s, true);
        setIf(u"tlsCaFile"_s, profile.tls.caFile);
        setIf(u"tlsCertFile"_s, profile.tls.certFile);
        setIf(u"tlsKeyFile"_s, profile.tls.keyFile);
        setIf(u"tlsVerifyName"_s, profile.tls.verifyName);
        if (!profile.tls.verify)
            settings.setValue(u"tlsVerify"_s, false);
        setIf(u"authUser"_s, profile.authUser);
        setIf(u"passwordFile"_s, profile.passwordFile);
        settings.endGroup();
    }
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        QStringList names;
        for (const Profile& profile : profiles)
            names.append(quote(profile.name));
        return Error{
            ErrorKind::Io,
            ConfigText::tr("could not write profile %1 to %2").arg(names.join(u", "), m_path)};
    }
    return success();
}

Status ProfileStore::remove(const QString& name)
{
    if (auto file = readable(); !file)
        return file;
    if (!contains(name))
        return Error{ErrorKind::NotFound,
                     ConfigText::tr("no saved profile %1 in %2").arg(quote(name), m_path)};
    QSettings settings(m_path, QSettings::IniFormat);
    settings.remove(group(name));
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return Error{
            ErrorKind::Io,
            ConfigText::tr("could not remove profile %1 from %2").arg(quote(name), m_path)};
    return success();
}

Result<QStringList> parseLockNames(const QStringList& names, const KeyScheme& keys)
{
    QStringList parsed;
    for (const QString& written : names) {
        const QString name = written.trimmed();
        if (name.isEmpty() || name.startsWith(u'#'))
            continue; // blank lines and comments in a names file
        if (auto key = keys.lockKey(name); !key)
            return Error{ErrorKind::InvalidArgument,
                         ConfigText::tr("lock name %1: %2").arg(quote(name), key.error().message)};
        if (!parsed.contains(name))
            parsed.append(name);
    }
    return parsed;
}

Result<Profile> ProfileOverrides::resolve(const ProfileStore& store, const Environment& env) const
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
        return Error{ErrorKind::InvalidArgument,
                     ConfigText::tr("no servers: give --servers host:port,..., set "
                                    "LOCKBOARD_SERVERS, or save a profile")};

    if (client) {
        auto parsed = parseClientLibrary(*client);
        if (!parsed)
            return Error{ErrorKind::InvalidArgument, u"--client: "_s + parsed.error().message};
        // The saved client options are that library's: another one starts from its defaults.
        if (*parsed != result.client)
            result.clientOptions = {};
        result.client = *parsed;
    }
    for (const QString& assignment : clientOptions)
        if (const Status set = setClientOption(result.clientOptions, result.client, assignment);
            !set)
            return Error{ErrorKind::InvalidArgument, u"--client-option: "_s + set.error().message};
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
    if (namesOnly)
        result.namesOnly = *namesOnly;
    if (streamLimitKiB) {
        bool ok = false;
        const int limit = streamLimitKiB->toInt(&ok);
        if (!ok || limit < 0)
            return Error{
                ErrorKind::InvalidArgument,
                ConfigText::tr("--stream-limit: %1 is not a number of KiB per second (0: no limit)")
                    .arg(quote(*streamLimitKiB))};
        result.streamLimitKiB = limit;
    }
    if (lockNames) {
        QStringList names;
        if (lockNames->startsWith(u'@')) {
            QFile file(lockNames->mid(1));
            if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
                return Error{ErrorKind::Io, ConfigText::tr("--lock-names: cannot read %1: %2")
                                                .arg(quote(file.fileName()), file.errorString())};
            for (const QByteArray& line : file.readAll().split('\n'))
                names.append(QString::fromUtf8(line));
        } else {
            names = lockNames->split(u',');
        }
        auto parsed = parseLockNames(names, result.keys);
        if (!parsed)
            return Error{ErrorKind::InvalidArgument, u"--lock-names: "_s + parsed.error().message};
        for (const QString& name : *parsed)
            if (!result.lockNames.contains(name))
                result.lockNames.append(name);
    }
    if (!recipes.isEmpty()) {
        auto parsed = LockRecipe::parseList(recipes);
        if (!parsed)
            return Error{ErrorKind::InvalidArgument, u"--recipe: "_s + parsed.error().message};
        result.recipes = std::move(parsed).value();
    }
    TlsSettings& tlsSettings = result.tls;
    const auto setTls = [&tlsSettings](const std::optional<QString>& value, QString& target) {
        if (value) {
            target = *value;
            tlsSettings.enabled = true;
        }
    };
    setTls(tlsCaFile, tlsSettings.caFile);
    setTls(tlsCertFile, tlsSettings.certFile);
    setTls(tlsKeyFile, tlsSettings.keyFile);
    setTls(tlsVerifyName, tlsSettings.verifyName);
    for (QString* file : {&tlsSettings.caFile, &tlsSettings.certFile, &tlsSettings.keyFile})
        *file = absoluteFilePath(*file);
    if (tlsNoVerify) {
        tlsSettings.verify = !*tlsNoVerify;
        tlsSettings.enabled = true;
    }
    if (tls)
        tlsSettings.enabled = *tls;
    if (auto valid = checkTlsSettings(result.tls, result.servers); !valid)
        return valid.error();
    if (authUser) {
        if (auto valid = checkAuthUser(*authUser); !valid)
            return Error{ErrorKind::InvalidArgument, u"--user: "_s + valid.error().message};
        result.authUser = *authUser;
    }
    if (passwordFile)
        result.passwordFile = absoluteFilePath(*passwordFile);
    return result;
}

} // namespace lockboard
