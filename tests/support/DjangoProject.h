#pragma once

#include <QString>

namespace lockboard::test {

// Copies the test Django project (tests/django: the shop package and app.py,
// not the reader's own test projects) into target, as a deployment has it.
// False when a file could not be copied.
[[nodiscard]] bool copyDjangoProject(const QString& target);

} // namespace lockboard::test
