#include "ui/ActivityPane.h"

#include "core/common/Format.h"
#include "ui/charts/ActivityCharts.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

QString secondsText(double seconds)
{
    return seconds < 0 ? u"\u2013"_s : QLocale().toString(seconds, 'f', seconds < 10 ? 2 : 0);
}

} // namespace

ActivityPane::ActivityPane(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_charts(new ActivityCharts(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAccessibleName(tr("Lock activity"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_charts, 1);
    show({}, std::nullopt, 0);
}

void ActivityPane::show(const QString& lock, const std::optional<LockActivityStats>& stats,
                        double now, const QString& note)
{
    if (lock.isEmpty()) {
        m_summary->setText(tr("Select a lock to see its activity since this window opened."));
        m_charts->setActivity({}, {}, {}, now, LockActivity::Window);
        return;
    }
    if (!stats) {
        m_summary->setText(note.isEmpty() ? tr("<b>%1</b>: no acquisitions or attempts seen "
                                               "since watching started.")
                                                .arg(lock.toHtmlEscaped())
                                          : note.toHtmlEscaped());
        m_charts->setActivity({}, {}, {}, now, LockActivity::Window);
        return;
    }
    const QLocale locale;
    QStringList hints;
    for (ActivityHint hint : stats->hints)
        hints.append(activityHintText(hint).toHtmlEscaped());
    QString text =
        tr("<b>%1</b>: %2 acquired and %3 contended per minute (contention %4); since "
           "watching: %5 acquisitions, %6 contended, %7 released, <b>%8 expired</b> instead of "
           "being released. Hold times: p50 %9 s, p99 %10 s (%11 holds).")
            .arg(lock.toHtmlEscaped(), locale.toString(stats->acquisitionsPerMinute, 'f', 1),
                 locale.toString(stats->contendedPerMinute, 'f', 1),
                 stats->contentionRatio < 0
                     ? u"\u2013"_s
                     : locale.toString(stats->contentionRatio * 100, 'f', 0) + u'%',
                 QString::number(stats->acquisitions), QString::number(stats->contended),
                 QString::number(stats->released), QString::number(stats->expired),
                 secondsText(stats->holdP50))
            .arg(secondsText(stats->holdP99))
            .arg(stats->holdSamples);
    if (stats->held)
        text += u' ' + tr("Held now, for %1, by %2.")
                           .arg(stats->heldFor >= 0 ? formatDuration(qint64(stats->heldFor))
                                                    : tr("a time unknown"),
                                stats->holderAddress.isEmpty()
                                    ? tr("a client whose address is unknown")
                                    : QString::fromUtf8(stats->holderAddress));
    if (!hints.isEmpty())
        text += u"<br>"_s + tr("<b>Hints:</b> %1").arg(hints.join(u"; "_s));
    // The stream stopped (paused over its limit, lost): these figures are as
    // they were, not counting on.
    if (!note.isEmpty())
        text += u"<br>"_s + tr("<b>Not counting now</b> (figures as of when the stream "
                               "stopped): %1")
                                .arg(note.toHtmlEscaped());
    m_summary->setText(text);
    m_charts->setActivity(stats->acquisitionTimes, stats->contendedTimes, stats->holdTimes, now,
                          LockActivity::Window);
}

} // namespace lockboard
