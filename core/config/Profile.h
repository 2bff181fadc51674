#pragma once

#include "core/config/KeyScheme.h"
#include "core/config/ServerSpec.h"
#include "core/placement/ClientLibrary.h"

#include <QList>
#include <QString>

namespace lockboard {

// Everything Lockboard needs to know about one cluster: its servers (in the
// application's order, which placement depends on), the client library the
// application uses, Django's key settings, and whether writes are allowed.
struct Profile
{
    QString name;
    QList<ServerSpec> servers;
    ClientLibrary client = ClientLibrary::PythonMemcached;
    KeyScheme keys;
    bool readOnly = false;

    friend bool operator==(const Profile&, const Profile&) = default;
};

// "a,b,c" in the servers' written form, weights included.
[[nodiscard]] QString serverListText(const QList<ServerSpec>& servers);

} // namespace lockboard
