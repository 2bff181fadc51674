#include "core/config/ServerSpec.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lockboard;

class TestServerSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void list();
    void listRejects_data();
    void listRejects();
};

void TestServerSpec::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("unix");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("weight");
    QTest::addColumn<QString>("name");

    QTest::newRow("host only") << u"cache1"_s << false << u"cache1"_s << 11211 << 1 << u"cache1"_s;
    QTest::newRow("ipv4 and port")
        << u"10.1.1.101:11211"_s << false << u"10.1.1.101"_s << 11211 << 1 << u"10.1.1.101:11211"_s;
    QTest::newRow("weight") << u"cache1:11212:3"_s << false << u"cache1"_s << 11212 << 3
                            << u"cache1:11212"_s;
    QTest::newRow("ipv6") << u"[::1]:11211"_s << false << u"::1"_s << 11211 << 1
                          << u"[::1]:11211"_s;
    QTest::newRow("ipv6 no port") << u"[2001:db8::5]"_s << false << u"2001:db8::5"_s << 11211 << 1
                                  << u"[2001:db8::5]"_s;
    QTest::newRow("ipv6 weight") << u"[fe80::1%eth0]:11213:2"_s << false << u"fe80::1%eth0"_s
                                 << 11213 << 2 << u"[fe80::1%eth0]:11213"_s;
    QTest::newRow("unix") << u"unix:/run/memcached/mc.sock"_s << true << u"/run/memcached/mc.sock"_s
                          << 0 << 1 << u"unix:/run/memcached/mc.sock"_s;
    QTest::newRow("unix path with colon")
        << u"unix:/tmp/a:b"_s << true << u"/tmp/a:b"_s << 0 << 1 << u"unix:/tmp/a:b"_s;
    QTest::newRow("unix weight") << u"unix:/tmp/mc.sock:3"_s << true << u"/tmp/mc.sock"_s << 0 << 3
                                 << u"unix:/tmp/mc.sock"_s;
    QTest::newRow("max port") << u"h:65535"_s << false << u"h"_s << 65535 << 1 << u"h:65535"_s;
}

void TestServerSpec::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, unix);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(int, weight);
    QFETCH(QString, name);

    const auto spec = ServerSpec::parse(text);
    QVERIFY2(spec.ok(), qPrintable(spec.ok() ? QString() : spec.error().message));
    QCOMPARE(spec->transport() == ServerSpec::Transport::Unix, unix);
    QCOMPARE(spec->host(), host);
    QCOMPARE(int(spec->port()), port);
    QCOMPARE(spec->weight(), weight);
    QCOMPARE(spec->name(), name);
    QCOMPARE(spec->toString(), text);
}

void TestServerSpec::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("why"); // a phrase the message must contain

    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("port zero") << u"h:0"_s << u"port 0 is out of range"_s;
    QTest::newRow("port too big") << u"h:65536"_s << u"port 65536 is out of range"_s;
    QTest::newRow("port not a number") << u"h:abc"_s << u"port \"abc\" is not a number"_s;
    QTest::newRow("port sign") << u"h:+11211"_s << u"not a number"_s;
    QTest::newRow("empty port") << u"h:"_s << u"port \"\" is not a number"_s;
    QTest::newRow("weight zero") << u"h:1:0"_s << u"weight 0 is out of range"_s;
    QTest::newRow("weight huge") << u"h:1:100000"_s << u"weight 100000 is out of range"_s;
    QTest::newRow("weight word") << u"h:1:x"_s << u"weight \"x\" is not a number"_s;
    QTest::newRow("bare ipv6") << u"::1"_s << u"must be in brackets"_s;
    QTest::newRow("bare ipv6 port") << u"fe80::1:11211"_s << u"must be in brackets"_s;
    QTest::newRow("unclosed bracket") << u"[::1:11211"_s << u"no closing"_s;
    QTest::newRow("not ipv6") << u"[nope]:1"_s << u"is not an IPv6 address"_s;
    QTest::newRow("ipv4 in brackets") << u"[127.0.0.1]:1"_s << u"is not an IPv6 address"_s;
    QTest::newRow("junk after bracket") << u"[::1]x"_s << u"expected ':port'"_s;
    QTest::newRow("no host") << u":11211"_s << u"host is empty"_s;
    QTest::newRow("bad host char") << u"ca/che:1"_s << u"contains \"/\""_s;
    QTest::newRow("space") << u"h :1"_s << u"whitespace"_s;
    QTest::newRow("unix weight zero") << u"unix:/tmp/mc.sock:0"_s << u"weight 0 is out of range"_s;
    QTest::newRow("relative unix") << u"unix:mc.sock"_s << u"must be absolute"_s;
    QTest::newRow("bare path") << u"/run/mc.sock"_s << u"unix:/run/mc.sock"_s;
    QTest::newRow("too many fields") << u"h:1:2:3"_s << u"must be in brackets"_s;
}

void TestServerSpec::rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, why);

    const auto spec = ServerSpec::parse(text);
    QVERIFY(!spec.ok());
    QCOMPARE(spec.error().kind, ErrorKind::InvalidArgument);
    QVERIFY2(spec.error().message.contains(why), qPrintable(spec.error().message));
    // The message names the spec it refuses.
    QVERIFY2(spec.error().message.startsWith(u"bad server spec \""_s + text),
             qPrintable(spec.error().message));
}

void TestServerSpec::list()
{
    const auto servers = ServerSpec::parseList(
        u" 10.0.0.1:11211, 10.0.0.2:11211:2;[::1]:11212  unix:/tmp/mc.sock "_s);
    QVERIFY(servers.ok());
    QCOMPARE(servers->size(), 4);
    QCOMPARE(servers->at(0).name(), u"10.0.0.1:11211"_s);
    QCOMPARE(servers->at(1).weight(), 2);
    QCOMPARE(servers->at(2).host(), u"::1"_s);
    QCOMPARE(servers->at(3).host(), u"/tmp/mc.sock"_s);

    // Stray separators are not servers.
    QCOMPARE(ServerSpec::parseList(u",a:1,,b:2,"_s)->size(), 2);
}

void TestServerSpec::listRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("why");

    QTest::newRow("empty") << u"  "_s << u"the server list is empty"_s;
    QTest::newRow("only separators") << u",;,"_s << u"names no server"_s;
    QTest::newRow("bad entry") << u"a:1,b:x"_s << u"entry 2: bad server spec \"b:x\""_s;
    QTest::newRow("duplicate") << u"a:1,b:2,a:1:3"_s
                               << u"\"a:1\" (entry 3) is the same server as \"a:1\" (entry 1)"_s;
    QTest::newRow("duplicate default port") << u"a,a:11211"_s << u"is the same server"_s;
}

void TestServerSpec::listRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, why);

    const auto servers = ServerSpec::parseList(text);
    QVERIFY(!servers.ok());
    QVERIFY2(servers.error().message.contains(why), qPrintable(servers.error().message));
}

QTEST_GUILESS_MAIN(TestServerSpec)
#include "tst_serverspec.moc"
