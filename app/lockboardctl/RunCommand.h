#pragma once

#include <QStringList>

namespace lockboard::cli {

class CliIo;

// lockboardctl run --lock NAME [--ttl S] [--wait S] -- CMD ARGS...: a
// cluster-wide flock. Runs CMD while holding the lock, refreshing it every
// ttl/3, and releases it after. Exit codes: CMD's own when all went well; 75
// held by another; 69 the lock's home server cannot be reached; 70 the lock
// was lost while CMD ran (said on stderr after CMD ends); 127 CMD cannot run;
// 128 + N when CMD was killed by signal N. SIGINT, SIGTERM and SIGHUP sent to
// lockboardctl are passed on to CMD, and the lock is released when it ends.
[[nodiscard]] int runRun(const QStringList& args, CliIo& io);

} // namespace lockboard::cli
