#include "app/demo/DemoCluster.h"

#include "app/demo/DemoWorkload.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>

#include <csignal>
#include <memory>
#include <sys/prctl.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

// Free loopback ports, all held open until every one is chosen so that no
// two are the same. Another program could still take one before memcached
// binds it: memcached then exits and the demo says so.
QList<quint16> freePorts(int count)
{
    std::vector<std::unique_ptr<QTcpServer>> listeners;
    QList<quint16> ports;
    for (int i = 0; i < count; ++i) {
        auto listener = std::make_unique<QTcpServer>();
        if (!listener->listen(QHostAddress::LocalHost, 0))
            return {};
        ports.append(listener->serverPort());
        listeners.push_back(std::move(listener));
    }
    return ports;
}

} // namespace

DemoCluster::DemoCluster(QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(u"demo workload"_s);
}

DemoCluster::~DemoCluster()
{
    // Whatever stop() has not finished yet is finished here, waiting: the
    // event loop that would have done it is gone.
    m_thread.quit();
    m_thread.wait();
    for (QProcess* process : std::as_const(m_servers)) {
        process->disconnect(this);
        process->terminate();
        if (!process->waitForFinished(2000))
            process->kill();
        process->waitForFinished(1000);
    }
}

QString DemoCluster::findMemcached()
{
    QString path = QStandardPaths::findExecutable(u"memcached"_s);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(u"memcached"_s, {u"/usr/bin"_s, u"/usr/sbin"_s});
    return path;
}

void DemoCluster::start(int servers)
{
    // Failures found here are reported like the others: after start() returns.
    const auto failSoon = [this](const QString& message) {
        QMetaObject::invokeMethod(
            this, [this, message] { fail(message); }, Qt::QueuedConnection);
    };
    const QString memcached = m_program.isEmpty() ? findMemcached() : m_program;
    if (memcached.isEmpty() || !QFileInfo(memcached).isExecutable()) {
        failSoon(tr("memcached is not installed, so there is no demo cluster to start. "
                    "Install it (on Debian: sudo apt-get install memcached) and try again."));
        return;
    }
    const QList<quint16> ports = freePorts(servers);
    if (ports.size() != servers) {
        failSoon(
            tr("Could not find %1 free ports on 127.0.0.1 for the demo servers.").arg(servers));
        return;
    }
    m_profile = Profile();
    m_profile.name = u"demo"_s;
    for (quint16 port : ports) {
        auto* process = new QProcess(this);
        // -U 0: no UDP; -t 1 and -m 64: small, as a laptop demo should be.
        QStringList arguments{u"-l"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(port),
                              u"-U"_s, u"0"_s,         u"-t"_s, u"1"_s,
                              u"-m"_s, u"64"_s};
        if (::geteuid() == 0)
            arguments << u"-u"_s << u"root"_s; // memcached refuses to run as root without it
        process->setProgram(memcached);
        process->setArguments(arguments);
        process->setProcessChannelMode(QProcess::MergedChannels);
        // Should lockboard die without cleaning up (kill -9, a crash), the
        // kernel stops its demo servers too: no memcached is left behind.
        process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        connect(process, &QProcess::errorOccurred, this, [this, process, port] {
            fail(tr("The demo server on port %1 could not run: %2")
                     .arg(port)
                     .arg(process->errorString()));
        });
        connect(process, &QProcess::finished, this, [this, process, port] {
            fail(tr("The demo server on port %1 exited: %2")
                     .arg(port)
                     .arg(QString::fromLocal8Bit(process->readAll()).trimmed()));
        });
        m_servers.append(process);
        process->start();
        m_profile.servers.append(*ServerSpec::parse(u"127.0.0.1:%1"_s.arg(port)));
    }

    m_counters = std::make_shared<ClientCounters>(servers);
    auto* workload = new DemoWorkload(m_profile, m_counters);
    m_workload = workload;
    workload->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, workload, &DemoWorkload::start);
    connect(&m_thread, &QThread::finished, workload, &QObject::deleteLater);
    connect(workload, &DemoWorkload::ready, this, [this] { Q_EMIT ready(m_profile); });
    connect(workload, &DemoWorkload::failed, this, &DemoCluster::fail);
    m_thread.start();
}

void DemoCluster::fail(const QString& message)
{
    if (m_failed)
        return;
    m_failed = true;
    stop();
    Q_EMIT failed(message);
}

void DemoCluster::stop()
{
    if (m_stopping)
        return;
    if (!isRunning()) {
        QMetaObject::invokeMethod(this, &DemoCluster::stopped, Qt::QueuedConnection);
        return;
    }
    m_stopping = true;
    // The workload first, on its own thread: it releases its workers' locks
    // while the servers still run. The servers go when that thread has ended.
    if (m_thread.isRunning()) {
        connect(&m_thread, &QThread::finished, this, &DemoCluster::stopServers,
                Qt::SingleShotConnection);
        QMetaObject::invokeMethod(m_workload, [workload = m_workload] {
            workload->finish();
            QThread::currentThread()->quit();
        });
    } else {
        stopServers();
    }
}

void DemoCluster::stopServers()
{
    m_workload = nullptr;
    if (m_servers.isEmpty()) {
        m_stopping = false;
        Q_EMIT stopped();
        return;
    }
    const QList<QProcess*> servers = m_servers;
    for (QProcess* process : servers) {
        process->disconnect(this);
        if (process->state() == QProcess::NotRunning) { // never started
            QMetaObject::invokeMethod(
                this, [this, process] { serverGone(process); }, Qt::QueuedConnection);
            continue;
        }
        connect(process, &QProcess::finished, this, [this, process] { serverGone(process); });
        process->terminate();
        // memcached exits on SIGTERM at once; one that does not is killed.
        QTimer::singleShot(2000, process, [process] { process->kill(); });
    }
}

void DemoCluster::serverGone(QProcess* process)
{
    m_servers.removeOne(process);
    process->deleteLater();
    if (!m_servers.isEmpty())
        return;
    m_stopping = false;
    Q_EMIT stopped();
}

} // namespace lockboard
