#pragma once

#include <QList>
#include <QPointF>
#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QDateTimeAxis;
class QValueAxis;
QT_END_NAMESPACE

namespace lockboard {

// One chart of time series: x is milliseconds since the epoch, one line per
// series, replaced wholesale on each update (QLineSeries::replace).
class RollingChart : public QWidget
{
    Q_OBJECT

public:
    // decimals: digits after the point on the value axis.
    RollingChart(const QString& title, const QString& unit, int decimals,
                 QWidget* parent = nullptr);

    void setSeries(const QStringList& names);
    void setPoints(int series, const QList<QPointF>& points);
    // Fits the axes to the points set since the last call.
    void fitAxes();
    [[nodiscard]] int seriesCount() const;

private:
    QChart* m_chart;
    QDateTimeAxis* m_time;
    QValueAxis* m_values;
    int m_decimals;
};

} // namespace lockboard
