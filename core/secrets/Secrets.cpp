#include "core/secrets/Secrets.h"

#include "core/common/Quote.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>
#include <sys/stat.h>
#include <utility>

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
    struct stat status
    {};
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
    QByteArray bytes = file.readLine(4096); // the first line
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

void Keyring::start(QKeychain::Job* job, const QString& key,
                    std::function<void(QKeychain::Job*)> finished,
                    std::function<void(Error)> failed)
{
    // A keyring that waits on an unlock prompt nobody sees never answers:
    // whichever comes first, its answer or the deadline, is the one reported.
    auto answered = std::make_shared<bool>(false);
    auto* deadline = new QTimer(this);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [answered, failed, key, deadline] {
        deadline->deleteLater();
        if (std::exchange(*answered, true))
            return;
        failed(Error{ErrorKind::Timeout,
                     SecretsText::tr("the system keyring did not answer within %1 s (is it "
                                     "locked, waiting for an unlock prompt?) (entry %2 of %3)")
                         .arg(KeyringTimeoutMs / 1000)
                         .arg(quote(key), keyringService())});
    });
    connect(job, &QKeychain::Job::finished, this,
            [answered, finished, deadline](QKeychain::Job* done) {
                deadline->deleteLater();
                if (!std::exchange(*answered, true))
                    finished(done);
            });
    deadline->start(KeyringTimeoutMs);
    job->setKey(key);
    job->start();
}

void Keyring::read(const QString& key, std::function<void(Result<QString>)> done)
{
    start(
        new QKeychain::ReadPasswordJob(keyringService(), this), key,
        [key, done](QKeychain::Job* finished) {
            if (finished->error() != QKeychain::NoError)
                return done(keyringError(finished, key));
            done(static_cast<QKeychain::ReadPasswordJob*>(finished)->textData());
        },
        done);
}

void Keyring::write(const QString& key, const QString& password, std::function<void(Status)> done)
{
    auto* job = new QKeychain::WritePasswordJob(keyringService(), this);
    job->setTextData(password);
    start(
        job, key,
        [key, done](QKeychain::Job* finished) {
            if (finished->error() != QKeychain::NoError)
                return done(keyringError(finished, key));
            done(success());
        },
        done);
}

void Keyring::remove(const QString& key, std::function<void(Status)> done)
{
    start(
        new QKeychain::DeletePasswordJob(keyringService(), this), key,
        [key, done](QKeychain::Job* finished) {
            if (finished->error() != QKeychain::NoError &&
                finished->error() != QKeychain::EntryNotFound)
                return done(keyringError(finished, key));
            done(success());
        },
        done);
}

Environment dashboardEnvironment()
{
    Environment environment = Environment::system();
    environment.insert(QString::fromLatin1(PasswordVariable), QString());
    return environment;
}

ConnectionSecurity connectionSecurity(const Profile& profile, const QString& password)
{
    return {profile.tls, profile.authUser, password};
}

void findConnectionSecurity(const Profile& profile, const Environment& env, QObject* context,
                            std::function<void(Result<ConnectionSecurity>)> done)
{
    if (profile.authUser.isEmpty())
        return done(connectionSecurity(profile));
    const auto found = [profile, done](Result<QString> password, const QString& from) {
        if (!password)
            return done(password.error());
        if (auto valid = checkPassword(*password); !valid)
            return done(Error{ErrorKind::InvalidArgument,
                              SecretsText::tr("%1: %2").arg(from, valid.error().message)});
        done(connectionSecurity(profile, *password));
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
                                      "(lockboardctl profile set-password; a locked keyring "
                                      "reads as empty), or give a password file "
                                      "(--password-file, mode 600) or $%2 (%3)")
                          .arg(quote(user), QString::fromLatin1(PasswordVariable),
                               password.error().message)},
                {});
        found(std::move(password), SecretsText::tr("the system keyring"));
    });
}

} // namespace lockboard
