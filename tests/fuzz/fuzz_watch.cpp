// libFuzzer target: WatchParser (memcached's log stream) on any bytes, cut
// into chunks at points the input chooses; the events and the final state must
// not depend on where the stream was cut.
#include "core/protocol/WatchParser.h"

#include <QList>

using lockboard::WatchEvent;
using lockboard::WatchParser;

namespace {

struct Outcome
{
    WatchParser::State state;
    QList<QByteArray> keys;
    QList<double> times;
};

Outcome run(QByteArrayView stream, qsizetype chunk)
{
    Outcome outcome;
    WatchParser parser;
    for (qsizetype at = 0; at < stream.size(); at += chunk) {
        for (const WatchEvent& event :
             parser.feed(stream.sliced(at, std::min(chunk, stream.size() - at)))) {
            outcome.keys.append(event.key + event.address + event.status);
            outcome.times.append(event.ts);
        }
    }
    outcome.state = parser.state();
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype chunk = data[0] % 64 + 1;
    const QByteArrayView stream(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const Outcome whole = run(stream, std::max<qsizetype>(stream.size(), 1));
    const Outcome cut = run(stream, chunk);
    if (whole.state != cut.state || whole.keys != cut.keys ||
        whole.times.size() != cut.times.size())
        __builtin_trap();
    return 0;
}
