#pragma once

#include "core/config/ClientOptions.h"
#include "core/config/Profile.h"
#include "core/config/ProfileStore.h"
#include "core/inspect/ClusterSnapshot.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace lockboard {

// Connection profiles: pick a saved one, or edit, save and delete them
// (QSettings, through ProfileStore, the same file lockboardctl reads).
// Accepting the dialog ("Connect") connects to the profile in the form,
// saved or not.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileDialog(ProfileStore store, const Profile& current, QWidget* parent = nullptr);

    // The profile the form describes; an error when a field is invalid.
    [[nodiscard]] Result<Profile> profile() const;

    [[nodiscard]] QListWidget* list() const { return m_list; }
    [[nodiscard]] QLineEdit* nameEdit() const { return m_name; }
    [[nodiscard]] QLineEdit* serversEdit() const { return m_servers; }
    [[nodiscard]] QCheckBox* readOnlyBox() const { return m_readOnly; }
    [[nodiscard]] QLineEdit* lockNamesEdit() const { return m_lockNames; }
    [[nodiscard]] QCheckBox* namesOnlyBox() const { return m_namesOnly; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }
    [[nodiscard]] QCheckBox* tlsBox() const { return m_tls; }
    [[nodiscard]] QLineEdit* caFileEdit() const { return m_caFile; }
    [[nodiscard]] QLineEdit* certFileEdit() const { return m_certFile; }
    [[nodiscard]] QLineEdit* keyFileEdit() const { return m_keyFile; }
    [[nodiscard]] QLineEdit* verifyNameEdit() const { return m_verifyName; }
    [[nodiscard]] QCheckBox* noVerifyBox() const { return m_noVerify; }
    [[nodiscard]] QLineEdit* authUserEdit() const { return m_authUser; }
    [[nodiscard]] QLineEdit* passwordFileEdit() const { return m_passwordFile; }
    [[nodiscard]] QPushButton* importButton() const { return m_importButton; }
    [[nodiscard]] QLineEdit* recipesEdit() const { return m_recipesText; }
    [[nodiscard]] QLineEdit* clientOptionsEdit() const { return m_clientOptions; }
    // How the dashboard connects, and the locks it shows from connected's
    // servers: the recipe editor searches with the one and previews the other.
    void setDashboard(const Profile& connected, const ClientOptions& options,
                      const QList<LockRecord>& locks);
    // Opens the lock recipe editor for the profile in the form (window-modal).
    void editRecipes();
    // Saves the form under its name (the Save button).
    bool save();
    // Opens "Import from Django project…" (window-modal).
    void importFromDjango();

Q_SIGNALS:
    // Profiles were imported from a Django project and saved.
    void profilesImported(const QStringList& names);

private:
    void showProfile(const Profile& profile);
    void loadSelected();
    void removeSelected();
    void reloadList(const QString& select);
    void showError(const QString& message);
    // A "…" button in the field that picks a file (a window-modal file dialog).
    void addBrowseAction(QLineEdit* field, const QString& title);
    void showClientOptions();

    ProfileStore m_store;
    Profile m_shown; // the profile last shown in the form
    QListWidget* m_list;
    QLineEdit* m_name;
    QLineEdit* m_servers;
    QComboBox* m_client;
    QLineEdit* m_clientOptions;
    QLineEdit* m_keyPrefix;
    QSpinBox* m_version;
    QLineEdit* m_lockPrefix;
    QCheckBox* m_readOnly;
    QLineEdit* m_lockNames;
    QCheckBox* m_namesOnly;
    QSpinBox* m_streamLimit;
    QCheckBox* m_tls;
    QLineEdit* m_caFile;
    QLineEdit* m_certFile;
    QLineEdit* m_keyFile;
    QLineEdit* m_verifyName;
    QCheckBox* m_noVerify;
    QLineEdit* m_authUser;
    QLineEdit* m_passwordFile;
    QLineEdit* m_recipesText; // read-only: edited in RecipeDialog
    QList<LockRecipe> m_recipes;
    QLabel* m_error;
    QPushButton* m_importButton = nullptr;
    ClientOptions m_options;
    QList<ServerSpec> m_dashboardServers;
    QList<LockRecord> m_dashboardLocks;
};

} // namespace lockboard
