#include "tests/bench/BenchSupport.h"

#include <QDir>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <random>
#include <sched.h>
#include <sys/socket.h>
#include <unistd.h>

namespace lockboard::bench {

ServerCost cost(const test::MemcachedServer& server)
{
    const QByteArray stats = server.command("stats\r\n", "END\r\n");
    ServerCost cost;
    for (const QByteArray& line : stats.split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() != 3)
            continue;
        if (parts[1] == "rusage_user" || parts[1] == "rusage_system")
            cost.cpuSeconds += parts[2].toDouble();
        else if (parts[1] == "bytes_written")
            cost.bytesWritten = parts[2].toLongLong();
        else if (parts[1] == "lru_crawler_starts")
            cost.crawlerStarts = parts[2].toLongLong();
        else if (parts[1] == "crawler_items_checked")
            cost.itemsChecked = parts[2].toLongLong();
    }
    return cost;
}

int connectTo(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

bool roundTrip(int fd, const QByteArray& request, const char* terminator)
{
    if (::send(fd, request.constData(), size_t(request.size()), 0) != request.size())
        return false;
    char buffer[4096];
    QByteArray reply;
    while (!reply.endsWith(terminator)) {
        const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
        if (got <= 0)
            return false;
        reply.append(buffer, got);
    }
    return true;
}

Load::Load(const std::vector<quint16>& ports, int keys, double rate, int valueBytes)
    : m_keys(keys)
    , m_rate(rate)
    , m_value(valueBytes, 'v')
{
    for (const quint16 port : ports)
        m_fds.push_back(connectTo(port));
}

Load::~Load()
{
    (void)stop();
    for (const int fd : m_fds)
        ::close(fd);
}

void Load::start(int pinCore)
{
    m_latencies.clear();
    m_pinCore = pinCore;
    m_running = true;
    m_thread = std::thread([this] { run(); });
}

std::vector<double> Load::stop()
{
    m_running = false;
    if (m_thread.joinable())
        m_thread.join();
    std::sort(m_latencies.begin(), m_latencies.end());
    return m_latencies;
}

void Load::run()
{
    if (m_pinCore >= 0)
        pinThisThread(m_pinCore);
    std::mt19937 random(42);
    const auto interval = std::chrono::nanoseconds(qint64(1e9 / m_rate));
    auto next = Clock::now();
    const auto servers = quint32(m_fds.size());
    for (qint64 i = 0; m_running; ++i) {
        std::this_thread::sleep_until(next);
        next += interval;
        const quint32 key = random() % quint32(m_keys);
        const int fd = m_fds[key % servers];
        const QByteArray name = "cache:item:" + QByteArray::number(key);
        const auto before = Clock::now();
        const bool ok =
            i % 10 == 0 ? roundTrip(fd,
                                    "set " + name + " 0 0 " + QByteArray::number(m_value.size()) +
                                        "\r\n" + m_value + "\r\n",
                                    "\r\n")
                        : roundTrip(fd, "get " + name + "\r\n", "END\r\n");
        if (!ok)
            return;
        m_latencies.push_back(
            double(std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - before)
                       .count()) /
            1000.0);
    }
}

double percentile(const std::vector<double>& sorted, double fraction)
{
    if (sorted.empty())
        return -1;
    return sorted[std::min(sorted.size() - 1, size_t(fraction * double(sorted.size())))];
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool pinThisThread(int core)
{
    if (core >= int(std::thread::hardware_concurrency()))
        return false;
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(core, &set);
    return pthread_setaffinity_np(pthread_self(), sizeof set, &set) == 0;
}

bool pinProcess(qint64 pid, int core)
{
    if (core >= int(std::thread::hardware_concurrency()))
        return false;
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(core, &set);
    bool all = true;
    const QStringList tasks =
        QDir(QStringLiteral("/proc/%1/task").arg(pid)).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& task : tasks)
        all &= sched_setaffinity(pid_t(task.toLongLong()), sizeof set, &set) == 0;
    return all && !tasks.isEmpty();
}

} // namespace lockboard::bench
