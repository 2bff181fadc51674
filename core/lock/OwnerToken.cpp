#include "core/lock/OwnerToken.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

QString thisHost()
{
    static const QString host = [] {
        QString name = QHostInfo::localHostName();
        for (QChar& c : name)
            if (c.isSpace() || c.category() == QChar::Other_Control)
                c = u'_';
        return name.isEmpty() ? u"unknown"_s : name;
    }();
    return host;
}

} // namespace

OwnerToken OwnerToken::forThisProcess()
{
    OwnerToken token;
    token.host = thisHost();
    token.pid = QCoreApplication::applicationPid();
    token.nonce =
        QByteArray::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, '0');
    token.acquired = QDateTime::currentDateTimeUtc(); // milliseconds, as toValue() writes it
    return token;
}

QByteArray OwnerToken::toValue() const
{
    return QByteArray(Prefix) + " host=" + host.toUtf8() + " pid=" + QByteArray::number(pid) +
           " nonce=" + nonce + " acquired=" + acquired.toString(Qt::ISODateWithMs).toUtf8();
}

std::optional<OwnerToken> OwnerToken::parse(QByteArrayView value)
{
    const QList<QByteArray> fields = value.toByteArray().split(' ');
    if (fields.size() != 5 || fields[0] != Prefix)
        return std::nullopt;
    OwnerToken token;
    for (qsizetype i = 1; i < fields.size(); ++i) {
        const qsizetype equals = fields[i].indexOf('=');
        if (equals <= 0)
            return std::nullopt;
        const QByteArray name = fields[i].left(equals);
        const QByteArray text = fields[i].mid(equals + 1);
        bool ok = true;
        if (name == "host")
            token.host = QString::fromUtf8(text);
        else if (name == "pid")
            token.pid = text.toLongLong(&ok);
        else if (name == "nonce")
            token.nonce = text;
        else if (name == "acquired")
            token.acquired = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs);
        else
            return std::nullopt;
        if (!ok)
            return std::nullopt;
    }
    if (token.host.isEmpty() || token.nonce.isEmpty() || !token.acquired.isValid())
        return std::nullopt;
    token.acquired = token.acquired.toUTC();
    return token;
}

QString OwnerToken::describe() const
{
    return u"%1 pid %2, acquired %3 UTC"_s.arg(host).arg(pid).arg(
        acquired.toString(u"yyyy-MM-dd HH:mm:ss"_s));
}

} // namespace lockboard
