#include "ui/ReleaseDialog.h"

#include "core/common/Format.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lockboard {

ReleaseDialog::ReleaseDialog(const LockRecord& lock, qint64 ttl, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Force release lock \"%1\"?").arg(lock.name));
    const auto field = [this](const QString& text) {
        auto* label = new QLabel(text, this);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setWordWrap(true);
        return label;
    };
    auto* form = new QFormLayout;
    form->addRow(tr("Key:"), field(QString::fromUtf8(lock.key)));
    form->addRow(tr("Server:"), field(lock.serverName));
    form->addRow(tr("Home:"),
                 field(lock.misplaced ? tr("%1 (this copy is misplaced)").arg(lock.homeName)
                                      : lock.homeName));
    form->addRow(tr("Owner:"), field(lock.owner ? lock.owner->describe()
                                     : !lock.ownerDetail.isEmpty()
                                         ? u"%1: %2"_s.arg(lock.value, lock.ownerDetail)
                                         : tr("not recorded in the value (%1)").arg(lock.value)));
    form->addRow(tr("TTL:"), field(ttl == ttl::Never ? tr("never expires") : formatDuration(ttl)));
    form->addRow(tr("CAS:"), field(QString::number(lock.cas)));

    auto* warning = new QLabel(
        tr("The holder may still be working. It is deleted only if it is still this "
           "acquisition (CAS %1); a lock taken again since is left alone. The release is "
           "written to the audit log.")
            .arg(lock.cas),
        this);
    warning->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* release = buttons->addButton(tr("&Force release"), QDialogButtonBox::AcceptRole);
    release->setAutoDefault(false);
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(warning);
    if (lock.releaseComparesOwner) {
        m_bypass = new QCheckBox(
            tr("Take it from its holder anyway: a %1 lock's holder compares its owner before "
               "releasing, so it will go on as if it still held it")
                .arg(lock.recipe),
            this);
        release->setEnabled(false);
        connect(m_bypass, &QCheckBox::toggled, release, &QPushButton::setEnabled);
        layout->addWidget(m_bypass);
    }
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

bool ReleaseDialog::ownerCheckBypassed() const
{
    return m_bypass && m_bypass->isChecked();
}

} // namespace lockboard
