// lockboardctl set and get against real memcached processes.
#include "core/placement/Placement.h"
#include "tests/support/CtlRun.h"
#include "tests/support/FaultProxy.h"
#include "tests/support/MemcachedServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace Qt::StringLiterals;
using namespace lockboard;
using lockboard::test::CtlRun;
using lockboard::test::MemcachedServer;

class TestCtlSetGet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void setThenGet();
    void valueFromStdin();
    void rawKeysAndKeyFunction();
    void notFoundAndNotStored();
    void homeDownExits69AndWritesNowhereElse();
    void blackholeHonoursTimeout();
    void readOnlyProfileRefusesWrites();
    void badInput_data();
    void badInput();

private:
    CtlRun ctl(const QStringList& args, const QByteArray& input = {}) const;
    QString servers() const { return m_servers[0].spec() + u',' + m_servers[1].spec(); }

    std::array<MemcachedServer, 2> m_servers;
    QTemporaryDir m_dir;
};

CtlRun TestCtlSetGet::ctl(const QStringList& args, const QByteArray& input) const
{
    return lockboard::test::runCtl(args, m_dir.filePath(u"lockboard.conf"_s), {}, input);
}

void TestCtlSetGet::initTestCase()
{
    for (MemcachedServer& server : m_servers)
        QVERIFY2(server.start(), qPrintable(server.errorString()));
}

void TestCtlSetGet::init()
{
    for (MemcachedServer& server : m_servers) {
        if (!server.isRunning())
            QVERIFY(server.restart());
        QCOMPARE(server.command("flush_all\r\n"), QByteArray("OK\r\n"));
    }
}

void TestCtlSetGet::setThenGet()
{
    CtlRun run = ctl({u"set"_s, u"--servers"_s, servers(), u"greeting"_s, u"héllo"_s});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.text().contains(u": stored (key \":1:greeting\", 6 bytes)"_s),
             run.out.constData());

    run = ctl({u"get"_s, u"--servers"_s, servers(), u"greeting"_s});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, QString(u"héllo"_s).toUtf8()); // as is: no newline added off a terminal

    run = ctl({u"get"_s, u"--json"_s, u"--servers"_s, servers(), u"greeting"_s});
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json[u"value"_s].toString(), u"héllo"_s);
    QCOMPARE(json[u"memcached_key"_s].toString(), u":1:greeting"_s);
    QCOMPARE(json[u"outcome"_s].toString(), u"found"_s);
    const int home =
        Placement::create(ClientLibrary::PythonMemcached, *ServerSpec::parseList(servers()))
            ->home(":1:greeting");
    QCOMPARE(json[u"index"_s].toInt(), home);
    QCOMPARE(json[u"server"_s].toString(), m_servers[size_t(home)].spec());
    QVERIFY(m_servers[size_t(home)].keys().contains(":1:greeting"));
}

void TestCtlSetGet::valueFromStdin()
{
    const QByteArray binary("line one\nline two\0\xff", 19);
    QCOMPARE(ctl({u"set"_s, u"--servers"_s, servers(), u"--ttl"_s, u"60"_s, u"--flags"_s, u"8"_s,
                  u"blob"_s, u"-"_s},
                 binary)
                 .code,
             0);
    const CtlRun raw = ctl({u"get"_s, u"--servers"_s, servers(), u"blob"_s});
    QCOMPARE(raw.out, binary);
    const QJsonObject json =
        QJsonDocument::fromJson(
            ctl({u"get"_s, u"--json"_s, u"--servers"_s, servers(), u"blob"_s}).out)
            .object();
    QCOMPARE(QByteArray::fromBase64(json[u"value_base64"_s].toString().toLatin1()), binary);
    QCOMPARE(json[u"flags"_s].toInt(), 8);
    // The TTL reached the server: mg ... t answers with the seconds left.
    const int home = json[u"index"_s].toInt();
    const QByteArray meta = m_servers[size_t(home)].command("mg :1:blob t\r\n");
    QVERIFY2(meta.startsWith("HD t") && meta.mid(4).trimmed().toInt() > 50, meta.constData());
}

void TestCtlSetGet::rawKeysAndKeyFunction()
{
    QCOMPARE(ctl({u"set"_s, u"--servers"_s, servers(), u"--key-prefix"_s, u"shop"_s,
                  u"--key-version"_s, u"3"_s, u"cart"_s, u"v"_s})
                 .code,
             0);
    const CtlRun raw = ctl({u"get"_s, u"--servers"_s, servers(), u"--raw"_s, u"shop:3:cart"_s});
    QCOMPARE(raw.code, 0);
    QCOMPARE(raw.out, QByteArray("v"));
}

void TestCtlSetGet::notFoundAndNotStored()
{
    const CtlRun missing = ctl({u"get"_s, u"--servers"_s, servers(), u"nothing-here"_s});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.out.isEmpty());
    QVERIFY2(missing.err.contains(u": not found (key \":1:nothing-here\")"_s),
             qPrintable(missing.err));

    // A value over the item size limit: not stored, said, and exit 1.
    const CtlRun large = ctl({u"set"_s, u"--servers"_s, servers(), u"big"_s, u"-"_s},
                             QByteArray(2 * 1024 * 1024, 'b'));
    QCOMPARE(large.code, 1);
    QVERIFY2(large.err.contains(u"too large"_s), qPrintable(large.err));
    QCOMPARE(ctl({u"get"_s, u"--servers"_s, servers(), u"big"_s}).code, 1);
}

void TestCtlSetGet::homeDownExits69AndWritesNowhereElse()
{
    const auto placement =
        Placement::create(ClientLibrary::PythonMemcached, *ServerSpec::parseList(servers()));
    QString key;
    for (int n = 0; key.isEmpty(); ++n)
        if (placement->home(QByteArray(":1:job" + QByteArray::number(n))) == 1)
            key = u"job%1"_s.arg(n);
    m_servers[1].stop();

    const CtlRun set = ctl({u"set"_s, u"--servers"_s, servers(), key, u"v"_s});
    QCOMPARE(set.code, 69);
    QVERIFY2(set.err.contains(m_servers[1].spec() + u": connection refused"_s),
             qPrintable(set.err));
    const CtlRun get = ctl({u"get"_s, u"--servers"_s, servers(), key});
    QCOMPARE(get.code, 69);
    QVERIFY(get.err.contains(m_servers[1].spec()));
    QVERIFY(m_servers[0].keys().isEmpty()); // not rehashed onto the live server
}

void TestCtlSetGet::blackholeHonoursTimeout()
{
    lockboard::test::FaultProxy proxy(m_servers[0].port());
    proxy.setMode(lockboard::test::FaultProxy::Mode::Blackhole);
    const CtlRun run =
        ctl({u"set"_s, u"--servers"_s, proxy.spec(), u"--timeout"_s, u"300"_s, u"k"_s, u"v"_s});
    QCOMPARE(run.code, 69);
    QVERIFY2(run.err.contains(proxy.spec() + u": timeout: no answer within 300 ms"_s),
             qPrintable(run.err));
}

void TestCtlSetGet::readOnlyProfileRefusesWrites()
{
    QCOMPARE(
        ctl({u"profile"_s, u"save"_s, u"prod"_s, u"--servers"_s, servers(), u"--read-only"_s}).code,
        0);
    const CtlRun run = ctl({u"set"_s, u"--profile"_s, u"prod"_s, u"k"_s, u"v"_s});
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.contains(u"read-only"_s));
    QVERIFY(m_servers[0].keys().isEmpty() && m_servers[1].keys().isEmpty());
}

void TestCtlSetGet::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("words");
    QTest::newRow("no key") << QStringList{u"get"_s, u"--servers"_s, u"a:1"_s} << u"give a KEY"_s;
    QTest::newRow("no value") << QStringList{u"set"_s, u"--servers"_s, u"a:1"_s, u"k"_s}
                              << u"set takes KEY and VALUE"_s;
    QTest::newRow("bad key") << QStringList{u"set"_s, u"--servers"_s, u"a:1"_s, u"a b"_s, u"v"_s}
                             << u"contains a space"_s;
    QTest::newRow("bad ttl") << QStringList{u"set"_s,  u"--servers"_s, u"a:1"_s, u"--ttl"_s,
                                            u"soon"_s, u"k"_s,         u"v"_s}
                             << u"--ttl: \"soon\" is not a number of seconds"_s;
    QTest::newRow("bad timeout") << QStringList{u"get"_s,       u"--servers"_s, u"a:1"_s,
                                                u"--timeout"_s, u"0"_s,         u"k"_s}
                                 << u"--timeout: \"0\" is not a number of milliseconds"_s;
    QTest::newRow("bad spec") << QStringList{u"get"_s, u"--servers"_s, u"a:1:2:3"_s, u"k"_s}
                              << u"bad server spec \"a:1:2:3\""_s;
}

void TestCtlSetGet::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, words);
    const CtlRun run = ctl(args);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(words), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCtlSetGet)
#include "tst_ctlsetget.moc"
