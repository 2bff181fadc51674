#include "tests/support/CtlRun.h"

#include "app/lockboardctl/CliIo.h"
#include "app/lockboardctl/Ctl.h"

#include <QBuffer>

using namespace Qt::StringLiterals;

namespace lockboard::test {

CtlRun runCtl(const QStringList& args, const QString& settings, const QProcessEnvironment& env,
              const QByteArray& input)
{
    QByteArray inBytes = input;
    QBuffer in(&inBytes);
    QBuffer out;
    QBuffer err;
    in.open(QIODevice::ReadOnly);
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CtlRun run;
    {
        cli::CliIo io(&in, &out, &err, env, ProfileStore(settings));
        run.code = cli::runCtl(QStringList{u"lockboardctl"_s} + args, io);
    }
    run.out = out.data();
    run.err = QString::fromUtf8(err.data());
    return run;
}

} // namespace lockboard::test
