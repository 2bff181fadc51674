#include "ui/MainWindow.h"

#include "core/inspect/ClusterInspector.h"
#include "ui/LocksView.h"
#include "ui/PlacementView.h"
#include "ui/models/LocksModel.h"

#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace lockboard {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_locksModel(new LocksModel(this))
    , m_locks(new LocksView(m_locksModel, this))
    , m_placement(new PlacementView(this))
    , m_refresh(new QTimer(this))
    , m_tick(new QTimer(this))
{
    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_locks, tr("&Locks"));
    tabs->addTab(m_placement, tr("&Placement"));
    setCentralWidget(tabs);
    setWindowTitle(tr("Lockboard"));
    resize(1100, 600);
    statusBar()->showMessage(tr("No cluster: start with --servers or --profile"));

    m_refresh->setInterval(2000);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, m_locksModel, &LocksModel::tick);
}

void MainWindow::setProfile(const Profile& profile)
{
    m_placement->setProfile(profile);
    setWindowTitle(tr("Lockboard \u2014 %1").arg(profile.name));
    delete m_inspector;
    m_inspector = new ClusterInspector(profile, {}, this);
    connect(m_inspector, &ClusterInspector::snapshotReady, this, &MainWindow::showSnapshot);
    connect(m_refresh, &QTimer::timeout, m_inspector, &ClusterInspector::refresh);
    m_inspector->refresh();
    m_refresh->start();
    m_tick->start();
    statusBar()->showMessage(tr("Reading %n server(s)…", nullptr, int(profile.servers.size())));
}

void MainWindow::showSnapshot(const ClusterSnapshot& snapshot)
{
    m_locksModel->setSnapshot(snapshot);
    int down = 0;
    for (const ServerHealth& server : snapshot.servers)
        down += server.up ? 0 : 1;
    statusBar()->showMessage(
        tr("%n lock(s); ", nullptr, int(snapshot.locks.size())) +
        (down ? tr("%n server(s) DOWN; ", nullptr, down) : QString()) +
        tr("updated %1").arg(snapshot.takenAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
}

} // namespace lockboard
