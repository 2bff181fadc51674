#include "ui/charts/SpreadChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lockboard {

SpreadChart::SpreadChart(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_series(new QBarSeries(this))
    , m_servers(new QBarCategoryAxis(this))
    , m_keys(new QValueAxis(this))
{
    m_chart->setTitle(tr("Keys per server"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_servers, Qt::AlignBottom);
    m_chart->addAxis(m_keys, Qt::AlignLeft);
    m_series->attachAxis(m_servers);
    m_series->attachAxis(m_keys);
    m_keys->setLabelFormat(u"%d"_s);
    auto* view = new QChartView(m_chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(tr("Keys per server chart"));
    view->setMinimumHeight(200);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
}

void SpreadChart::setSpread(const QStringList& servers, const QList<int>& now,
                            const QList<int>& after, const QString& afterLabel)
{
    m_series->clear();
    m_servers->clear();
    m_servers->append(servers);
    const auto addSet = [this](const QString& label, const QList<int>& counts) {
        auto* set = new QBarSet(label);
        for (int count : counts)
            set->append(count);
        m_series->append(set);
    };
    addSet(tr("Now"), now);
    if (!after.isEmpty())
        addSet(afterLabel, after);
    int top = 0;
    for (int count : now + after)
        top = std::max(top, count);
    m_keys->setRange(0, top > 0 ? top * 1.1 : 1.0);
    m_keys->applyNiceNumbers();
    // Many servers: turn their names so they stay readable instead of elided.
    m_servers->setLabelsAngle(servers.size() > 6 ? -90 : 0);
}

int SpreadChart::barSetCount() const
{
    return int(m_series->count());
}

} // namespace lockboard
