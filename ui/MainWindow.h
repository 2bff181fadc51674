#pragma once

#include "core/client/ClientCounters.h"
#include "core/config/ClientOptions.h"
#include "core/config/Profile.h"
#include "core/config/ProfileStore.h"
#include "core/inspect/ClusterSnapshot.h"
#include "core/inspect/ReleaseResult.h"
#include "ui/models/ServerHistory.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;
class QTimer;

namespace lockboard {

class ActivityMonitor;
class ActivityPane;
class Checkup;
class DoctorView;
class InspectorThread;
class EventsModel;
class LocksModel;
class LocksView;
class PlacementView;
class ReleaseDialog;
class ServersModel;
class ServersView;

// The dashboard's window: Locks, Servers, Placement and Events tabs over one
// ClusterInspector, which refreshes every 2 s on a thread of its own
// (InspectorThread): this, the GUI, thread only posts requests to it and shows
// the snapshots it sends back. The ActivityMonitor's store stream tells the
// inspector of locks taken between its keyspace walks. Dialogs
// are opened window-modal with open(), never exec(): no nested event loop.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Tab
    {
        LocksTab,
        ServersTab,
        PlacementTab,
        EventsTab,
        DoctorTab
    };

    explicit MainWindow(ProfileStore store = ProfileStore(), QWidget* parent = nullptr);

    // Shows the cluster: models restart from nothing, the inspector refreshes at once.
    void setProfile(const Profile& profile);
    [[nodiscard]] const Profile& profile() const { return m_profile; }
    // This program's own clients (the demo's workload): their failed sets that
    // the servers never counted are added to the servers'. From the next setProfile.
    void setOwnCounters(std::shared_ptr<const ClientCounters> counters)
    {
        m_ownCounters = std::move(counters);
    }
    // Opens the profile dialog (window-modal); accepting it switches profile.
    void chooseProfile();
    void showTab(Tab tab);

    [[nodiscard]] PlacementView* placementView() const { return m_placement; }
    [[nodiscard]] LocksModel* locksModel() const { return m_locksModel; }
    [[nodiscard]] LocksView* locksView() const { return m_locks; }
    [[nodiscard]] ServersModel* serversModel() const { return m_serversModel; }
    [[nodiscard]] ServersView* serversView() const { return m_servers; }
    [[nodiscard]] EventsModel* eventsModel() const { return m_eventsModel; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] InspectorThread* inspector() const { return m_inspector; }
    [[nodiscard]] ActivityMonitor* activityMonitor() const { return m_activity; }
    [[nodiscard]] ActivityPane* activityPane() const { return m_activityPane; }
    [[nodiscard]] QAction* refreshAction() const { return m_refreshAction; }
    [[nodiscard]] QAction* scanAction() const { return m_scanAction; }
    [[nodiscard]] QLabel* summaryLabel() const { return m_summary; }
    [[nodiscard]] DoctorView* doctorView() const { return m_doctor; }

Q_SIGNALS:
    // After each refresh has been shown (for tests and screenshots).
    void snapshotShown();
    // The doctor's findings were shown.
    void doctorShown();
    // A force release ended (after its event was recorded).
    void releaseDone(const lockboard::ReleaseResult& result);

private:
    void createMenus();
    void showSnapshot(const ClusterSnapshot& snapshot);
    void showPendingSnapshot();
    void refreshNow();
    // Walks the keyspace of the servers selected in the Servers tab (all when none).
    void scanKeyspaceNow();
    void askToRelease(int row);
    void releaseFinished(const ReleaseResult& result);
    void reloadProfileChoices();
    // The selected lock's activity and every row's hints (on the 1 s tick).
    void showActivity();
    void profileChosen(int index);
    // The doctor's visit, on the latest refresh and the activity stream's states.
    void runDoctor();
    void startCheckup(const ClusterSnapshot& snapshot);
    // With the password (if any) found: the inspector and the activity stream start.
    void startWatching(const ConnectionSecurity& security);
    void askPassword(const QString& why);
    void stopWatching();

    ProfileStore m_store;
    Profile m_profile;
    ClientOptions m_options; // how this profile's connections get in
    int m_generation = 0;    // counts setProfile(): late answers for an older profile are dropped
    // A password given in the dialog to remember, once a server has accepted it.
    std::optional<QString> m_rememberPassword;
    std::shared_ptr<const ClientCounters> m_ownCounters;
    ServerHistory m_history;
    std::optional<ClusterSnapshot> m_pendingSnapshot; // arrived, not yet shown
    LocksModel* m_locksModel;
    ServersModel* m_serversModel;
    EventsModel* m_eventsModel;
    QTabWidget* m_tabs;
    LocksView* m_locks;
    ServersView* m_servers;
    PlacementView* m_placement;
    QTableView* m_events;
    ActivityPane* m_activityPane;
    DoctorView* m_doctor;
    Checkup* m_checkup = nullptr; // the doctor's visit under way
    bool m_doctorRan = false;     // for this profile
    bool m_doctorWanted = false;  // a visit waits for the next refresh
    bool m_shownOne = false;      // a refresh of this profile has been shown
    QComboBox* m_profiles;
    QLabel* m_summary;  // the latest refresh, always visible; messages show beside it
    QLabel* m_insecure; // the banner of a profile that does not verify certificates
    QAction* m_refreshAction = nullptr;
    QAction* m_scanAction = nullptr;
    InspectorThread* m_inspector = nullptr;
    ActivityMonitor* m_activity = nullptr;
    QTimer* m_refresh;
    QTimer* m_tick;
};

} // namespace lockboard
