#include "ui/ServersView.h"

#include "ui/charts/ServerCharts.h"
#include "ui/models/ServerHistory.h"
#include "ui/models/ServersModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace lockboard {

ServersView::ServersView(ServersModel* model, const ServerHistory* history, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_history(history)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_charts(new ServerCharts(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(ServersModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the profile's order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Servers"));
    // Cells that change between refreshes (the walk's times, what watching
    // costs) grow their column: a few dozen rows, cheap to measure.
    connect(model, &QAbstractItemModel::dataChanged, m_table,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                for (int column = topLeft.column(); column <= bottomRight.column(); ++column)
                    if (column == ServersModel::KeyspaceWalk || column == ServersModel::Watching)
                        m_table->resizeColumnToContents(column);
            });

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_charts);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ServersView::refreshCharts);
    connect(model, &QAbstractItemModel::modelReset, this, &ServersView::refreshCharts);
}

QList<int> ServersView::selectedServers() const
{
    QList<int> servers;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows())
        servers.append(m_model->serverAt(m_proxy->mapToSource(row).row()).index);
    std::sort(servers.begin(), servers.end());
    return servers;
}

void ServersView::chooseChartedServers()
{
    QList<int> servers = selectedServers();
    if (servers.isEmpty()) {
        for (int i = 0; i < std::min(m_model->rowCount(), ServerCharts::MaxServers); ++i)
            servers.append(i);
    }
    QStringList names;
    for (int i = 0; i < m_model->rowCount(); ++i)
        names.append(m_model->serverAt(i).server);
    m_charts->setServers(servers, names);
}

void ServersView::refreshCharts()
{
    chooseChartedServers();
    m_charts->update(*m_history);
}

} // namespace lockboard
