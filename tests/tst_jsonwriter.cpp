// lockboardctl's streaming JSON writer (`locks --json`): every string comes
// back from a JSON parser as it went in, whatever it holds, and numbers keep
// all their digits.
#include "app/lockboardctl/JsonWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;
using lockboard::cli::JsonWriter;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringsSurviveAParser_data();
    void stringsSurviveAParser();
    void keysGivenAsBytes_data();
    void keysGivenAsBytes();
    void numbersAndNesting();
    void escapesAsBefore();
};

namespace {

QJsonObject parsed(const std::string& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(text), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), text.c_str());
    return document.object();
}

} // namespace

void TestJsonWriter::stringsSurviveAParser_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const auto same = [](const QString& text) {
        QTest::newRow(qPrintable(text)) << text << text;
    };
    same(QString());
    same(u"plain job-0-17"_s);
    same(u"a \"quoted\" back\\slash"_s);
    same(u"tab\there, newline\nthere, bell\a, unit separator\x1f, DEL\x7f"_s);
    same(QString(QChar(0)) + u"nul first"_s);
    same(u"café, Größe, 中文, ключ"_s);
    same(u"emoji \U0001F512 and \U00010000 (the first astral point)"_s);
    same(QString(QChar(0xffff)) + QChar(0x800) + QChar(0x7ff) + QChar(0x80));
    // A lone surrogate is not text: U+FFFD, as QString::fromUtf8() makes of
    // invalid bytes (QString::toUtf8() would write '?').
    QTest::newRow("lone high surrogate") << u"a"_s + QChar(0xd83d) + u"b"_s << u"a\uFFFDb"_s;
    QTest::newRow("lone low surrogate at the end") << u"a"_s + QChar(0xdd12) << u"a\uFFFD"_s;
    QTest::newRow("high surrogate at the end") << u"z"_s + QChar(0xd800) << u"z\uFFFD"_s;
}

void TestJsonWriter::stringsSurviveAParser()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    std::string out;
    JsonWriter object(out);
    object.field("text"_L1, text);
    object.close();
    QCOMPARE(parsed(out).value(u"text"_s).toString(), expected);
    // Text that needs no escape is written as QString::toUtf8() writes it,
    // byte for byte (not as \u escapes).
    const bool needsEscape = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x20 || c == u'"' || c == u'\\';
    });
    if (!needsEscape && text == expected)
        QCOMPARE(QByteArray::fromStdString(out), "{\"text\":\""_ba + text.toUtf8() + "\"}");
}

void TestJsonWriter::keysGivenAsBytes_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("ASCII") << ":1:__d_lock_job-0-17"_ba;
    QTest::newRow("quote and backslash") << "a\"b\\c"_ba;
    QTest::newRow("UTF-8") << "lock_caf\xc3\xa9"_ba;
    QTest::newRow("invalid UTF-8") << "lock_\xff\xfe_x"_ba;
    QTest::newRow("control byte") << "a\x01z"_ba;
}

void TestJsonWriter::keysGivenAsBytes()
{
    QFETCH(QByteArray, key);
    std::string out;
    JsonWriter object(out);
    object.utf8Field("key"_L1, key);
    object.close();
    QCOMPARE(parsed(out).value(u"key"_s).toString(), QString::fromUtf8(key));
}

void TestJsonWriter::numbersAndNesting()
{
    std::string inner;
    JsonWriter owner(inner);
    owner.field("host"_L1, u"web-3"_s);
    owner.field("pid"_L1, qint64(4242));
    owner.close();

    std::string out;
    JsonWriter object(out);
    object.field("min"_L1, std::numeric_limits<qint64>::min());
    object.field("zero"_L1, qint64(0));
    object.numberAsString("cas"_L1, std::numeric_limits<quint64>::max());
    object.field("yes"_L1, true);
    object.field("no"_L1, false);
    object.null("nothing"_L1);
    object.raw("owner"_L1, inner);
    object.close();
    QCOMPARE(out, std::string("{\"min\":-9223372036854775808,\"zero\":0,"
                              "\"cas\":\"18446744073709551615\",\"yes\":true,\"no\":false,"
                              "\"nothing\":null,\"owner\":{\"host\":\"web-3\",\"pid\":4242}}"));
    const QJsonObject back = parsed(out);
    QCOMPARE(back.value(u"cas"_s).toString(), u"18446744073709551615"_s);
    QCOMPARE(back.value(u"owner"_s).toObject().value(u"pid"_s).toInt(), 4242);
    QVERIFY(back.value(u"nothing"_s).isNull());
}

void TestJsonWriter::escapesAsBefore()
{
    // The escapes byte for byte, as the writer before it wrote them (and as
    // scripts reading `locks --json` may have matched them).
    std::string out;
    JsonWriter object(out);
    object.field("text"_L1, u"q\"b\\n\nt\tu\x1f"_s);
    object.utf8Field("key"_L1, "k\"\\\x01"_ba);
    object.close();
    QCOMPARE(QByteArray::fromStdString(out),
             R"({"text":"q\"b\\n\u000at\u0009u\u001f","key":"k\"\\\u0001"})"_ba);
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
