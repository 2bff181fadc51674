#include "ui/MainWindow.h"

#include "core/activity/ActivityMonitor.h"
#include "core/doctor/Checkup.h"
#include "core/inspect/ClusterEvent.h"
#include "core/inspect/InspectorThread.h"
#include "core/inspect/Rules.h"
#include "core/secrets/Secrets.h"
#include "ui/ActivityPane.h"
#include "ui/DoctorView.h"
#include "ui/Icons.h"
#include "ui/LocksView.h"
#include "ui/PasswordDialog.h"
#include "ui/PlacementView.h"
#include "ui/ProfileDialog.h"
#include "ui/ReleaseDialog.h"
#include "ui/ServersView.h"
#include "ui/models/EventsModel.h"
#include "ui/models/LocksModel.h"
#include "ui/models/ServersModel.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSet>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

constexpr int RefreshMs = 2000;
constexpr int MessageMs = 15000; // how long a release's result stays in the status bar

} // namespace

MainWindow::MainWindow(ProfileStore store, QWidget* parent)
    : QMainWindow(parent)
    , m_store(std::move(store))
    , m_locksModel(new LocksModel(this))
    , m_serversModel(new ServersModel(this))
    , m_eventsModel(new EventsModel(1000, this))
    , m_tabs(new QTabWidget(this))
    , m_locks(new LocksView(m_locksModel, this))
    , m_servers(new ServersView(m_serversModel, &m_history, this))
    , m_placement(new PlacementView(this))
    , m_events(new QTableView(this))
    , m_activityPane(new ActivityPane(this))
    , m_doctor(new DoctorView(this))
    , m_profiles(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_insecure(new QLabel(this))
    , m_refresh(new QTimer(this))
    , m_tick(new QTimer(this))
{
    m_events->setModel(m_eventsModel);
    m_events->verticalHeader()->hide();
    m_events->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_events->horizontalHeader()->setStretchLastSection(true);
    m_events->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_events->setWordWrap(false);
    m_events->setAccessibleName(tr("Events, newest first"));

    // The locks over the selected lock's activity.
    auto* locksTab = new QSplitter(Qt::Vertical, this);
    locksTab->addWidget(m_locks);
    locksTab->addWidget(m_activityPane);
    locksTab->setStretchFactor(0, 3);
    locksTab->setStretchFactor(1, 2);
    m_tabs->addTab(locksTab, tr("&Locks"));
    m_tabs->addTab(m_servers, tr("&Servers"));
    m_tabs->addTab(m_placement, tr("&Placement"));
    m_tabs->addTab(m_events, tr("&Events"));
    m_tabs->addTab(m_doctor, tr("&Doctor"));
    auto* central = new QWidget(this);
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_insecure->setObjectName(u"insecureBanner"_s);
    m_insecure->setText(tr("TLS without verification: the servers' certificates are NOT checked "
                           "for this profile, so the servers are not authenticated and anyone on "
                           "the path can read and change the traffic. Give the CA in the profile "
                           "(Ctrl+P) and turn verification back on."));
    m_insecure->setWordWrap(true);
    m_insecure->setMargin(6);
    m_insecure->setStyleSheet(
        u"background: #b00020; color: white; font-weight: bold"_s); // words say it too
    m_insecure->hide();
    column->addWidget(m_insecure);
    column->addWidget(m_tabs);
    setCentralWidget(central);
    setWindowTitle(tr("Lockboard"));
    setWindowIcon(icon(u"lockboard"_s));
    resize(1280, 760);
    statusBar()->addPermanentWidget(m_summary);
    m_summary->setText(tr("No cluster: choose a profile (Ctrl+P), or start with --servers, "
                          "--profile or --demo"));

    m_profiles->setObjectName(u"profileBox"_s);
    m_profiles->setAccessibleName(tr("Profile"));
    m_profiles->setMinimumContentsLength(16);
    m_profiles->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    createMenus();

    m_refresh->setInterval(RefreshMs);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, m_locks, &LocksView::repaintCountdowns);
    connect(m_tick, &QTimer::timeout, this, &MainWindow::showActivity);
    connect(m_locks->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::showActivity);
    connect(m_locks, &LocksView::releaseRequested, this, &MainWindow::askToRelease);
    connect(m_profiles, &QComboBox::activated, this, &MainWindow::profileChosen);
    connect(m_doctor, &DoctorView::checkRequested, this, &MainWindow::runDoctor);
    // The doctor visits when its tab is first shown for a cluster, then on request.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == DoctorTab && !m_doctorRan && m_shownOne)
            runDoctor();
    });
    reloadProfileChoices();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* profiles = file->addAction(tr("&Profiles…"), this, &MainWindow::chooseProfile);
    profiles->setShortcut(u"Ctrl+P"_s);
    profiles->setIcon(icon(u"profiles"_s));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(u"Ctrl+Q"_s); // QKeySequence::Quit is empty on some platforms

    QMenu* view = menuBar()->addMenu(tr("&View"));
    // On demand, a refresh walks every server's keyspace (the timed ones do not).
    m_refreshAction = view->addAction(tr("&Refresh now"), this, [this] {
        if (m_inspector)
            m_inspector->scanKeyspace();
    });
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setIcon(icon(u"refresh"_s));
    m_refreshAction->setToolTip(tr("Read every server now, walking its keyspace to find every "
                                   "lock (the refresh every 2 s reads the known locks only)"));
    m_scanAction = view->addAction(tr("Scan &keyspace now"), this, &MainWindow::scanKeyspaceNow);
    m_scanAction->setShortcut(u"Shift+F5"_s);
    m_scanAction->setToolTip(tr("Walk the keyspace of the servers selected in the Servers tab (all "
                                "when none is selected) now, to find every lock key: this costs "
                                "each server a pass over all its keys"));
    QAction* filter = view->addAction(tr("&Filter locks"), this, [this] {
        showTab(LocksTab);
        m_locks->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_locks->filterEdit()->selectAll();
    });
    filter->setShortcut(QKeySequence::Find);
    filter->setIcon(icon(u"filter"_s));
    view->addSeparator();
    const QList<std::pair<Tab, QString>> tabs{{LocksTab, tr("&Locks")},
                                              {ServersTab, tr("&Servers")},
                                              {PlacementTab, tr("&Placement")},
                                              {EventsTab, tr("&Events")},
                                              {DoctorTab, tr("&Doctor")}};
    for (const auto& [tab, title] : tabs) {
        QAction* action = view->addAction(title, this, [this, tab] { showTab(tab); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(tab))));
    }

    QMenu* lock = menuBar()->addMenu(tr("&Lock"));
    lock->addAction(m_locks->releaseAction());

    QToolBar* bar = addToolBar(tr("Profile"));
    bar->setObjectName(u"profileToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* label = new QLabel(tr("Profile:"), bar);
    label->setBuddy(m_profiles);
    label->setContentsMargins(4, 0, 4, 0);
    bar->addWidget(label);
    bar->addWidget(m_profiles);
    bar->addAction(profiles);
    bar->addAction(m_refreshAction);
    bar->addAction(m_scanAction);
}

void MainWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void MainWindow::reloadProfileChoices()
{
    const QSignalBlocker blocker(m_profiles);
    m_profiles->clear();
    QStringList names = m_store.names();
    if (!m_profile.name.isEmpty() && !names.contains(m_profile.name))
        names.prepend(m_profile.name); // from the command line or the demo: not saved
    m_profiles->addItems(names);
    m_profiles->setCurrentIndex(int(names.indexOf(m_profile.name)));
    m_profiles->setEnabled(!names.isEmpty());
}

void MainWindow::profileChosen(int index)
{
    const QString name = m_profiles->itemText(index);
    if (name == m_profile.name)
        return;
    const auto loaded = m_store.load(name);
    if (!loaded) {
        statusBar()->showMessage(loaded.error().message, MessageMs);
        reloadProfileChoices();
        return;
    }
    setProfile(*loaded);
}

void MainWindow::chooseProfile()
{
    auto* dialog = new ProfileDialog(m_store, m_profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDashboard(m_profile, m_options, m_locksModel->locks());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto chosen = dialog->profile())
            setProfile(*chosen);
    });
    connect(dialog, &QDialog::finished, this, &MainWindow::reloadProfileChoices);
    dialog->open();
}

void MainWindow::setProfile(const Profile& profile)
{
    m_profile = profile;
    const int generation = ++m_generation;
    m_placement->setProfile(profile);
    m_locks->setReadOnly(profile.readOnly);
    setWindowTitle(profile.readOnly ? tr("Lockboard \u2014 %1 (read-only)").arg(profile.name)
                                    : tr("Lockboard \u2014 %1").arg(profile.name));
    stopWatching();
    m_rememberPassword.reset();
    // A cluster whose certificates are not checked says so for as long as it is shown.
    m_insecure->setVisible(profile.tls.enabled && !profile.tls.verify);

    // A new cluster: start from nothing.
    delete m_checkup;
    m_checkup = nullptr;
    m_doctorRan = false;
    m_doctorWanted = false;
    m_shownOne = false;
    m_doctor->reset(tr("Waiting for the first refresh of %1…").arg(profile.name));
    m_history.clear();
    m_serversModel->clear();
    m_pendingSnapshot.reset();
    m_locksModel->setSnapshot({});
    m_eventsModel->addEvents({watchingEvent(profile)});
    reloadProfileChoices();

    // The password, if the servers want one, comes from the keyring
    // asynchronously: watching starts when it is there.
    if (!profile.authUser.isEmpty())
        m_summary->setText(tr("Looking up the password of %1…").arg(profile.authUser));
    findConnectionSecurity(profile, dashboardEnvironment(), this,
                           [this, generation](Result<ConnectionSecurity> security) {
                               if (generation != m_generation)
                                   return; // another profile was chosen meanwhile
                               if (security)
                                   return startWatching(*security);
                               askPassword(security.error().message);
                           });
}

void MainWindow::askPassword(const QString& why)
{
    auto* dialog = new PasswordDialog(m_profile, why, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const int generation = m_generation;
    m_summary->setText(tr("Waiting for the password of %1").arg(m_profile.authUser));
    connect(dialog, &QDialog::accepted, this, [this, dialog, generation] {
        if (generation != m_generation)
            return;
        if (dialog->remember())
            m_rememberPassword = dialog->password(); // once a server accepts it
        startWatching(connectionSecurity(m_profile, dialog->password()));
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_summary->setText(tr("Not connected: no password for %1").arg(m_profile.authUser));
    });
    dialog->open();
}

void MainWindow::stopWatching()
{
    m_refresh->stop();
    delete m_inspector;
    m_inspector = nullptr;
    delete m_activity;
    m_activity = nullptr;
}

void MainWindow::startWatching(const ConnectionSecurity& security)
{
    const Profile& profile = m_profile;
    m_options.security = security;
    auto* inspector = new ClusterInspector(profile, m_options);
    inspector->setLockKeyMemory(LockKeyMemory::forProfile(m_store, profile.name));
    inspector->setOwnCounters(m_ownCounters);
    m_inspector = new InspectorThread(inspector, this);
    m_activity = new ActivityMonitor(profile, m_options, this);
    InspectorThread* host = m_inspector;
    // Snapshots already on their way from a previous profile's inspector are dropped.
    connect(host->inspector(), &ClusterInspector::eventsFound, this,
            [this, host](const QList<ClusterEvent>& events) {
                if (host == m_inspector)
                    m_eventsModel->addEvents(events);
            });
    connect(host->inspector(), &ClusterInspector::snapshotReady, this,
            [this, host](const ClusterSnapshot& snapshot) {
                if (host != m_inspector)
                    return;
                // Only the latest is shown: snapshots that queue up while the
                // window is busy are not each shown in turn.
                const bool scheduled = m_pendingSnapshot.has_value();
                m_pendingSnapshot = snapshot;
                if (!scheduled)
                    QMetaObject::invokeMethod(this, &MainWindow::showPendingSnapshot,
                                              Qt::QueuedConnection);
            });
    connect(host->inspector(), &ClusterInspector::releaseFinished, this,
            [this, host](const ReleaseResult& result) {
                if (host == m_inspector)
                    releaseFinished(result);
            });
    connect(m_activity, &ActivityMonitor::lockKeyStored, host, &InspectorThread::noteLockKey);
    connect(m_activity, &ActivityMonitor::streamGap, host, &InspectorThread::noteStreamGap);
    connect(m_activity, &ActivityMonitor::streamingChanged, host,
            &InspectorThread::noteStreamState);
    connect(m_refresh, &QTimer::timeout, host, &InspectorThread::refresh);
    m_activity->start();

    m_inspector->refresh();
    m_refresh->start();
    m_tick->start();
    m_summary->setText(tr("Reading %n server(s)…", nullptr, int(profile.servers.size())));
}

void MainWindow::refreshNow()
{
    if (m_inspector)
        m_inspector->refresh();
    else if (!m_profile.servers.isEmpty())
        setProfile(m_profile); // not watching (no password given): try again, asking again
}

void MainWindow::scanKeyspaceNow()
{
    if (m_inspector)
        m_inspector->scanKeyspace(m_servers->selectedServers());
}

void MainWindow::showPendingSnapshot()
{
    if (!m_pendingSnapshot)
        return;
    const ClusterSnapshot snapshot = std::move(*m_pendingSnapshot);
    m_pendingSnapshot.reset();
    showSnapshot(snapshot);
}

void MainWindow::showSnapshot(const ClusterSnapshot& snapshot)
{
    m_history.add(snapshot);
    QList<double> rates;
    for (int i = 0; i < snapshot.servers.size(); ++i)
        rates.append(m_history.lastOperationsPerSecond(i));
    m_serversModel->setSnapshot(snapshot, rates);
    m_locksModel->setSnapshot(snapshot);
    m_servers->refreshCharts();

    m_placement->setCurrentKeys(snapshot.keys);

    if (m_rememberPassword && credentialsAccepted(snapshot)) {
        // Kept only once a server took it: a typo is not remembered.
        auto* keyring = new Keyring(this);
        keyring->write(keyringKey(m_profile), *std::exchange(m_rememberPassword, std::nullopt),
                       [this, keyring](Status done) {
                           keyring->deleteLater();
                           statusBar()->showMessage(done ? tr("The password is in the system "
                                                              "keyring")
                                                         : done.error().message,
                                                    MessageMs);
                       });
    }
    if (const std::optional<Error> refused = credentialsRefused(snapshot)) {
        // Every server refused the password: stop, and ask for another (the
        // keyring's entry is replaced if the new one is to be remembered).
        stopWatching();
        askPassword(refused->message);
        return;
    }

    int down = 0;
    QStringList late; // servers where a new lock can be listed late
    for (const ServerHealth& server : snapshot.servers) {
        down += server.up ? 0 : 1;
        if (server.freshness.late())
            late.append(
                tr("%1: %2").arg(server.server, freshnessText(server.freshness, snapshot.takenAt)));
    }
    m_locks->setFreshnessNote(late.isEmpty()
                                  ? QString()
                                  : tr("New locks can be listed late: %1").arg(late.join(u"; "_s)));
    m_summary->setText(
        tr("%n lock(s)", nullptr, int(snapshot.locks.size())) + u" \u00b7 "_s +
        tr("%n server(s)", nullptr, int(snapshot.servers.size())) +
        (down ? u" \u00b7 "_s + tr("%n DOWN", nullptr, down) : QString()) +
        (late.isEmpty()
             ? QString()
             : u" \u00b7 "_s + tr("new locks late on %n server(s)", nullptr, int(late.size()))) +
        u" \u00b7 "_s +
        tr("updated %1").arg(snapshot.takenAt.toLocalTime().toString(u"HH:mm:ss"_s)));

    // The doctor, after the models: its copy of the snapshot must not make
    // them copy theirs.
    m_shownOne = true;
    m_doctor->setReady(true);
    if (m_doctorWanted)
        startCheckup(snapshot);
    else if (!m_doctorRan && m_tabs->currentIndex() == DoctorTab)
        runDoctor();
    Q_EMIT snapshotShown();
}

void MainWindow::showActivity()
{
    if (!m_activity)
        return;
    m_serversModel->setStreams(m_activity->servers());
    QHash<LockCopyId, QString> hints;
    for (const LockActivityStats& lock : m_activity->stats())
        if (!lock.hints.isEmpty())
            hints.insert(LockCopyId{lock.server, lock.key}, activityHintsText(lock.hints));
    m_locksModel->setHints(hints);

    const int row = m_locks->selectedRow();
    if (row < 0) {
        m_activityPane->show({}, std::nullopt, 0);
        return;
    }
    const LockRecord& lock = m_locksModel->lockAt(row);
    const ActivityMonitor::ServerState state = m_activity->servers().value(lock.server);
    m_activityPane->show(lock.name, m_activity->statsFor(lock.server, lock.key),
                         m_activity->serverNow(lock.server),
                         state.streaming ? QString() : state.note);
}

void MainWindow::askToRelease(int row)
{
    if (!m_inspector || m_profile.readOnly || row < 0 || row >= m_locksModel->rowCount())
        return;
    const LockRecord lock = m_locksModel->lockAt(row);
    auto* dialog = new ReleaseDialog(lock, m_locksModel->ttlAt(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, lock, dialog] {
        statusBar()->showMessage(tr("Releasing \"%1\" on %2…").arg(lock.name, lock.serverName));
        m_inspector->release(lock.server, lock.key, lock.cas, lock.rawValue,
                             dialog->ownerCheckBypassed());
    });
    dialog->open();
}

void MainWindow::releaseFinished(const ReleaseResult& result)
{
    const ClusterEvent event = releaseEvent(m_profile, result);
    m_eventsModel->addEvents({event});
    statusBar()->showMessage(event.message, MessageMs);
    refreshNow();
    Q_EMIT releaseDone(result);
}

void MainWindow::runDoctor()
{
    if (!m_shownOne || m_checkup || m_doctorWanted || !m_inspector)
        return;
    // The visit judges the next refresh, asked for now (a refresh reads the
    // known locks only). Keeping every refresh for it instead would cost each
    // one a deep copy of its locks once the models change theirs.
    m_doctorRan = true;
    m_doctorWanted = true;
    m_doctor->setChecking();
    m_inspector->refresh();
}

void MainWindow::startCheckup(const ClusterSnapshot& snapshot)
{
    m_doctorWanted = false;
    const ProfileStore::Loaded saved = m_store.loadAll();
    for (const Error& error : saved.errors)
        statusBar()->showMessage(tr("Not compared by the doctor: %1").arg(error.message),
                                 MessageMs);
    m_checkup = new Checkup(m_profile, saved.profiles, m_options, this);
    m_checkup->useSnapshot(snapshot);
    m_checkup->useActivity(m_activity->servers());
    Checkup* checkup = m_checkup;
    connect(checkup, &Checkup::finished, this, [this, checkup](const QList<Finding>& findings) {
        m_doctor->showFindings(findings, m_profile.name, QDateTime::currentDateTime());
        checkup->deleteLater();
        if (m_checkup == checkup)
            m_checkup = nullptr;
        Q_EMIT doctorShown();
    });
    m_checkup->start();
}

} // namespace lockboard
