#pragma once

#include <QStringList>

namespace lockboard::cli {

class CliIo;

// lockboardctl profile list|show NAME|save NAME|remove NAME: saved connection
// profiles (servers, client library, key settings, read-only).
[[nodiscard]] int runProfile(const QStringList& args, CliIo& io);

} // namespace lockboard::cli
