#pragma once

#include "core/client/Outcome.h"
#include "core/common/Error.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace lockboard {

// What became of a force release (ClusterInspector::releaseFinished).
struct ReleaseResult
{
    int server = -1; // index in the profile's server list
    QByteArray key;
    quint64 cas = 0; // the CAS the release was guarded by
    // Deleted: released. Exists: the copy changed since it was read; NotFound:
    // it is gone; both leave it alone. Anything else: it failed, see error.
    Outcome outcome = Outcome::OtherError;
    std::optional<Error> error; // why it failed: the server, the audit log, read-only, ...
    QString message;            // the whole sentence for the operator, said once

    [[nodiscard]] bool released() const { return outcome == Outcome::Deleted; }
};

} // namespace lockboard
