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

void TestTranslations::currentWithTheSources()
{
    QFETCH(QString, ts);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QFileInfo(ts).fileName());
    QVERIFY(QFile::copy(ts, copy));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    // The sources qt_add_translations gives lupdate (app/CMakeLists.txt).
    QStringList arguments = QStringLiteral(LOCKBOARD_TRANSLATED_SOURCES).split(u'|');
    arguments << u"-I"_s << QStringLiteral(LOCKBOARD_SOURCE_DIR) << u"-no-obsolete"_s
              << u"-locations"_s << u"none"_s << u"-ts"_s << copy;
    lupdate.start(QStringLiteral(LOCKBOARD_LUPDATE), arguments);
    QVERIFY(lupdate.waitForFinished(60000));
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(u"(0 new and"_s),
             qPrintable(u"strings in the sources that the .ts lacks; run "
                        "cmake --build --preset dev --target update_translations:\n"_s +
                        output));
    QString error;
    const QList<Message> shipped = readTs(ts, &error);
    const QList<Message> updated = readTs(copy, &error);
    QCOMPARE(updated.size(), shipped.size()); // no vanished strings either
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

CtlRun runGermanCtl(const QStringList& args)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : {u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANGUAGE"_s})
        env.remove(name);
    env.insert(u"LANG"_s, u"de_DE.UTF-8"_s);
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

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
