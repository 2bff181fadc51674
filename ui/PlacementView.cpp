#include "ui/PlacementView.h"

#include "core/placement/Placement.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

enum Column
{
    LibraryColumn,
    HomeColumn,
    IndexColumn,
    FallbackColumn,
    ColumnCount
};

} // namespace

PlacementView::PlacementView(QWidget* parent)
    : QWidget(parent)
    , m_servers(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_raw(new QCheckBox(tr("Memcached key as is (no key function)"), this))
    , m_memcachedKey(new QLabel(this))
    , m_error(new QLabel(this))
    , m_results(new QTableWidget(0, ColumnCount, this))
{
    m_servers->setPlaceholderText(tr("host:port[:weight], [v6addr]:port, unix:/path, ..."));
    m_servers->setAccessibleName(tr("Servers"));
    m_key->setPlaceholderText(tr("cache key, for example __d_lock_nightly"));
    m_key->setAccessibleName(tr("Key"));
    m_memcachedKey->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();

    m_results->setHorizontalHeaderLabels(
        {tr("Client library"), tr("Home server"), tr("Index"), tr("If the home is down")});
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setAccessibleName(tr("Placement under each client library"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Servers:"), m_servers);
    form->addRow(tr("&Key:"), m_key);
    form->addRow(QString(), m_raw);
    form->addRow(tr("Memcached key:"), m_memcachedKey);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_results, 1);

    connect(m_servers, &QLineEdit::textChanged, this, &PlacementView::recompute);
    connect(m_key, &QLineEdit::textChanged, this, &PlacementView::recompute);
    connect(m_raw, &QCheckBox::toggled, this, &PlacementView::recompute);
    recompute();
}

void PlacementView::setProfile(const Profile& profile)
{
    m_keys = profile.keys;
    m_servers->setText(serverListText(profile.servers));
    recompute();
}

void PlacementView::showError(const QString& message)
{
    m_results->setRowCount(0);
    m_memcachedKey->clear();
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void PlacementView::recompute()
{
    if (m_servers->text().trimmed().isEmpty() || m_key->text().isEmpty()) {
        showError(QString());
        return;
    }
    auto servers = ServerSpec::parseList(m_servers->text());
    if (!servers) {
        showError(servers.error().message);
        return;
    }
    auto key = m_raw->isChecked() ? KeyScheme::checkKey(m_key->text().toUtf8())
                                  : m_keys.cacheKey(m_key->text());
    if (!key) {
        showError(key.error().message);
        return;
    }
    showError(QString());
    m_memcachedKey->setText(QString::fromUtf8(*key));

    const QList<ClientLibrary> libraries = allClientLibraries();
    m_results->setRowCount(int(libraries.size()));
    for (int row = 0; row < libraries.size(); ++row) {
        const auto placement = Placement::create(libraries[row], *servers);
        const int home = placement->home(*key);
        const int landing = servers->size() > 1 ? placement->landing(*key, {home}) : -1;
        const QString fallback =
            landing < 0 ? tr("fails (the key never moves)")
                        : tr("moves to %1 (two holders possible)").arg(servers->at(landing).name());
        const QStringList cells{clientLibraryName(libraries[row]), servers->at(home).name(),
                                QString::number(home), fallback};
        for (int column = 0; column < ColumnCount; ++column)
            m_results->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
}

} // namespace lockboard
