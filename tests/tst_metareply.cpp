// The meta-protocol reply parser, fed header lines captured from memcached 1.6.18
// and lines that are not meta replies.
#include "core/protocol/MetaReply.h"

#include <QTest>

using namespace lockboard;
using Code = MetaReply::Code;

class TestMetaReply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
};

void TestMetaReply::parses_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("code");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QByteArray>("flags"); // "name=value;..." in order
    QTest::addColumn<QByteArray>("error");

    // From a real server: "ms k 3 T60 F0 ME c" twice, mg, md, and classic errors.
    QTest::newRow("ms add stored")
        << QByteArray("HD c1") << int(Code::HD) << qint64(-1) << QByteArray("c=1") << QByteArray();
    QTest::newRow("ms add refused")
        << QByteArray("NS c0") << int(Code::NS) << qint64(-1) << QByteArray("c=0") << QByteArray();
    QTest::newRow("mg hit") << QByteArray("VA 3 t60 c1 f0") << int(Code::VA) << qint64(3)
                            << QByteArray("t=60;c=1;f=0") << QByteArray();
    QTest::newRow("mg no expiry") << QByteArray("VA 1 t-1 f2") << int(Code::VA) << qint64(1)
                                  << QByteArray("t=-1;f=2") << QByteArray();
    QTest::newRow("mg with key") << QByteArray("VA 3 s3 t60 c1 f0 k:1:__d_lock_a") << int(Code::VA)
                                 << qint64(3) << QByteArray("s=3;t=60;c=1;f=0;k=:1:__d_lock_a")
                                 << QByteArray();
    QTest::newRow("mg miss") << QByteArray("EN") << int(Code::EN) << qint64(-1) << QByteArray()
                             << QByteArray();
    QTest::newRow("cas conflict") << QByteArray("EX c0") << int(Code::EX) << qint64(-1)
                                  << QByteArray("c=0") << QByteArray();
    QTest::newRow("md conflict") << QByteArray("EX") << int(Code::EX) << qint64(-1) << QByteArray()
                                 << QByteArray();
    QTest::newRow("md gone") << QByteArray("NF") << int(Code::NF) << qint64(-1) << QByteArray()
                             << QByteArray();
    QTest::newRow("md deleted") << QByteArray("HD") << int(Code::HD) << qint64(-1) << QByteArray()
                                << QByteArray();
    QTest::newRow("noop") << QByteArray("MN") << int(Code::MN) << qint64(-1) << QByteArray()
                          << QByteArray();
    QTest::newRow("bare code with space")
        << QByteArray("HD") << int(Code::HD) << qint64(-1) << QByteArray() << QByteArray();
    QTest::newRow("empty value") << QByteArray("VA 0 c7") << int(Code::VA) << qint64(0)
                                 << QByteArray("c=7") << QByteArray();
    QTest::newRow("too large") << QByteArray("SERVER_ERROR object too large for cache")
                               << int(Code::ServerError) << qint64(-1) << QByteArray()
                               << QByteArray("object too large for cache");
    QTest::newRow("bad command") << QByteArray("CLIENT_ERROR bad command line format")
                                 << int(Code::ClientError) << qint64(-1) << QByteArray()
                                 << QByteArray("bad command line format");
    QTest::newRow("unknown command")
        << QByteArray("ERROR") << int(Code::Error) << qint64(-1) << QByteArray() << QByteArray();
}

void TestMetaReply::parses()
{
    QFETCH(QByteArray, line);
    QFETCH(int, code);
    QFETCH(qint64, size);
    QFETCH(QByteArray, flags);
    QFETCH(QByteArray, error);

    const auto reply = MetaReply::parse(line);
    QVERIFY2(reply.ok(), qPrintable(reply.ok() ? QString() : reply.error().message));
    QCOMPARE(int(reply->code), code);
    QCOMPARE(qint64(reply->valueSize), size);
    QByteArrayList parts;
    for (const MetaReply::Flag& flag : reply->flags)
        parts.append(QByteArray(1, flag.name) + '=' + reply->flag(flag.name)->toByteArray());
    QCOMPARE(parts.join(';'), flags);
    QCOMPARE(reply->errorText, error);
}

void TestMetaReply::rejects_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray("HELLO FROM NOT-MEMCACHED");
    QTest::newRow("classic value line") << QByteArray("VALUE k 0 1");
    QTest::newRow("classic stored") << QByteArray("STORED");
    QTest::newRow("lowercase") << QByteArray("hd");
    QTest::newRow("va without size") << QByteArray("VA");
    QTest::newRow("va negative size") << QByteArray("VA -1 c1");
    QTest::newRow("va word size") << QByteArray("VA x");
    QTest::newRow("va plus size") << QByteArray("VA +3");
    QTest::newRow("va huge size") << QByteArray("VA 99999999999");
    QTest::newRow("double space") << QByteArray("HD  c1");
    QTest::newRow("trailing space") << QByteArray("HD c1 ");
    QTest::newRow("flag not a letter") << QByteArray("HD 1c");
    QTest::newRow("control in flag") << QByteArray("HD c\x01", 5);
    QTest::newRow("nul") << QByteArray("HD\0c1", 5);
    QTest::newRow("too long") << QByteArray("HD ") + QByteArray(9000, 'c');
    QTest::newRow("code glued to flag") << QByteArray("HDc1");
    QTest::newRow("va size overflow") << QByteArray("VA 99999999999999999999999");
}

void TestMetaReply::rejects()
{
    QFETCH(QByteArray, line);
    const auto reply = MetaReply::parse(line);
    QVERIFY(!reply.ok());
    QVERIFY2(reply.error().message.startsWith(QStringLiteral("not a meta reply (")),
             qPrintable(reply.error().message));
    QVERIFY(!reply.error().message.contains(u'\n'));
    QCOMPARE(reply.error().kind, lockboard::ErrorKind::ProtocolError);
}

QTEST_GUILESS_MAIN(TestMetaReply)
#include "tst_metareply.moc"
