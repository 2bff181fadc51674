#include "core/common/Quote.h"

#include <QList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lockboard {

QString quote(QStringView text, qsizetype maxChars)
{
    // Fast path: short printable ASCII, the common case of a key or a name.
    if (text.size() <= maxChars && std::all_of(text.begin(), text.end(), [](QChar c) {
            return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\';
        }))
        return u'"' + text.toString() + u'"';

    QString out = u"\""_s;
    qsizetype shown = 0;
    for (const uint c : text.toUcs4()) {
        if (shown == maxChars) {
            out += u"\u2026"_s;
            break;
        }
        if (c == u'\n') {
            out += u"\\n"_s;
        } else if (c == u'\r') {
            out += u"\\r"_s;
        } else if (c == u'\t') {
            out += u"\\t"_s;
        } else if (c == u'"' || c == u'\\') {
            out += u'\\';
            out += QChar(c);
        } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0xfffd) {
            out += u"\\x%1"_s.arg(uint(c), 2, 16, QChar(u'0'));
        } else {
            const auto unit = char32_t(c);
            out += QString::fromUcs4(&unit, 1);
        }
        ++shown;
    }
    return out + u'"';
}

QString quote(QByteArrayView text, qsizetype maxChars)
{
    // Invalid UTF-8 shows as U+FFFD, which quote(QStringView) escapes visibly.
    return quote(QStringView(QString::fromUtf8(text)), maxChars);
}

} // namespace lockboard
