#pragma once

#include "ui/models/ServerHistory.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;

namespace lockboard {

class RollingChart;

// Rolling charts of latency, operations per second and failed sets per
// second, one line per shown server. Shows the servers it is given (the
// selection), at most MaxServers of them: 64 lines on one chart say nothing.
class ServerCharts : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxServers = 6;

    explicit ServerCharts(QWidget* parent = nullptr);

    // Which servers to draw (indexes into the history) and their names.
    void setServers(const QList<int>& servers, const QStringList& names);
    // Redraws from the history (call after each refresh).
    void update(const ServerHistory& history);

    [[nodiscard]] QList<int> shownServers() const { return m_shown; }
    [[nodiscard]] int lineCount() const; // lines on each chart (for tests)

private:
    QList<int> m_shown;
    QStringList m_names;
    QLabel* m_note;
    QList<RollingChart*> m_charts;
};

} // namespace lockboard
