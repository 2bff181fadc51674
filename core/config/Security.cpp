#include "core/config/Security.h"

#include "core/common/Quote.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

// The words of this file, in the context "lockboard::config" for translators.
class ConfigText
{
    Q_DECLARE_TR_FUNCTIONS(lockboard::config)
};

// memcached 1.6 reads an auth line of at most 255 bytes ("<user> <password>").
constexpr qsizetype MaxAuthLine = 250;

bool hasSpace(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

Status checkReadable(const QString& setting, const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{ErrorKind::NotFound,
                     ConfigText::tr("%1: %2 does not exist").arg(setting, quote(path))};
    if (!info.isFile() || !info.isReadable())
        return Error{ErrorKind::Io,
                     ConfigText::tr("%1: %2 is not a readable file").arg(setting, quote(path))};
    return success();
}

} // namespace

QString absoluteFilePath(const QString& path)
{
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

Status checkAuthUser(const QString& user)
{
    if (user.isEmpty() || hasSpace(user) || user.contains(u':') ||
        user.toUtf8().size() > MaxAuthLine / 2)
        return Error{ErrorKind::InvalidArgument,
                     ConfigText::tr("the user %1 cannot authenticate: memcached's user names have "
                                    "no spaces or ':' and at most %2 bytes")
                         .arg(quote(user))
                         .arg(MaxAuthLine / 2)};
    return success();
}

Status checkPassword(const QString& password)
{
    if (password.isEmpty())
        return Error{ErrorKind::InvalidArgument, ConfigText::tr("the password is empty")};
    if (hasSpace(password) || password.toUtf8().size() > MaxAuthLine / 2)
        return Error{ErrorKind::InvalidArgument,
                     ConfigText::tr("the password cannot work: memcached's ASCII authentication "
                                    "allows no spaces and at most %1 bytes")
                         .arg(MaxAuthLine / 2)};
    return success();
}

Status checkTlsSettings(const TlsSettings& tls, const QList<ServerSpec>& servers)
{
    const bool anySet = !tls.caFile.isEmpty() || !tls.certFile.isEmpty() ||
                        !tls.keyFile.isEmpty() || !tls.verifyName.isEmpty() || !tls.verify;
    if (!tls.enabled) {
        if (anySet)
            return Error{ErrorKind::InvalidArgument,
                         ConfigText::tr("TLS settings are given but TLS is off: turn it on "
                                        "(--tls) or remove them")};
        return success();
    }
    for (const ServerSpec& server : servers)
        if (server.transport() == ServerSpec::Transport::Unix)
            return Error{ErrorKind::InvalidArgument,
                         ConfigText::tr("%1: TLS is for TCP servers; memcached serves unix "
                                        "sockets without it")
                             .arg(server.name()),
                         server.name()};
    if (tls.certFile.isEmpty() != tls.keyFile.isEmpty())
        return Error{ErrorKind::InvalidArgument,
                     tls.certFile.isEmpty()
                         ? ConfigText::tr("a client key is given without its certificate "
                                          "(--tls-cert)")
                         : ConfigText::tr("a client certificate is given without its key "
                                          "(--tls-key)")};
    if (!tls.caFile.isEmpty())
        if (auto readable = checkReadable(ConfigText::tr("the CA file"), tls.caFile); !readable)
            return readable;
    if (!tls.certFile.isEmpty())
        if (auto readable = checkReadable(ConfigText::tr("the client certificate"), tls.certFile);
            !readable)
            return readable;
    if (!tls.keyFile.isEmpty())
        if (auto readable = checkReadable(ConfigText::tr("the client key"), tls.keyFile); !readable)
            return readable;
    return success();
}

QString securityText(const TlsSettings& tls, const QString& user)
{
    QString text = !tls.enabled ? ConfigText::tr("plain")
                   : tls.verify ? ConfigText::tr("TLS")
                                : ConfigText::tr("TLS (NOT VERIFIED)");
    if (!user.isEmpty())
        text += u", "_s + ConfigText::tr("user %1").arg(user);
    return text;
}

QString linkText(bool encrypted, bool verified, bool authenticated)
{
    QString text = !encrypted ? ConfigText::tr("plain")
                   : verified ? ConfigText::tr("TLS")
                              : ConfigText::tr("TLS (NOT VERIFIED)");
    if (authenticated)
        text += u", "_s + ConfigText::tr("authenticated");
    return text;
}

} // namespace lockboard
