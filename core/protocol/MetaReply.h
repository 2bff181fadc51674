#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QVarLengthArray>

#include <optional>

namespace lockboard {

// The header line of a meta-protocol reply (memcached >= 1.6), without its
// "\r\n": "HD c42", "VA 5 t120 c42 f2", "EN", "NS", "EX", "NF", "MN", or one of
// the classic error lines "ERROR", "CLIENT_ERROR <text>", "SERVER_ERROR <text>".
struct MetaReply
{
    enum class Code
    {
        HD,
        VA,
        EN,
        NS,
        EX,
        NF,
        MN,
        Error,
        ClientError,
        ServerError
    };

    struct Flag
    {
        char name;
        qsizetype offset; // of the flag's token in line
        qsizetype size;
    };

    Code code = Code::Error;
    qsizetype valueSize = -1;       // VA: the size of the data block that follows
    QByteArray line;                // the whole header line; flags point into it
    QVarLengthArray<Flag, 8> flags; // on the stack for every reply we ask for
    QByteArray errorText;           // CLIENT_ERROR / SERVER_ERROR

    [[nodiscard]] std::optional<QByteArrayView> flag(char name) const;
    // The flag's token as a signed 64-bit integer ("t-1" is -1).
    [[nodiscard]] std::optional<qint64> number(char name) const;
    [[nodiscard]] std::optional<quint64> unsignedNumber(char name) const;

    // Parses one header line. Anything that is not a meta or error reply
    // (garbage, a classic "VALUE" line, a bad size or flag) is an error that
    // quotes the line.
    [[nodiscard]] static Result<MetaReply> parse(QByteArrayView line);
};

} // namespace lockboard
