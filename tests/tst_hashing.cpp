// The hash functions behind placement, against values from the libraries
// themselves: python-memcached (binascii.crc32, cmemcache_hash), pymemcache
// (murmur3_32) and libmemcached (memcached_generate_hash_value, called here).
#include "core/placement/Hashing.h"

#include <QRandomGenerator>
#include <QTest>

#include <libmemcached/memcached.h>

using namespace lockboard;

namespace {

std::u32string codePoints(const QString& text)
{
    const QList<uint> units = text.toUcs4();
    return std::u32string(units.begin(), units.end());
}

} // namespace

class TestHashing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crc32_data();
    void crc32();
    void pythonMemcached_data();
    void pythonMemcached();
    void murmur3_data();
    void murmur3();
    void oneAtATimeMatchesLibmemcached();
    void digestWords();
};

void TestHashing::crc32_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<quint32>("expected");
    QTest::newRow("empty") << QByteArray() << 0x0u;
    QTest::newRow("check value") << QByteArray("123456789") << 0xCBF43926u;
    QTest::newRow("foo") << QByteArray("foo") << 0x8C736521u;
    QTest::newRow("utf-8") << QString::fromUtf8("é中\U0001F512").toUtf8() << 0x2085CBA3u;
}

void TestHashing::crc32()
{
    QFETCH(QByteArray, data);
    QFETCH(quint32, expected);
    QCOMPARE(hashing::crc32(data), expected);
}

void TestHashing::pythonMemcached_data()
{
    // Values printed by python-memcached's memcache.cmemcache_hash.
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<quint32>("expected");
    QTest::newRow("a") << QByteArray("a") << 26807u;
    QTest::newRow("foo") << QByteArray("foo") << 3187u;
    QTest::newRow("django lock") << QByteArray(":1:__d_lock_nightly") << 13972u;
    QTest::newRow("utf-8") << QString::fromUtf8("é中\U0001F512").toUtf8() << 8325u;
    QTest::newRow("zero becomes one") << QByteArray("k25") << 1u;
    QTest::newRow("rehash input") << QByteArray("\x9b\x1b") << 22793u;
}

void TestHashing::pythonMemcached()
{
    QFETCH(QByteArray, key);
    QFETCH(quint32, expected);
    QCOMPARE(hashing::pythonMemcached(key), expected);
}

void TestHashing::murmur3_data()
{
    // Values printed by pymemcache.client.murmur3.murmur3_32 on Python str.
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint32>("expected");
    QTest::newRow("empty") << QString() << 0x0u;
    QTest::newRow("a") << QStringLiteral("a") << 0x3C2569B2u;
    QTest::newRow("foo") << QStringLiteral("foo") << 0xF6A5C420u;
    QTest::newRow("node-key") << QStringLiteral("127.0.0.1:11211-foo") << 0x20F9D679u;
    QTest::newRow("django lock") << QStringLiteral(":1:__d_lock_nightly") << 0xB0147820u;
    // Non-ASCII: one unit per character, its low byte only.
    QTest::newRow("non-ascii") << QString::fromUtf8("é中\U0001F512") << 0x4B495985u;
    QTest::newRow("latin-1") << QString::fromUtf8("ÿ\u0080") << 0x6C4E220Cu;
    QTest::newRow("node non-ascii")
        << QString::fromUtf8("127.0.0.1:11211-é中\U0001F512") << 0xDB7CC514u;
}

void TestHashing::murmur3()
{
    QFETCH(QString, text);
    QFETCH(quint32, expected);
    QCOMPARE(hashing::murmur3Chars(codePoints(text)), expected);
}

void TestHashing::oneAtATimeMatchesLibmemcached()
{
    QRandomGenerator random(20261123);
    for (int i = 0; i < 5000; ++i) {
        QByteArray key(int(random.bounded(1, 251)), Qt::Uninitialized);
        for (char& byte : key)
            byte = char(random.bounded(256)); // bytes >= 0x80 included: sign extension matters
        const quint32 expected = memcached_generate_hash_value(key.constData(), size_t(key.size()),
                                                               MEMCACHED_HASH_DEFAULT);
        QCOMPARE(hashing::oneAtATime(key), expected);
    }
}

// md5Word reads the digest little-endian (libmemcached's ketama, hashring),
// sha1Prefix big-endian (dalli's Integer("0x" + first 8 hex digits)).
// Digests of "" (RFC 1321, FIPS 180): d41d8cd9 8f00b204 e9800998 ecf8427e,
// da39a3ee 5e6b4b0d ...; of "abc": 90015098 3cd24fb0 ..., a9993e36 ...
void TestHashing::digestWords()
{
    QCOMPARE(hashing::md5Word(""), 0xd98c1dd4u);
    QCOMPARE(hashing::md5Word("", 1), 0x04b2008fu);
    QCOMPARE(hashing::md5Word("", 3), 0x7e42f8ecu);
    QCOMPARE(hashing::md5Word("abc"), 0x98500190u);
    QCOMPARE(hashing::sha1Prefix(""), 0xda39a3eeu);
    QCOMPARE(hashing::sha1Prefix("abc"), 0xa9993e36u);
}

QTEST_GUILESS_MAIN(TestHashing)
#include "tst_hashing.moc"
