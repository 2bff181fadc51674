#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSeries;
class QChart;
class QValueAxis;
QT_END_NAMESPACE

namespace lockboard {

// Keys per server as bars: where they live now and, beside it, where they
// would live with one server down.
class SpreadChart : public QWidget
{
    Q_OBJECT

public:
    explicit SpreadChart(QWidget* parent = nullptr);

    // after may be empty (no failure chosen).
    void setSpread(const QStringList& servers, const QList<int>& now, const QList<int>& after,
                   const QString& afterLabel);
    [[nodiscard]] int barSetCount() const;

private:
    QChart* m_chart;
    QBarSeries* m_series;
    QBarCategoryAxis* m_servers;
    QValueAxis* m_keys;
};

} // namespace lockboard
