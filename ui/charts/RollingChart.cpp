#include "ui/charts/RollingChart.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace lockboard {

RollingChart::RollingChart(const QString& title, const QString& unit, int decimals, QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_time(new QDateTimeAxis(this))
    , m_values(new QValueAxis(this))
    , m_decimals(decimals)
{
    m_chart->setTitle(title);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_time->setFormat(u"HH:mm:ss"_s);
    m_time->setTickCount(4);
    m_values->setTitleText(unit);
    m_values->setTickCount(5);
    m_values->setMin(0);
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_values, Qt::AlignLeft);
    auto* view = new QChartView(m_chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(title);
    view->setMinimumHeight(160);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
}

void RollingChart::setSeries(const QStringList& names)
{
    m_chart->removeAllSeries();
    for (const QString& name : names) {
        auto* series = new QLineSeries;
        series->setName(name);
        m_chart->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(m_values);
    }
}

int RollingChart::seriesCount() const
{
    return int(m_chart->series().size());
}

void RollingChart::setPoints(int series, const QList<QPointF>& points)
{
    if (auto* line = qobject_cast<QLineSeries*>(m_chart->series().value(series)))
        line->replace(points);
}

void RollingChart::fitAxes()
{
    double first = 0;
    double last = 0;
    double top = 0;
    bool any = false;
    for (QAbstractSeries* series : m_chart->series()) {
        const QList<QPointF> points = static_cast<QLineSeries*>(series)->points();
        for (const QPointF& point : points) {
            first = any ? std::min(first, point.x()) : point.x();
            last = any ? std::max(last, point.x()) : point.x();
            top = std::max(top, point.y());
            any = true;
        }
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!any) {
        first = double(now - 60'000);
        last = double(now);
    }
    if (last - first < 60'000) // at least a minute wide, so the first points do not fill it
        first = last - 60'000;
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(first)),
                     QDateTime::fromMSecsSinceEpoch(qint64(last)));
    m_values->setRange(0, top > 0 ? top * 1.15 : 1.0);
    m_values->applyNiceNumbers();
    // Decimals only where the values are small: "100.0" is elided in a narrow chart.
    const int decimals = m_values->max() >= 10 ? 0 : m_decimals;
    m_values->setLabelFormat(u"%.*f"_s.replace(u"*"_s, QString::number(decimals)));
}

} // namespace lockboard
