// libFuzzer target: MetaReply::parse on any line must return a reply or an
// error, never crash, hang or read out of bounds; flags must stay inside the line.
#include "core/protocol/MetaReply.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView line(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto reply = lockboard::MetaReply::parse(line);
    if (reply.ok()) {
        for (const auto& flag : reply->flags)
            if (flag.offset < 0 || flag.offset + flag.size > reply->line.size())
                __builtin_trap();
        (void)reply->number('t');
        (void)reply->unsignedNumber('c');
    }
    return 0;
}
