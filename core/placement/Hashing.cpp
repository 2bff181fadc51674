#include "core/placement/Hashing.h"

#include <QCryptographicHash>

#include <array>
#include <bit>

namespace lockboard::hashing {

namespace {

constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int bit = 0; bit < 8; ++bit)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}

constexpr auto CrcTable = makeCrcTable();

} // namespace

quint32 crc32(QByteArrayView data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data)
        crc = CrcTable[(crc ^ static_cast<unsigned char>(byte)) & 0xFFu] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

quint32 pythonMemcached(QByteArrayView key)
{
    const quint32 h = (crc32(key) >> 16) & 0x7FFFu;
    return h == 0 ? 1 : h;
}

quint32 murmur3Chars(std::span<const char32_t> text, quint32 seed)
{
    constexpr quint32 c1 = 0xCC9E2D51u;
    constexpr quint32 c2 = 0x1B873593u;
    const auto byteAt = [&](size_t i) {
        return quint32(text[i] & 0xFFu);
    };

    quint32 h = seed;
    const size_t blocks = text.size() & ~size_t(3);
    for (size_t i = 0; i < blocks; i += 4) {
        quint32 k =
            byteAt(i) | (byteAt(i + 1) << 8) | (byteAt(i + 2) << 16) | (byteAt(i + 3) << 24);
        k *= c1;
        k = std::rotl(k, 15);
        k *= c2;
        h ^= k;
        h = std::rotl(h, 13);
        h = h * 5 + 0xE6546B64u;
    }
    quint32 k = 0;
    switch (text.size() & 3) {
    case 3:
        k ^= byteAt(blocks + 2) << 16;
        [[fallthrough]];
    case 2:
        k ^= byteAt(blocks + 1) << 8;
        [[fallthrough]];
    case 1:
        k ^= byteAt(blocks);
        k *= c1;
        k = std::rotl(k, 15);
        k *= c2;
        h ^= k;
    }
    h ^= quint32(text.size());
    h ^= h >> 16;
    h *= 0x85EBCA6Bu;
    h ^= h >> 13;
    h *= 0xC2B2AE35u;
    h ^= h >> 16;
    return h;
}

quint32 oneAtATime(QByteArrayView key)
{
    quint32 value = 0;
    for (const char byte : key) {
        value += static_cast<quint32>(static_cast<qint32>(static_cast<signed char>(byte)));
        value += value << 10;
        value ^= value >> 6;
    }
    value += value << 3;
    value ^= value >> 11;
    value += value << 15;
    return value;
}

quint32 md5Word(QByteArrayView data, int word)
{
    Q_ASSERT(word >= 0 && word < 4);
    const QByteArray digest = QCryptographicHash::hash(data, QCryptographicHash::Md5);
    const auto byte = [&](int i) {
        return quint32(static_cast<unsigned char>(digest[4 * word + i]));
    };
    return byte(0) | (byte(1) << 8) | (byte(2) << 16) | (byte(3) << 24);
}

quint32 sha1Prefix(QByteArrayView data)
{
    const QByteArray digest = QCryptographicHash::hash(data, QCryptographicHash::Sha1);
    const auto byte = [&](int i) {
        return quint32(static_cast<unsigned char>(digest[i]));
    };
    return (byte(0) << 24) | (byte(1) << 16) | (byte(2) << 8) | byte(3);
}

} // namespace lockboard::hashing
