// Every shipped language is complete: each message translated, no entry
// unfinished or vanished, placeholders kept; the .ts files are current with
// the sources (lupdate finds nothing new); and a German operator reads German,
// core's error messages included, in the dashboard and from lockboardctl.
#include "support/MemcachedServer.h"
#include "ui/MainWindow.h"
#include "ui/models/ServersModel.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // the translation's type attribute: empty when finished
    QStringList translations;
};

QList<Message> readTs(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name"_s)
            context = xml.readElementText();
        else if (xml.name() == u"message"_s)
            current =
                Message{context, {}, xml.attributes().value(u"numerus"_s) == u"yes"_s, {}, {}};
        else if (xml.name() == u"source"_s)
            current.source = xml.readElementText();
        else if (xml.name() == u"translation"_s) {
            current.type = xml.attributes().value(u"type"_s).toString();
            if (!current.numerus)
                current.translations.append(xml.readElementText());
            else {
                while (xml.readNextStartElement())
                    current.translations.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(u"%(\\d+|n)"_s);
    QSet<QString> found;
    for (const auto& match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data();
    void complete();
    void currentWithTheSources_data() { complete_data(); }
    void currentWithTheSources();
    void germanDashboardIsGerman();
    void germanDashboardErrorsAreGerman();
    void germanCliIsGerman_data();
    void germanCliIsGerman();
    void jsonIsEnglish();
    void langNeverTakesTheSeparator();
    void englishPluralsComplete();
    void englishSaysOneLock_data();
    void englishSaysOneLock();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("ts");
    for (const QString& ts : QStringLiteral(LOCKBOARD_TS_FILES).split(u'|'))
        QTest::newRow(qPrintable(QFileInfo(ts).fileName())) << ts;
}

void TestTranslations::complete()
{
    QFETCH(QString, ts);
    QString error;
    const QList<Message> messages = readTs(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    QStringList problems;
    for (const Message& message : messages) {
        const QString where = message.context + u": \""_s + message.source + u'"';
        if (!message.type.isEmpty())
            problems << where + u" is "_s + message.type;
        if (message.translations.isEmpty())
            problems << where + u" has no translation"_s;
        for (const QString& translation : message.translations) {
            if (translation.trimmed().isEmpty())
                problems << where + u" has an empty translation"_s;
            // Every placeholder kept (a singular form may leave out %n).
            QSet<QString> expected = placeholders(message.source);
            QSet<QString> got = placeholders(translation);
            if (message.numerus) {
                expected.remove(u"%n"_s);
                got.remove(u"%n"_s);
            }
            if (expected != got)
                problems << where + u" changes its placeholders: "_s + translation;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

namespace {

// Whether lupdate, run as app/CMakeLists.txt runs it (plus options), would
// change nothing in ts: no new strings, none vanished. Empty when current.
QString lupdateChanges(const QString& ts, const QStringList& options = {})
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QFileInfo(ts).fileName());
    if (!QFile::copy(ts, copy))
        return u"cannot copy "_s + ts;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments = QStringLiteral(LOCKBOARD_TRANSLATED_SOURCES).split(u'|');
    arguments << u"-I"_s << QStringLiteral(LOCKBOARD_SOURCE_DIR) << options << u"-no-obsolete"_s
              << u"-locations"_s << u"none"_s << u"-ts"_s << copy;
    lupdate.start(QStringLiteral(LOCKBOARD_LUPDATE), arguments);
    if (!lupdate.waitForFinished(60000))
        return u"lupdate did not finish"_s;
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    if (lupdate.exitCode() != 0)
        return output;
    const auto entries = [](const QString& path) {
        QString error;
        QSet<QString> found;
        for (const Message& message : readTs(path, &error))
            found.insert(message.context + u": \""_s + message.source + u'"');
        return found;
    };
    const QSet<QString> shipped = entries(ts);
    const QSet<QString> current = entries(copy);
    if (shipped == current)
        return {};
    QStringList lines{u"run cmake --build --preset dev --target update_translations:"_s};
    for (const QString& entry : current - shipped)
        lines << u"new in the sources: "_s + entry;
    for (const QString& entry : shipped - current)
        lines << u"gone from the sources: "_s + entry;
    return lines.join(u'\n');
}

} // namespace

void TestTranslations::currentWithTheSources()
{
    QFETCH(QString, ts);
    const QString changes = lupdateChanges(ts);
    QVERIFY2(changes.isEmpty(), qPrintable(changes));
}

void TestTranslations::germanDashboardIsGerman()
{
    QLocale::setDefault(QLocale(u"de"_s));
    QTranslator translator;
    QVERIFY(translator.load(QLocale(), u"lockboard"_s, u"_"_s, QStringLiteral(LOCKBOARD_QM_DIR)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTemporaryDir settings; // not the user's settings
    lockboard::MainWindow window(lockboard::ProfileStore(settings.filePath(u"profiles.ini"_s)));
    QCOMPARE(window.tabs()->tabText(lockboard::MainWindow::LocksTab), u"&Sperren"_s);
    QCOMPARE(window.tabs()->tabText(lockboard::MainWindow::EventsTab), u"&Ereignisse"_s);
    QCoreApplication::removeTranslator(&translator);
}

void TestTranslations::germanDashboardErrorsAreGerman()
{
    // A server error comes from core (the transport's words), on the
    // inspector's thread: it is German too.
    QLocale::setDefault(QLocale(u"de"_s));
    QTranslator translator;
    QVERIFY(translator.load(QLocale(), u"lockboard"_s, u"_"_s, QStringLiteral(LOCKBOARD_QM_DIR)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTemporaryDir settings;
    lockboard::MainWindow window(lockboard::ProfileStore(settings.filePath(u"profiles.ini"_s)));
    lockboard::Profile profile;
    profile.name = u"nobody-home"_s;
    const QString dead = u"127.0.0.1:%1"_s.arg(lockboard::test::MemcachedServer::freePort());
    profile.servers = *lockboard::ServerSpec::parseList(dead);
    window.setProfile(profile);
    QTRY_VERIFY_WITH_TIMEOUT(window.serversModel()->rowCount() == 1 &&
                                 window.serversModel()->serverAt(0).error.has_value(),
                             15000);
    const QString error = window.serversModel()->serverAt(0).errorText();
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(error.startsWith(dead + u": "_s), qPrintable(error));
    QVERIFY2(error.contains(u"Verbindung abgelehnt"_s), qPrintable(error));
}

void TestTranslations::germanCliIsGerman_data()
{
    QTest::addColumn<QStringList>("lang");
    QTest::addColumn<QString>("environment");
    QTest::newRow("--lang de") << QStringList{u"--lang"_s, u"de"_s} << QString();
    QTest::newRow("--lang=de after the command") << QStringList{u"--lang=de"_s} << QString();
    QTest::newRow("LANG=de_DE.UTF-8") << QStringList() << u"de_DE.UTF-8"_s;
}

void TestTranslations::germanCliIsGerman()
{
    QFETCH(QStringList, lang);
    QFETCH(QString, environment);
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : {u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANGUAGE"_s, u"LANG"_s})
        env.remove(name);
    env.insert(u"LANG"_s, environment.isEmpty() ? u"C"_s : environment);
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.path());
    const QString dead = u"127.0.0.1:%1"_s.arg(lockboard::test::MemcachedServer::freePort());
    QStringList args{u"servers"_s, u"--servers"_s, dead};
    if (lang.size() == 1)
        args.append(lang); // after the command
    else
        args = lang + args;
    QProcess ctl;
    ctl.setProcessEnvironment(env);
    ctl.start(QStringLiteral(LOCKBOARD_CTL), args);
    QVERIFY(ctl.waitForFinished(30000));
    const QString err = QString::fromUtf8(ctl.readAllStandardError());
    QCOMPARE(ctl.exitCode(), 1);
    QVERIFY2(err.contains(u"Verbindung abgelehnt"_s), qPrintable(err));

    // The command's own words and its help, too.
    QProcess help;
    help.setProcessEnvironment(env);
    help.start(QStringLiteral(LOCKBOARD_CTL), (lang.size() == 1 ? QStringList() : lang) +
                                                  QStringList{u"servers"_s, u"--help"_s} +
                                                  (lang.size() == 1 ? lang : QStringList()));
    QVERIFY(help.waitForFinished(30000));
    const QString text = QString::fromUtf8(help.readAllStandardOutput());
    QVERIFY2(text.contains(u"Zustand jedes Servers"_s), qPrintable(text));
}

namespace {

// lockboardctl with args, in a German locale, nothing saved; exit code, stdout, stderr.
struct CtlRun
{
    int code = -1;
    QString out;
    QString err;
};

CtlRun runCtlIn(const QString& lang, const QStringList& args)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : {u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANGUAGE"_s})
        env.remove(name);
    env.insert(u"LANG"_s, lang);
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.path());
    QProcess ctl;
    ctl.setProcessEnvironment(env);
    ctl.start(QStringLiteral(LOCKBOARD_CTL), args);
    CtlRun run;
    if (!ctl.waitForFinished(30000))
        return run;
    run.code = ctl.exitCode();
    run.out = QString::fromUtf8(ctl.readAllStandardOutput());
    run.err = QString::fromUtf8(ctl.readAllStandardError());
    return run;
}

CtlRun runGermanCtl(const QStringList& args)
{
    return runCtlIn(u"de_DE.UTF-8"_s, args);
}

} // namespace

void TestTranslations::jsonIsEnglish()
{
    // What scripts read does not depend on who runs them: with --json the
    // messages inside the JSON, and on stderr, are English, in a German locale
    // and even with --lang de.
    const QString dead = u"127.0.0.1:%1"_s.arg(lockboard::test::MemcachedServer::freePort());
    for (const QStringList& lang : {QStringList(), QStringList{u"--lang"_s, u"de"_s}}) {
        const CtlRun run =
            runGermanCtl(lang + QStringList{u"servers"_s, u"--json"_s, u"--servers"_s, dead});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains(u"connection refused (is memcached running there?)"_s),
                 qPrintable(run.out));
        QVERIFY2(!run.err.contains(u"Verbindung"_s), qPrintable(run.err));
    }
}

void TestTranslations::langNeverTakesTheSeparator()
{
    // "--" after --lang is not a language: the separator stays, and --lang's
    // missing value is a usage error, never an option of the command after "--"
    // taken as lockboardctl's own.
    const CtlRun run = runGermanCtl({u"run"_s, u"--lock"_s, u"deploy"_s, u"--lang"_s, u"--"_s,
                                     u"true"_s, u"--servers"_s, u"127.0.0.1:1"_s});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(u"lang"_s), qPrintable(run.err));
}

void TestTranslations::englishPluralsComplete()
{
    // lockboard_en.ts holds the English plural forms only ("1 lock", not
    // "1 lock(s)"): each finished, both forms given, placeholders kept.
    const QString ts = QStringLiteral(LOCKBOARD_PLURALS_TS);
    QString error;
    const QList<Message> messages = readTs(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    for (const Message& message : messages) {
        const QString where = message.context + u": \""_s + message.source + u'"';
        QVERIFY2(message.numerus, qPrintable(where + u" is not a plural"_s));
        QVERIFY2(message.type.isEmpty(), qPrintable(where + u" is "_s + message.type));
        QCOMPARE(message.translations.size(), 2);
        for (const QString& form : message.translations)
            QVERIFY2(placeholders(form) == placeholders(message.source), qPrintable(where));
    }
    const QString changes = lupdateChanges(ts, {u"-pluralonly"_s});
    QVERIFY2(changes.isEmpty(), qPrintable(changes));
}

void TestTranslations::englishSaysOneLock_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("LANG=C") << u"C"_s;
    QTest::newRow("LANG=en_GB.UTF-8") << u"en_GB.UTF-8"_s;
    QTest::newRow("LANG=nb_NO.UTF-8 (not shipped)") << u"nb_NO.UTF-8"_s;
}

void TestTranslations::englishSaysOneLock()
{
    // The doctor counts locks that never expire: one on a server, two on the
    // other. In English, and in a language Lockboard does not speak, that is
    // "1 lock ... expires" and "2 locks ... expire".
    QFETCH(QString, lang);
    lockboard::test::MemcachedServer one;
    lockboard::test::MemcachedServer two;
    QVERIFY(one.start() && two.start());
    QCOMPARE(one.command("add :1:__d_lock_a 2 0 1\r\n1\r\n"), QByteArray("STORED\r\n"));
    QCOMPARE(two.command("add :1:__d_lock_b 2 0 1\r\n1\r\n"), QByteArray("STORED\r\n"));
    QCOMPARE(two.command("add :1:__d_lock_c 2 0 1\r\n1\r\n"), QByteArray("STORED\r\n"));
    const CtlRun run =
        runCtlIn(lang, {u"doctor"_s, u"--servers"_s, one.spec() + u',' + two.spec()});
    QVERIFY2(run.code >= 3, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"1 lock here never expires"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"2 locks here never expire"_s), qPrintable(run.out));
    QVERIFY2(!run.out.contains(u"lock(s)"_s), qPrintable(run.out));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
