#pragma once

#include <QStringList>

namespace lockboard::cli {

class CliIo;

// lockboardctl place KEY... [--raw] [common options]: each key's home server
// under the profile's client library, and for python-memcached the servers a
// retrying client would fall back to.
[[nodiscard]] int runPlace(const QStringList& args, CliIo& io);

} // namespace lockboard::cli
