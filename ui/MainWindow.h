#pragma once

#include "core/config/Profile.h"

#include <QMainWindow>

namespace lockboard {

class PlacementView;

// The dashboard's window: one tab per view.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    void setProfile(const Profile& profile);
    [[nodiscard]] PlacementView* placementView() const { return m_placement; }

private:
    PlacementView* m_placement;
};

} // namespace lockboard
