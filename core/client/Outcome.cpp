#include "core/client/Outcome.h"

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

QString connectionFailureText(Outcome outcome, const QString& detail)
{
    switch (outcome) {
    case Outcome::ConnectionRefused:
        return u"connection refused (is memcached running there?)"_s;
    case Outcome::HostLookupFailed:
        return u"cannot resolve the host name (%1)"_s.arg(detail);
    default:
        return u"connection failed: %1"_s.arg(detail);
    }
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
    switch (outcome) {
    case Outcome::ConnectionRefused:
    case Outcome::HostLookupFailed:
    case Outcome::Timeout:
    case Outcome::ConnectionFailed:
    case Outcome::ProtocolError:
        return true;
    default:
        return false;
    }
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
