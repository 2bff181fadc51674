#pragma once

namespace lockboard {

// How long the client waits before it calls a server unavailable. Seconds,
// not minutes: during an incident a dead server must be reported, not waited on.
struct ClientOptions
{
    int connectTimeoutMs = 1000;
    int ioTimeoutMs = 2000;
};

} // namespace lockboard
