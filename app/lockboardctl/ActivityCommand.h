#pragma once

#include <QStringList>

namespace lockboard::cli {

class CliIo;

// lockboardctl activity: watch the cluster's lock traffic for a while, then
// print per-lock figures (acquisitions and contention, hold times, expiries,
// the holder's address) and stuck-lock hints.
[[nodiscard]] int runActivity(const QStringList& args, CliIo& io);

} // namespace lockboard::cli
