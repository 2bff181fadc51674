#include "core/protocol/MetaReply.h"

#include "core/common/Quote.h"

#include <QCoreApplication>

#include <array>
#include <limits>
#include <string_view>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

// The words of this file, in the context "lockboard::protocol" for translators.
class ProtocolText
{
    Q_DECLARE_TR_FUNCTIONS(lockboard::protocol)
};

} // namespace

namespace {

Error garbled(QByteArrayView line, const QString& why)
{
    return Error{ErrorKind::ProtocolError,
                 ProtocolText::tr("not a meta reply (%1): %2").arg(why, quote(line))};
}

bool isToken(QByteArrayView token)
{
    for (const char c : token)
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f)
            return false;
    return !token.isEmpty();
}

} // namespace

std::optional<QByteArrayView> MetaReply::flag(char name) const
{
    for (const Flag& f : flags)
        if (f.name == name)
            return QByteArrayView(line).sliced(f.offset, f.size);
    return std::nullopt;
}

namespace {

template <typename Number>
std::optional<Number> toNumber(std::optional<QByteArrayView> token, bool allowSign)
{
    if (!token || token->isEmpty())
        return std::nullopt;
    QByteArrayView digits = *token;
    bool negative = false;
    if (allowSign && digits.front() == '-') {
        negative = true;
        digits = digits.sliced(1);
    }
    if (digits.isEmpty() || digits.size() > 20)
        return std::nullopt;
    quint64 value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        const quint64 next = value * 10 + quint64(c - '0');
        if (next / 10 != value)
            return std::nullopt; // overflow
        value = next;
    }
    if constexpr (std::is_signed_v<Number>) {
        if (value > quint64(std::numeric_limits<Number>::max()))
            return std::nullopt;
        return negative ? -Number(value) : Number(value);
    } else {
        return Number(value);
    }
}

} // namespace

std::optional<qint64> MetaReply::number(char name) const
{
    return toNumber<qint64>(flag(name), true);
}

std::optional<quint64> MetaReply::unsignedNumber(char name) const
{
    return toNumber<quint64>(flag(name), false);
}

Result<MetaReply> MetaReply::parse(QByteArrayView line)
{
    MetaReply reply;
    if (line.startsWith("CLIENT_ERROR") || line.startsWith("SERVER_ERROR")) {
        reply.code = line.startsWith("CLIENT_ERROR") ? Code::ClientError : Code::ServerError;
        reply.errorText = line.sliced(12).trimmed().toByteArray();
        return reply;
    }
    if (line == "ERROR") {
        reply.code = Code::Error;
        return reply;
    }
    if (line.size() > 8192)
        return garbled(line.first(80), ProtocolText::tr("longer than any header"));
    if (line.size() < 2)
        return garbled(line, ProtocolText::tr("unknown reply code"));

    static constexpr std::array<std::pair<std::string_view, Code>, 7> codes{{{"HD", Code::HD},
                                                                             {"VA", Code::VA},
                                                                             {"EN", Code::EN},
                                                                             {"NS", Code::NS},
                                                                             {"EX", Code::EX},
                                                                             {"NF", Code::NF},
                                                                             {"MN", Code::MN}}};
    const QByteArrayView head = line.first(2);
    const auto code = std::find_if(codes.begin(), codes.end(), [&](const auto& c) {
        return head == QByteArrayView(c.first.data(), qsizetype(c.first.size()));
    });
    if (code == codes.end() || (line.size() > 2 && line[2] != ' '))
        return garbled(line, ProtocolText::tr("unknown reply code"));
    reply.code = code->second;
    reply.line = line.toByteArray();

    // Tokens after the code, split on single spaces.
    qsizetype at = 3;
    bool first = true;
    while (at <= line.size() && line.size() > 2) {
        qsizetype end = line.indexOf(' ', at);
        if (end < 0)
            end = line.size();
        const QByteArrayView token = line.sliced(at, end - at);
        if (!isToken(token))
            return garbled(line, ProtocolText::tr("empty or control characters in a flag"));
        if (first && reply.code == Code::VA) {
            const auto size = toNumber<qint64>(token, false);
            if (!size || *size > (qint64(1) << 30))
                return garbled(line, ProtocolText::tr("bad value size"));
            reply.valueSize = qsizetype(*size);
        } else {
            const char name = token.front();
            if (!((name >= 'a' && name <= 'z') || (name >= 'A' && name <= 'Z')))
                return garbled(line, ProtocolText::tr("a flag must start with a letter"));
            reply.flags.append({name, at + 1, token.size() - 1});
        }
        first = false;
        at = end + 1;
    }
    if (reply.code == Code::VA && reply.valueSize < 0)
        return garbled(line, ProtocolText::tr("VA without a size"));
    return reply;
}

} // namespace lockboard
