#pragma once

#include <QWidget>

class QSortFilterProxyModel;
class QTableView;

namespace lockboard {

class ServerCharts;
class ServerHistory;
class ServersModel;

// The servers table over rolling charts of the selected servers (with none
// selected, the first few).
class ServersView : public QWidget
{
    Q_OBJECT

public:
    ServersView(ServersModel* model, const ServerHistory* history, QWidget* parent = nullptr);

    // Redraws the charts from the history (after each refresh).
    void refreshCharts();

    // The indexes of the servers selected in the table, in list order.
    [[nodiscard]] QList<int> selectedServers() const;
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] ServerCharts* charts() const { return m_charts; }

private:
    void chooseChartedServers();

    ServersModel* m_model;
    const ServerHistory* m_history;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    ServerCharts* m_charts;
};

} // namespace lockboard
