#pragma once

#include "core/config/Profile.h"
#include "core/inspect/ClusterSnapshot.h"

#include <QMainWindow>

class QTimer;

namespace lockboard {

class ClusterInspector;
class LocksModel;
class LocksView;
class PlacementView;

// The dashboard's window: one tab per view.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    // Shows the cluster: the inspector refreshes every 2 s, without blocking.
    void setProfile(const Profile& profile);
    [[nodiscard]] PlacementView* placementView() const { return m_placement; }
    [[nodiscard]] LocksModel* locksModel() const { return m_locksModel; }
    [[nodiscard]] LocksView* locksView() const { return m_locks; }

private:
    void showSnapshot(const ClusterSnapshot& snapshot);

    LocksModel* m_locksModel;
    LocksView* m_locks;
    PlacementView* m_placement;
    ClusterInspector* m_inspector = nullptr;
    QTimer* m_refresh;
    QTimer* m_tick;
};

} // namespace lockboard
