#include "core/common/Error.h"

using namespace Qt::StringLiterals;

namespace lockboard {

bool isUnavailable(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::ConnectionRefused:
    case ErrorKind::HostLookupFailed:
    case ErrorKind::Timeout:
    case ErrorKind::ConnectionFailed:
    case ErrorKind::ProtocolError:
        return true;
    default:
        return false;
    }
}

QString connectionFailureText(ErrorKind kind, const QString& detail)
{
    switch (kind) {
    case ErrorKind::ConnectionRefused:
        return u"connection refused (is memcached running there?)"_s;
    case ErrorKind::HostLookupFailed:
        return u"cannot resolve the host name (%1)"_s.arg(detail);
    default:
        return u"connection failed: %1"_s.arg(detail);
    }
}

} // namespace lockboard
