// libFuzzer target: StatsReply::parse and replyLength on any bytes.
#include "core/protocol/StatsReply.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView reply(reinterpret_cast<const char*>(data), qsizetype(size));
    const qsizetype length = lockboard::StatsReply::replyLength(reply);
    if (length > reply.size())
        __builtin_trap();
    const auto stats = lockboard::StatsReply::parse(reply);
    if (stats.ok())
        (void)stats->number("pid");
    return 0;
}
