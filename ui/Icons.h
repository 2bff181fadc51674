#pragma once

#include <QIcon>

namespace lockboard {

// The icons compiled in from resources/icons (rendered from SVG at build time).
// name: "lockboard" (the application), "refresh", "release", "profiles", "filter".
[[nodiscard]] QIcon icon(const QString& name);

} // namespace lockboard
