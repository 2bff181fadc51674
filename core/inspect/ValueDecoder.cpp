#include "core/inspect/ValueDecoder.h"

#include "core/common/Quote.h"
#include "core/lock/OwnerToken.h"

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

constexpr quint32 Pickle = 1;
constexpr quint32 Integer = 2;
constexpr quint32 Long = 4;
constexpr quint32 Compressed = 8;
constexpr quint32 Text = 16;

// zlib.compress() output, as python-memcached and pymemcache write it; at most
// 1 MB is inflated (no item is bigger by default).
std::optional<QByteArray> inflate(const QByteArray& data)
{
    QByteArray out(1024 * 1024, Qt::Uninitialized);
    uLongf size = uLongf(out.size());
    if (::uncompress(reinterpret_cast<Bytef*>(out.data()), &size,
                     reinterpret_cast<const Bytef*>(data.constData()), uLong(data.size())) != Z_OK)
        return std::nullopt;
    out.truncate(qsizetype(size));
    return out;
}

} // namespace

DecodedValue decodeValue(const QByteArray& value, quint32 flags)
{
    if (flags & Compressed) {
        const auto inflated = inflate(value);
        if (!inflated)
            return {u"zlib (corrupt)"_s, u"%1 bytes that do not inflate"_s.arg(value.size())};
        DecodedValue inner = decodeValue(*inflated, flags & ~Compressed);
        inner.kind = u"zlib "_s + inner.kind;
        return inner;
    }
    if (flags & Pickle)
        return {u"pickle"_s, u"%1 bytes of Python pickle"_s.arg(value.size())};
    if (flags & (Integer | Long)) {
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        if (ok)
            return {u"int"_s, QString::number(number)};
        return {u"int (not a number)"_s, quote(value, 120)};
    }
    if (const auto token = OwnerToken::parse(value))
        return {u"lockboard token"_s, token->describe()};
    const QString text = QString::fromUtf8(value);
    const bool isText = text.toUtf8() == value;
    if (flags & Text)
        return {isText ? u"text"_s : u"text (bad UTF-8)"_s, quote(value, 120)};
    return {isText ? u"bytes (text)"_s : u"bytes"_s,
            isText ? quote(value, 120) : u"%1 bytes"_s.arg(value.size())};
}

} // namespace lockboard
