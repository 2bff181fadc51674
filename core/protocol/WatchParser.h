#pragma once

#include "core/common/Ttl.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace lockboard {

// One line of memcached's log stream ("watch mutations connevents"):
//   ts=1795489488.214329 gid=3 type=item_store key=%3A1%3A__d_lock_x status=stored cmd=add
//       ttl=60 clsid=1 cfd=25 size=1
//   ts=1795489488.173013 gid=2 type=conn_new rip=127.0.0.1 rport=54402 transport=tcp cfd=25
//   ts=... gid=8 type=conn_close rip=127.0.0.1 rport=54402 transport=tcp reason=normal cfd=25
// and, when the watcher fell behind, a line with skipped=<n>.
struct WatchEvent
{
    enum class Type
    {
        ItemStore,
        ConnNew,
        ConnClose,
        Skipped, // the server dropped `skipped` lines: figures are incomplete
        Other,
    };
    Type type = Type::Other;
    double ts = 0;             // the server's clock, Unix seconds
    QByteArray key;            // URI-decoded
    QByteArray status;         // item_store: stored, not_stored, exists, not_found
    QByteArray command;        // item_store: add, set, cas, replace, append, prepend, incr, decr
    qint64 ttl = ttl::Unknown; // item_store: seconds left, or ttl::Never (the stream's ttl=0)
    int clientFd = -1;         // the client's connection on the server (cfd)
    QByteArray address;        // conn_new/conn_close: "ip:port"
    qint64 skipped = 0;
    double receivedAt = 0; // set by the reader: when the line arrived (local clock)
};

// Parses the stream incrementally: bytes in as they arrive, whole events out.
// The first line is the server's answer to the watch command: OK starts the
// stream, anything else (ERROR on a server without that watcher) refuses it.
class WatchParser
{
public:
    enum class State
    {
        AwaitingAnswer,
        Streaming,
        Refused,
        Malformed,
    };

    // Only item_store lines whose raw bytes contain one of encodedNeedles
    // (URI-encoded key parts, such as the lock prefix: each lock recipe's
    // fixed text) are parsed; the others are counted and dropped. Empty (or
    // an empty needle among them): every line is parsed.
    void setKeyFilter(QList<QByteArray> encodedNeedles)
    {
        m_keyFilter =
            encodedNeedles.contains(QByteArray()) ? QList<QByteArray>() : std::move(encodedNeedles);
    }

    [[nodiscard]] QList<WatchEvent> feed(QByteArrayView bytes);
    // Event lines read since the stream began, and those the filter dropped.
    [[nodiscard]] qint64 lines() const { return m_lines; }
    [[nodiscard]] qint64 skippedLines() const { return m_skippedLines; }
    [[nodiscard]] State state() const { return m_state; }
    // Refused or Malformed: what the server said, or the line that made no sense.
    [[nodiscard]] const QByteArray& problem() const { return m_problem; }

    // One event line, without its line end (Type::Other for an event this
    // parser does not know). False for a line that is not key=value pairs.
    [[nodiscard]] static bool parseLine(QByteArrayView line, WatchEvent& event);

    static constexpr qsizetype MaxLineLength = 64 * 1024;

private:
    State m_state = State::AwaitingAnswer;
    QByteArray m_buffer;
    QByteArray m_problem;
    QList<QByteArray> m_keyFilter;
    qint64 m_lines = 0;
    qint64 m_skippedLines = 0;
};

} // namespace lockboard
