#include "ui/charts/ActivityCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

// The smallest 1, 2 or 5 times a power of ten that is at least rough: the
// steps a reader counts in.
double niceStep(double rough)
{
    const double power = std::pow(10.0, std::floor(std::log10(std::max(rough, 1e-9))));
    for (const double multiple : {1.0, 2.0, 5.0, 10.0})
        if (multiple * power >= rough * (1 - 1e-9))
            return multiple * power;
    return 10 * power;
}

// Ticks every step from zero (the axis ends on a tick when it starts on one).
void setSteppedTicks(QValueAxis* axis, double step)
{
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
}

// Whole numbers on a count axis: a tick every 1, 2, 5, 10... counts.
void setCountRange(QValueAxis* axis, double top)
{
    const double step = niceStep(std::max(1.0, top / 5));
    setSteppedTicks(axis, step);
    axis->setRange(0, std::ceil(top / step) * step);
}

// As many decimals as a step of 1, 2 or 5 times a power of ten has (0.05: 2).
int decimalsOf(double step)
{
    return std::max(0, -int(std::floor(std::log10(step) + 1e-9)));
}

// A number of the histogram's unit as its labels show it: as many decimals
// as the bin width has, no exponent.
QString binLabel(double value, double width)
{
    return QString::number(value, 'f', decimalsOf(width));
}

QChartView* viewOf(QChart* chart, const QString& name, QWidget* parent)
{
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(name);
    view->setMinimumHeight(180);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return view;
}

// Counts per bucket, as points at each bucket's start (minutes before now, negative).
QList<QPointF> bucketed(const QList<double>& times, double now, double window, int buckets)
{
    QList<double> counts(buckets, 0);
    for (double t : times) {
        const int bucket = int((t - (now - window)) / ActivityCharts::BucketSeconds);
        if (bucket >= 0 && bucket < buckets)
            ++counts[bucket];
    }
    QList<QPointF> points;
    for (int i = 0; i < buckets; ++i)
        points.append({(-window + (i + 0.5) * ActivityCharts::BucketSeconds) / 60.0, counts[i]});
    return points;
}

} // namespace

ActivityCharts::ActivityCharts(QWidget* parent)
    : QWidget(parent)
    , m_attempts(new QChart)
    , m_acquired(new QLineSeries(this))
    , m_contended(new QLineSeries(this))
    , m_minutes(new QValueAxis(this))
    , m_count(new QValueAxis(this))
    , m_holds(new QChart)
    , m_histogram(new QBarSeries(this))
    , m_bins(new QBarCategoryAxis(this))
    , m_holdCount(new QValueAxis(this))
{
    m_attempts->setTitle(tr("Attempts per %1 s").arg(BucketSeconds));
    m_acquired->setName(tr("acquired"));
    m_contended->setName(tr("contended"));
    m_attempts->addSeries(m_acquired);
    m_attempts->addSeries(m_contended);
    m_minutes->setTitleText(tr("minutes ago"));
    m_minutes->setLabelFormat(u"%.0f"_s);
    m_count->setLabelFormat(u"%.0f"_s);
    m_attempts->addAxis(m_minutes, Qt::AlignBottom);
    m_attempts->addAxis(m_count, Qt::AlignLeft);
    for (QLineSeries* series : {m_acquired, m_contended}) {
        series->attachAxis(m_minutes);
        series->attachAxis(m_count);
    }

    m_holds->setTitle(tr("Hold times of released locks"));
    m_holds->addSeries(m_histogram);
    m_holds->addAxis(m_bins, Qt::AlignBottom);
    m_holds->addAxis(m_holdCount, Qt::AlignLeft);
    m_histogram->attachAxis(m_bins);
    m_histogram->attachAxis(m_holdCount);
    m_holdCount->setLabelFormat(u"%.0f"_s);
    m_holds->legend()->hide();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(viewOf(m_attempts, tr("Attempts over time"), this), 1);
    layout->addWidget(viewOf(m_holds, tr("Hold-time histogram"), this), 1);
}

void ActivityCharts::setActivity(const QList<double>& acquisitions, const QList<double>& contended,
                                 const QList<double>& holdSeconds, double now, double window)
{
    const int buckets = std::max(1, int(std::ceil(window / BucketSeconds)));
    const QList<QPointF> acquired = bucketed(acquisitions, now, window, buckets);
    const QList<QPointF> lost = bucketed(contended, now, window, buckets);
    m_acquired->replace(acquired);
    m_contended->replace(lost);
    double top = 1;
    for (const QPointF& point : acquired + lost)
        top = std::max(top, point.y());
    const double minutes = window / 60.0;
    m_minutes->setRange(-minutes, 0);
    const double minuteStep = niceStep(minutes / 5); // 10 minutes: -10, -8, ... 0
    setSteppedTicks(m_minutes, minuteStep);
    m_minutes->setLabelFormat(u"%.*f"_s.replace(u"*"_s, QString::number(decimalsOf(minuteStep))));
    setCountRange(m_count, top);

    // Bins of a round width from 0 past the longest hold, in seconds, minutes
    // or hours, whichever keeps the numbers short.
    m_histogram->clear();
    m_bins->clear();
    auto* set = new QBarSet(tr("holds"));
    QList<double> holds;
    for (double hold : holdSeconds)
        if (std::isfinite(hold) && hold >= 0)
            holds.append(hold);
    const double longest = holds.isEmpty() ? 1.0 : *std::max_element(holds.begin(), holds.end());
    double unit = 1;
    QString title = tr("seconds held");
    if (longest >= 2 * 3600) {
        unit = 3600;
        title = tr("hours held");
    } else if (longest >= 2 * 60) {
        unit = 60;
        title = tr("minutes held");
    }
    const double width = niceStep(std::max(longest / unit, 0.001) / HistogramBins);
    QList<int> counts(HistogramBins, 0);
    for (double hold : holds) // a hold on a bin's lower edge is in that bin (0.3 s, width 0.1)
        ++counts[std::clamp(int(std::floor(hold / unit / width + 1e-9)), 0, HistogramBins - 1)];
    QStringList labels;
    int most = 1;
    for (int bin = 0; bin < HistogramBins; ++bin) {
        labels.append(binLabel(width * bin, width));
        set->append(counts[bin]);
        most = std::max(most, counts[bin]);
    }
    m_bins->append(labels);
    m_bins->setTitleText(title);
    m_histogram->append(set);
    setCountRange(m_holdCount, most);
}

int ActivityCharts::histogramBinCount() const
{
    return m_bins->count();
}

QStringList ActivityCharts::histogramLabels() const
{
    return m_bins->categories();
}

QString ActivityCharts::histogramTitle() const
{
    return m_bins->titleText();
}

QList<int> ActivityCharts::histogramCounts() const
{
    QList<int> counts;
    if (const QList<QBarSet*> sets = m_histogram->barSets(); !sets.isEmpty())
        for (int bin = 0; bin < sets.first()->count(); ++bin)
            counts.append(int(sets.first()->at(bin)));
    return counts;
}

double ActivityCharts::minutesTickInterval() const
{
    return m_minutes->tickInterval();
}

} // namespace lockboard
