#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace lockboard {

class LocksModel;

// The locks table: a filter box over a sortable view of a LocksModel, with
// problem copies (misplaced, split, no TTL) named in their State column.
class LocksView : public QWidget
{
    Q_OBJECT

public:
    explicit LocksView(LocksModel* model, QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* filterEdit() const { return m_filter; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] QSortFilterProxyModel* proxy() const { return m_proxy; }

private:
    QLineEdit* m_filter;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
};

} // namespace lockboard
