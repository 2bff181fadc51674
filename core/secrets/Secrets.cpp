#include "core/secrets/Secrets.h"

#include "core/common/Quote.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <qt6keychain/keychain.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

// The words of this file, in the context "lockboard::secrets" for translators.
class SecretsText
{
    Q_DECLARE_TR_FUNCTIONS(lockboard::secrets)
};

Error keyringError(QKeychain::Job* job, const QString& key)
{
    const ErrorKind kind =
        job->error() == QKeychain::EntryNotFound ? ErrorKind::NotFound : ErrorKind::Io;
    return Error{kind, SecretsText::tr("the system keyring: %1 (entry %2 of %3)")
                           .arg(job->errorString(), quote(key), keyringService())};
}

} // namespace

Result<QString> readPasswordFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{ErrorKind::NotFound,
                     SecretsText::tr("the password file %1 does not exist").arg(quote(path))};
    struct stat status{};
    if (::stat(QFile::encodeName(path).constData(), &status) == 0 && (status.st_mode & 077) != 0)
        return Error{ErrorKind::InvalidArgument,
                     SecretsText::tr("the password file %1 can be read or written by others "
                                     "(mode %2): refused; make it private: chmod 600 %1")
                         .arg(quote(path))
                         .arg(QString::number(status.st_mode & 0777, 8).rightJustified(3, u'0'))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorKind::Io, SecretsText::tr("cannot read the password file %1: %2")
                                        .arg(quote(path), file.errorString())};
    QByteArray bytes = file.read(4096);
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    if (bytes.isEmpty())
        return Error{ErrorKind::InvalidArgument,
                     SecretsText::tr("the password file %1 is empty").arg(quote(path))};
    return QString::fromUtf8(bytes);
}

QString keyringService()
{
    return u"Lockboard"_s;
}

QString keyringKey(const Profile& profile)
{
    return profile.authUser + u'@' + profile.name;
}

Keyring::Keyring(QObject* parent)
    : QObject(parent)
{}

void Keyring::read(const QString& key, std::function<void(Result<QString>)> done)
{
    auto* job = new QKeychain::ReadPasswordJob(keyringService(), this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [key, done](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError)
            return done(keyringError(finished, key));
        done(static_cast<QKeychain::ReadPasswordJob*>(finished)->textData());
    });
    job->start();
}

void Keyring::write(const QString& key, const QString& password, std::function<void(Status)> done)
{
    auto* job = new QKeychain::WritePasswordJob(keyringService(), this);
    job->setKey(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [key, done](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError)
            return done(keyringError(finished, key));
        done(success());
    });
    job->start();
}

void Keyring::remove(const QString& key, std::function<void(Status)> done)
{
    auto* job = new QKeychain::DeletePasswordJob(keyringService(), this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [key, done](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError &&
            finished->error() != QKeychain::EntryNotFound)
            return done(keyringError(finished, key));
        done(success());
    });
    job->start();
}

void findConnectionSecurity(const Profile& profile, const Environment& env, QObject* context,
                            std::function<void(Result<ConnectionSecurity>)> done)
{
    ConnectionSecurity security;
    security.tls = profile.tls;
    security.user = profile.authUser;
    if (profile.authUser.isEmpty())
        return done(security);
    const auto found = [security, done](Result<QString> password, const QString& from) {
        if (!password)
            return done(password.error());
        if (auto valid = checkPassword(*password); !valid)
            return done(Error{ErrorKind::InvalidArgument,
                              SecretsText::tr("%1: %2").arg(from, valid.error().message)});
        ConnectionSecurity withPassword = security;
        withPassword.password = *password;
        done(withPassword);
    };
    if (const QString variable = env.value(QString::fromLatin1(PasswordVariable));
        !variable.isEmpty())
        return found(variable, QString::fromLatin1(PasswordVariable));
    if (!profile.passwordFile.isEmpty())
        return found(readPasswordFile(profile.passwordFile),
                     SecretsText::tr("the password file %1").arg(quote(profile.passwordFile)));
    auto* keyring = new Keyring(context);
    const QString user = profile.authUser;
    keyring->read(keyringKey(profile), [keyring, user, found](Result<QString> password) {
        keyring->deleteLater();
        if (!password)
            return found(
                Error{password.error().kind,
                      SecretsText::tr("no password for user %1: store it in the system keyring "
                                      "(lockboardctl profile set-password), or give a password "
                                      "file (--password-file, mode 600) or $%2 (%3)")
                          .arg(quote(user), QString::fromLatin1(PasswordVariable),
                               password.error().message)},
                {});
        found(std::move(password), SecretsText::tr("the system keyring"));
    });
}

} // namespace lockboard
