#pragma once

#include <QStringList>

namespace lockboard::cli {

class CliIo;

// lockboardctl set KEY VALUE|- [--ttl S] [--flags N]: a checked set on the
// key's home server; exits 0 only when the server stored it.
[[nodiscard]] int runSet(const QStringList& args, CliIo& io);

// lockboardctl get KEY: the value from the key's home server, as is; exits 0
// only when found.
[[nodiscard]] int runGet(const QStringList& args, CliIo& io);

} // namespace lockboard::cli
