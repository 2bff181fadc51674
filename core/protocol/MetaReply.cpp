#include "core/protocol/MetaReply.h"

#include "core/common/Quote.h"

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

Error garbled(QByteArrayView line, const QString& why)
{
    return Error{ErrorKind::InvalidArgument, u"not a meta reply (%1): %2"_s.arg(why, quote(line))};
}

bool isToken(QByteArrayView token)
{
    for (const char c : token)
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f)
            return false;
    return !token.isEmpty();
}

} // namespace

std::optional<QByteArray> MetaReply::flag(char name) const
{
    for (const auto& [flagName, token] : flags)
        if (flagName == name)
            return token;
    return std::nullopt;
}

std::optional<qint64> MetaReply::number(char name) const
{
    const auto token = flag(name);
    if (!token || token->isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 value = token->toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

std::optional<quint64> MetaReply::unsignedNumber(char name) const
{
    const auto token = flag(name);
    if (!token || token->isEmpty() || token->front() == '-' || token->front() == '+')
        return std::nullopt;
    bool ok = false;
    const quint64 value = token->toULongLong(&ok);
    return ok ? std::optional<quint64>(value) : std::nullopt;
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
        return garbled(line.first(80), u"longer than any header"_s);
    const QList<QByteArrayView> parts = [&] {
        QList<QByteArrayView> tokens;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= line.size(); ++i) {
            if (i == line.size() || line[i] == ' ') {
                tokens.append(line.sliced(start, i - start));
                start = i + 1;
            }
        }
        return tokens;
    }();
    static const QList<QPair<QByteArrayView, Code>> codes{
        {"HD", Code::HD}, {"VA", Code::VA}, {"EN", Code::EN}, {"NS", Code::NS},
        {"EX", Code::EX}, {"NF", Code::NF}, {"MN", Code::MN}};
    const auto code = std::find_if(codes.begin(), codes.end(),
                                   [&](const auto& c) { return c.first == parts[0]; });
    if (code == codes.end())
        return garbled(line, u"unknown reply code"_s);
    reply.code = code->second;

    qsizetype next = 1;
    if (reply.code == Code::VA) {
        if (parts.size() < 2)
            return garbled(line, u"VA without a size"_s);
        bool ok = false;
        const qint64 size = parts[1].toByteArray().toLongLong(&ok);
        if (!ok || size < 0 || size > (qint64(1) << 30) || !isToken(parts[1]) ||
            parts[1].front() == '+')
            return garbled(line, u"bad value size"_s);
        reply.valueSize = qsizetype(size);
        next = 2;
    }
    for (qsizetype i = next; i < parts.size(); ++i) {
        const QByteArrayView part = parts[i];
        if (!isToken(part))
            return garbled(line, u"empty or control characters in a flag"_s);
        const char name = part.front();
        if (!((name >= 'a' && name <= 'z') || (name >= 'A' && name <= 'Z')))
            return garbled(line, u"a flag must start with a letter"_s);
        reply.flags.append({name, part.sliced(1).toByteArray()});
    }
    return reply;
}

} // namespace lockboard
