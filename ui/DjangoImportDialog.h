#pragma once

#include "core/config/ProfileStore.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProcess;
class QPushButton;
class QTimer;

namespace lockboard {

// "Import from Django project…": runs the project's own Python on its settings
// (asynchronously: the window stays responsive, Cancel stops it) and saves one
// profile per memcached cache alias, as lockboardctl profile import-django does.
class DjangoImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DjangoImportDialog(ProfileStore store, QWidget* parent = nullptr);
    ~DjangoImportDialog() override;

    // The profiles saved by the last import, in CACHES order.
    [[nodiscard]] const QStringList& imported() const { return m_imported; }

    [[nodiscard]] QLineEdit* pythonEdit() const { return m_python; }
    [[nodiscard]] QLineEdit* settingsEdit() const { return m_settings; }
    [[nodiscard]] QLineEdit* projectEdit() const { return m_project; }
    [[nodiscard]] QLineEdit* aliasEdit() const { return m_alias; }
    [[nodiscard]] QCheckBox* replaceBox() const { return m_replace; }
    [[nodiscard]] QPushButton* importButton() const { return m_import; }
    [[nodiscard]] QLabel* statusLabel() const { return m_status; }

private:
    void startImport();
    void readerFinished();
    void fail(const QString& message);
    void stopReader();

    ProfileStore m_store;
    QLineEdit* m_python;
    QLineEdit* m_settings;
    QLineEdit* m_project;
    QLineEdit* m_alias;
    QCheckBox* m_replace;
    QPushButton* m_import;
    QLabel* m_status;
    QProcess* m_reader = nullptr;
    QTimer* m_timeout;
    QStringList m_imported;
};

} // namespace lockboard
