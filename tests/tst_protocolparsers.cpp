// The stats and metadump parsers, fed real memcached 1.6.18 output captured in
// tests/data/ (whole, and cut into chunks of every size), and broken streams.
#include "core/protocol/MetadumpParser.h"
#include "core/protocol/StatsReply.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lockboard;

namespace {

QByteArray fixture(const QString& name)
{
    QFile file(QStringLiteral(LOCKBOARD_TEST_DATA) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

struct Dump
{
    MetadumpParser::State state = MetadumpParser::State::Reading;
    QString error;
    ErrorKind kind = ErrorKind::Other;
    QList<MetadumpEntry> entries;
    qint64 lines = 0;
};

Dump dump(const QByteArray& stream, qsizetype chunk, const MetadumpParser::Filter& filter = {},
          bool close = false)
{
    Dump result;
    MetadumpParser parser(filter,
                          [&](MetadumpEntry&& entry) { result.entries.append(std::move(entry)); });
    for (qsizetype at = 0; at < stream.size(); at += chunk)
        parser.feed(QByteArrayView(stream).sliced(at, std::min(chunk, stream.size() - at)));
    if (close)
        parser.finish();
    result.state = parser.state();
    result.error = parser.error();
    result.kind = parser.errorKind();
    result.lines = parser.linesRead();
    return result;
}

} // namespace

class TestProtocolParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stats();
    void statsSettings();
    void statsErrors_data();
    void statsErrors();
    void metadumpInEveryChunkSize();
    void metadumpFilterSeesEncodedKeys();
    void metadumpFailures_data();
    void metadumpFailures();
    void uriEncoding_data();
    void uriEncoding();
};

void TestProtocolParsers::stats()
{
    const QByteArray reply = fixture(u"stats.txt"_s);
    QCOMPARE(StatsReply::replyLength(reply), reply.size());
    QCOMPARE(StatsReply::replyLength(reply.chopped(2)), -1);
    QCOMPARE(StatsReply::replyLength(QByteArray(reply + "VA 1\r\n")),
             reply.size()); // a pipelined reply after it is not its
    QCOMPARE(StatsReply::replyLength("HELLO\r\nSTAT pid 1\r\n"),
             7); // garbage ends it, for parse() to refuse
    const auto stats = StatsReply::parse(reply);
    QVERIFY2(stats.ok(), qPrintable(stats.ok() ? QString() : stats.error().message));
    QCOMPARE(stats->value("version"), QByteArray("1.6.18"));
    QCOMPARE(stats->value("libevent"),
             QByteArray("2.1.12-stable")); // values keep their spaces and dashes
    QVERIFY(stats->number("pid").value_or(0) > 0);
    QVERIFY(stats->number("uptime").has_value());
    QCOMPARE(stats->number("store_too_large"), std::optional<qint64>(0));
    QCOMPARE(stats->number("store_no_memory"), std::optional<qint64>(0));
    QCOMPARE(stats->number("limit_maxbytes"), std::optional<qint64>(64 * 1024 * 1024));
    QVERIFY(!stats->number("no_such_stat").has_value());
    QVERIFY(stats->values().size() > 50);
}

void TestProtocolParsers::statsSettings()
{
    const auto settings = StatsReply::parse(fixture(u"stats_settings.txt"_s));
    QVERIFY(settings.ok());
    QCOMPARE(settings->value("evictions"), QByteArray("on"));
    QCOMPARE(settings->number("item_size_max"), std::optional<qint64>(1024 * 1024));
}

void TestProtocolParsers::statsErrors_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QString>("words");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("unknown command")
        << QByteArray("ERROR\r\n") << u"does not know"_s << ErrorKind::ServerError;
    QTest::newRow("refused") << QByteArray("CLIENT_ERROR bad command line\r\n")
                             << u"refused stats"_s << ErrorKind::ServerError;
    QTest::newRow("garbage") << QByteArray("HELLO\r\nEND\r\n")
                             << u"protocol error: not a stats line: \"HELLO\""_s
                             << ErrorKind::ProtocolError;
    QTest::newRow("no end") << QByteArray("STAT pid 1\r\n") << u"without END"_s
                            << ErrorKind::ProtocolError;
    QTest::newRow("cut line") << QByteArray("STAT pid 1\r\nSTAT upt") << u"without END"_s
                              << ErrorKind::ProtocolError;
    QTest::newRow("nameless") << QByteArray("STAT \r\nEND\r\n") << u"without a name"_s
                              << ErrorKind::ProtocolError;
    QTest::newRow("after end") << QByteArray("STAT pid 1\r\nEND\r\nVALUE") << u"unexpected bytes"_s
                               << ErrorKind::ProtocolError;
}

void TestProtocolParsers::statsErrors()
{
    QFETCH(QByteArray, reply);
    QFETCH(QString, words);
    QFETCH(ErrorKind, kind);
    const auto stats = StatsReply::parse(reply);
    QVERIFY(!stats.ok());
    QVERIFY2(stats.error().message.contains(words), qPrintable(stats.error().message));
    QCOMPARE(stats.error().kind, kind);
}

void TestProtocolParsers::metadumpInEveryChunkSize()
{
    const QByteArray stream = fixture(u"metadump_hash.txt"_s);
    const Dump whole = dump(stream, stream.size());
    QCOMPARE(whole.state, MetadumpParser::State::Done);
    QCOMPARE(whole.entries.size(), 6);

    QMap<QByteArray, MetadumpEntry> byKey;
    for (const MetadumpEntry& entry : whole.entries)
        byKey.insert(entry.key, entry);
    QVERIFY(byKey.contains(":1:__d_lock_nightly-report"));
    QVERIFY(byKey.contains("shop:3:__d_lock_r\xc3\xa9index")); // %C3%A9 decoded
    QVERIFY(byKey.contains("p!x:2:__d_lock_%zz"));             // %21, %3A, %25 decoded
    const MetadumpEntry& forever = byKey.value(":1:__d_lock_invoice-42");
    QCOMPARE(forever.expires, -1);
    QVERIFY(forever.cas > 0 && forever.size > 0 && forever.lastAccess > 0);
    QVERIFY(byKey.value(":1:__d_lock_nightly-report").expires > forever.lastAccess);
    QVERIFY(byKey.value(":1:session:42").fetched);
    QVERIFY(!byKey.value(":1:__d_lock_invoice-42").fetched);

    for (qsizetype chunk = 1; chunk <= stream.size(); ++chunk) {
        const Dump cut = dump(stream, chunk);
        QCOMPARE(cut.state, MetadumpParser::State::Done);
        QCOMPARE(cut.entries.size(), whole.entries.size());
        for (qsizetype i = 0; i < cut.entries.size(); ++i) {
            QCOMPARE(cut.entries[i].key, whole.entries[i].key);
            QCOMPARE(cut.entries[i].cas, whole.entries[i].cas);
        }
    }
}

void TestProtocolParsers::metadumpFilterSeesEncodedKeys()
{
    const QByteArray stream = fixture(u"metadump_hash.txt"_s);
    const QByteArray lockPrefix = MetadumpParser::encode("__d_lock_");
    QList<QByteArray> seen;
    const Dump locks = dump(stream, 7, [&](QByteArrayView encoded) {
        seen.append(encoded.toByteArray());
        return encoded.contains(lockPrefix);
    });
    QCOMPARE(locks.state, MetadumpParser::State::Done);
    QCOMPARE(locks.entries.size(), 4); // the session and page-cache keys are never parsed
    QCOMPARE(seen.size(), 6);
    QVERIFY(seen.contains(QByteArray("%3A1%3A__d_lock_nightly-report")));
    QCOMPARE(locks.lines, 6);
}

void TestProtocolParsers::metadumpFailures_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<QString>("words");
    QTest::addColumn<ErrorKind>("kind");
    const QByteArray real = fixture(u"metadump_hash.txt"_s);
    QTest::newRow("busy") << fixture(u"metadump_busy.txt"_s) << false
                          << u"busy: another lru_crawler metadump"_s << ErrorKind::Busy;
    QTest::newRow("not allowed (-X)") << QByteArray("ERROR metadump not allowed\r\n") << false
                                      << u"-X"_s << ErrorKind::NotAllowed;
    QTest::newRow("no metadump") << fixture(u"metadump_error.txt"_s) << false
                                 << u"does not support"_s << ErrorKind::ServerError;
    QTest::newRow("closed mid-dump")
        << real.left(real.size() / 2) << true << u"in the middle of the dump"_s
        << ErrorKind::ConnectionFailed;
    QTest::newRow("closed before")
        << QByteArray() << true << u"before the dump began"_s << ErrorKind::ConnectionFailed;
    QTest::newRow("garbage") << QByteArray("HELLO FROM NOT-MEMCACHED\r\n") << false
                             << u"not a metadump line"_s << ErrorKind::ProtocolError;
    QTest::newRow("bad escape") << QByteArray("key=%G1 exp=-1 la=1 cas=1 fetch=no cls=1 size=1\n")
                                << false << u"not a metadump line"_s << ErrorKind::ProtocolError;
    QTest::newRow("bad number") << QByteArray("key=a exp=soon la=1 cas=1 fetch=no cls=1 size=1\n")
                                << false << u"not a metadump line"_s << ErrorKind::ProtocolError;
    QTest::newRow("junk after end")
        << real + "VA 1\r\n"
        << false << u"after the dump's END"_s << ErrorKind::ProtocolError;
    QTest::newRow("endless line") << QByteArray("key=") + QByteArray(5000, 'a') << false
                                  << u"longer than"_s << ErrorKind::ProtocolError;
    QTest::newRow("server error") << QByteArray("SERVER_ERROR out of memory\r\n") << false
                                  << u"refused the dump"_s << ErrorKind::ServerError;
}

void TestProtocolParsers::metadumpFailures()
{
    QFETCH(QByteArray, stream);
    QFETCH(bool, closed);
    QFETCH(QString, words);
    QFETCH(ErrorKind, kind);
    for (const qsizetype chunk :
         {qsizetype(1), qsizetype(13), std::max<qsizetype>(stream.size(), 1)}) {
        const Dump broken = dump(stream, chunk, {}, closed);
        QCOMPARE(broken.state, MetadumpParser::State::Failed);
        QVERIFY2(broken.error.contains(words), qPrintable(broken.error));
        QCOMPARE(broken.kind, kind);
    }
}

void TestProtocolParsers::uriEncoding_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("encoded");
    // As memcached 1.6.18 wrote them in metadump_hash.txt.
    QTest::newRow("lock") << QByteArray(":1:__d_lock_a-b.c~d")
                          << QByteArray("%3A1%3A__d_lock_a-b.c~d");
    QTest::newRow("punctuation") << QByteArray("p!x:2:__d_lock_%zz")
                                 << QByteArray("p%21x%3A2%3A__d_lock_%25zz");
    QTest::newRow("utf-8") << QByteArray("\xc3\xa9t\xc3\xa9") << QByteArray("%C3%A9t%C3%A9");
}

void TestProtocolParsers::uriEncoding()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, encoded);
    QCOMPARE(MetadumpParser::encode(raw), encoded);
    QByteArray decoded;
    QVERIFY(MetadumpParser::decode(encoded, decoded));
    QCOMPARE(decoded, raw);
    QVERIFY(MetadumpParser::decode(encoded.toLower(), decoded)); // either case of hex
    QVERIFY(!MetadumpParser::decode("%4", decoded));
}

QTEST_GUILESS_MAIN(TestProtocolParsers)
#include "tst_protocolparsers.moc"
