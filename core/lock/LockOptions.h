#pragma once

#include <QtGlobal>

#include <chrono>
#include <functional>
#include <optional>

namespace lockboard {

// How a DistributedLock is taken.
struct LockOptions
{
    // Seconds until memcached drops the lock if its holder never releases it
    // (the seed's 120). Refresh extends it by the same amount.
    qint64 ttl = 120;
    // Tries, with backoff between them (the seed's default: one try).
    int attempts = 1;
    // When set, keep trying until this much time has passed instead (attempts
    // is then ignored); each pause is capped at 1 s and at the time left.
    std::optional<std::chrono::milliseconds> wait{};
    // The pause after failed try number `attempt` (0-based). Default: the
    // seed's jittered schedule, ((attempt + 1) * random() + 2^attempt) / 2.5 s.
    std::function<std::chrono::milliseconds(int attempt)> backoff{};
};

} // namespace lockboard
