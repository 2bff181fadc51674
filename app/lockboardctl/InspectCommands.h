#pragma once

#include <QStringList>

namespace lockboard::cli {

class CliIo;

// lockboardctl servers: every server's health (exit 1 when one is down or
// could not be scanned).
[[nodiscard]] int runServers(const QStringList& args, CliIo& io);
// lockboardctl locks: every held lock on every server (exit 1 when a server
// could not be scanned: the list may be incomplete).
[[nodiscard]] int runLocks(const QStringList& args, CliIo& io);
// lockboardctl watch [--interval S] [--count N]: servers and locks, refreshed
// in place on a terminal until interrupted.
[[nodiscard]] int runWatch(const QStringList& args, CliIo& io);
// lockboardctl release NAME [--server S] [--cas N] [--yes]: a CAS-guarded
// force release of one copy, recorded in the audit log.
[[nodiscard]] int runRelease(const QStringList& args, CliIo& io);

} // namespace lockboard::cli
