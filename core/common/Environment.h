#pragma once

#include <QHash>
#include <QString>

namespace lockboard {

// The environment variables core reads (LOCKBOARD_SERVERS, LOCKBOARD_AUDIT_LOG,
// XDG_STATE_HOME, HOME), handed in rather than read behind the caller's back,
// so that a test or a front end can give its own.
class Environment
{
public:
    Environment() = default; // no variables at all
    // This process's variables, read when asked; insert() overrides them.
    [[nodiscard]] static Environment system();

    void insert(const QString& name, const QString& value) { m_values.insert(name, value); }
    // Its value; `fallback` when it is not set.
    [[nodiscard]] QString value(const QString& name, const QString& fallback = QString()) const;

private:
    bool m_system = false;
    QHash<QString, QString> m_values;
};

} // namespace lockboard
