#include "ui/ProfileDialog.h"

#include "ui/DjangoImportDialog.h"
#include "ui/RecipeDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lockboard {

ProfileDialog::ProfileDialog(ProfileStore store, const Profile& current, QWidget* parent)
    : QDialog(parent)
    , m_store(std::move(store))
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_servers(new QLineEdit(this))
    , m_client(new QComboBox(this))
    , m_clientOptions(new QLineEdit(this))
    , m_keyPrefix(new QLineEdit(this))
    , m_version(new QSpinBox(this))
    , m_lockPrefix(new QLineEdit(this))
    , m_readOnly(new QCheckBox(tr("&Read-only: never write or release anything"), this))
    , m_lockNames(new QLineEdit(this))
    , m_namesOnly(new QCheckBox(tr("Find locks by name only (no key &walks)"), this))
    , m_streamLimit(new QSpinBox(this))
    , m_tls(new QCheckBox(tr("Use &TLS (memcached -Z)"), this))
    , m_caFile(new QLineEdit(this))
    , m_certFile(new QLineEdit(this))
    , m_keyFile(new QLineEdit(this))
    , m_verifyName(new QLineEdit(this))
    , m_noVerify(new QCheckBox(tr("Do not verify the servers' certificates (INSECURE)"), this))
    , m_authUser(new QLineEdit(this))
    , m_passwordFile(new QLineEdit(this))
    , m_recipesText(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Connection profiles"));
    m_list->setAccessibleName(tr("Saved profiles"));
    m_list->setToolTip(tr("Profiles saved here are shared with lockboardctl --profile"));
    m_servers->setPlaceholderText(tr("host:port[:weight], [v6addr]:port, unix:/path, ..."));
    m_client->addItems(clientLibraryNames());
    connect(m_client, &QComboBox::currentTextChanged, this, &ProfileDialog::showClientOptions);
    m_clientOptions->setToolTip(
        tr("The client library's options that change where a key goes while its server is down, "
           "and what the doctor says, as NAME=VALUE separated by commas (lockboardctl "
           "--client-option). Options imported from Django that Lockboard does not read stay "
           "with the profile while its name and library stay the same."));
    m_version->setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    m_lockNames->setPlaceholderText(tr("nightly-report, invoice-sync, ..."));
    m_lockNames->setToolTip(tr("Lock names looked up by name on servers that refuse key walks "
                               "(memcached -X) or in names-only mode, so that their split and "
                               "misplaced copies are still found"));
    m_namesOnly->setToolTip(tr("For servers where walking every key is not allowed or too "
                               "costly: only the names above, and those seen on other servers, "
                               "are looked for"));
    m_streamLimit->setRange(0, 1024 * 1024);
    m_streamLimit->setSuffix(tr(" KiB/s"));
    m_streamLimit->setSpecialValueText(tr("no limit"));
    m_streamLimit->setToolTip(tr("The activity stream carries every store of the whole cache: "
                                 "above this it is stopped, and the Servers tab says so"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);

    m_recipesText->setReadOnly(true);
    m_recipesText->setAccessibleName(tr("Lock recipes"));
    m_recipesText->setToolTip(tr("How the applications name their locks, and which client "
                                 "library writes them (lockboardctl --recipe)"));
    auto* recipesButton = new QPushButton(tr("&Edit…"), this);
    recipesButton->setToolTip(tr("Add, change and preview lock recipes"));
    auto* recipesRow = new QHBoxLayout;
    recipesRow->addWidget(m_recipesText, 1);
    recipesRow->addWidget(recipesButton);
    connect(recipesButton, &QPushButton::clicked, this, &ProfileDialog::editRecipes);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Servers:"), m_servers);
    form->addRow(tr("&Client library:"), m_client);
    form->addRow(tr("Client opt&ions:"), m_clientOptions);
    form->addRow(tr("&Key prefix (KEY_PREFIX):"), m_keyPrefix);
    form->addRow(tr("&Version (VERSION):"), m_version);
    form->addRow(tr("&Lock prefix:"), m_lockPrefix);
    auto* recipesLabel = new QLabel(tr("Lock rec&ipes:"), this);
    recipesLabel->setBuddy(recipesButton);
    form->addRow(recipesLabel, recipesRow);
    form->addRow(QString(), m_readOnly);
    form->addRow(tr("Lock na&mes:"), m_lockNames);
    form->addRow(QString(), m_namesOnly);
    form->addRow(tr("S&tream limit:"), m_streamLimit);

    m_caFile->setPlaceholderText(tr("the system's CA store"));
    m_certFile->setPlaceholderText(tr("none; for servers that require one"));
    m_verifyName->setPlaceholderText(tr("each server's host"));
    m_noVerify->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
    m_noVerify->setToolTip(tr("The traffic is encrypted but the servers are not authenticated: "
                              "anyone on the path can read and change it. The window says so in "
                              "red while this profile is shown."));
    m_authUser->setPlaceholderText(tr("none; for servers started with -Y"));
    m_passwordFile->setPlaceholderText(tr("none: the system keyring"));
    m_passwordFile->setToolTip(tr("A file only you can read (chmod 600) holding the password. "
                                  "Without one, the password comes from the system keyring, and "
                                  "is asked for (and can be remembered there) when connecting. "
                                  "It is never saved in the settings file."));
    addBrowseAction(m_caFile, tr("CA certificates (PEM)"));
    addBrowseAction(m_certFile, tr("Client certificate (PEM)"));
    addBrowseAction(m_keyFile, tr("Client key (PEM)"));
    addBrowseAction(m_passwordFile, tr("Password file"));
    auto* securityForm = new QFormLayout;
    securityForm->addRow(QString(), m_tls);
    securityForm->addRow(tr("C&A file:"), m_caFile);
    securityForm->addRow(tr("Client ce&rtificate:"), m_certFile);
    securityForm->addRow(tr("Client &key:"), m_keyFile);
    securityForm->addRow(tr("Name to &verify:"), m_verifyName);
    securityForm->addRow(QString(), m_noVerify);
    securityForm->addRow(tr("A&uth user:"), m_authUser);
    securityForm->addRow(tr("Pass&word file:"), m_passwordFile);
    auto* security = new QGroupBox(tr("Security"), this);
    security->setLayout(securityForm);
    const auto tlsFieldsFollow = [this](bool on) {
        for (QWidget* field :
             {static_cast<QWidget*>(m_caFile), static_cast<QWidget*>(m_certFile),
              static_cast<QWidget*>(m_keyFile), static_cast<QWidget*>(m_verifyName),
              static_cast<QWidget*>(m_noVerify)})
            field->setEnabled(on);
    };
    connect(m_tls, &QCheckBox::toggled, this, tlsFieldsFollow);
    tlsFieldsFollow(false);

    auto* saveButton = new QPushButton(tr("&Save"), this);
    auto* removeButton = new QPushButton(tr("&Delete"), this);
    m_importButton = new QPushButton(tr("Import from &Django project…"), this);
    m_importButton->setToolTip(tr("Read the servers, client library, KEY_PREFIX and VERSION "
                                  "from the application's own settings"));
    auto* editButtons = new QHBoxLayout;
    editButtons->addWidget(m_importButton);
    editButtons->addStretch(1);
    editButtons->addWidget(removeButton);
    editButtons->addWidget(saveButton);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* connectButton = buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    connectButton->setDefault(true);

    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(security);
    right->addLayout(editButtons);
    right->addWidget(m_error);
    right->addStretch(1);
    auto* listLabel = new QLabel(tr("Saved &profiles:"), this);
    listLabel->setBuddy(m_list);
    auto* left = new QVBoxLayout;
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentTextChanged, this, &ProfileDialog::loadSelected);
    connect(saveButton, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(removeButton, &QPushButton::clicked, this, &ProfileDialog::removeSelected);
    connect(m_importButton, &QPushButton::clicked, this, &ProfileDialog::importFromDjango);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (const auto chosen = profile())
            accept();
        else
            showError(chosen.error().message);
    });

    showProfile(current);
    reloadList(current.name);
    resize(760, 600);
}

void ProfileDialog::showProfile(const Profile& profile)
{
    m_shown = profile;
    m_name->setText(profile.name);
    m_servers->setText(serverListText(profile.servers));
    m_client->setCurrentText(clientLibraryName(profile.client));
    showClientOptions();
    m_keyPrefix->setText(profile.keys.keyPrefix());
    m_version->setValue(profile.keys.version());
    m_lockPrefix->setText(profile.keys.lockPrefix());
    m_readOnly->setChecked(profile.readOnly);
    m_lockNames->setText(profile.lockNames.join(u", "_s));
    m_namesOnly->setChecked(profile.namesOnly);
    m_streamLimit->setValue(profile.streamLimitKiB);
    m_tls->setChecked(profile.tls.enabled);
    m_caFile->setText(profile.tls.caFile);
    m_certFile->setText(profile.tls.certFile);
    m_keyFile->setText(profile.tls.keyFile);
    m_verifyName->setText(profile.tls.verifyName);
    m_noVerify->setChecked(!profile.tls.verify);
    m_authUser->setText(profile.authUser);
    m_passwordFile->setText(profile.passwordFile);
    m_recipes = profile.recipes;
    m_recipesText->setText(recipeListText(profile.lockMatcher().recipes())); // none: django
    showError(QString());
}

void ProfileDialog::showClientOptions()
{
    // The shown profile's options on its library; another library starts
    // empty (those options mean nothing there), and the hint names its options.
    const auto library = parseClientLibrary(m_client->currentText());
    if (!library)
        return;
    const QStringList names = clientOptionNames(*library);
    m_clientOptions->setPlaceholderText(
        names.isEmpty() ? tr("none: %1 has no option that moves keys").arg(m_client->currentText())
                        : names.join(u"=…, "_s) + u"=…"_s);
    m_clientOptions->setText(*library == m_shown.client
                                 ? clientOptionsText(m_shown.clientOptions, m_shown.client)
                                 : QString());
    m_clientOptions->setEnabled(!names.isEmpty());
}

void ProfileDialog::reloadList(const QString& select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_list->addItems(m_store.names());
    const auto found = m_list->findItems(select, Qt::MatchExactly);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.constFirst());
}

void ProfileDialog::loadSelected()
{
    if (!m_list->currentItem())
        return;
    if (const auto loaded = m_store.load(m_list->currentItem()->text()))
        showProfile(*loaded);
    else
        showError(loaded.error().message);
}

Result<Profile> ProfileDialog::profile() const
{
    Profile profile;
    profile.name = m_name->text().trimmed();
    if (const Status name = ProfileStore::checkName(profile.name); !name)
        return name.error();
    const auto servers = ServerSpec::parseList(m_servers->text());
    if (!servers)
        return servers.error();
    profile.servers = *servers;
    const auto client = parseClientLibrary(m_client->currentText());
    if (!client)
        return client.error();
    profile.client = *client;
    profile.keys = KeyScheme(m_keyPrefix->text(), m_version->value(),
                             m_lockPrefix->text().isEmpty() ? KeyScheme::DefaultLockPrefix
                                                            : m_lockPrefix->text());
    profile.readOnly = m_readOnly->isChecked();
    const auto names = parseLockNames(m_lockNames->text().split(u','), profile.keys);
    if (!names)
        return Error{names.error().kind, tr("Lock names: %1").arg(names.error().message)};
    profile.lockNames = *names;
    profile.namesOnly = m_namesOnly->isChecked();
    profile.streamLimitKiB = m_streamLimit->value();
    if (m_tls->isChecked()) {
        profile.tls.enabled = true;
        profile.tls.caFile = absoluteFilePath(m_caFile->text().trimmed());
        profile.tls.certFile = absoluteFilePath(m_certFile->text().trimmed());
        profile.tls.keyFile = absoluteFilePath(m_keyFile->text().trimmed());
        profile.tls.verifyName = m_verifyName->text().trimmed();
        profile.tls.verify = !m_noVerify->isChecked();
    }
    if (const Status tls = checkTlsSettings(profile.tls, profile.servers); !tls)
        return Error{tls.error().kind, tr("TLS: %1").arg(tls.error().message)};
    profile.authUser = m_authUser->text().trimmed();
    if (!profile.authUser.isEmpty())
        if (const Status user = checkAuthUser(profile.authUser); !user)
            return user.error();
    profile.passwordFile = absoluteFilePath(m_passwordFile->text().trimmed());
    profile.recipes = m_recipes;
    // What the form does not show (read from the application) stays with the
    // profile it came with, while it is the same profile on the same library.
    if (profile.name == m_shown.name && profile.client == m_shown.client) {
        profile.clientOptions = m_shown.clientOptions;
        profile.origin = m_shown.origin;
    }
    if (const Status options =
            setClientOptionsText(profile.clientOptions, profile.client, m_clientOptions->text());
        !options)
        return Error{options.error().kind, tr("Client options: %1").arg(options.error().message)};
    return profile;
}

bool ProfileDialog::save()
{
    const auto edited = profile();
    if (!edited) {
        showError(edited.error().message);
        return false;
    }
    if (const Status saved = m_store.save(*edited); !saved) {
        showError(saved.error().message);
        return false;
    }
    reloadList(edited->name);
    showError(QString());
    return true;
}

void ProfileDialog::removeSelected()
{
    if (!m_list->currentItem())
        return;
    if (const Status removed = m_store.remove(m_list->currentItem()->text()); !removed)
        showError(removed.error().message);
    reloadList(QString());
}

void ProfileDialog::addBrowseAction(QLineEdit* field, const QString& title)
{
    QAction* browse = field->addAction(style()->standardIcon(QStyle::SP_DirOpenIcon),
                                       QLineEdit::TrailingPosition);
    browse->setToolTip(tr("Choose a file…"));
    connect(browse, &QAction::triggered, this, [this, field, title] {
        auto* dialog = new QFileDialog(this, title, QFileInfo(field->text()).absolutePath());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, field, &QLineEdit::setText);
        dialog->open();
    });
}

void ProfileDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ProfileDialog::setDashboard(const Profile& connected, const ClientOptions& options,
                                 const QList<LockRecord>& locks)
{
    m_options = options;
    m_options.security = {}; // a password is not kept here: the editor finds its own
    m_dashboardServers = connected.servers;
    m_dashboardLocks = locks;
}

void ProfileDialog::editRecipes()
{
    auto edited = profile();
    if (!edited) {
        showError(tr("Correct the form first: %1").arg(edited.error().message));
        return;
    }
    auto* dialog = new RecipeDialog(*edited, m_options, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dashboard's locks are indexed by its server list: only the same list previews them.
    if (edited->servers == m_dashboardServers)
        dialog->setKnownLocks(m_dashboardLocks);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto recipes = dialog->recipes()) {
            m_recipes = *recipes;
            m_recipesText->setText(recipeListText(m_recipes));
        }
    });
    dialog->open();
}

void ProfileDialog::importFromDjango()
{
    auto* dialog = new DjangoImportDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QStringList imported = dialog->imported();
        reloadList(imported.value(0));
        loadSelected();
        showError(QString());
        Q_EMIT profilesImported(imported);
    });
    dialog->open();
}

} // namespace lockboard
