#include "core/config/LockKeyMemory.h"

#include "core/common/Quote.h"
#include "core/config/ProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

// The words of this file, in the context "lockboard::config" for translators.
class ConfigText
{
    Q_DECLARE_TR_FUNCTIONS(lockboard::config)
};

} // namespace

LockKeyMemory LockKeyMemory::forProfile(const ProfileStore& store, const QString& profile)
{
    if (!ProfileStore::checkName(profile))
        return {};
    return LockKeyMemory(
        QFileInfo(store.settingsPath()).dir().filePath(u"seen-lock-keys/"_s + profile + u".txt"_s));
}

QSet<QByteArray> LockKeyMemory::load() const
{
    QSet<QByteArray> keys;
    if (m_path.isEmpty())
        return keys;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return keys;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QByteArray key = line.trimmed();
        if (!key.isEmpty() && keys.size() < MaxKeys)
            keys.insert(key);
    }
    return keys;
}

Status LockKeyMemory::save(const QSet<QByteArray>& keys) const
{
    if (m_path.isEmpty())
        return success();
    if (!QDir().mkpath(QFileInfo(m_path).path()))
        return Error{ErrorKind::Io, ConfigText::tr("cannot create %1 for the lock keys seen")
                                        .arg(quote(QFileInfo(m_path).path()))};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorKind::Io,
                     ConfigText::tr("cannot write %1: %2").arg(quote(m_path), file.errorString())};
    qsizetype written = 0;
    for (const QByteArray& key : keys) {
        if (written++ == MaxKeys)
            break;
        file.write(key + '\n');
    }
    if (!file.commit())
        return Error{ErrorKind::Io,
                     ConfigText::tr("cannot write %1: %2").arg(quote(m_path), file.errorString())};
    return success();
}

} // namespace lockboard
