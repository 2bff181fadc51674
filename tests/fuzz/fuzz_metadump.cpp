// libFuzzer target: MetadumpParser on any stream, cut into chunks at points
// the input chooses; the result must not depend on where it was cut.
#include "core/protocol/MetadumpParser.h"

#include <QList>

using lockboard::MetadumpEntry;
using lockboard::MetadumpParser;

namespace {

struct Outcome
{
    MetadumpParser::State state;
    QList<QByteArray> keys;
};

Outcome run(QByteArrayView stream, size_t chunk)
{
    Outcome outcome;
    MetadumpParser parser(
        [](QByteArrayView key) { return key.size() % 2 == 0 || key.contains("lock"); },
        [&](MetadumpEntry&& entry) { outcome.keys.append(entry.key); });
    for (qsizetype at = 0; at < stream.size(); at += qsizetype(chunk))
        parser.feed(stream.sliced(at, std::min<qsizetype>(qsizetype(chunk), stream.size() - at)));
    outcome.state = parser.finish();
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const size_t chunk = data[0] % 64 + 1;
    const QByteArrayView stream(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const Outcome whole = run(stream, std::max<size_t>(size, 1));
    const Outcome cut = run(stream, chunk);
    if (whole.state != cut.state || whole.keys != cut.keys)
        __builtin_trap();
    return 0;
}
