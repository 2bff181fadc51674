// The system keyring, for real: ctest runs this under its own Secret Service
// (gnome-keyring on a private D-Bus session: tests/security/with_secret_service.sh).
// A password stored with "profile set-password" is found by secret-tool under
// the documented attributes and lets every command in; one stored by another
// tool under those attributes is used too; "forget-password" removes it.
#include "core/config/ProfileStore.h"
#include "core/secrets/Secrets.h"
#include "tests/support/CtlRun.h"
#include "tests/support/MemcachedServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lockboard;
using lockboard::test::CtlRun;
using lockboard::test::MemcachedServer;

class TestKeyring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void storedByAnotherTool();
    void wrongPasswordInTheKeyring();

private:
    [[nodiscard]] CtlRun ctl(const QStringList& args, const QByteArray& input = {}) const
    {
        QProcessEnvironment env;
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"LOCKBOARD_AUDIT_LOG"_s, m_dir.filePath(u"audit.jsonl"_s));
        return lockboard::test::runCtl(args, m_dir.filePath(u"lockboard.ini"_s), env, input);
    }
    // secret-tool, the Secret Service's own command line.
    [[nodiscard]] static QByteArray secretTool(const QStringList& args,
                                               const QByteArray& input = {});
    [[nodiscard]] bool authenticated(const QString& profile, QString& err) const;

    QTemporaryDir m_dir;
    MemcachedServer m_auth;
};

QByteArray TestKeyring::secretTool(const QStringList& args, const QByteArray& input)
{
    QProcess tool;
    tool.start(u"secret-tool"_s, args);
    if (!tool.waitForStarted(5000))
        return "secret-tool did not start";
    tool.write(input);
    tool.closeWriteChannel();
    tool.waitForFinished(10000);
    return tool.readAllStandardOutput();
}

bool TestKeyring::authenticated(const QString& profile, QString& err) const
{
    const CtlRun run = ctl({u"servers"_s, u"--profile"_s, profile, u"--json"_s});
    err = run.err;
    return run.code == 0 &&
           QJsonDocument::fromJson(run.out).array().at(0)[u"authenticated"_s].toBool();
}

void TestKeyring::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run under tests/security/with_secret_service.sh (ctest does)");
    QVERIFY(m_dir.isValid());
    QFile auth(m_dir.filePath(u"authfile"_s));
    QVERIFY(auth.open(QIODevice::WriteOnly));
    auth.write("alice:kr-Secret-1\ncarol:kr-Secret-2\n");
    auth.close();
    QVERIFY2(m_auth.start({u"-Y"_s, auth.fileName()}), qPrintable(m_auth.errorString()));
    for (const QString& user : {u"alice"_s, u"carol"_s}) {
        const CtlRun saved = ctl({u"profile"_s, u"save"_s, user + u"-prof"_s, u"--servers"_s,
                                  m_auth.spec(), u"--user"_s, user});
        QVERIFY2(saved.code == 0, qPrintable(saved.err));
    }
}

void TestKeyring::roundTrip()
{
    QString err;
    QVERIFY(!authenticated(u"alice-prof"_s, err));
    QVERIFY2(err.contains(u"no password for user \"alice\""_s), qPrintable(err));

    CtlRun run = ctl({u"profile"_s, u"set-password"_s, u"alice-prof"_s}, "kr-Secret-1\n");
    QVERIFY2(run.code == 0, qPrintable(run.err));
    // Where the documentation says, and nowhere in our files.
    QCOMPARE(
        secretTool({u"lookup"_s, u"server"_s, u"Lockboard"_s, u"user"_s, u"alice@alice-prof"_s}),
        "kr-Secret-1"_ba);
    QFile settings(m_dir.filePath(u"lockboard.ini"_s));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains("kr-Secret"));

    QVERIFY2(authenticated(u"alice-prof"_s, err), qPrintable(err));

    run = ctl({u"profile"_s, u"forget-password"_s, u"alice-prof"_s});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QCOMPARE(
        secretTool({u"lookup"_s, u"server"_s, u"Lockboard"_s, u"user"_s, u"alice@alice-prof"_s}),
        QByteArray());
    QVERIFY(!authenticated(u"alice-prof"_s, err));
    QVERIFY2(err.contains(u"no password"_s), qPrintable(err));
}

void TestKeyring::storedByAnotherTool()
{
    // QtKeychain's attributes: server = the service, user = the key.
    (void)secretTool({u"store"_s, u"--label=Lockboard carol"_s, u"server"_s, u"Lockboard"_s,
                      u"user"_s, u"carol@carol-prof"_s, u"type"_s, u"plaintext"_s},
                     "kr-Secret-2");
    QString err;
    QVERIFY2(authenticated(u"carol-prof"_s, err), qPrintable(err));
    QVERIFY(ctl({u"profile"_s, u"forget-password"_s, u"carol-prof"_s}).code == 0);
}

void TestKeyring::wrongPasswordInTheKeyring()
{
    const CtlRun run = ctl({u"profile"_s, u"set-password"_s, u"alice-prof"_s}, "not-it\n");
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QString err;
    QVERIFY(!authenticated(u"alice-prof"_s, err));
    QVERIFY2(err.contains(m_auth.spec()) && err.contains(u"wrong user or password"_s),
             qPrintable(err));
    QVERIFY(!err.contains(u"not-it"_s));
}

QTEST_GUILESS_MAIN(TestKeyring)
#include "tst_keyring.moc"
