#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace lockboard::test {

// One lockboardctl invocation, run in-process on buffers.
struct CtlRun
{
    int code = -1;
    QByteArray out;
    QString err;

    [[nodiscard]] QString text() const { return QString::fromUtf8(out); }
};

// args without the program name; settings is the profile store's INI file.
[[nodiscard]] CtlRun runCtl(const QStringList& args, const QString& settings,
                            const QProcessEnvironment& env = {}, const QByteArray& input = {});

} // namespace lockboard::test
