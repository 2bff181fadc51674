#include "core/inspect/Freshness.h"

#include "core/common/Format.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

// The words of this file, in the context "lockboard::inspect" for translators.
class FreshnessText
{
    Q_DECLARE_TR_FUNCTIONS(lockboard::inspect)
};

QString seconds(double value)
{
    return formatDuration(qint64(std::ceil(value)));
}

} // namespace

QString freshnessText(const Freshness& freshness, const QDateTime& now)
{
    switch (freshness.mechanism) {
    case Freshness::Mechanism::Unknown:
        break;
    case Freshness::Mechanism::Stream:
        return FreshnessText::tr("within %1 by stream").arg(seconds(freshness.withinSeconds));
    case Freshness::Mechanism::ClassWalks: {
        QString text =
            FreshnessText::tr("within %1 by class walk (%n class(es), %2 items)", nullptr,
                              freshness.classes)
                .arg(seconds(freshness.withinSeconds), QLocale().toString(freshness.classItems));
        if (freshness.slowClasses > 0)
            text +=
                u"; "_s + (freshness.slowHoldLocks
                               ? FreshnessText::tr("within %1 in %n crowded class(es) where locks "
                                                   "were found (%2 items)",
                                                   nullptr, freshness.slowClasses)
                               : FreshnessText::tr("within %1 in %n crowded class(es) (%2 items)",
                                                   nullptr, freshness.slowClasses))
                              .arg(seconds(freshness.slowWithinSeconds),
                                   QLocale().toString(freshness.slowItems));
        return text;
    }
    case Freshness::Mechanism::FullWalks:
        if (!freshness.nextFullWalk.isValid())
            return FreshnessText::tr("only at full walks");
        return FreshnessText::tr("only at full walks (next in %1)")
            .arg(formatDuration(std::max<qint64>(0, now.secsTo(freshness.nextFullWalk))));
    case Freshness::Mechanism::Names:
        return FreshnessText::tr("only those whose names are known (names mode)");
    }
    return FreshnessText::tr("not known yet");
}

QString mechanismName(Freshness::Mechanism mechanism)
{
    switch (mechanism) {
    case Freshness::Mechanism::Unknown:
        break;
    case Freshness::Mechanism::Stream:
        return u"stream"_s;
    case Freshness::Mechanism::ClassWalks:
        return u"class walks"_s;
    case Freshness::Mechanism::FullWalks:
        return u"full walks"_s;
    case Freshness::Mechanism::Names:
        return u"names"_s;
    }
    return u"unknown"_s;
}

} // namespace lockboard
