#include "tests/support/TestPki.h"

#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace lockboard::test {

bool TestPki::make()
{
    QProcess make;
    make.start(u"sh"_s, {QStringLiteral(LOCKBOARD_MAKE_PKI), m_dir.path()});
    if (!make.waitForFinished(60000) || make.exitStatus() != QProcess::NormalExit ||
        make.exitCode() != 0) {
        m_error = u"make_pki.sh failed: "_s + QString::fromLocal8Bit(make.readAllStandardError());
        return false;
    }
    for (const QString& name : {u"ca.crt"_s, u"server.key"_s, u"client.key"_s, u"expired.crt"_s})
        if (!QFile::exists(file(name))) {
            m_error = u"make_pki.sh made no "_s + name;
            return false;
        }
    return true;
}

QStringList TestPki::serverArgs(const QString& name, const QString& more) const
{
    return {u"-Z"_s, u"-o"_s,
            u"ssl_chain_cert=%1,ssl_key=%2%3"_s.arg(file(name + u".crt"_s), file(name + u".key"_s),
                                                    more)};
}

} // namespace lockboard::test
