#include "core/common/Format.h"

#include <QCoreApplication>
#include <QLocale>

namespace lockboard {

namespace {

// Durations' words, in the context "lockboard::Format" for translators.
class Format
{
    Q_DECLARE_TR_FUNCTIONS(Format)
};

} // namespace

QString formatDuration(qint64 seconds)
{
    if (seconds < 0)
        return QString();
    if (seconds < 120)
        return Format::tr("%1 s").arg(seconds);
    if (seconds < 7200)
        return Format::tr("%1 min").arg(seconds / 60);
    if (seconds < 3 * 86400)
        return Format::tr("%1 h").arg(seconds / 3600);
    return Format::tr("%1 d").arg(seconds / 86400);
}

QString formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace lockboard
