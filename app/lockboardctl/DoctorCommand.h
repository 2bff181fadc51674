#pragma once

#include <QStringList>

namespace lockboard::cli {

class CliIo;

// lockboardctl doctor: what in the client's settings, the saved profiles and
// the cluster's state can make a lock lie, each with its fix. Exit 0 when
// nothing is worse than a note, 3 for warnings, 4 for a critical finding.
[[nodiscard]] int runDoctor(const QStringList& args, CliIo& io);

} // namespace lockboard::cli
