#include "ui/RecipeDialog.h"

#include "core/common/Environment.h"
#include "core/inspect/InspectorThread.h"
#include "core/inspect/RecipeView.h"
#include "core/inspect/Rules.h"
#include "core/secrets/Secrets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

constexpr int MaxPreviewRows = 500;

const QList<LockRecipe::Kind> Kinds{LockRecipe::Kind::Django, LockRecipe::Kind::Celery,
                                    LockRecipe::Kind::Laravel, LockRecipe::Kind::Custom};

bool takesPattern(LockRecipe::Kind kind)
{
    return kind == LockRecipe::Kind::Laravel || kind == LockRecipe::Kind::Custom;
}

} // namespace

RecipeDialog::RecipeDialog(const Profile& profile, ClientOptions options, QWidget* parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_options(std::move(options))
    , m_list(new QListWidget(this))
    , m_kind(new QComboBox(this))
    , m_client(new QComboBox(this))
    , m_pattern(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_error(new QLabel(this))
    , m_previewLabel(new QLabel(this))
    , m_preview(new QTreeWidget(this))
    , m_searchButton(new QPushButton(tr("&Search the servers"), this))
    , m_stopButton(new QPushButton(tr("S&top"), this))
    , m_progress(new QProgressBar(this))
    , m_searchLabel(new QLabel(this))
{
    setWindowTitle(
        tr("Lock recipes of %1").arg(profile.name.isEmpty() ? tr("this profile") : profile.name));
    m_list->setAccessibleName(tr("Lock recipes"));
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 6);
    const LockMatcher matcher = profile.lockMatcher();
    for (const LockRecipe& recipe : matcher.recipes()) // none: django
        m_list->addItem(recipe.toString());
    for (const LockRecipe::Kind kind : Kinds)
        m_kind->addItem(LockRecipe::kindName(kind));
    m_kind->setToolTip(tr("django: cache.add of the lock prefix + name, through Django's key "
                          "function\ncelery: Celery's task lock \"<task>-lock-<md5>\" through "
                          "Django's cache\nlaravel: Cache::lock on Laravel's memcached store\n"
                          "custom: a key pattern you type"));
    m_client->addItem(tr("the profile's (%1)").arg(clientLibraryName(profile.client)));
    m_client->addItems(clientLibraryNames());
    m_client->setToolTip(tr("The client library that writes this recipe's keys: it decides "
                            "which server each key belongs on"));
    m_pattern->setToolTip(tr("The keys as the application writes them, {name} where the lock's "
                             "name goes, {version} where a Django version number goes"));
    m_hint->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_previewLabel->setWordWrap(true);
    m_preview->setHeaderLabels(
        {tr("Key"), tr("Lock"), tr("Server"), tr("Home"), tr("State"), tr("Owner")});
    m_preview->setRootIsDecorated(false);
    m_preview->setAlternatingRowColors(true);
    m_preview->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->setAccessibleName(tr("Keys the recipe recognises"));
    m_searchButton->setToolTip(tr("Walk each server's keyspace once for these recipes' keys "
                                  "(what the dashboard's first refresh does): keys that no "
                                  "recipe knew yet are found this way"));
    m_stopButton->setVisible(false);
    m_progress->setRange(0, 0); // busy: a walk's length is not known in advance
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(120);
    m_searchLabel->setWordWrap(true);

    auto* addButton = new QPushButton(tr("&Add"), this);
    auto* removeButton = new QPushButton(tr("&Remove"), this);
    auto* listButtons = new QVBoxLayout;
    listButtons->addWidget(addButton);
    listButtons->addWidget(removeButton);
    listButtons->addStretch(1);
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(listButtons);

    auto* fields = new QFormLayout;
    fields->addRow(tr("&Kind:"), m_kind);
    fields->addRow(tr("&Written by:"), m_client);
    fields->addRow(tr("&Pattern:"), m_pattern);
    fields->addRow(QString(), m_hint);
    fields->addRow(QString(), m_error);
    auto* recipeBox = new QGroupBox(tr("Recipe"), this);
    recipeBox->setLayout(fields);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchButton);
    searchRow->addWidget(m_stopButton);
    searchRow->addWidget(m_progress);
    searchRow->addWidget(m_searchLabel, 1);
    auto* previewLayout = new QVBoxLayout;
    previewLayout->addWidget(m_previewLabel);
    previewLayout->addWidget(m_preview, 1);
    previewLayout->addLayout(searchRow);
    auto* previewBox = new QGroupBox(tr("Held keys it recognises"), this);
    previewBox->setLayout(previewLayout);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(listRow);
    layout->addWidget(recipeBox);
    layout->addWidget(previewBox, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &RecipeDialog::showSelected);
    connect(addButton, &QPushButton::clicked, this, &RecipeDialog::addRecipe);
    connect(removeButton, &QPushButton::clicked, this, &RecipeDialog::removeSelected);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RecipeDialog::fieldsChanged);
    connect(m_client, &QComboBox::currentIndexChanged, this, &RecipeDialog::fieldsChanged);
    connect(m_pattern, &QLineEdit::textEdited, this, &RecipeDialog::fieldsChanged);
    connect(m_searchButton, &QPushButton::clicked, this, &RecipeDialog::search);
    connect(m_stopButton, &QPushButton::clicked, this,
            [this] { stopSearch(tr("Search stopped.")); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (const auto all = recipes()) {
            accept();
        } else {
            m_error->setText(all.error().message);
            m_error->setVisible(true);
        }
    });

    m_list->setCurrentRow(0);
    showSelected();
    resize(760, 620);
}

RecipeDialog::~RecipeDialog()
{
    delete m_search; // a walk in flight ends with its connections
}

void RecipeDialog::setKnownLocks(const QList<LockRecord>& locks)
{
    m_known = locks;
    gatherRead();
    updatePreview();
}

void RecipeDialog::gatherRead()
{
    // The last search's copies are the freshest: the dashboard's fill in the rest.
    m_read = m_found;
    QSet<LockCopyId> searched;
    for (const LockRecord& lock : std::as_const(m_found))
        searched.insert(copyIdOf(lock));
    for (const LockRecord& lock : std::as_const(m_known))
        if (!searched.contains(copyIdOf(lock)))
            m_read.append(lock);
}

Result<QList<LockRecipe>> RecipeDialog::recipes() const
{
    QStringList texts;
    for (int row = 0; row < m_list->count(); ++row)
        texts.append(m_list->item(row)->text());
    return LockRecipe::parseList(texts);
}

void RecipeDialog::addRecipe()
{
    // A new recipe starts as the one an operator adds most: a pattern to type.
    m_list->addItem(m_list->count() == 0
                        ? LockRecipe{}.toString()
                        : LockRecipe::kindName(LockRecipe::Kind::Custom) + u"=jobs:{name}:lock"_s);
    m_list->setCurrentRow(m_list->count() - 1);
    m_pattern->setFocus();
}

void RecipeDialog::removeSelected()
{
    if (m_list->count() <= 1) {
        m_error->setText(tr("A profile needs at least one recipe."));
        m_error->setVisible(true);
        return;
    }
    delete m_list->takeItem(m_list->currentRow());
}

void RecipeDialog::showSelected()
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    // A row's text is what the fields made of it (or a recipe the profile
    // had): split it back as written, so that a row that does not parse yet
    // comes back as it was typed.
    const QString text = item->text();
    const qsizetype equals = text.indexOf(u'=');
    const QString head = equals < 0 ? text : text.left(equals);
    const qsizetype at = head.indexOf(u'@');
    const QString kind = at < 0 ? head : head.left(at);
    const QString client = at < 0 ? QString() : head.mid(at + 1);
    QString pattern = equals < 0 ? QString() : text.mid(equals + 1);
    if (kind == LockRecipe::kindName(LockRecipe::Kind::Laravel) &&
        pattern == LockRecipe::DefaultLaravelPattern)
        pattern.clear(); // shown as the placeholder
    m_showing = true;
    m_kind->setCurrentIndex(std::max(0, m_kind->findText(kind)));
    m_client->setCurrentIndex(client.isEmpty() ? 0 : std::max(0, m_client->findText(client)));
    m_pattern->setText(pattern);
    m_showing = false;
    fieldsChanged();
}

QString RecipeDialog::fieldsText() const
{
    const LockRecipe::Kind kind = Kinds.value(m_kind->currentIndex());
    QString text = LockRecipe::kindName(kind);
    if (m_client->currentIndex() > 0)
        text += u'@' + m_client->currentText();
    if (takesPattern(kind) && !m_pattern->text().isEmpty())
        text += u'=' + m_pattern->text();
    return text;
}

void RecipeDialog::fieldsChanged()
{
    if (m_showing)
        return;
    const LockRecipe::Kind kind = Kinds.value(m_kind->currentIndex());
    m_pattern->setEnabled(takesPattern(kind));
    m_pattern->setPlaceholderText(kind == LockRecipe::Kind::Laravel
                                      ? LockRecipe::DefaultLaravelPattern
                                  : kind == LockRecipe::Kind::Custom ? u"jobs:{name}:lock"_s
                                                                     : QString());
    switch (kind) {
    case LockRecipe::Kind::Django:
        m_hint->setText(tr("Keys: the profile's key function applied to \"%1<name>\".")
                            .arg(m_profile.keys.lockPrefix()));
        break;
    case LockRecipe::Kind::Celery:
        m_hint->setText(tr("Keys: \"<task name>-lock-<md5 hex>\" through the profile's key "
                           "function; the value is the Celery app's oid."));
        break;
    case LockRecipe::Kind::Laravel:
        m_hint->setText(tr("Keys: the store's prefix, then the lock's name; the value is a "
                           "random owner, which Laravel compares before releasing."));
        break;
    case LockRecipe::Kind::Custom:
        m_hint->setText(tr("{name} marks the lock's name; every other character must match."));
        break;
    }
    if (QListWidgetItem* item = m_list->currentItem()) {
        const QString text = fieldsText();
        item->setText(text);
        const auto parsed = LockRecipe::parse(text);
        item->setForeground(parsed ? QBrush() : QBrush(QColor(0xb0, 0x00, 0x20)));
        m_error->setText(parsed ? QString() : parsed.error().message);
    }
    m_error->setVisible(!m_error->text().isEmpty());
    updatePreview();
}

void RecipeDialog::updatePreview()
{
    m_preview->clear();
    const QListWidgetItem* item = m_list->currentItem();
    const auto recipe = item ? LockRecipe::parse(item->text()) : Result<LockRecipe>(Error{});
    if (!recipe) {
        m_previewLabel->setText(tr("The recipe is not valid: nothing to preview."));
        return;
    }
    Profile profile = m_profile;
    profile.recipes = {*recipe};
    const QList<LockRecord>& read = m_read;
    const QList<LockRecord> found = RecipeView(profile).recognise(read);
    if (read.isEmpty())
        m_previewLabel->setText(tr("No keys read yet: search the servers to see which keys "
                                   "this recipe recognises."));
    else
        m_previewLabel->setText(tr("%n held key(s) recognised by %1, among the %2 copies read "
                                   "(the dashboard's locks and the last search).",
                                   nullptr, int(found.size()))
                                    .arg(item->text(), QString::number(read.size())));
    QList<QTreeWidgetItem*> rows;
    for (const LockRecord& lock : found) {
        if (rows.size() == MaxPreviewRows)
            break;
        auto* row = new QTreeWidgetItem({QString::fromUtf8(lock.key), lock.name, lock.serverName,
                                         lock.homeName, lockStateText(lock),
                                         lock.owner ? lock.owner->describe() : lock.ownerKind});
        row->setToolTip(5, lock.ownerDetail.isEmpty() ? lock.value : lock.ownerDetail);
        rows.append(row);
    }
    m_preview->addTopLevelItems(rows);
}

void RecipeDialog::search()
{
    if (m_searching)
        return; // one at a time: Stop ends it
    const auto all = recipes();
    if (!all) {
        m_searchLabel->setText(all.error().message);
        return;
    }
    Profile profile = m_profile;
    profile.recipes = *all;
    const int generation = ++m_searchGeneration;
    m_searching = true;
    m_searchButton->setEnabled(false);
    m_stopButton->setVisible(true);
    m_progress->setVisible(true);
    m_searchLabel->setText(
        tr("Walking the keyspace of %n server(s)…", nullptr, int(profile.servers.size())));
    findConnectionSecurity(profile, dashboardEnvironment(), this,
                           [this, generation, profile](Result<ConnectionSecurity> security) {
                               if (generation != m_searchGeneration)
                                   return; // stopped meanwhile
                               if (!security)
                                   return stopSearch(security.error().message);
                               ClientOptions options = m_options;
                               options.security = *security;
                               auto* inspector = new ClusterInspector(profile, options);
                               m_search = new InspectorThread(inspector, this);
                               connect(inspector, &ClusterInspector::snapshotReady, this,
                                       [this, generation](const ClusterSnapshot& snapshot) {
                                           // A stopped search's last snapshot is dropped.
                                           if (generation == m_searchGeneration)
                                               searched(snapshot);
                                       });
                               m_search->refresh();
                           });
}

void RecipeDialog::stopSearch(const QString& why)
{
    ++m_searchGeneration; // what the stopped search still sends is dropped
    m_searching = false;
    if (m_search)
        m_search->deleteLater();
    m_search = nullptr;
    m_searchButton->setEnabled(true);
    m_stopButton->setVisible(false);
    m_progress->setVisible(false);
    m_searchLabel->setText(why);
    Q_EMIT searchFinished();
}

void RecipeDialog::searched(const ClusterSnapshot& snapshot)
{
    m_found = snapshot.locks;
    gatherRead();
    QStringList notes;
    for (const ServerHealth& server : snapshot.servers) {
        if (server.error)
            notes.append(tr("%1: %2").arg(server.server, server.errorText()));
        else if (server.listing == ServerHealth::Listing::Names)
            notes.append(tr("%1: %2").arg(server.server, server.listingNote));
    }
    const qsizetype walked =
        std::count_if(snapshot.servers.begin(), snapshot.servers.end(),
                      [](const ServerHealth& server) { return server.walked; });
    QString summary = tr("Found %n lock copy(ies) of these recipes; servers walked: %1 of %2.",
                         nullptr, int(m_found.size()))
                          .arg(walked)
                          .arg(snapshot.servers.size());
    if (!notes.isEmpty())
        summary += u' ' + notes.join(u' ');
    updatePreview(); // before searchFinished: its receivers see the results
    stopSearch(summary);
}

} // namespace lockboard
