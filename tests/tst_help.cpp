// Help everywhere: lockboardctl --help lists every command, each command's
// --help lists its options, the man page documents every one of them, and
// lockboard --help / --version answer from the real binary.
#include "tests/support/CtlRun.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using lockboard::test::runCtl;

namespace {

const QStringList Commands{u"place"_s,   u"set"_s,      u"get"_s,   u"servers"_s,
                           u"locks"_s,   u"release"_s,  u"watch"_s, u"run"_s,
                           u"profile"_s, u"activity"_s, u"doctor"_s};
// Subcommands with options of their own.
const QStringList Subcommands{u"profile import-django"_s};

QString manPage()
{
    QFile file(QStringLiteral(LOCKBOARD_MAN_PAGE));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // roff writes a dash as "\-"
    return QString::fromUtf8(file.readAll()).replace(u"\\-"_s, u"-"_s);
}

} // namespace

class TestHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ctlHelpListsEveryCommand();
    void everyOptionIsInTheManPage_data();
    void everyOptionIsInTheManPage();
    void dashboardHelpAndVersion();
};

void TestHelp::ctlHelpListsEveryCommand()
{
    QTemporaryDir dir;
    const auto help = runCtl({u"--help"_s}, dir.filePath(u"p.ini"_s));
    QCOMPARE(help.code, 0);
    for (const QString& command : Commands)
        QVERIFY2(help.text().contains(u"\n  "_s + command + u' '), qPrintable(command));
    const auto version = runCtl({u"--version"_s}, dir.filePath(u"p.ini"_s));
    QCOMPARE(version.code, 0);
    QVERIFY(version.text().startsWith(u"lockboardctl "_s));
}

void TestHelp::everyOptionIsInTheManPage_data()
{
    QTest::addColumn<QString>("command");
    for (const QString& command : Commands + Subcommands)
        QTest::newRow(qPrintable(command)) << command;
}

void TestHelp::everyOptionIsInTheManPage()
{
    QFETCH(QString, command);
    const QString man = manPage();
    QVERIFY(!man.isEmpty());
    QVERIFY2(man.contains(u".B "_s + command) || man.contains(u".BI "_s + command) ||
                 man.contains(u".BR "_s + command) || man.contains(u".BR \""_s + command),
             qPrintable(command + u" is not described in the man page"_s));
    QTemporaryDir dir;
    const auto help =
        runCtl(command.split(u' ') + QStringList{u"--help"_s}, dir.filePath(u"p.ini"_s));
    QCOMPARE(help.code, 0);
    static const QRegularExpression option(u"^\\s+(?:-\\w, )?(--[a-z-]+)"_s,
                                           QRegularExpression::MultilineOption);
    QStringList options;
    for (const auto& match : option.globalMatch(help.text()))
        options.append(match.captured(1));
    QVERIFY2(options.size() >= 8, qPrintable(help.text()));
    QStringList undocumented;
    for (const QString& name : std::as_const(options))
        if (!man.contains(name))
            undocumented.append(name);
    QVERIFY2(undocumented.isEmpty(), qPrintable(undocumented.join(u", "_s)));
}

void TestHelp::dashboardHelpAndVersion()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(LOCKBOARD_APP), {u"--help"_s});
    QVERIFY(app.waitForFinished(20000));
    const QString help = QString::fromLocal8Bit(app.readAllStandardOutput());
    QCOMPARE(app.exitCode(), 0);
    for (const QString& name :
         {u"--profile"_s, u"--servers"_s, u"--client"_s, u"--key-prefix"_s, u"--key-version"_s,
          u"--read-only"_s, u"--demo"_s, u"--lang"_s, u"--version"_s})
        QVERIFY2(help.contains(name), qPrintable(name + u" missing from:\n"_s + help));

    app.start(QStringLiteral(LOCKBOARD_APP), {u"--version"_s});
    QVERIFY(app.waitForFinished(20000));
    QCOMPARE(app.exitCode(), 0);
    QVERIFY(QString::fromLocal8Bit(app.readAllStandardOutput()).startsWith(u"lockboard "_s));

    // The German help is German.
    app.start(QStringLiteral(LOCKBOARD_APP), {u"--lang"_s, u"de"_s, u"--help"_s});
    QVERIFY(app.waitForFinished(20000));
    QVERIFY(QString::fromLocal8Bit(app.readAllStandardOutput()).contains(u"Nie schreiben"_s));
}

QTEST_GUILESS_MAIN(TestHelp)
#include "tst_help.moc"
