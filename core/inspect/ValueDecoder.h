#pragma once

#include <QByteArray>
#include <QString>

namespace lockboard {

// A cached value as the Python clients would read it back, from its client
// flags (python-memcached and pymemcache agree; pylibmc stores ints as "long"):
// 0 bytes, 1 pickle, 2 int, 4 long, 8 zlib-compressed, 16 UTF-8 text.
struct DecodedValue
{
    QString kind;    // "int", "text", "bytes", "pickle", "lockboard token", "zlib ..."
    QString display; // printable, quoted where it is text, at most ~120 characters
};

[[nodiscard]] DecodedValue decodeValue(const QByteArray& value, quint32 flags);

} // namespace lockboard
