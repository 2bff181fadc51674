#include "core/client/Outcome.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace lockboard {

QString opName(Op op)
{
    switch (op) {
    case Op::Get:
        return u"get"_s;
    case Op::Gets:
        return u"gets"_s;
    case Op::Set:
        return u"set"_s;
    case Op::Add:
        return u"add"_s;
    case Op::Replace:
        return u"replace"_s;
    case Op::Cas:
        return u"cas"_s;
    case Op::Delete:
        return u"delete"_s;
    case Op::Increment:
        return u"incr"_s;
    case Op::Decrement:
        return u"decr"_s;
    case Op::Touch:
        return u"touch"_s;
    case Op::Stats:
        return u"stats"_s;
    }
    return QString();
}

namespace {

// The error outcomes and their kinds, side by side.
constexpr std::pair<Outcome, ErrorKind> ErrorOutcomes[] = {
    {Outcome::TooLarge, ErrorKind::TooLarge},
    {Outcome::OutOfMemory, ErrorKind::OutOfMemory},
    {Outcome::ConnectionRefused, ErrorKind::ConnectionRefused},
    {Outcome::HostLookupFailed, ErrorKind::HostLookupFailed},
    {Outcome::Timeout, ErrorKind::Timeout},
    {Outcome::ConnectionFailed, ErrorKind::ConnectionFailed},
    {Outcome::ProtocolError, ErrorKind::ProtocolError},
    {Outcome::TlsFailed, ErrorKind::TlsFailed},
    {Outcome::AuthFailed, ErrorKind::AuthFailed},
    {Outcome::ServerError, ErrorKind::ServerError},
    {Outcome::ClientError, ErrorKind::ClientError},
    {Outcome::InvalidKey, ErrorKind::InvalidKey},
};

} // namespace

ErrorKind errorKindOf(Outcome outcome)
{
    for (const auto& [known, kind] : ErrorOutcomes)
        if (known == outcome)
            return kind;
    return ErrorKind::Other;
}

Outcome outcomeOf(ErrorKind kind)
{
    for (const auto& [outcome, known] : ErrorOutcomes)
        if (known == kind)
            return outcome;
    return Outcome::OtherError;
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Stored:
        return u"stored"_s;
    case Outcome::Found:
        return u"found"_s;
    case Outcome::Deleted:
        return u"deleted"_s;
    case Outcome::Touched:
        return u"touched"_s;
    case Outcome::Ok:
        return u"ok"_s;
    case Outcome::NotStored:
        return u"not stored"_s;
    case Outcome::Exists:
        return u"exists"_s;
    case Outcome::NotFound:
        return u"not found"_s;
    case Outcome::TooLarge:
        return u"too large"_s;
    case Outcome::OutOfMemory:
        return u"out of memory"_s;
    case Outcome::ConnectionRefused:
        return u"connection refused"_s;
    case Outcome::HostLookupFailed:
        return u"host lookup failed"_s;
    case Outcome::Timeout:
        return u"timeout"_s;
    case Outcome::ConnectionFailed:
        return u"connection failed"_s;
    case Outcome::ProtocolError:
        return u"protocol error"_s;
    case Outcome::TlsFailed:
        return u"TLS failed"_s;
    case Outcome::AuthFailed:
        return u"authentication failed"_s;
    case Outcome::ServerError:
        return u"server error"_s;
    case Outcome::ClientError:
        return u"client error"_s;
    case Outcome::InvalidKey:
        return u"invalid key"_s;
    case Outcome::OtherError:
        return u"error"_s;
    }
    return QString();
}

bool isSuccess(Outcome outcome)
{
    return outcome <= Outcome::Ok;
}

bool isUnavailable(Outcome outcome)
{
    return isUnavailable(errorKindOf(outcome));
}

bool isError(Outcome outcome)
{
    return outcome > Outcome::NotFound;
}

bool isStorage(Op op)
{
    return op == Op::Set || op == Op::Add || op == Op::Replace || op == Op::Cas;
}

} // namespace lockboard
