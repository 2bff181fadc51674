#pragma once

#include "core/doctor/Findings.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace lockboard {

// The Doctor tab: what can make a lock lie on this cluster, each finding with
// its severity, what it means and the fix (core/doctor decides all of it).
// "Check now" asks for a new visit; the window runs it.
class DoctorView : public QWidget
{
    Q_OBJECT

public:
    explicit DoctorView(QWidget* parent = nullptr);

    // Whether a check can run now, and if not why (no cluster, no refresh yet).
    void setReady(bool ready, const QString& why = {});
    void setChecking();
    // A new cluster: no findings, no check under way, why it cannot run yet.
    void reset(const QString& why);
    void showFindings(const QList<Finding>& findings, const QString& profile,
                      const QDateTime& checkedAt);

    [[nodiscard]] QTableWidget* list() const { return m_list; }
    [[nodiscard]] QPushButton* checkButton() const { return m_check; }
    [[nodiscard]] QLabel* summary() const { return m_summary; }

Q_SIGNALS:
    void checkRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QLabel* m_summary;
    QPushButton* m_check;
    QTableWidget* m_list;
    bool m_checking = false;
};

} // namespace lockboard
