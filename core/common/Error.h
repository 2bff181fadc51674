#pragma once

#include <QByteArray>
#include <QString>

#include <utility>

namespace lockboard {

// What went wrong, in categories a caller can act on. Every part of core
// reports failures as an Error of one of these kinds; no caller tells errors
// apart by their text.
enum class ErrorKind
{
    // Bad input and local state.
    InvalidArgument, // a server spec, a key, an option
    NotFound,        // a named thing (profile, key, file) does not exist
    Io,              // local files and settings (the audit log, profiles)
    ReadOnly,        // the profile forbids writing to the cluster

    // A server that could not be used at all (isUnavailable).
    ConnectionRefused, // nothing listens at the server's address
    HostLookupFailed,  // the server's name does not resolve
    Timeout,           // no connection within the connect timeout, or no answer within the I/O one
    ConnectionFailed,  // the connection broke: reset, closed mid-reply, or could not be made
    ProtocolError,     // the server answered something that is not memcached protocol
    TlsFailed,         // TLS could not be set up: a certificate (ours or the server's) was refused
    AuthFailed,        // the server wants authentication (-Y) and we have none, or it refused ours

    // A server that answered, and refused.
    Busy,        // it is doing the same thing for someone else (a crawl): try again later
    NotAllowed,  // its configuration forbids the command (memcached -X for dumps)
    ServerError, // SERVER_ERROR, for another reason
    ClientError, // CLIENT_ERROR: the server refused the request
    TooLarge,    // the value exceeds the server's item size limit (-I)
    OutOfMemory, // the server cannot allocate the item (-M: eviction off)
    InvalidKey,  // refused before sending: not a valid memcached key
    Other,       // anything else; the message has its words
};

struct Error
{
    Error() = default;
    Error(ErrorKind kind, QString message, QString server = {}, QByteArray key = {})
        : kind(kind)
        , message(std::move(message))
        , server(std::move(server))
        , key(std::move(key))
    {}

    ErrorKind kind = ErrorKind::InvalidArgument;
    // The whole sentence for an operator: what went wrong and where, naming the
    // server ("10.0.0.5:11211: connection refused (is memcached running
    // there?)"), key, spec or file involved.
    QString message;
    QString server; // the server involved, as written in the server list; empty when none
    QByteArray key; // the key involved; empty when none
};

// The server could not be used at all: refused, unresolvable, timed out,
// broken, not speaking memcached, or not letting us in (TLS, authentication).
[[nodiscard]] bool isUnavailable(ErrorKind kind);

// The words for a connection that could not be made or broke, the same from
// every part (the client, the inspector's transport, the activity stream):
// ConnectionRefused "connection refused (is memcached running there?)",
// HostLookupFailed "cannot resolve the host name (<detail>)", anything else
// "connection failed: <detail>". Without the server's name, which callers put first.
[[nodiscard]] QString connectionFailureText(ErrorKind kind, const QString& detail);

} // namespace lockboard
