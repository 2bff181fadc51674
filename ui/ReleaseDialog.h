#pragma once

#include "core/inspect/ClusterSnapshot.h"

#include <QCheckBox>
#include <QDialog>

namespace lockboard {

// Asks before a force release, showing exactly which copy goes: key, server,
// owner, TTL and the CAS that guards the delete. Cancel is the default.
class ReleaseDialog : public QDialog
{
    Q_OBJECT

public:
    // ttl: seconds left now (-1 never expires).
    ReleaseDialog(const LockRecord& lock, qint64 ttl, QWidget* parent = nullptr);

    // For a recipe whose holders compare their owner before releasing
    // (Laravel): whether the operator ticked that the holder loses it anyway.
    // Force release stays disabled until then.
    [[nodiscard]] bool ownerCheckBypassed() const;
    [[nodiscard]] QCheckBox* bypassBox() const { return m_bypass; }

private:
    QCheckBox* m_bypass = nullptr;
};

} // namespace lockboard
