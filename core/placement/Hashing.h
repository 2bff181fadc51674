#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <span>

// The hash functions the supported client libraries place keys with, written
// from their definitions and checked against the libraries by the vector tests.
namespace lockboard::hashing {

// Standard CRC-32 (zlib, Python's binascii.crc32).
[[nodiscard]] quint32 crc32(QByteArrayView data);

// python-memcached's cmemcache_hash: ((crc32 >> 16) & 0x7fff) or 1.
[[nodiscard]] quint32 pythonMemcached(QByteArrayView key);

// MurmurHash3 x86_32 as pymemcache computes it: over Python characters, of
// which it keeps only the low byte. Units are code points, not UTF-8 bytes.
[[nodiscard]] quint32 murmur3Chars(std::span<const char32_t> text, quint32 seed = 0);

// libmemcached's default ("one at a time") hash. libmemcached reads each byte
// as a plain char, which is signed on x86-64, so bytes >= 0x80 are sign-extended.
[[nodiscard]] quint32 oneAtATime(QByteArrayView key);

// Word `word` (0-3) of the MD5 digest, read little-endian: libmemcached's
// ketama_weighted points and MD5 key hash, and node hashring's.
[[nodiscard]] quint32 md5Word(QByteArrayView data, int word = 0);

// The first four bytes of the SHA-1 digest, read big-endian: dalli's ring
// points (the first eight hex digits of the digest as a number).
[[nodiscard]] quint32 sha1Prefix(QByteArrayView data);

} // namespace lockboard::hashing
