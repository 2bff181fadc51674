// Force release from the dashboard against a real memcached: the dialog
// refused and confirmed, a CAS that changed meanwhile, the audit log, the
// Delete key, and read-only profiles.
#include "core/client/Client.h"
#include "tests/support/MemcachedServer.h"
#include "ui/LocksView.h"
#include "ui/MainWindow.h"
#include "ui/ReleaseDialog.h"
#include "ui/models/EventsModel.h"
#include "ui/models/LocksModel.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lockboard;
using lockboard::test::MemcachedServer;

class TestReleaseFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void refusedLeavesTheLock();
    void confirmedReleasesAndAudits();
    void changedMeanwhileIsLeftAlone();
    void deleteKeyOpensTheDialog();
    void readOnlyDisablesRelease();
    void ownerCheckNeedsConsent();

private:
    ReleaseDialog* openDialogFor(const QString& name);
    [[nodiscard]] QStringList auditLines() const;

    QTemporaryDir m_dir;
    MemcachedServer m_server;
    Profile m_profile;
    std::unique_ptr<Client> m_client;
    std::unique_ptr<MainWindow> m_window;
};

void TestReleaseFlow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("LOCKBOARD_AUDIT_LOG", m_dir.filePath(u"audit.jsonl"_s).toLocal8Bit());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_profile.name = u"test"_s;
    m_profile.servers = *ServerSpec::parseList(m_server.spec());
    m_client = std::make_unique<Client>(m_profile);
}

void TestReleaseFlow::init()
{
    QFile::remove(m_dir.filePath(u"audit.jsonl"_s));
    QCOMPARE(m_client->add(":1:__d_lock_nightly", "1", 120, 2).outcome, Outcome::Stored);
}

void TestReleaseFlow::cleanup()
{
    m_window.reset();
    (void)m_client->remove(":1:__d_lock_nightly");
}

ReleaseDialog* TestReleaseFlow::openDialogFor(const QString& name)
{
    m_window = std::make_unique<MainWindow>(ProfileStore(m_dir.filePath(u"profiles.ini"_s)));
    m_window->setProfile(m_profile);
    m_window->show();
    if (!QTest::qWaitFor([&] { return m_window->locksView()->selectLock(name); }, 10000))
        return nullptr;
    m_window->locksView()->releaseAction()->trigger();
    ReleaseDialog* dialog = nullptr;
    (void)QTest::qWaitFor(
        [&] { return (dialog = m_window->findChild<ReleaseDialog*>()) != nullptr; }, 5000);
    return dialog;
}

QStringList TestReleaseFlow::auditLines() const
{
    QFile file(m_dir.filePath(u"audit.jsonl"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

void TestReleaseFlow::refusedLeavesTheLock()
{
    ReleaseDialog* dialog = openDialogFor(u"nightly"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->isModal());
    QStringList shown;
    for (const QLabel* label : dialog->findChildren<QLabel*>())
        shown.append(label->text());
    const QString text = shown.join(u'\n');
    const quint64 cas = m_client->gets(":1:__d_lock_nightly").cas;
    QVERIFY2(text.contains(u":1:__d_lock_nightly"_s), qPrintable(text));
    QVERIFY(text.contains(m_server.spec()));
    QVERIFY(text.contains(QString::number(cas)));
    QVERIFY(text.contains(u"min"_s) || text.contains(u" s"_s)); // the TTL

    QSignalSpy done(m_window.get(), &MainWindow::releaseDone);
    dialog->reject();
    QVERIFY(!done.wait(1000));
    QCOMPARE(m_client->get(":1:__d_lock_nightly").outcome, Outcome::Found);
    QVERIFY(auditLines().isEmpty());
}

void TestReleaseFlow::confirmedReleasesAndAudits()
{
    ReleaseDialog* dialog = openDialogFor(u"nightly"_s);
    QVERIFY(dialog);
    const quint64 cas = m_client->gets(":1:__d_lock_nightly").cas;
    QSignalSpy done(m_window.get(), &MainWindow::releaseDone);
    dialog->accept();
    QVERIFY(done.wait(5000));
    QCOMPARE(done.at(0).at(0).value<ReleaseResult>().outcome, Outcome::Deleted);
    QCOMPARE(m_client->get(":1:__d_lock_nightly").outcome, Outcome::NotFound);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->locksModel()->rowCount(), 0, 5000);

    const QStringList audit = auditLines();
    QCOMPARE(audit.size(), 2); // the attempt, then its outcome
    QVERIFY(audit[0].contains(u"__d_lock_nightly"_s));
    QVERIFY(audit[1].contains(u"__d_lock_nightly"_s));
    const QString newest = m_window->eventsModel()->index(0, EventsModel::What).data().toString();
    QVERIFY2(newest.startsWith(u"Released \":1:__d_lock_nightly\" on "_s), qPrintable(newest));
    QVERIFY2(newest.endsWith(u"(CAS %1)"_s.arg(cas)), qPrintable(newest));
}

void TestReleaseFlow::changedMeanwhileIsLeftAlone()
{
    ReleaseDialog* dialog = openDialogFor(u"nightly"_s);
    QVERIFY(dialog);
    // While the operator reads the dialog, the holder releases and another takes it.
    QCOMPARE(m_client->remove(":1:__d_lock_nightly").outcome, Outcome::Deleted);
    QCOMPARE(m_client->add(":1:__d_lock_nightly", "2", 120, 2).outcome, Outcome::Stored);
    QSignalSpy done(m_window.get(), &MainWindow::releaseDone);
    dialog->accept();
    QVERIFY(done.wait(5000));
    QVERIFY(done.at(0).at(0).value<ReleaseResult>().outcome != Outcome::Deleted);
    const OpResult still = m_client->get(":1:__d_lock_nightly");
    QCOMPARE(still.outcome, Outcome::Found);
    QCOMPARE(still.value, QByteArray("2"));
    const QString newest = m_window->eventsModel()->index(0, EventsModel::What).data().toString();
    QVERIFY2(newest.startsWith(u"Not released: "_s), qPrintable(newest));
    QCOMPARE(newest.count(u"not released"_s, Qt::CaseInsensitive), 1); // said once
    QVERIFY2(newest.contains(u"changed since it was read"_s), qPrintable(newest));
}

void TestReleaseFlow::deleteKeyOpensTheDialog()
{
    m_window = std::make_unique<MainWindow>(ProfileStore(m_dir.filePath(u"profiles.ini"_s)));
    m_window->setProfile(m_profile);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->locksView()->selectLock(u"nightly"_s), 10000);
    QTableView* table = m_window->locksView()->table();
    QVERIFY(table->actions().contains(m_window->locksView()->releaseAction())); // context menu
    QTest::keyClick(table, Qt::Key_Delete);
    ReleaseDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ReleaseDialog*>()) != nullptr);
    // Cancel is the default button: Enter refuses.
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(m_window->findChild<ReleaseDialog*>() == nullptr);
    QCOMPARE(m_client->get(":1:__d_lock_nightly").outcome, Outcome::Found);
}

void TestReleaseFlow::readOnlyDisablesRelease()
{
    Profile readOnly = m_profile;
    readOnly.readOnly = true;
    m_window = std::make_unique<MainWindow>(ProfileStore(m_dir.filePath(u"profiles.ini"_s)));
    m_window->setProfile(readOnly);
    m_window->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->locksView()->selectLock(u"nightly"_s), 10000);
    QAction* release = m_window->locksView()->releaseAction();
    QVERIFY(!release->isEnabled());
    QVERIFY(m_window->windowTitle().contains(u"read-only"_s));
    release->trigger(); // a disabled action does nothing, even if triggered
    QTest::keyClick(m_window->locksView()->table(), Qt::Key_Delete);
    QTest::qWait(300);
    QVERIFY(m_window->findChild<ReleaseDialog*>() == nullptr);
    QCOMPARE(m_client->get(":1:__d_lock_nightly").outcome, Outcome::Found);
}

// A Laravel lock: its holder compares its owner before releasing, so Force
// release stays disabled until the operator ticks that the holder loses it.
void TestReleaseFlow::ownerCheckNeedsConsent()
{
    QCOMPARE(m_client->add("laravel_cache:reports", "IvecsUXdfPfBnbX4", 120, 0).outcome,
             Outcome::Stored);
    const Profile plain = m_profile;
    m_profile.recipes = LockRecipe::parseList({u"django"_s, u"laravel"_s}).value();
    ReleaseDialog* dialog = openDialogFor(u"reports"_s);
    m_profile = plain;
    QVERIFY(dialog);
    QPushButton* release = nullptr;
    for (QPushButton* button : dialog->findChildren<QPushButton*>())
        if (button->text().contains(u"Force release"_s))
            release = button;
    QVERIFY(release);
    QVERIFY(dialog->bypassBox());
    QVERIFY(!release->isEnabled());
    QVERIFY(dialog->bypassBox()->text().contains(u"laravel"_s));
    dialog->bypassBox()->setChecked(true);
    QVERIFY(release->isEnabled());
    QVERIFY(dialog->ownerCheckBypassed());
    QSignalSpy done(m_window.get(), &MainWindow::releaseDone);
    release->click();
    QVERIFY(done.wait(5000));
    QCOMPARE(done.at(0).at(0).value<ReleaseResult>().outcome, Outcome::Deleted);
    QCOMPARE(m_client->get("laravel_cache:reports").outcome, Outcome::NotFound);
}

QTEST_MAIN(TestReleaseFlow)
#include "tst_releaseflow.moc"
