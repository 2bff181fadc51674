#pragma once

#include "core/client/Outcome.h"
#include "core/config/ClientOptions.h"
#include "core/config/ServerSpec.h"
#include "core/protocol/MetaReply.h"

#include <QByteArray>
#include <QString>

namespace lockboard {

// A blocking socket to one server for meta-protocol requests (ms, md, mg),
// which libmemcached 1.1 does not speak: the lock needs "add and tell me the
// CAS" and "delete only if the CAS matches" in one round trip each.
// Connects on first use, with the connect timeout; every send and recv waits
// at most the I/O timeout (SO_SNDTIMEO, SO_RCVTIMEO). After any failure the socket is closed, so
// the next request connects afresh. Not thread-safe.
class MetaConnection
{
public:
    // One request and its reply. failure is Outcome::Ok when a reply was read.
    struct Exchange
    {
        Outcome failure = Outcome::Ok;
        QString error; // what went wrong, when failure is not Ok
        MetaReply reply;
        QByteArray value; // the data block of a VA reply
    };

    MetaConnection(ServerSpec spec, ClientOptions options);
    ~MetaConnection();
    MetaConnection(const MetaConnection&) = delete;
    MetaConnection& operator=(const MetaConnection&) = delete;

    // request is one complete command, "\r\n" and data block included.
    [[nodiscard]] Exchange exchange(const QByteArray& request);

private:
    [[nodiscard]] Exchange connectSocket();
    [[nodiscard]] Exchange fail(Outcome outcome, const QString& error);
    // Reads until the buffer holds a whole line; end is where its "\r\n" starts.
    [[nodiscard]] Exchange readLine(qsizetype& end);
    [[nodiscard]] Exchange readExactly(qsizetype bytes, QByteArray& into);
    [[nodiscard]] Exchange fill();

    ServerSpec m_spec;
    ClientOptions m_options;
    int m_fd = -1;
    QByteArray m_buffer; // bytes read but not yet consumed
};

} // namespace lockboard
