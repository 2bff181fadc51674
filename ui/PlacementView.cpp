#include "ui/PlacementView.h"

#include "core/placement/KeySpread.h"
#include "core/placement/Placement.h"
#include "ui/charts/SpreadChart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
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

constexpr int SampleSize = 10000;

} // namespace

PlacementView::PlacementView(QWidget* parent)
    : QWidget(parent)
    , m_servers(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_raw(new QCheckBox(tr("Memcached key as is (no key function)"), this))
    , m_memcachedKey(new QLabel(this))
    , m_error(new QLabel(this))
    , m_results(new QTableWidget(0, ColumnCount, this))
    , m_keySource(new QComboBox(this))
    , m_failed(new QComboBox(this))
    , m_spread(new SpreadChart(this))
    , m_moves(new QTextBrowser(this))
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
    m_keySource->addItems({tr("the locks held now"),
                           tr("a sample of %1 lock keys").arg(QLocale().toString(SampleSize))});
    m_keySource->setCurrentIndex(1);
    m_keySource->setAccessibleName(tr("Keys to place"));
    m_failed->setAccessibleName(tr("Server that fails"));
    // One paragraph per client library, more than fit beside the chart: a
    // frameless, read-only text view that scrolls.
    m_moves->setReadOnly(true);
    m_moves->setFrameShape(QFrame::NoFrame);
    m_moves->viewport()->setAutoFillBackground(false);

    auto* spreadForm = new QFormLayout;
    spreadForm->addRow(tr("K&eys:"), m_keySource);
    spreadForm->addRow(tr("If this server &fails:"), m_failed);
    auto* spreadBox = new QGroupBox(tr("Where keys live"), this);
    auto* spreadLayout = new QVBoxLayout(spreadBox);
    spreadLayout->addLayout(spreadForm);
    auto* spreadRow = new QHBoxLayout;
    spreadRow->addWidget(m_spread, 3);
    spreadRow->addWidget(m_moves, 2);
    spreadLayout->addLayout(spreadRow, 1);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(form);
    topLayout->addWidget(m_error);
    topLayout->addWidget(m_results, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(spreadBox);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_servers, &QLineEdit::textChanged, this, &PlacementView::recompute);
    connect(m_key, &QLineEdit::textChanged, this, &PlacementView::recompute);
    connect(m_raw, &QCheckBox::toggled, this, &PlacementView::recompute);
    connect(m_servers, &QLineEdit::textChanged, this, &PlacementView::recomputeSpread);
    connect(m_keySource, &QComboBox::currentIndexChanged, this, &PlacementView::recomputeSpread);
    connect(m_failed, &QComboBox::currentIndexChanged, this, &PlacementView::recomputeSpread);
    recompute();
    recomputeSpread();
}

void PlacementView::setProfile(const Profile& profile)
{
    m_keys = profile.keys;
    m_client = profile.client;
    m_clientOptions = profile.clientOptions;
    m_sampleKeys = sampleLockKeys(m_keys, SampleSize);
    m_currentKeys.clear();
    const QSignalBlocker blocker(m_servers);
    m_servers->setText(serverListText(profile.servers));
    recompute();
    recomputeSpread();
}

void PlacementView::setCurrentKeys(const QList<QByteArray>& keys)
{
    if (keys == m_currentKeys)
        return;
    m_currentKeys = keys;
    m_keySource->setItemText(0, tr("the %n lock key(s) held now", nullptr, int(keys.size())));
    if (m_keySource->currentIndex() == 0)
        recomputeSpread();
}

void PlacementView::recomputeSpread()
{
    const auto servers = ServerSpec::parseList(m_servers->text());
    const QList<ServerSpec> list = servers ? *servers : QList<ServerSpec>();
    QStringList names;
    for (const ServerSpec& server : list)
        names.append(server.name());

    // The failure choices follow the server list; keep the choice when it survives.
    const QString chosen = m_failed->currentIndex() > 0 ? m_failed->currentText() : QString();
    QStringList choices{tr("no server")};
    choices += names;
    QStringList present;
    for (int i = 0; i < m_failed->count(); ++i)
        present.append(m_failed->itemText(i));
    if (present != choices) {
        const QSignalBlocker blocker(m_failed);
        m_failed->clear();
        m_failed->addItems(choices);
        m_failed->setCurrentIndex(std::max(0, int(names.indexOf(chosen)) + 1));
    }
    if (list.isEmpty()) {
        m_spread->setSpread({}, {}, {}, QString());
        m_moves->setText(servers ? QString() : servers.error().message);
        return;
    }
    if (m_sampleKeys.isEmpty())
        m_sampleKeys = sampleLockKeys(m_keys, SampleSize);
    const QList<QByteArray>& keys = m_keySource->currentIndex() == 0 ? m_currentKeys : m_sampleKeys;
    const auto placement = Placement::create(m_client, list, m_clientOptions);
    const KeySpread spread = spreadOf(*placement, keys);
    const int failed = m_failed->currentIndex() - 1;
    if (failed < 0) {
        m_spread->setSpread(names, spread.perServer, {}, QString());
        m_moves->setText(tr("Spread of %n key(s) under %1, the application's client library. "
                            "Choose a server that fails to see what moves.",
                            nullptr, spread.keys)
                             .arg(clientLibraryName(m_client)));
        return;
    }
    const QLocale locale;
    QList<int> after = spread.perServer;
    QStringList lines;
    for (const ClientLibrary library : allClientLibraries()) {
        const auto libraryPlacement =
            Placement::create(library, list, library == m_client ? m_clientOptions : QJsonObject());
        const FailoverMoves moves = movesIfDown(*libraryPlacement, keys, failed);
        QStringList targets;
        for (int i = 0; i < moves.movedTo.size(); ++i)
            if (moves.movedTo[i] > 0)
                targets.append(tr("%1 to %2").arg(locale.toString(moves.movedTo[i]), names[i]));
        // The application's library as its client options make it fail over.
        const QString libraryName =
            library == m_client && !m_clientOptions.isEmpty()
                ? tr("%1, with the profile's client options").arg(clientLibraryName(library))
                : clientLibraryName(library);
        QString line = tr("<b>%1</b>: %2 of %3 keys live on %4.")
                           .arg(libraryName, locale.toString(moves.affected),
                                locale.toString(spread.keys), names[failed]);
        if (!targets.isEmpty())
            line += u' ' + tr("%1 move (%2): a lock among them can be held twice.")
                               .arg(locale.toString(moves.affected - moves.failing),
                                    targets.join(u", "_s));
        if (moves.failing > 0)
            line += u' ' + tr("%1 fail until it is back (they never move).")
                               .arg(locale.toString(moves.failing));
        if (moves.othersMoved > 0)
            line += u' ' + tr("%1 keys of the servers still up move as well: the ring is "
                              "rebuilt without %2.")
                               .arg(locale.toString(moves.othersMoved), names[failed]);
        lines.append(line);
        if (library == m_client)
            after = moves.after;
    }
    m_spread->setSpread(names, spread.perServer, after,
                        tr("%1 down (%2)").arg(names[failed], clientLibraryName(m_client)));
    m_moves->setText(lines.join(u"<br><br>"_s));
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
        const auto placement = Placement::create(
            libraries[row], *servers, libraries[row] == m_client ? m_clientOptions : QJsonObject());
        const QString refusal = placement->refusal(*key);
        if (!refusal.isEmpty()) {
            const QStringList cells{clientLibraryName(libraries[row]), refusal, u"-"_s, u"-"_s};
            for (int column = 0; column < ColumnCount; ++column)
                m_results->setItem(row, column, new QTableWidgetItem(cells[column]));
            continue;
        }
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
