#pragma once

#include "core/common/Environment.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace lockboard {

// Every force release, one JSON object per line: time (UTC), OS user, the
// auth user (memcached -Y; never a password), host, server, key, CAS, value,
// outcome and message. At $LOCKBOARD_AUDIT_LOG, or
// else $XDG_STATE_HOME/lockboard/audit.jsonl (~/.local/state/...). Appends
// only; each entry is written and flushed whole.
class AuditLog
{
public:
    struct Entry
    {
        QString server;
        QByteArray key;
        quint64 cas = 0;
        QByteArray value;
        QString outcome; // "released", "refused: changed", "refused: gone", "failed", "refused:
                         // read-only"
        QString message;
        QString authUser; // who the servers were told we are (memcached -Y); empty: nobody
    };

    explicit AuditLog(QString path);
    [[nodiscard]] static AuditLog fromEnvironment(const Environment& env);

    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] Status append(const Entry& entry) const;

private:
    QString m_path;
};

} // namespace lockboard
