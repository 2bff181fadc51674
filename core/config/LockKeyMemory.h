#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

namespace lockboard {

class ProfileStore;

// The lock keys seen on a profile's servers, remembered between runs, so
// that a server in names mode (memcached -X) is also searched for the locks
// seen there or elsewhere before. One key per line in a file beside the
// profiles (memcached keys hold no whitespace), written whole with QSaveFile;
// at most MaxKeys. A default-constructed memory remembers nothing.
class LockKeyMemory
{
public:
    static constexpr qsizetype MaxKeys = 10'000;

    LockKeyMemory() = default;
    explicit LockKeyMemory(QString path)
        : m_path(std::move(path))
    {}
    // <the settings file's folder>/seen-lock-keys/<profile>.txt; nothing for a
    // profile name that is not a valid saved-profile name.
    [[nodiscard]] static LockKeyMemory forProfile(const ProfileStore& store,
                                                  const QString& profile);

    [[nodiscard]] const QString& path() const { return m_path; }
    // The keys remembered (none when the file is missing or unreadable).
    [[nodiscard]] QSet<QByteArray> load() const;
    // Replaces what is remembered with keys (at most MaxKeys of them).
    [[nodiscard]] Status save(const QSet<QByteArray>& keys) const;

private:
    QString m_path;
};

} // namespace lockboard
