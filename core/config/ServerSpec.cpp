#include "core/config/ServerSpec.h"

#include "core/common/Quote.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

// The words of this file, in the context "lockboard::config" for translators.
class ConfigText
{
    Q_DECLARE_TR_FUNCTIONS(lockboard::config)
};

} // namespace

namespace {

Error badSpec(QStringView spec, const QString& why)
{
    return Error{ErrorKind::InvalidArgument,
                 ConfigText::tr("bad server spec %1: %2").arg(quote(spec), why)};
}

bool isHostChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'-' || c == u'.' || c == u'_';
}

// Digits only: "+1", " 1" and "1e3" are not ports.
std::optional<qint64> parseNumber(QStringView text)
{
    if (text.isEmpty() || text.size() > 9)
        return std::nullopt;
    for (const QChar c : text)
        if (c < u'0' || c > u'9')
            return std::nullopt;
    return text.toLongLong();
}

} // namespace

QString ServerSpec::toString() const
{
    return m_weight == 1 ? m_name : u"%1:%2"_s.arg(m_name).arg(m_weight);
}

Result<ServerSpec> ServerSpec::parse(QStringView text)
{
    ServerSpec spec;
    if (text.isEmpty())
        return badSpec(text, ConfigText::tr("it is empty"));
    for (const QChar c : text)
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return badSpec(text, ConfigText::tr("it contains whitespace or a control character"));

    if (text.startsWith(u"unix:")) {
        // A trailing ":<digits>" is the weight; other colons belong to the path.
        QStringView path = text.mid(5);
        const qsizetype colon = path.lastIndexOf(u':');
        if (colon >= 0) {
            if (const auto weight = parseNumber(path.mid(colon + 1))) {
                if (*weight < 1 || *weight > MaxWeight)
                    return badSpec(text, ConfigText::tr("the weight %1 is out of range (1-%2)")
                                             .arg(*weight)
                                             .arg(MaxWeight));
                spec.m_weight = int(*weight);
                path = path.first(colon);
            }
        }
        if (!path.startsWith(u'/'))
            return badSpec(
                text, ConfigText::tr(
                          "a unix socket path must be absolute, as in unix:/run/memcached.sock"));
        if (path.size() == 1)
            return badSpec(text, ConfigText::tr("the unix socket path is only \"/\""));
        spec.m_transport = Transport::Unix;
        spec.m_host = path.toString();
        spec.m_port = 0;
        spec.m_name = u"unix:"_s + spec.m_host;
        return spec;
    }
    if (text.startsWith(u'/'))
        return badSpec(text, ConfigText::tr("write a unix socket as unix:%1").arg(text));

    // Split "host" from ":port[:weight]".
    QStringView host;
    QStringView rest;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return badSpec(text, ConfigText::tr("the IPv6 address has no closing ']'"));
        host = text.mid(1, close - 1);
        rest = text.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':'))
            return badSpec(text, ConfigText::tr("expected ':port' after ']'"));
        QHostAddress address;
        if (host.isEmpty() || !address.setAddress(host.toString()) ||
            address.protocol() != QAbstractSocket::IPv6Protocol)
            return badSpec(text, ConfigText::tr("%1 is not an IPv6 address").arg(quote(host)));
        spec.m_ipv6 = true;
    } else {
        if (text.count(u':') > 2 ||
            QHostAddress(text.toString()).protocol() == QAbstractSocket::IPv6Protocol)
            return badSpec(
                text, ConfigText::tr("an IPv6 address must be in brackets, as in [::1]:11211"));
        const qsizetype colon = text.indexOf(u':');
        host = colon < 0 ? text : text.first(colon);
        rest = colon < 0 ? QStringView() : text.mid(colon);
        if (host.isEmpty())
            return badSpec(text, ConfigText::tr("the host is empty"));
        for (const QChar c : host)
            if (!isHostChar(c))
                return badSpec(
                    text, ConfigText::tr(
                              "the host %1 contains %2, which no host name or IPv4 address has")
                              .arg(quote(host), quote(QStringView(&c, 1))));
    }
    spec.m_host = host.toString();

    // rest is "", ":port" or ":port:weight".
    const QList<QStringView> fields =
        rest.isEmpty() ? QList<QStringView>() : rest.mid(1).split(u':');
    if (fields.size() > 2)
        return badSpec(text, ConfigText::tr("expected host:port:weight at most"));
    if (!fields.isEmpty()) {
        const auto port = parseNumber(fields[0]);
        if (!port)
            return badSpec(text,
                           ConfigText::tr("the port %1 is not a number").arg(quote(fields[0])));
        if (*port < 1 || *port > 65535)
            return badSpec(text,
                           ConfigText::tr("the port %1 is out of range (1-65535)").arg(*port));
        spec.m_port = quint16(*port);
    }
    if (fields.size() == 2) {
        const auto weight = parseNumber(fields[1]);
        if (!weight)
            return badSpec(text,
                           ConfigText::tr("the weight %1 is not a number").arg(quote(fields[1])));
        if (*weight < 1 || *weight > MaxWeight)
            return badSpec(
                text,
                ConfigText::tr("the weight %1 is out of range (1-%2)").arg(*weight).arg(MaxWeight));
        spec.m_weight = int(*weight);
        spec.m_name = text.first(text.lastIndexOf(u':')).toString();
    } else {
        spec.m_name = text.toString();
    }
    return spec;
}

Result<QList<ServerSpec>> ServerSpec::parseList(QStringView text)
{
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return Error{ErrorKind::InvalidArgument, ConfigText::tr("the server list is empty")};

    QList<ServerSpec> servers;
    const QStringList items = trimmed.split(separators, Qt::SkipEmptyParts);
    if (items.isEmpty())
        return Error{ErrorKind::InvalidArgument,
                     ConfigText::tr("the server list %1 names no server").arg(quote(trimmed))};
    for (qsizetype i = 0; i < items.size(); ++i) {
        auto spec = parse(items[i]);
        if (!spec)
            return Error{
                ErrorKind::InvalidArgument,
                ConfigText::tr("server list entry %1: %2").arg(i + 1).arg(spec.error().message)};
        for (qsizetype j = 0; j < servers.size(); ++j) {
            const ServerSpec& other = servers[j];
            if (other.transport() == spec->transport() && other.host() == spec->host() &&
                other.port() == spec->port())
                return Error{
                    ErrorKind::InvalidArgument,
                    ConfigText::tr("server list: %1 (entry %2) is the same server as %3 (entry %4)")
                        .arg(quote(spec->name()))
                        .arg(i + 1)
                        .arg(quote(other.name()))
                        .arg(j + 1)};
        }
        servers.append(std::move(spec).value());
    }
    return servers;
}

} // namespace lockboard
