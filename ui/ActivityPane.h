#pragma once

#include "core/activity/LockActivity.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace lockboard {

class ActivityCharts;

// The selected lock's activity: figures in words, hints, and charts.
class ActivityPane : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityPane(QWidget* parent = nullptr);

    // nullopt: nothing selected, or nothing seen of it yet. note: why there is
    // no activity (a server that does not stream), shown instead.
    void show(const QString& lock, const std::optional<LockActivityStats>& stats, double now,
              const QString& note = {});

    [[nodiscard]] QLabel* summary() const { return m_summary; }
    [[nodiscard]] ActivityCharts* charts() const { return m_charts; }

private:
    QLabel* m_summary;
    ActivityCharts* m_charts;
};

} // namespace lockboard
