#include "core/inspect/ValueDecoder.h"

#include "core/common/Quote.h"
#include "core/lock/OwnerToken.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

class ValueText
{
    Q_DECLARE_TR_FUNCTIONS(lockboard::inspect)
};

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

OwnerInfo describeOwner(const QByteArray& value, quint32 flags, LockRecipe::Kind recipe)
{
    if (const auto token = OwnerToken::parse(value))
        return {u"lockboard token"_s, token->describe()};
    if (flags & (Pickle | Compressed))
        return {};
    if (value == "1")
        return {u"constant 1"_s, ValueText::tr("the same value for every holder: any process "
                                               "may hold it")};
    static const QRegularExpression uuid(
        u"^([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f])([0-9a-f]{3})-[89ab][0-9a-f]{3}-([0-9a-f]{12})$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromLatin1(value);
    if (const QRegularExpressionMatch parts = uuid.match(text); parts.hasMatch()) {
        const int version = parts.captured(3).toInt(nullptr, 16);
        if (version != 1)
            return {u"uuid"_s, ValueText::tr("UUID version %1: made from random bits or a name, "
                                             "it says nothing about the holder")
                                   .arg(version)};
        // 100 ns intervals since 1582-10-15, in time_hi, time_mid, time_low.
        const quint64 stamp = (parts.captured(4).toULongLong(nullptr, 16) << 48) |
                              (parts.captured(2).toULongLong(nullptr, 16) << 32) |
                              parts.captured(1).toULongLong(nullptr, 16);
        constexpr quint64 GregorianToUnix = 0x01B21DD213814000ULL;
        const QDateTime made =
            QDateTime::fromMSecsSinceEpoch(qint64((stamp - GregorianToUnix) / 10000), Qt::UTC);
        const QString nodeHex = parts.captured(5).toLower();
        QStringList octets;
        for (int i = 0; i < 12; i += 2)
            octets.append(nodeHex.mid(i, 2));
        const bool randomNode = (nodeHex.left(2).toInt(nullptr, 16) & 1) != 0;
        return {u"uuid v1"_s,
                (randomNode ? ValueText::tr("made %1 on a random node id %2 (not a MAC)")
                            : ValueText::tr("made %1 on the host with MAC %2"))
                    .arg(made.toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s), octets.join(u':'))};
    }
    static const QRegularExpression laravel(u"^[A-Za-z0-9]{16}$"_s);
    if (recipe == LockRecipe::Kind::Laravel && laravel.match(text).hasMatch())
        return {u"laravel owner"_s,
                ValueText::tr("Laravel's random owner string: says nothing about the holder, "
                              "whose release() compares it before deleting")};
    return {};
}

bool holdsLock(LockRecipe::Kind recipe, const OwnerInfo& owner)
{
    return recipe != LockRecipe::Kind::Laravel || owner.kind == u"laravel owner"_s ||
           owner.kind == u"lockboard token"_s;
}

} // namespace lockboard
