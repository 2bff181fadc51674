#pragma once

#include "core/config/Profile.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace lockboard {

// Asks for the password of a profile's auth user (memcached -Y) when none was
// found ($LOCKBOARD_PASSWORD, the password file, the system keyring), saying
// why; it can be remembered in the system keyring. Opened with open().
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(const Profile& profile, const QString& why, QWidget* parent = nullptr);

    [[nodiscard]] QString password() const;
    [[nodiscard]] bool remember() const;

    void accept() override; // refuses a password memcached could never match, saying why

private:
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace lockboard
