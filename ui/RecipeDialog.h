#pragma once

#include "core/config/ClientOptions.h"
#include "core/config/Profile.h"
#include "core/inspect/ClusterSnapshot.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace lockboard {

class InspectorThread;

// A profile's lock recipes: added, changed and removed, each with the client
// library that writes its keys, checked as they are typed, and previewed:
// the held keys the selected recipe recognises, with where each is and where
// it belongs, updated at every keystroke from copies already read (the
// dashboard's locks, when it shows the same servers, and the last search).
// "Search the servers" walks each server's keyspace once for the recipes'
// keys (as the dashboard's first refresh does, on the inspector's thread):
// keys no recipe knew yet are found that way. Nothing is saved here: the
// recipes go back to the profile form.
class RecipeDialog : public QDialog
{
    Q_OBJECT

public:
    RecipeDialog(const Profile& profile, ClientOptions options, QWidget* parent = nullptr);
    ~RecipeDialog() override;

    // Lock copies the dashboard has read from these servers, previewed at once.
    void setKnownLocks(const QList<LockRecord>& locks);
    // The recipes in the list; an error names the first that is not valid.
    [[nodiscard]] Result<QList<LockRecipe>> recipes() const;

    [[nodiscard]] QListWidget* list() const { return m_list; }
    [[nodiscard]] QComboBox* kindBox() const { return m_kind; }
    [[nodiscard]] QComboBox* clientBox() const { return m_client; }
    [[nodiscard]] QLineEdit* patternEdit() const { return m_pattern; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }
    [[nodiscard]] QLabel* previewLabel() const { return m_previewLabel; }
    [[nodiscard]] QTreeWidget* preview() const { return m_preview; }
    [[nodiscard]] QPushButton* searchButton() const { return m_searchButton; }
    [[nodiscard]] QLabel* searchLabel() const { return m_searchLabel; }
    [[nodiscard]] bool isSearching() const { return m_searching; }
    // Adds a recipe (selected) with the fields' defaults.
    void addRecipe();
    void removeSelected();
    // Walks the servers once for the recipes' keys.
    void search();

Q_SIGNALS:
    void searchFinished();

private:
    void showSelected();
    void fieldsChanged();
    // The recipe the fields describe, as text (KIND[@CLIENT][=PATTERN]).
    [[nodiscard]] QString fieldsText() const;
    void gatherRead();
    void updatePreview();
    void stopSearch(const QString& why);
    void searched(const ClusterSnapshot& snapshot);

    Profile m_profile;
    ClientOptions m_options;
    QList<LockRecord> m_known; // the dashboard's
    QList<LockRecord> m_found; // the last search's
    QList<LockRecord> m_read;  // both, each copy once: what the preview matches
    bool m_showing = false;    // the fields are being filled from the list
    QListWidget* m_list;
    QComboBox* m_kind;
    QComboBox* m_client;
    QLineEdit* m_pattern;
    QLabel* m_hint;
    QLabel* m_error;
    QLabel* m_previewLabel;
    QTreeWidget* m_preview;
    QPushButton* m_searchButton;
    QPushButton* m_stopButton;
    QProgressBar* m_progress;
    QLabel* m_searchLabel;
    InspectorThread* m_search = nullptr; // a child while a search walks
    bool m_searching = false;            // from Search (the password lookup) to its end
    int m_searchGeneration = 0;
};

} // namespace lockboard
