#pragma once

#include "core/inspect/ClusterSnapshot.h"

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
};

} // namespace lockboard
