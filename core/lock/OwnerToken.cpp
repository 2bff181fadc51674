#include "core/lock/OwnerToken.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QRandomGenerator>

#include <chrono>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

// The words of this file, in the context "lockboard::lock" for translators.
class LockText
{
    Q_DECLARE_TR_FUNCTIONS(lockboard::lock)
};

} // namespace

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
    // Written by hand: this runs on every acquisition, and QDateTime's ISO
    // formatting costs more than the rest of an acquire's client work.
    using namespace std::chrono;
    const sys_time<milliseconds> at{milliseconds(acquired.toMSecsSinceEpoch())};
    const sys_days day = floor<days>(at);
    const year_month_day date{day};
    const hh_mm_ss time{at - day};
    char stamp[24];
    const auto digits = [&stamp](int offset, long long value, int count) {
        for (int i = count - 1; i >= 0; --i, value /= 10)
            stamp[offset + i] = char('0' + value % 10);
    };
    digits(0, int(date.year()), 4);
    stamp[4] = '-';
    digits(5, unsigned(date.month()), 2);
    stamp[7] = '-';
    digits(8, unsigned(date.day()), 2);
    stamp[10] = 'T';
    digits(11, time.hours().count(), 2);
    stamp[13] = ':';
    digits(14, time.minutes().count(), 2);
    stamp[16] = ':';
    digits(17, time.seconds().count(), 2);
    stamp[19] = '.';
    digits(20, time.subseconds().count(), 3);
    stamp[23] = 'Z';

    QByteArray value;
    value.reserve(96 + host.size());
    value += Prefix;
    value += " host=";
    value += host.toUtf8();
    value += " pid=";
    value += QByteArray::number(pid);
    value += " nonce=";
    value += nonce;
    value += " acquired=";
    value += QByteArrayView(stamp, sizeof stamp);
    if (fence) {
        value += " fence=";
        value += QByteArray::number(*fence);
    }
    return value;
}

std::optional<OwnerToken> OwnerToken::parse(QByteArrayView value)
{
    const QList<QByteArray> fields = value.toByteArray().split(' ');
    if ((fields.size() != 5 && fields.size() != 6) || fields[0] != Prefix)
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
        else if (name == "fence")
            token.fence = text.toULongLong(&ok);
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
    return LockText::tr("%1 pid %2, acquired %3 UTC")
        .arg(host)
        .arg(pid)
        .arg(acquired.toString(u"yyyy-MM-dd HH:mm:ss"_s));
}

} // namespace lockboard
