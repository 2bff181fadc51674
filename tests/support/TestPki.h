#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace lockboard::test {

// Certificates for TLS tests, made by Debian's openssl in a temporary
// directory (tests/security/make_pki.sh: ca, server, expired, wrongname,
// client, untrusted-client, each .crt and .key).
class TestPki
{
public:
    // Makes them; false with errorString() when openssl failed.
    [[nodiscard]] bool make();
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString file(const QString& name) const { return m_dir.filePath(name); }
    // memcached options for a TLS listener with <name>.crt and <name>.key,
    // and more ("," then ssl options).
    [[nodiscard]] QStringList serverArgs(const QString& name, const QString& more = {}) const;

private:
    QTemporaryDir m_dir;
    QString m_error;
};

} // namespace lockboard::test
