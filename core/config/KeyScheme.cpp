#include "core/config/KeyScheme.h"

#include "core/common/Quote.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

// The words of this file, in the context "lockboard::config" for translators.
class ConfigText
{
    Q_DECLARE_TR_FUNCTIONS(lockboard::config)
};

} // namespace

KeyScheme::KeyScheme()
    : KeyScheme(QString(), 1)
{}

KeyScheme::KeyScheme(QString keyPrefix, int version, QString lockPrefix)
    : m_keyPrefix(std::move(keyPrefix))
    , m_version(version)
    , m_lockPrefix(std::move(lockPrefix))
    , m_keyPrefixBytes(m_keyPrefix.toUtf8() + ':')
    , m_lockPrefixBytes(m_lockPrefix.toUtf8())
{}

Result<QByteArray> KeyScheme::cacheKey(QStringView key) const
{
    return checkKey(QString(m_keyPrefix % u':' % QString::number(m_version) % u':' % key).toUtf8());
}

Result<QByteArray> KeyScheme::lockKey(QStringView name) const
{
    if (name.isEmpty())
        return Error{ErrorKind::InvalidArgument, ConfigText::tr("the lock name is empty")};
    return cacheKey(QString(m_lockPrefix + name));
}

std::optional<KeyScheme::LockKey> KeyScheme::parseLockKey(QByteArrayView key, bool anyVersion) const
{
    if (!key.startsWith(m_keyPrefixBytes))
        return std::nullopt;
    const QByteArrayView rest = key.sliced(m_keyPrefixBytes.size());
    const qsizetype colon = rest.indexOf(':');
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    const int version = rest.first(colon).toInt(&ok);
    if (!ok || (!anyVersion && version != m_version))
        return std::nullopt;
    const QByteArrayView tail = rest.sliced(colon + 1);
    if (!tail.startsWith(m_lockPrefixBytes) || tail.size() == m_lockPrefixBytes.size())
        return std::nullopt;
    return LockKey{QString::fromUtf8(tail.sliced(m_lockPrefixBytes.size())), version};
}

bool KeyScheme::isValidKey(QByteArrayView key)
{
    if (key.isEmpty() || key.size() > MaxKeyLength)
        return false;
    for (const char c : key) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte == 0x7f)
            return false;
    }
    return true;
}

Result<QByteArray> KeyScheme::checkKey(QByteArray key)
{
    if (key.isEmpty())
        return Error{ErrorKind::InvalidArgument, ConfigText::tr("the key is empty")};
    if (key.size() > MaxKeyLength)
        return Error{ErrorKind::InvalidArgument,
                     ConfigText::tr("key %1 is %2 bytes long; memcached allows at most %3")
                         .arg(quote(key))
                         .arg(key.size())
                         .arg(MaxKeyLength)};
    for (qsizetype i = 0; i < key.size(); ++i) {
        const auto byte = static_cast<unsigned char>(key[i]);
        if (byte <= 0x20 || byte == 0x7f) {
            const QString what = byte == 0x20 ? ConfigText::tr("a space")
                                              : ConfigText::tr("the control character 0x%1")
                                                    .arg(uint(byte), 2, 16, QChar(u'0'));
            return Error{ErrorKind::InvalidArgument,
                         ConfigText::tr("key %1 contains %2 at byte %3; memcached keys cannot "
                                        "contain whitespace or control characters")
                             .arg(quote(key), what)
                             .arg(i + 1)};
        }
    }
    return key;
}

} // namespace lockboard
