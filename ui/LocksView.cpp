#include "ui/LocksView.h"

#include "ui/Icons.h"
#include "ui/models/LocksModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

// Sorts through the model's own comparison: no QVariant per comparison.
class LocksProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        return static_cast<const LocksModel*>(sourceModel())
            ->lessThan(left.row(), right.row(), left.column());
    }
};

} // namespace

LocksView::LocksView(LocksModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new QLineEdit(this))
    , m_freshness(new QLabel(this))
    , m_proxy(new LocksProxy(this))
    , m_table(new QTableView(this))
    , m_release(new QAction(tr("&Force release…"), this))
    , m_releaseButton(new QPushButton(this))
{
    m_filter->setPlaceholderText(tr("Filter locks by name, recipe, server, owner, value…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter locks"));
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(LocksModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LocksModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    // Servers and states in full: an elided "127.0.0.1:47..." names no server.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LocksModel::Value, QHeaderView::Stretch);
    // Column widths from the rows in view only, not from the first 1,000 rows
    // after every change of layout (which costs a big cluster's refresh dear).
    m_table->horizontalHeader()->setResizeContentsPrecision(0);
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Held locks"));

    m_release->setShortcut(QKeySequence::Delete);
    m_release->setIcon(icon(u"release"_s));
    m_release->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_release->setToolTip(tr("Delete the selected copy of the lock, guarded by its CAS (Del)"));
    m_table->addAction(m_release);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_releaseButton->setText(m_release->text());
    m_releaseButton->setIcon(m_release->icon());
    m_releaseButton->setToolTip(m_release->toolTip());
    addAction(m_release);

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_releaseButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    m_freshness->setWordWrap(true);
    m_freshness->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_freshness->hide();
    layout->addWidget(m_freshness);
    layout->addWidget(m_table, 1);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_releaseButton, &QPushButton::clicked, m_release, &QAction::trigger);
    connect(m_release, &QAction::triggered, this, [this] {
        if (const int row = selectedRow(); row >= 0 && !m_readOnly)
            Q_EMIT releaseRequested(row);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LocksView::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LocksView::updateActions);
    updateActions();
}

void LocksView::setFreshnessNote(const QString& note)
{
    m_freshness->setText(note);
    m_freshness->setVisible(!note.isEmpty());
}

int LocksView::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.constFirst()).row();
}

bool LocksView::selectLock(const QString& name, const QString& server)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, LocksModel::Name);
        const QString rowServer = m_proxy->index(row, LocksModel::Server).data().toString();
        if (index.data().toString() == name && (server.isEmpty() || rowServer == server)) {
            m_table->selectRow(row);
            m_table->setFocus();
            return true;
        }
    }
    return false;
}

void LocksView::repaintCountdowns()
{
    m_table->viewport()->update();
}

void LocksView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

void LocksView::updateActions()
{
    m_release->setEnabled(!m_readOnly && selectedRow() >= 0);
    m_releaseButton->setEnabled(m_release->isEnabled());
    m_releaseButton->setToolTip(m_readOnly ? tr("The profile is read-only: nothing can be released")
                                           : m_release->toolTip());
}

} // namespace lockboard
