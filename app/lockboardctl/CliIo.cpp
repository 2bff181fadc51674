#include "app/lockboardctl/CliIo.h"

#include "app/lockboardctl/TextTable.h"

#include <QFileDevice>

using namespace Qt::StringLiterals;

namespace lockboard::cli {

CliIo::CliIo(QIODevice* in, QIODevice* out, QIODevice* err, QProcessEnvironment env,
             ProfileStore store, bool outIsTerminal, bool inIsTerminal)
    : m_in(in)
    , m_outDevice(out)
    , m_out(out)
    , m_err(err)
    , m_env(std::move(env))
    , m_profiles(std::move(store))
    , m_outIsTerminal(outIsTerminal)
    , m_inIsTerminal(inIsTerminal)
{}

void CliIo::writeRaw(QByteArrayView bytes)
{
    m_out.flush();
    m_outDevice->write(bytes.data(),
                       bytes.size()); // copied or written now: the caller may reuse it
}

void CliIo::flushOut()
{
    m_out.flush();
    if (auto* file = qobject_cast<QFileDevice*>(m_outDevice))
        file->flush();
}

void CliIo::printJson(const QJsonDocument& document)
{
    m_out << document.toJson(QJsonDocument::Indented);
    m_out.flush();
}

void CliIo::printJsonOrTable(bool json, const QJsonDocument& document, const TextTable& table)
{
    if (json)
        m_out << document.toJson(QJsonDocument::Indented);
    else
        table.print(m_out);
    m_out.flush();
}

int CliIo::fail(int code, const QString& message)
{
    m_err << u"lockboardctl: "_s << message << Qt::endl;
    return code;
}

Environment CliIo::environment() const
{
    Environment environment;
    for (const QString& name : m_env.keys())
        environment.insert(name, m_env.value(name));
    return environment;
}

} // namespace lockboard::cli
