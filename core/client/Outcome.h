#pragma once

#include "core/common/Error.h"

#include <QString>

namespace lockboard {

// The memcached operations the client carries out.
enum class Op
{
    Get,
    Gets,
    Set,
    Add,
    Replace,
    Cas,
    Delete,
    Increment,
    Decrement,
    Touch,
    Stats
};

// What became of one operation. Successes first, then the answers memcached
// gives to a well-formed request that it refuses, then errors.
enum class Outcome
{
    Stored,  // set, add, replace, cas
    Found,   // get, gets
    Deleted, // delete
    Touched, // touch
    Ok,      // incr, decr, stats

    NotStored, // add: the key exists; replace: it does not; set: refused
    Exists,    // cas: the item changed since it was read
    NotFound,  // get, delete, touch, incr, decr, cas: no such key

    TooLarge,          // the value exceeds the server's item size limit (-I)
    OutOfMemory,       // the server cannot allocate the item (-M: eviction off)
    ConnectionRefused, // nothing listens at the server's address
    HostLookupFailed,  // the server's name does not resolve
    Timeout, // no answer within the I/O timeout, or no connection within the connect timeout
    ConnectionFailed, // the connection broke: reset, closed mid-reply, or could not be made
    ProtocolError,    // the server answered something that is not memcached protocol
    TlsFailed,        // TLS could not be set up (a certificate was refused)
    AuthFailed,       // the server wants authentication (-Y), or refused ours
    ServerError,      // SERVER_ERROR from the server, for another reason
    ClientError,      // CLIENT_ERROR: the server refused the request (incr on text, ...)
    InvalidKey,       // refused before sending: not a valid memcached key
    OtherError,       // anything else libmemcached reports; the message has its words
};

[[nodiscard]] QString opName(Op op);
[[nodiscard]] QString
outcomeName(Outcome outcome); // "stored", "not found", "connection refused", ...

// The ErrorKind of an error outcome, and the outcome of an ErrorKind (the
// client's operations report errors as outcomes; ErrorKind::Other for successes
// and memcached's normal refusals, Outcome::OtherError for kinds no operation has).
[[nodiscard]] ErrorKind errorKindOf(Outcome outcome);
[[nodiscard]] Outcome outcomeOf(ErrorKind kind);

// The operation did what was asked.
[[nodiscard]] bool isSuccess(Outcome outcome);
// The server could not be used at all: a lock whose home answers like this is
// "unavailable", never "free" or "held".
[[nodiscard]] bool isUnavailable(Outcome outcome);
// Neither a success nor memcached's normal refusals (not stored, exists, not found).
[[nodiscard]] bool isError(Outcome outcome);
[[nodiscard]] bool isStorage(Op op);

} // namespace lockboard
