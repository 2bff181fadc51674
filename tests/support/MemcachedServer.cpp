#include "tests/support/MemcachedServer.h"

#include <QDeadlineTimer>
#include <QLocalSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

#include <csignal>
#include <memory>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace lockboard::test {

MemcachedServer::~MemcachedServer()
{
    stop();
}

QString MemcachedServer::binary()
{
    const QString configured = qEnvironmentVariable("LOCKBOARD_MEMCACHED");
    return configured.isEmpty() ? u"memcached"_s : configured;
}

quint16 MemcachedServer::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QString MemcachedServer::spec() const
{
    if (!m_socketPath.isEmpty())
        return u"unix:"_s + m_socketPath;
    if (m_address.contains(u':'))
        return u"[%1]:%2"_s.arg(m_address).arg(m_port);
    return u"%1:%2"_s.arg(m_address).arg(m_port);
}

bool MemcachedServer::startIpv6(const QStringList& extraArgs)
{
    m_address = u"::1"_s;
    return start(extraArgs);
}

bool MemcachedServer::startUnix(const QString& path, const QStringList& extraArgs)
{
    m_socketPath = path;
    m_args = extraArgs;
    m_port = 0;
    return launch();
}

bool MemcachedServer::start(const QStringList& extraArgs, quint16 port)
{
    m_args = extraArgs;
    // A free port can be taken between the probe and memcached's bind: retry.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = port ? port : freePort();
        if (launch())
            return true;
        if (port)
            break;
    }
    return false;
}

bool MemcachedServer::launch()
{
    QStringList args{u"-U"_s, u"0"_s, u"-t"_s, u"2"_s};
    if (m_socketPath.isEmpty())
        args << u"-l"_s << m_address << u"-p"_s << QString::number(m_port);
    else
        args << u"-s"_s << m_socketPath;
    if (::geteuid() == 0)
        args << u"-u"_s << u"root"_s;
    args += m_args;
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // A test that crashes takes its servers with it: a server left running
    // would keep ctest's output pipe open, and ctest would wait for it forever.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process.start(binary(), args);
    if (!m_process.waitForStarted(5000)) {
        m_error = u"cannot start %1: %2"_s.arg(binary(), m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running) {
            m_error =
                u"memcached on port %1 exited with code %2"_s.arg(m_port).arg(m_process.exitCode());
            return false;
        }
        // A TLS port (-Z) resets a plain "version": it is ready once it accepts
        // connections. An authenticating one (-Y) answers CLIENT_ERROR.
        if (m_args.contains(u"-Z"_s)
                ? accepts()
                : command("version\r\n")
                      .startsWith(m_args.contains(u"-Y"_s) ? "CLIENT_ERROR" : "VERSION "))
            return true;
        QThread::msleep(20);
    }
    m_error = u"memcached on port %1 did not answer within 10 s"_s.arg(m_port);
    stop();
    return false;
}

bool MemcachedServer::accepts() const
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(m_address), m_port);
    return socket.waitForConnected(2000);
}

void MemcachedServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void MemcachedServer::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

bool MemcachedServer::restart()
{
    stop();
    return m_socketPath.isEmpty() ? start(m_args, m_port) : launch();
}

QByteArray MemcachedServer::command(const QByteArray& request, const QByteArray& terminator) const
{
    std::unique_ptr<QIODevice> device;
    if (m_socketPath.isEmpty()) {
        auto tcp = std::make_unique<QTcpSocket>();
        tcp->connectToHost(QHostAddress(m_address), m_port);
        if (!tcp->waitForConnected(2000))
            return {};
        device = std::move(tcp);
    } else {
        auto local = std::make_unique<QLocalSocket>();
        local->connectToServer(m_socketPath);
        if (!local->waitForConnected(2000))
            return {};
        device = std::move(local);
    }
    QIODevice& socket = *device;
    socket.write(request);
    QByteArray reply;
    // The terminator must be a whole line ("END\r\n" ends a dump, not a key "xEND").
    const auto complete = [&] {
        if (!reply.endsWith(terminator))
            return false;
        const qsizetype before = reply.size() - terminator.size() - 1;
        return terminator == "\r\n" || before < 0 || reply.at(before) == '\n';
    };
    const QDeadlineTimer deadline(10000);
    while (!complete()) {
        if (deadline.hasExpired() || !socket.waitForReadyRead(int(deadline.remainingTime())))
            return {};
        reply += socket.readAll();
    }
    return reply;
}

bool MemcachedServer::storeMany(const QList<QByteArray>& keys, const QByteArray& value,
                                quint32 flags, int ttl) const
{
    return storeManyRefused(keys, value, flags, ttl) == 0;
}

qsizetype MemcachedServer::storeManyRefused(const QList<QByteArray>& keys, const QByteArray& value,
                                            quint32 flags, int ttl) const
{
    constexpr qsizetype Batch = 50'000;
    qsizetype refused = 0;
    for (qsizetype from = 0; from < keys.size(); from += Batch) {
        QByteArray request;
        const qsizetype to = std::min(keys.size(), from + Batch);
        request.reserve((to - from) * (value.size() + 48));
        for (qsizetype i = from; i < to; ++i)
            request += "ms " + keys[i] + ' ' + QByteArray::number(value.size()) + " T" +
                       QByteArray::number(ttl) + " F" + QByteArray::number(flags) + " q\r\n" +
                       value + "\r\n";
        request += "mn\r\n";
        const QByteArray reply = command(request, "MN\r\n");
        if (!reply.endsWith("MN\r\n")) {
            qWarning("storeMany: %s did not answer stores %lld to %lld within 10 s",
                     qPrintable(spec()), qlonglong(from), qlonglong(to));
            return -1;
        }
        const qsizetype failures = reply.count('\n') - 1; // quiet mode answers only failures
        if (failures > 0 && refused == 0)
            qWarning("storeMany: %s refused %lld stores, the first with %s", qPrintable(spec()),
                     qlonglong(failures), reply.left(reply.indexOf('\r')).constData());
        refused += failures;
    }
    return refused;
}

qint64 MemcachedServer::stat(const QByteArray& name) const
{
    const QByteArray prefix = "STAT " + name + ' ';
    for (const QByteArray& line : command("stats\r\n", "END\r\n").split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().toLongLong();
    return -1;
}

QSet<QByteArray> MemcachedServer::keys() const
{
    QSet<QByteArray> keys;
    const QByteArray dump = command("lru_crawler metadump hash\r\n", "END\r\n");
    for (const QByteArray& line : dump.split('\n')) {
        if (line.startsWith("key=")) {
            const QByteArray encoded = line.mid(4, line.indexOf(' ') - 4);
            keys.insert(QByteArray::fromPercentEncoding(encoded));
        }
    }
    return keys;
}

} // namespace lockboard::test
