#include "core/common/Error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

// The words of this file, in the context "lockboard::common" for translators.
class CommonText
{
    Q_DECLARE_TR_FUNCTIONS(lockboard::common)
};

} // namespace

bool isUnavailable(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::ConnectionRefused:
    case ErrorKind::HostLookupFailed:
    case ErrorKind::Timeout:
    case ErrorKind::ConnectionFailed:
    case ErrorKind::ProtocolError:
    case ErrorKind::TlsFailed:
    case ErrorKind::AuthFailed:
        return true;
    default:
        return false;
    }
}

QString connectionFailureText(ErrorKind kind, const QString& detail)
{
    switch (kind) {
    case ErrorKind::ConnectionRefused:
        return CommonText::tr("connection refused (is memcached running there?)");
    case ErrorKind::HostLookupFailed:
        return CommonText::tr("cannot resolve the host name (%1)").arg(detail);
    default:
        return CommonText::tr("connection failed: %1").arg(detail);
    }
}

} // namespace lockboard
