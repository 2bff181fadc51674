#pragma once

#include <QByteArray>
#include <QProcess>
#include <QSet>
#include <QString>
#include <QStringList>

namespace lockboard::test {

// A real memcached process on a free loopback port, for tests. Stops (SIGTERM)
// when destroyed. The binary is $LOCKBOARD_MEMCACHED, else memcached on PATH.
class MemcachedServer
{
public:
    MemcachedServer() = default;
    ~MemcachedServer();
    MemcachedServer(const MemcachedServer&) = delete;
    MemcachedServer& operator=(const MemcachedServer&) = delete;

    // Starts memcached with extraArgs (for example {"-M", "-m", "2"}) on a
    // free port, or on port when it is not 0; false with errorString() if it
    // does not answer within 10 s. With -Z (TLS) it is ready when it accepts
    // connections; command(), stat() and keys() speak plain text only.
    [[nodiscard]] bool start(const QStringList& extraArgs = {}, quint16 port = 0);
    // The same on [::1], or on a unix socket at path.
    [[nodiscard]] bool startIpv6(const QStringList& extraArgs = {});
    [[nodiscard]] bool startUnix(const QString& path, const QStringList& extraArgs = {});
    void stop();                  // SIGTERM, then wait
    void kill();                  // SIGKILL: a crash
    [[nodiscard]] bool restart(); // a fresh process on the same port and arguments

    [[nodiscard]] bool isRunning() const { return m_process.state() == QProcess::Running; }
    [[nodiscard]] quint16 port() const { return m_port; } // 0 on a unix socket
    [[nodiscard]] QString spec() const;
    [[nodiscard]] qint64 pid() const { return m_process.processId(); }
    [[nodiscard]] QString errorString() const { return m_error; }

    // One request on a fresh connection; the reply up to and including the
    // first line that equals terminator or ends with it ("" on failure).
    [[nodiscard]] QByteArray command(const QByteArray& request,
                                     const QByteArray& terminator = "\r\n") const;
    // Stores every key with value (ms ... q, pipelined in batches of 50,000);
    // false when the server did not confirm the end of every batch or refused a store.
    [[nodiscard]] bool storeMany(const QList<QByteArray>& keys, const QByteArray& value,
                                 quint32 flags = 0, int ttl = 0) const;
    // The same, counting the stores the server refused (an evicting server
    // short of memory can answer "SERVER_ERROR out of memory" while its LRU
    // maintainer lags); -1 when a batch was not answered at all.
    [[nodiscard]] qsizetype storeManyRefused(const QList<QByteArray>& keys, const QByteArray& value,
                                             quint32 flags = 0, int ttl = 0) const;
    // A number from "stats" (for example "lru_crawler_starts"); -1 when missing.
    [[nodiscard]] qint64 stat(const QByteArray& name) const;
    // Every key the server holds (lru_crawler metadump hash), URI-decoded.
    [[nodiscard]] QSet<QByteArray> keys() const;

    [[nodiscard]] static QString binary();
    [[nodiscard]] static quint16 freePort();

private:
    [[nodiscard]] bool launch();
    [[nodiscard]] bool accepts() const; // a TCP connection is accepted

    QProcess m_process;
    QString m_address = QStringLiteral("127.0.0.1");
    QString m_socketPath; // a unix socket instead of TCP when set
    QStringList m_args;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace lockboard::test
