#pragma once

#include "core/common/Result.h"
#include "core/config/ServerSpec.h"

#include <QList>
#include <QString>

namespace lockboard {

// How connections to a cluster started with TLS (memcached -Z) are made. File
// paths only: the certificates are read when a connection is made.
struct TlsSettings
{
    bool enabled = false;
    QString caFile;     // PEM certificates of the CAs to trust; empty: the system's store
    QString certFile;   // PEM client certificate, for servers that require one
    QString keyFile;    // its PEM private key (not encrypted)
    QString verifyName; // the name the server's certificate must carry; empty: its host
    bool verify = true; // false: any certificate is accepted (shown loudly everywhere)

    friend bool operator==(const TlsSettings&, const TlsSettings&) = default;
};

// Everything a connection needs to get in: TLS and, for servers started with
// -Y, the ASCII-auth user and password. The password is never saved with a
// profile: front ends resolve it (core/secrets) and hand it in here.
struct ConnectionSecurity
{
    TlsSettings tls;
    QString user;     // empty: no authentication
    QString password; // the user's password, when user is set

    [[nodiscard]] bool authenticates() const { return !user.isEmpty(); }
    // TLS or authentication: the client then speaks the meta protocol on a
    // connection of its own instead of libmemcached's (which has neither).
    [[nodiscard]] bool secured() const { return tls.enabled || authenticates(); }

    friend bool operator==(const ConnectionSecurity&, const ConnectionSecurity&) = default;
};

// path made absolute against the current directory (empty stays empty):
// certificate and password files are saved so, so that a profile works
// from any directory and in the dashboard.
[[nodiscard]] QString absoluteFilePath(const QString& path);

// memcached's ASCII auth reads "<user> <password>" split on spaces, at most
// 255 bytes a line: a user or password with white space, or a too long one,
// could never match, so it is refused here with the reason.
[[nodiscard]] Status checkAuthUser(const QString& user);
[[nodiscard]] Status checkPassword(const QString& password);

// Settings that cannot work together, said before anything connects: a
// certificate without its key or the other way round, TLS to a unix socket,
// files that cannot be read. where names the setting's origin ("--tls-ca",
// "profile prod").
[[nodiscard]] Status checkTlsSettings(const TlsSettings& tls, const QList<ServerSpec>& servers);

// The words for a server's security in tables and the dashboard: "TLS, user
// alice", "TLS (NOT VERIFIED)", "plain".
[[nodiscard]] QString securityText(const TlsSettings& tls, const QString& user);
// The words for how one connection got in: "TLS, authenticated", "TLS (NOT
// VERIFIED)", "plain".
[[nodiscard]] QString linkText(bool encrypted, bool verified, bool authenticated);

} // namespace lockboard
