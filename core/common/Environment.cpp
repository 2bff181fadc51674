#include "core/common/Environment.h"

#include <QtGlobal>

namespace lockboard {

Environment Environment::system()
{
    Environment environment;
    environment.m_system = true;
    return environment;
}

QString Environment::value(const QString& name, const QString& fallback) const
{
    if (const auto found = m_values.constFind(name); found != m_values.constEnd())
        return *found;
    if (m_system) {
        const QByteArray variable = name.toLocal8Bit();
        if (qEnvironmentVariableIsSet(variable.constData()))
            return qEnvironmentVariable(variable.constData());
    }
    return fallback;
}

} // namespace lockboard
