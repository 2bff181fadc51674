#include "ui/charts/ServerCharts.h"

#include "ui/charts/RollingChart.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace lockboard {

ServerCharts::ServerCharts(QWidget* parent)
    : QWidget(parent)
    , m_note(new QLabel(this))
{
    m_charts = {new RollingChart(tr("Latency"), tr("ms"), 1, this),
                new RollingChart(tr("Operations per second"), tr("ops/s"), 0, this),
                new RollingChart(tr("Failed sets per second"), tr("sets/s"), 2, this)};
    m_note->setWordWrap(true);
    auto* charts = new QHBoxLayout;
    for (RollingChart* chart : std::as_const(m_charts))
        charts->addWidget(chart, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addLayout(charts, 1);
}

void ServerCharts::setServers(const QList<int>& servers, const QStringList& names)
{
    const QList<int> shown = servers.mid(0, MaxServers);
    if (shown == m_shown && names == m_names)
        return;
    m_shown = shown;
    m_names = names;
    QStringList lines;
    for (int server : std::as_const(m_shown))
        lines.append(names.value(server));
    for (RollingChart* chart : std::as_const(m_charts))
        chart->setSeries(lines);
    if (servers.size() > MaxServers)
        m_note->setText(tr("Charts show the first %1 of the %2 selected servers.")
                            .arg(MaxServers)
                            .arg(servers.size()));
    else
        m_note->setText(tr("Charts show the selected servers; select rows above to choose."));
}

int ServerCharts::lineCount() const
{
    return m_charts.constFirst()->seriesCount();
}

void ServerCharts::update(const ServerHistory& history)
{
    static constexpr ServerHistory::Series kinds[] = {
        ServerHistory::Series::Latency,
        ServerHistory::Series::OperationsPerSecond,
        ServerHistory::Series::FailedSetsPerSecond,
    };
    for (int chart = 0; chart < m_charts.size(); ++chart) {
        for (int line = 0; line < m_shown.size(); ++line) {
            const int server = m_shown[line];
            m_charts[chart]->setPoints(line, server < history.serverCount()
                                                 ? history.points(server, kinds[chart])
                                                 : QList<QPointF>());
        }
        m_charts[chart]->fitAxes();
    }
}

} // namespace lockboard
