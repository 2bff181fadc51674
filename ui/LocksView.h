#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace lockboard {

class LocksModel;

// The locks table: a filter box over a sortable view of a LocksModel, with
// problem copies (misplaced, split, no TTL) named in their State column, and
// the force-release action (button, context menu, Delete key).
class LocksView : public QWidget
{
    Q_OBJECT

public:
    explicit LocksView(LocksModel* model, QWidget* parent = nullptr);

    // Read-only profiles: the release action is disabled and says why.
    void setReadOnly(bool readOnly);
    // Repaints the visible rows, whose TTL and Age count on with the clock
    // (once a second; only the visible cells are read).
    void repaintCountdowns();
    // What the list may not show yet (new locks listed late on some server);
    // hidden when empty.
    void setFreshnessNote(const QString& note);
    [[nodiscard]] QLabel* freshnessLabel() const { return m_freshness; }
    // Selects the first row showing the lock called name (for tests and links).
    bool selectLock(const QString& name, const QString& server = {});

    [[nodiscard]] QLineEdit* filterEdit() const { return m_filter; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] QSortFilterProxyModel* proxy() const { return m_proxy; }
    [[nodiscard]] QAction* releaseAction() const { return m_release; }
    // The model row of the selected lock, or -1.
    [[nodiscard]] int selectedRow() const;

Q_SIGNALS:
    // The operator asked to force-release the lock in this model row.
    void releaseRequested(int row);

private:
    void updateActions();

    LocksModel* m_model;
    QLineEdit* m_filter;
    QLabel* m_freshness;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QAction* m_release;
    QPushButton* m_releaseButton;
    bool m_readOnly = false;
};

} // namespace lockboard
