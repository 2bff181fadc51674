#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace lockboard {

// How a Django app turns a cache key into a memcached key, and how the seed's
// lock recipe names its locks:
//   memcached key = KEY_PREFIX ":" VERSION ":" key        (Django's default_key_func)
//   lock key      = memcached key of (lock prefix + name) (default prefix "__d_lock_")
// so the lock "nightly" of a default Django app lives at ":1:__d_lock_nightly".
class KeyScheme
{
public:
    static constexpr qsizetype MaxKeyLength = 250;
    static inline const QString DefaultLockPrefix = QStringLiteral("__d_lock_");

    KeyScheme();
    KeyScheme(QString keyPrefix, int version, QString lockPrefix = DefaultLockPrefix);

    [[nodiscard]] const QString& keyPrefix() const { return m_keyPrefix; }
    [[nodiscard]] int version() const { return m_version; }
    [[nodiscard]] const QString& lockPrefix() const { return m_lockPrefix; }

    // The memcached key (UTF-8 bytes) for a cache key; checked with checkKey().
    [[nodiscard]] Result<QByteArray> cacheKey(QStringView key) const;
    // The memcached key of the lock called name.
    [[nodiscard]] Result<QByteArray> lockKey(QStringView name) const;

    // The lock name in a memcached key of this scheme's form,
    // "<prefix>:<version>:<lock prefix><name>", with this scheme's version or,
    // when anyVersion is set, any integer version.
    struct LockKey
    {
        QString name;
        int version = 1;
    };
    [[nodiscard]] std::optional<LockKey> parseLockKey(QByteArrayView key, bool anyVersion) const;

    // A memcached key must be 1 to 250 bytes with no whitespace or control
    // characters (bytes 0x00-0x20 and 0x7f); the error quotes the key.
    [[nodiscard]] static Result<QByteArray> checkKey(QByteArray key);
    // The same test without building a result: for hot paths.
    [[nodiscard]] static bool isValidKey(QByteArrayView key);

    friend bool operator==(const KeyScheme&, const KeyScheme&) = default;

private:
    QString m_keyPrefix;
    int m_version = 1;
    QString m_lockPrefix = DefaultLockPrefix;
    // The same prefixes in UTF-8 ("<prefix>:" and the lock prefix): parseLockKey
    // runs for every lock key a walk finds.
    QByteArray m_keyPrefixBytes;
    QByteArray m_lockPrefixBytes;
};

} // namespace lockboard
