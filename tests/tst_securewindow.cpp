// The dashboard on clusters that let no one in without TLS and a password
// (memcached -Z -Y, certificates made here by openssl): it shows the locks and
// how each server's connection got in, asks for a missing password without
// blocking, says which certificate problem stops it, and shows loudly a
// profile that does not verify certificates.
#include "core/client/Client.h"
#include "core/config/ProfileStore.h"
#include "tests/support/MemcachedServer.h"
#include "tests/support/TestPki.h"
#include "ui/MainWindow.h"
#include "ui/PasswordDialog.h"
#include "ui/ProfileDialog.h"
#include "ui/models/LocksModel.h"
#include "ui/models/ServersModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lockboard;
using lockboard::test::MemcachedServer;

class TestSecureWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsLocksAndHowServersGotIn();
    void asksForAMissingPassword();
    void asksAgainWhenThePasswordIsRefused();
    void saysWhichCertificateProblem_data();
    void saysWhichCertificateProblem();
    void clientCertificate();
    void unverifiedProfileIsLoud();
    void profileDialogEditsSecurity();

private:
    [[nodiscard]] Profile profile(const QString& name, const MemcachedServer& server) const;
    [[nodiscard]] QString security(MainWindow& window) const
    {
        return window.serversModel()->index(0, ServersModel::Security).data().toString();
    }

    QTemporaryDir m_dir;
    lockboard::test::TestPki m_pki;
    QString m_passwordFile;
    MemcachedServer m_server;     // -Z and -Y
    MemcachedServer m_wrongName;  // -Z, a certificate for wrong.example
    MemcachedServer m_expired;    // -Z, a certificate that expired in 2000
    MemcachedServer m_clientCert; // -Z -Y, ssl_verify_mode 2: a client certificate is required
};

Profile TestSecureWindow::profile(const QString& name, const MemcachedServer& server) const
{
    Profile result;
    result.name = name;
    result.servers = *ServerSpec::parseList(server.spec());
    result.tls.enabled = true;
    result.tls.caFile = m_pki.file(u"ca.crt"_s);
    result.authUser = u"alice"_s;
    return result;
}

void TestSecureWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // No keyring here (tst_keyring has one): no session bus, no display to
    // start one, and a home of our own.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qputenv("HOME", m_dir.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_dir.filePath(u"data"_s).toLocal8Bit());
    QVERIFY2(m_pki.make(), qPrintable(m_pki.errorString()));
    QFile auth(m_dir.filePath(u"authfile"_s));
    QVERIFY(auth.open(QIODevice::WriteOnly));
    auth.write("alice:w1ndow-pw\n");
    auth.close();
    m_passwordFile = m_dir.filePath(u"password"_s);
    QFile password(m_passwordFile);
    QVERIFY(password.open(QIODevice::WriteOnly));
    password.write("w1ndow-pw\n");
    password.close();
    QVERIFY(QFile::setPermissions(m_passwordFile, QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY2(m_server.start(m_pki.serverArgs(u"server"_s) + QStringList{u"-Y"_s, auth.fileName()}),
             qPrintable(m_server.errorString()));
    QVERIFY2(
        m_wrongName.start(m_pki.serverArgs(u"wrongname"_s) + QStringList{u"-Y"_s, auth.fileName()}),
        qPrintable(m_wrongName.errorString()));
    QVERIFY2(
        m_expired.start(m_pki.serverArgs(u"expired"_s) + QStringList{u"-Y"_s, auth.fileName()}),
        qPrintable(m_expired.errorString()));
    QVERIFY2(
        m_clientCert.start(m_pki.serverArgs(u"server"_s, u",ssl_ca_cert=%1,ssl_verify_mode=2"_s.arg(
                                                             m_pki.file(u"ca.crt"_s))) +
                           QStringList{u"-Y"_s, auth.fileName()}),
        qPrintable(m_clientCert.errorString()));
    // A lock held there.
    ClientOptions options;
    options.security = {profile(u"seed"_s, m_server).tls, u"alice"_s, u"w1ndow-pw"_s};
    Client client(profile(u"seed"_s, m_server), options);
    const OpResult added = client.add(":1:__d_lock_vault", "1", 300);
    QVERIFY2(added.outcome == Outcome::Stored, qPrintable(added.message));
}

void TestSecureWindow::showsLocksAndHowServersGotIn()
{
    Profile secured = profile(u"vault"_s, m_server);
    secured.passwordFile = m_passwordFile;
    MainWindow window(ProfileStore(m_dir.filePath(u"profiles.ini"_s)));
    window.setProfile(secured);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(window.locksModel()->rowCount(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(security(window), u"TLS, authenticated"_s, 10000);
    QCOMPARE(window.serversModel()->condition(0), ServersModel::Condition::Up);
    QVERIFY(!window.findChild<QLabel*>(u"insecureBanner"_s)->isVisible());
}

void TestSecureWindow::asksForAMissingPassword()
{
    // No password file, no $LOCKBOARD_PASSWORD, no keyring (no D-Bus here):
    // the window asks, window-modal, and connects with what it is given.
    qputenv("LOCKBOARD_PASSWORD", "w1ndow-pw"); // for scripts: the dashboard does not use it
    MainWindow window(ProfileStore(m_dir.filePath(u"profiles.ini"_s)));
    window.show();
    window.setProfile(profile(u"ask"_s, m_server));
    PasswordDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<PasswordDialog*>()) != nullptr, 10000);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(window.summaryLabel()->text().contains(u"password"_s));
    auto* field = dialog->findChild<QLineEdit*>(u"password"_s);
    // A password memcached could never match is refused in the dialog.
    field->setText(u"two words"_s);
    dialog->accept();
    QVERIFY(dialog->isVisible());
    field->setText(u"w1ndow-pw"_s);
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(window.locksModel()->rowCount(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(security(window), u"TLS, authenticated"_s, 10000);
}

void TestSecureWindow::asksAgainWhenThePasswordIsRefused()
{
    // The password file holds a wrong one: every server refuses it, the
    // window stops and asks, and the right one gets in.
    const QString wrongFile = m_dir.filePath(u"wrong-password"_s);
    QFile wrong(wrongFile);
    QVERIFY(wrong.open(QIODevice::WriteOnly));
    wrong.write("not-it\n");
    wrong.close();
    QVERIFY(QFile::setPermissions(wrongFile, QFile::ReadOwner | QFile::WriteOwner));
    Profile refused = profile(u"refused"_s, m_server);
    refused.passwordFile = wrongFile;
    MainWindow window(ProfileStore(m_dir.filePath(u"profiles.ini"_s)));
    window.show();
    window.setProfile(refused);
    PasswordDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<PasswordDialog*>()) != nullptr, 10000);
    QVERIFY(window.inspector() == nullptr); // stopped: nothing keeps knocking with it
    const QString shown = dialog->findChild<QLabel*>(u"why"_s)->text();
    QVERIFY2(shown.contains(m_server.spec()) && shown.contains(u"wrong user or password"_s),
             qPrintable(shown));
    QVERIFY(!shown.contains(u"not-it"_s));
    dialog->findChild<QLineEdit*>(u"password"_s)->setText(u"w1ndow-pw"_s);
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(security(window), u"TLS, authenticated"_s, 10000);
}

void TestSecureWindow::saysWhichCertificateProblem_data()
{
    // Each wrong TLS setting, on the dashboard: the server is down, and its
    // row says which server and what failed (the CLI's cases: tst_security).
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("says");
    QTest::newRow("CA that did not sign it")
        << 0 << m_pki.file(u"other-ca.crt"_s) << u"not signed by a CA"_s;
    QTest::newRow("no CA: the system's store")
        << 0 << QString() << u"is not signed by a CA in the system's CA store"_s;
    QTest::newRow("wrong name") << 1 << m_pki.file(u"ca.crt"_s)
                                << u"not for this name (it names wrong.example)"_s;
    QTest::newRow("expired") << 2 << m_pki.file(u"ca.crt"_s)
                             << u"certificate expired on 2000-01-02"_s;
    QTest::newRow("no client certificate")
        << 3 << m_pki.file(u"ca.crt"_s) << u"requires a client certificate"_s;
}

void TestSecureWindow::saysWhichCertificateProblem()
{
    QFETCH(int, which);
    QFETCH(QString, caFile);
    QFETCH(QString, says);
    const MemcachedServer* servers[] = {&m_server, &m_wrongName, &m_expired, &m_clientCert};
    const MemcachedServer& server = *servers[which];
    Profile wrong = profile(u"wrong"_s, server);
    wrong.passwordFile = m_passwordFile;
    wrong.tls.caFile = caFile;
    MainWindow window(ProfileStore(m_dir.filePath(u"profiles.ini"_s)));
    window.setProfile(wrong);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(window.serversModel()->rowCount(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(window.serversModel()->condition(0), ServersModel::Condition::Down,
                              10000);
    const QString health = window.serversModel()->index(0, ServersModel::Health).data().toString();
    QVERIFY2(health.contains(server.spec()) && health.contains(says), qPrintable(health));
    QVERIFY(!health.contains(u"w1ndow-pw"_s));
    QVERIFY(window.findChild<PasswordDialog*>() == nullptr); // not a password problem
}

void TestSecureWindow::clientCertificate()
{
    // The same server with the client certificate and key: in, and its row
    // says so.
    Profile withCert = profile(u"with-cert"_s, m_clientCert);
    withCert.passwordFile = m_passwordFile;
    withCert.tls.certFile = m_pki.file(u"client.crt"_s);
    withCert.tls.keyFile = m_pki.file(u"client.key"_s);
    MainWindow window(ProfileStore(m_dir.filePath(u"profiles.ini"_s)));
    window.setProfile(withCert);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(security(window), u"TLS, authenticated"_s, 10000);
    QCOMPARE(window.serversModel()->condition(0), ServersModel::Condition::Up);
}

void TestSecureWindow::unverifiedProfileIsLoud()
{
    Profile unverified = profile(u"unverified"_s, m_server);
    unverified.passwordFile = m_passwordFile;
    unverified.tls.caFile.clear();
    unverified.tls.verify = false;
    MainWindow window(ProfileStore(m_dir.filePath(u"profiles.ini"_s)));
    window.setProfile(unverified);
    window.show();
    QVERIFY(window.findChild<QLabel*>(u"insecureBanner"_s)->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(security(window), u"TLS (NOT VERIFIED), authenticated"_s, 10000);
    // Back to a verified profile: the banner goes.
    Profile verified = profile(u"vault"_s, m_server);
    verified.passwordFile = m_passwordFile;
    window.setProfile(verified);
    QVERIFY(!window.findChild<QLabel*>(u"insecureBanner"_s)->isVisible());
}

void TestSecureWindow::profileDialogEditsSecurity()
{
    ProfileStore store(m_dir.filePath(u"dialog.ini"_s));
    Profile shown = profile(u"edited"_s, m_server);
    shown.passwordFile = m_passwordFile;
    ProfileDialog dialog(store, shown);
    QVERIFY(dialog.tlsBox()->isChecked());
    QCOMPARE(dialog.caFileEdit()->text(), m_pki.file(u"ca.crt"_s));
    QCOMPARE(dialog.authUserEdit()->text(), u"alice"_s);
    QVERIFY(dialog.save());
    const auto saved = store.load(u"edited"_s);
    QVERIFY(saved.ok());
    QCOMPARE(saved->tls, shown.tls);
    QCOMPARE(saved->authUser, shown.authUser);
    QCOMPARE(saved->passwordFile, shown.passwordFile);

    // A certificate without its key is refused, saying so; nothing is saved.
    dialog.certFileEdit()->setText(m_pki.file(u"client.crt"_s));
    QVERIFY(!dialog.save());
    QVERIFY2(dialog.errorLabel()->text().contains(u"without its key"_s),
             qPrintable(dialog.errorLabel()->text()));
    QCOMPARE(store.load(u"edited"_s)->tls.certFile, QString());
}

QTEST_MAIN(TestSecureWindow)
#include "tst_securewindow.moc"
