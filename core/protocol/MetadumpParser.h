#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

namespace lockboard {

// One line of "lru_crawler metadump": an item's key and metadata.
struct MetadumpEntry
{
    QByteArray key;      // URI-decoded
    qint64 expires = -1; // Unix time; -1: never
    qint64 lastAccess = 0;
    quint64 cas = 0;
    bool fetched = false;
    int slabClass = 0;
    qint64 size = 0;
};

// Reads the stream of "lru_crawler metadump hash" incrementally, in chunks of
// any size: lines "key=<uri-encoded> exp=<t|-1> la=<t> cas=<n> fetch=yes|no
// cls=<n> size=<n>" (ending in "\n"), then "END\r\n". Entries go to a callback
// one by one and are not kept; a filter on the still-encoded key decides which
// lines are parsed at all, so scanning a million keys for a few lock keys
// costs one substring search per line and no memory per key.
class MetadumpParser
{
public:
    enum class State
    {
        Reading,
        Done,
        Failed
    };

    // Why a dump failed. Busy and NotAllowed leave the connection usable.
    enum class Failure
    {
        None,
        Busy,        // another crawl is running: try again later
        NotAllowed,  // the server was started with -X (dumps disabled)
        Unsupported, // memcached older than 1.6.10
        Refused,     // CLIENT_ERROR or SERVER_ERROR
        Malformed,   // not a metadump
        Closed,      // the server closed the connection before END
    };

    // filter: given the URI-encoded key, whether to parse the line; empty: all.
    using Filter = std::function<bool(QByteArrayView encodedKey)>;
    using Sink = std::function<void(MetadumpEntry&& entry)>;

    MetadumpParser(Filter filter, Sink sink);

    // Feeds the next bytes; returns the state after them. After Done, any
    // further bytes are an error (they belong to no request).
    State feed(QByteArrayView chunk);
    // The stream ended (the server closed the connection): an error unless Done.
    State finish();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const QString& error() const { return m_error; }
    [[nodiscard]] Failure failure() const { return m_failure; }
    // The failure as the error kind callers act on: Busy, NotAllowed, ServerError
    // (refused or unsupported), ProtocolError (not a metadump), ConnectionFailed (cut short).
    [[nodiscard]] ErrorKind errorKind() const;
    // Whether the connection can serve further requests after this failure.
    [[nodiscard]] bool connectionUsable() const
    {
        return m_failure == Failure::Busy || m_failure == Failure::NotAllowed ||
               m_failure == Failure::Unsupported || m_failure == Failure::Refused;
    }
    [[nodiscard]] qint64 linesRead() const { return m_lines; }
    [[nodiscard]] qint64 entriesKept() const { return m_kept; }

    // memcached's URI encoding: alphanumerics and "-._~" as they are, the rest %XX.
    [[nodiscard]] static QByteArray encode(QByteArrayView raw);
    [[nodiscard]] static bool decode(QByteArrayView encoded, QByteArray& raw);

private:
    State fail(Failure failure, const QString& error);
    State readLines(QByteArrayView chunk);
    bool parseLine(QByteArrayView line);

    Filter m_filter;
    Sink m_sink;
    QByteArray m_partial; // an incomplete line carried to the next chunk
    State m_state = State::Reading;
    QString m_error;
    Failure m_failure = Failure::None;
    qint64 m_lines = 0;
    qint64 m_kept = 0;
};

} // namespace lockboard
