#pragma once

#include <QString>
#include <QThread>

#include <atomic>

namespace lockboard::test {

class FaultProxyWorker;

// A TCP proxy on a free loopback port in front of one memcached, with faults
// a test can switch at any time (from any thread; it runs in a thread of its
// own so that blocking clients in the test thread are served):
//   Pass           forward both ways
//   Blackhole      swallow everything, answer nothing (a partition)
//   Delay          forward, but every chunk only after delayMs
//   Reset          abort connections with a TCP RST on their next byte
//   CloseMidReply  forward requests; pass half of the next reply, then close
//   Garbage        answer every request with a line that is not memcached protocol
//   BusyDump       forward, but answer "lru_crawler metadump" as a server already
//                  running one does (the BUSY line memcached 1.6.18 sends)
//   CloseMidDump   forward, but once a connection asks for "lru_crawler metadump",
//                  pass half of the dump's first chunk and close (before its END)
class FaultProxy
{
public:
    enum class Mode
    {
        Pass,
        Blackhole,
        Delay,
        Reset,
        CloseMidReply,
        Garbage,
        BusyDump,
        CloseMidDump
    };

    static constexpr const char* GarbageReply = "HELLO FROM NOT-MEMCACHED\r\n";

    explicit FaultProxy(quint16 targetPort);
    ~FaultProxy();
    FaultProxy(const FaultProxy&) = delete;
    FaultProxy& operator=(const FaultProxy&) = delete;

    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString spec() const;
    void setMode(Mode mode, int delayMs = 0);

private:
    QThread m_thread;
    FaultProxyWorker* m_worker = nullptr;
    quint16 m_port = 0;
};

} // namespace lockboard::test
