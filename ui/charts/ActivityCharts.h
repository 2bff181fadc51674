#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSeries;
class QChart;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace lockboard {

// A lock's activity as charts: acquisitions and contended attempts per
// 30-second bucket over the watched window, and a histogram of hold times.
class ActivityCharts : public QWidget
{
    Q_OBJECT

public:
    static constexpr double BucketSeconds = 30;
    static constexpr int HistogramBins = 10;

    explicit ActivityCharts(QWidget* parent = nullptr);

    // Times in Unix seconds; now ends the time axis; window is its length.
    void setActivity(const QList<double>& acquisitions, const QList<double>& contended,
                     const QList<double>& holdSeconds, double now, double window);
    // What the charts show, for tests: the histogram's bins (their lower
    // ends, in the unit its title names) and the time axis' tick interval.
    [[nodiscard]] int histogramBinCount() const;
    [[nodiscard]] QStringList histogramLabels() const;
    [[nodiscard]] QString histogramTitle() const;
    [[nodiscard]] QList<int> histogramCounts() const;
    [[nodiscard]] double minutesTickInterval() const;

private:
    QChart* m_attempts;
    QLineSeries* m_acquired;
    QLineSeries* m_contended;
    QValueAxis* m_minutes;
    QValueAxis* m_count;
    QChart* m_holds;
    QBarSeries* m_histogram;
    QBarCategoryAxis* m_bins;
    QValueAxis* m_holdCount;
};

} // namespace lockboard
