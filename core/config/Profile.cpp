#include "core/config/Profile.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace lockboard {

QString serverListText(const QList<ServerSpec>& servers)
{
    QStringList parts;
    for (const ServerSpec& server : servers)
        parts.append(server.toString());
    return parts.join(u',');
}

} // namespace lockboard
