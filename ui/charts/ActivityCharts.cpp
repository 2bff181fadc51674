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

// Whole numbers on a count axis: a tick every 1, 2, 5, 10... counts.
void setCountRange(QValueAxis* axis, double top)
{
    double step = 1;
    while (top / step > 5)
        step *= (QString::number(step).startsWith(u'2') ? 2.5 : 2);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setRange(0, std::ceil(top / step) * step);
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
    m_minutes->setRange(-window / 60.0, 0);
    setCountRange(m_count, top);

    // Bins from 0 to the longest hold, in seconds.
    m_histogram->clear();
    m_bins->clear();
    auto* set = new QBarSet(tr("holds"));
    const double longest =
        holdSeconds.isEmpty() ? 1.0 : *std::max_element(holdSeconds.begin(), holdSeconds.end());
    const double width = std::max(longest, 0.001) / HistogramBins;
    QList<int> counts(HistogramBins, 0);
    for (double hold : holdSeconds)
        ++counts[std::clamp(int(hold / width), 0, HistogramBins - 1)];
    QStringList labels;
    int most = 1;
    for (int bin = 0; bin < HistogramBins; ++bin) {
        labels.append(QString::number(width * bin, 'g', 2));
        set->append(counts[bin]);
        most = std::max(most, counts[bin]);
    }
    m_bins->append(labels);
    m_bins->setTitleText(tr("seconds held"));
    m_histogram->append(set);
    setCountRange(m_holdCount, most);
}

int ActivityCharts::histogramBinCount() const
{
    return m_bins->count();
}

} // namespace lockboard
