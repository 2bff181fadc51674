// Connection profiles in the GUI: saved through the dialog into QSettings
// (the file lockboardctl reads), listed in the toolbar, switched at any time.
#include "tests/support/MemcachedServer.h"
#include "ui/MainWindow.h"
#include "ui/ProfileDialog.h"
#include "ui/models/ServersModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
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
    void switchesProfileFromTheToolbar();
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

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
