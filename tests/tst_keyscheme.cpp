#include "core/config/KeyScheme.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lockboard;

class TestKeyScheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void djangoKeys_data();
    void djangoKeys();
    void lockKey();
    void checkKey_data();
    void checkKey();
};

void TestKeyScheme::djangoKeys_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("defaults") << QString() << 1 << u"nightly"_s << QByteArray(":1:nightly");
    QTest::newRow("prefix and version") << u"shop"_s << 7 << u"cart"_s << QByteArray("shop:7:cart");
    QTest::newRow("negative version") << QString() << -2 << u"k"_s << QByteArray(":-2:k");
    QTest::newRow("non-ascii is utf-8") << QString() << 1 << u"é"_s << QByteArray(":1:\xc3\xa9");
}

void TestKeyScheme::djangoKeys()
{
    QFETCH(QString, prefix);
    QFETCH(int, version);
    QFETCH(QString, key);
    QFETCH(QByteArray, expected);
    const auto made = KeyScheme(prefix, version).cacheKey(key);
    QVERIFY(made.ok());
    QCOMPARE(*made, expected);
}

void TestKeyScheme::lockKey()
{
    QCOMPARE(*KeyScheme().lockKey(u"nightly"_s), QByteArray(":1:__d_lock_nightly"));
    QCOMPARE(*KeyScheme(u"p"_s, 2, u"lk_"_s).lockKey(u"x"_s), QByteArray("p:2:lk_x"));
    const auto empty = KeyScheme().lockKey(QString());
    QVERIFY(!empty.ok());
    QVERIFY(empty.error().message.contains(u"lock name is empty"_s));
    const auto spaced = KeyScheme().lockKey(u"night ly"_s);
    QVERIFY(!spaced.ok());
    QVERIFY2(spaced.error().message.contains(u":1:__d_lock_night ly"_s),
             qPrintable(spaced.error().message));
}

void TestKeyScheme::checkKey_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("why"); // empty: the key is valid

    QTest::newRow("plain") << QByteArray(":1:__d_lock_a") << QString();
    QTest::newRow("250 bytes") << QByteArray(250, 'k') << QString();
    QTest::newRow("high bytes") << QByteArray("\xc3\xa9\xff") << QString();
    QTest::newRow("tilde and bang") << QByteArray("!~") << QString();
    QTest::newRow("empty") << QByteArray() << u"the key is empty"_s;
    QTest::newRow("251 bytes") << QByteArray(251, 'k')
                               << u"is 251 bytes long; memcached allows at most 250"_s;
    QTest::newRow("space") << QByteArray("a b") << u"contains a space at byte 2"_s;
    QTest::newRow("newline") << QByteArray("a\nb") << u"control character 0x0a at byte 2"_s;
    QTest::newRow("tab") << QByteArray("\tb") << u"control character 0x09 at byte 1"_s;
    QTest::newRow("nul") << QByteArray("ab\0", 3) << u"control character 0x00 at byte 3"_s;
    QTest::newRow("del") << QByteArray("a\x7f") << u"control character 0x7f at byte 2"_s;
}

void TestKeyScheme::checkKey()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, why);
    const auto checked = KeyScheme::checkKey(key);
    if (why.isEmpty()) {
        QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error().message));
        QCOMPARE(*checked, key);
        return;
    }
    QVERIFY(!checked.ok());
    QVERIFY2(checked.error().message.contains(why), qPrintable(checked.error().message));
    // The key is named, escaped, in the message.
    if (!key.isEmpty())
        QVERIFY2(checked.error().message.startsWith(u"key \""_s),
                 qPrintable(checked.error().message));
    QVERIFY(!checked.error().message.contains(u'\n'));
}

QTEST_GUILESS_MAIN(TestKeyScheme)
#include "tst_keyscheme.moc"
