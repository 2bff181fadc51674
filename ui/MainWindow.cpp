#include "ui/MainWindow.h"

#include "ui/PlacementView.h"

#include <QTabWidget>

namespace lockboard {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_placement(new PlacementView(this))
{
    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_placement, tr("&Placement"));
    setCentralWidget(tabs);
    setWindowTitle(tr("Lockboard"));
    resize(900, 560);
}

void MainWindow::setProfile(const Profile& profile)
{
    m_placement->setProfile(profile);
    setWindowTitle(tr("Lockboard \u2014 %1").arg(profile.name));
}

} // namespace lockboard
