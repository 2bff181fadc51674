#include "ui/PasswordDialog.h"

#include "core/config/Security.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lockboard {

PasswordDialog::PasswordDialog(const Profile& profile, const QString& why, QWidget* parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the system keyring"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Password for %1").arg(profile.name));
    setWindowModality(Qt::WindowModal);
    auto* intro = new QLabel(
        tr("The servers of %1 ask for a password (memcached -Y). %2").arg(profile.name, why), this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("why"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("password"));
    m_remember->setObjectName(QStringLiteral("remember"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a00000"));
    m_problem->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("User:"), new QLabel(profile.authUser, this));
    form->addRow(tr("&Password:"), m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty());
        m_problem->hide();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

bool PasswordDialog::remember() const
{
    return m_remember->isChecked();
}

void PasswordDialog::accept()
{
    if (const Status valid = checkPassword(m_password->text()); !valid) {
        m_problem->setText(valid.error().message);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace lockboard
