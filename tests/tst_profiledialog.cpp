// Connection profiles in the GUI: saved through the dialog into QSettings
// (the file lockboardctl reads), listed in the toolbar, switched at any time.
#include "tests/support/DjangoProject.h"
#include "tests/support/MemcachedServer.h"
#include "ui/DjangoImportDialog.h"
#include "ui/MainWindow.h"
#include "ui/ProfileDialog.h"
#include "ui/models/ServersModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lockboard;
using lockboard::test::MemcachedServer;

class TestProfileDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesAndRefusesBadInput();
    void editsClientOptions();
    void switchesProfileFromTheToolbar();
    void importsFromDjango();
};

void TestProfileDialog::savesAndRefusesBadInput()
{
    QTemporaryDir dir;
    const QString settings = dir.filePath(u"profiles.ini"_s);
    ProfileDialog dialog{ProfileStore(settings), Profile()};
    dialog.nameEdit()->setText(u"prod"_s);
    dialog.serversEdit()->setText(u"10.0.0.1:11211,10.0.0.2:99999"_s);
    QVERIFY(!dialog.save());
    QVERIFY2(dialog.errorLabel()->text().contains(u"99999"_s),
             qPrintable(dialog.errorLabel()->text()));
    QVERIFY(!ProfileStore(settings).contains(u"prod"_s)); // nothing half-saved

    dialog.serversEdit()->setText(u"10.0.0.1:11211,10.0.0.2:11211"_s);
    dialog.readOnlyBox()->setChecked(true);
    // A lock name that makes no valid key is refused, naming it.
    dialog.lockNamesEdit()->setText(u"nightly, has space"_s);
    QVERIFY(!dialog.save());
    QVERIFY2(dialog.errorLabel()->text().contains(u"has space"_s),
             qPrintable(dialog.errorLabel()->text()));
    QVERIFY(!ProfileStore(settings).contains(u"prod"_s));
    dialog.lockNamesEdit()->setText(u"nightly, invoice-sync"_s);
    dialog.namesOnlyBox()->setChecked(true);
    QVERIFY(dialog.save());
    QCOMPARE(dialog.list()->count(), 1);
    const auto saved = ProfileStore(settings).load(u"prod"_s);
    QVERIFY(saved.ok());
    QCOMPARE(saved->servers.size(), 2);
    QVERIFY(saved->readOnly);
    QCOMPARE(saved->lockNames, (QStringList{u"nightly"_s, u"invoice-sync"_s}));
    QVERIFY(saved->namesOnly);
}

void TestProfileDialog::editsClientOptions()
{
    // A dalli profile with failover off and an option Lockboard does not read
    // (kept as it is, not shown).
    QTemporaryDir dir;
    const QString settings = dir.filePath(u"profiles.ini"_s);
    Profile rails;
    rails.name = u"rails"_s;
    rails.servers = *ServerSpec::parseList(u"10.0.0.1:11211,10.0.0.2:11211"_s);
    rails.client = ClientLibrary::Dalli;
    rails.clientOptions = {{u"failover"_s, false}, {u"socket_timeout"_s, 0.5}};
    ProfileDialog dialog{ProfileStore(settings), rails};
    QCOMPARE(dialog.clientOptionsEdit()->text(), u"failover=false"_s);

    dialog.clientOptionsEdit()->setText(u"failovr=false"_s);
    QVERIFY(!dialog.save());
    QVERIFY2(dialog.errorLabel()->text().contains(u"it reads failover"_s),
             qPrintable(dialog.errorLabel()->text()));
    QVERIFY(!ProfileStore(settings).contains(u"rails"_s));

    dialog.clientOptionsEdit()->setText(u"failover=true"_s);
    QVERIFY(dialog.save());
    QCOMPARE(ProfileStore(settings).load(u"rails"_s)->clientOptions,
             (QJsonObject{{u"failover"_s, true}, {u"socket_timeout"_s, 0.5}}));
    dialog.clientOptionsEdit()->clear();
    QVERIFY(dialog.save());
    QCOMPARE(ProfileStore(settings).load(u"rails"_s)->clientOptions,
             (QJsonObject{{u"socket_timeout"_s, 0.5}}));

    // Another library: the field starts empty and names that library's options.
    auto* client = dialog.findChild<QComboBox*>();
    client->setCurrentText(u"node-memcached"_s);
    QVERIFY(dialog.clientOptionsEdit()->text().isEmpty());
    QVERIFY2(dialog.clientOptionsEdit()->placeholderText().contains(u"remove"_s),
             qPrintable(dialog.clientOptionsEdit()->placeholderText()));
    dialog.clientOptionsEdit()->setText(u"remove=true"_s);
    QVERIFY(dialog.save());
    const auto node = ProfileStore(settings).load(u"rails"_s);
    QCOMPARE(node->client, ClientLibrary::NodeMemcached);
    QCOMPARE(node->clientOptions, (QJsonObject{{u"remove"_s, true}}));
}

void TestProfileDialog::switchesProfileFromTheToolbar()
{
    MemcachedServer a;
    MemcachedServer b;
    QVERIFY(a.start());
    QVERIFY(b.start());
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(u"profiles.ini"_s));
    Profile first;
    first.name = u"first"_s;
    first.servers = *ServerSpec::parseList(a.spec());
    Profile second;
    second.name = u"second"_s;
    second.servers = *ServerSpec::parseList(QString(a.spec() + u',' + b.spec()));
    second.readOnly = true;
    QVERIFY(store.save(first).ok());
    QVERIFY(store.save(second).ok());

    MainWindow window(store);
    window.setProfile(first);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(window.serversModel()->rowCount(), 1, 10000);
    auto* box = window.findChild<QComboBox*>(u"profileBox"_s);
    QVERIFY(box);
    QCOMPARE(box->count(), 2);
    QCOMPARE(box->currentText(), u"first"_s);

    box->setCurrentIndex(1);
    Q_EMIT box->activated(1); // what choosing it with mouse or keyboard does
    QCOMPARE(window.profile().name, u"second"_s);
    QVERIFY(window.profile().readOnly);
    QVERIFY(window.windowTitle().contains(u"read-only"_s));
    QTRY_COMPARE_WITH_TIMEOUT(window.serversModel()->rowCount(), 2, 10000);
}

void TestProfileDialog::importsFromDjango()
{
    // The test project (tests/django), copied as a deployment has it; its
    // settings read the servers from this process's environment.
    QTemporaryDir project;
    QVERIFY(lockboard::test::copyDjangoProject(project.path()));
    qputenv("APP_MEMCACHED", "127.0.0.1:23511;127.0.0.1:23512");
    qputenv("APP_LOCK_SERVERS", "127.0.0.1:23512,127.0.0.1:23511");
    qputenv("APP_KEY_PREFIX", "shop");

    QTemporaryDir dir;
    ProfileDialog dialog{ProfileStore(dir.filePath(u"profiles.ini"_s)), Profile()};
    dialog.show();
    dialog.importButton()->click();
    auto* import = dialog.findChild<DjangoImportDialog*>();
    QVERIFY(import);
    import->pythonEdit()->setText(qEnvironmentVariable("LOCKBOARD_PYTHON"));
    import->projectEdit()->setText(project.path());

    // A settings module that is not there: said in the dialog, nothing saved.
    import->settingsEdit()->setText(u"shop.settings_gone"_s);
    import->importButton()->click();
    QVERIFY(!import->importButton()->isEnabled()); // running, the window is not
    QTRY_VERIFY_WITH_TIMEOUT(import->importButton()->isEnabled(), 60000);
    QVERIFY2(import->statusLabel()->text().contains(u"not found"_s),
             qPrintable(import->statusLabel()->text()));
    QCOMPARE(dialog.list()->count(), 0);

    QSignalSpy imported(&dialog, &ProfileDialog::profilesImported);
    import->settingsEdit()->setText(u"shop.settings"_s);
    import->importButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 60000);
    QCOMPARE(imported.first().first().toStringList(),
             (QStringList{u"default"_s, u"locks"_s, u"sessions"_s, u"ring"_s}));
    QCOMPARE(dialog.list()->count(), 4);
    QCOMPARE(dialog.nameEdit()->text(), u"default"_s); // the first is shown
    QCOMPARE(dialog.serversEdit()->text(), u"127.0.0.1:23511,127.0.0.1:23512"_s);
    const auto locks = ProfileStore(dir.filePath(u"profiles.ini"_s)).load(u"locks"_s);
    QVERIFY(locks);
    QCOMPARE(serverListText(locks->servers), u"127.0.0.1:23512,127.0.0.1:23511"_s);
    QCOMPARE(locks->client, ClientLibrary::PythonMemcached);
    QCOMPARE(locks->keys.keyPrefix(), u"shoplocks"_s);
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
