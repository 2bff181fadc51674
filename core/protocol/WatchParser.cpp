#include "core/protocol/WatchParser.h"

#include "core/protocol/MetadumpParser.h"

#include <algorithm>

namespace lockboard {

namespace {

qint64 toInteger(QByteArrayView text, bool* ok)
{
    return QByteArray(text.data(), text.size()).toLongLong(ok);
}

} // namespace

bool WatchParser::parseLine(QByteArrayView line, WatchEvent& event)
{
    event = WatchEvent();
    bool sawPair = false;
    QByteArrayView type;
    qsizetype start = 0;
    while (start < line.size()) {
        qsizetype end = line.indexOf(' ', start);
        if (end < 0)
            end = line.size();
        const QByteArrayView pair = line.sliced(start, end - start);
        start = end + 1;
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        if (equals <= 0)
            return false;
        sawPair = true;
        const QByteArrayView name = pair.first(equals);
        const QByteArrayView value = pair.sliced(equals + 1);
        bool ok = true;
        if (name == "ts")
            event.ts = QByteArray(value.data(), value.size()).toDouble(&ok);
        else if (name == "type")
            type = value;
        else if (name == "key")
            ok = MetadumpParser::decode(value, event.key);
        else if (name == "status")
            event.status = value.toByteArray();
        else if (name == "cmd")
            event.command = value.toByteArray();
        else if (name == "ttl") {
            event.ttl = toInteger(value, &ok);
            if (event.ttl == 0)
                event.ttl = ttl::Never; // memcached logs a missing expiry as ttl=0
        } else if (name == "cfd")
            event.clientFd = int(toInteger(value, &ok));
        else if (name == "rip")
            event.address = value.toByteArray() + event.address;
        else if (name == "rport")
            event.address += ':' + value.toByteArray();
        else if (name == "skipped") {
            event.skipped = toInteger(value, &ok);
            event.type = WatchEvent::Type::Skipped;
        }
        if (!ok)
            return false;
    }
    if (type == "item_store")
        event.type = WatchEvent::Type::ItemStore;
    else if (type == "conn_new")
        event.type = WatchEvent::Type::ConnNew;
    else if (type == "conn_close")
        event.type = WatchEvent::Type::ConnClose;
    return sawPair;
}

QList<WatchEvent> WatchParser::feed(QByteArrayView bytes)
{
    QList<WatchEvent> events;
    if (m_state == State::Refused || m_state == State::Malformed)
        return events;
    m_buffer.append(bytes);
    qsizetype start = 0;
    while (true) {
        const qsizetype newline = m_buffer.indexOf('\n', start);
        if (newline < 0)
            break;
        QByteArrayView line = QByteArrayView(m_buffer).sliced(start, newline - start);
        start = newline + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (m_state == State::AwaitingAnswer) {
            if (line == "OK") {
                m_state = State::Streaming;
                continue;
            }
            m_state = State::Refused;
            m_problem = line.toByteArray();
            break;
        }
        if (line.isEmpty())
            continue;
        ++m_lines;
        // Stores of keys that are not locks (nearly all of a busy cache's
        // stream) are skipped on their raw bytes, before anything is decoded.
        if (!m_keyFilter.isEmpty() && line.contains("type=item_store") &&
            std::none_of(m_keyFilter.begin(), m_keyFilter.end(),
                         [&](const QByteArray& needle) { return line.contains(needle); })) {
            ++m_skippedLines;
            continue;
        }
        WatchEvent event;
        if (!parseLine(line, event)) {
            m_state = State::Malformed;
            m_problem = line.first(std::min<qsizetype>(line.size(), 200)).toByteArray();
            break;
        }
        events.append(std::move(event));
    }
    m_buffer.remove(0, start);
    if (m_state == State::Streaming && m_buffer.size() > MaxLineLength) {
        m_state = State::Malformed;
        m_problem = m_buffer.first(200);
    }
    return events;
}

} // namespace lockboard
