#pragma once

#include <QByteArrayView>
#include <QString>

namespace lockboard {

// User input as it should appear inside an error message: in double quotes,
// control characters and invalid UTF-8 escaped (\n, \x00), cut short when long,
// so a bad key or spec can never garble the terminal or the log it lands in.
[[nodiscard]] QString quote(QByteArrayView text, qsizetype maxChars = 80);
[[nodiscard]] QString quote(QStringView text, qsizetype maxChars = 80);

} // namespace lockboard
