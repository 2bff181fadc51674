#pragma once

#include "core/config/Security.h"

namespace lockboard {

// How every connection to a cluster is made: how long it waits before it
// calls a server unavailable (seconds, not minutes: during an incident a dead
// server must be reported, not waited on), and how it gets in (TLS, auth).
struct ClientOptions
{
    int connectTimeoutMs = 1000;
    int ioTimeoutMs = 2000;
    ConnectionSecurity security{};
};

} // namespace lockboard
