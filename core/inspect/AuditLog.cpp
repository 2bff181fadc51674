#include "core/inspect/AuditLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

// The words of this file, in the context "lockboard::inspect" for translators.
class InspectText
{
    Q_DECLARE_TR_FUNCTIONS(lockboard::inspect)
};

} // namespace

namespace {

QString osUser()
{
    if (const passwd* entry = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(entry->pw_name);
    return QString::number(::geteuid());
}

} // namespace

AuditLog::AuditLog(QString path)
    : m_path(std::move(path))
{}

AuditLog AuditLog::fromEnvironment(const Environment& env)
{
    const QString configured = env.value(u"LOCKBOARD_AUDIT_LOG"_s);
    if (!configured.isEmpty())
        return AuditLog(configured);
    QString state = env.value(u"XDG_STATE_HOME"_s);
    if (state.isEmpty())
        state = env.value(u"HOME"_s, QDir::homePath()) + u"/.local/state"_s;
    return AuditLog(state + u"/lockboard/audit.jsonl"_s);
}

Status AuditLog::append(const Entry& entry) const
{
    const QJsonObject line{
        {u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {u"user"_s, osUser()},
        {u"auth_user"_s, entry.authUser},
        {u"host"_s, QHostInfo::localHostName()},
        {u"server"_s, entry.server},
        {u"key"_s, QString::fromUtf8(entry.key)},
        {u"cas"_s, QString::number(entry.cas)},
        {u"value"_s, QString::fromUtf8(entry.value)},
        {u"outcome"_s, entry.outcome},
        {u"message"_s, entry.message},
    };
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return Error{
            ErrorKind::Io,
            InspectText::tr("cannot create the directory of the audit log %1").arg(m_path)};
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return Error{
            ErrorKind::Io,
            InspectText::tr("cannot open the audit log %1: %2").arg(m_path, file.errorString())};
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(bytes) != bytes.size() || !file.flush())
        return Error{
            ErrorKind::Io,
            InspectText::tr("cannot write the audit log %1: %2").arg(m_path, file.errorString())};
    return success();
}

} // namespace lockboard
