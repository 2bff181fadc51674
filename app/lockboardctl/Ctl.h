#pragma once

#include <QStringList>

namespace lockboard::cli {

class CliIo;

// lockboardctl's entry point: args[0] is the program, args[1] the command.
[[nodiscard]] int runCtl(const QStringList& args, CliIo& io);

} // namespace lockboard::cli
