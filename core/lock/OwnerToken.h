#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace lockboard {

// What a Lockboard lock stores as its value, so that anyone who reads the key
// (an operator, the inspector) can tell who holds it:
//
//   lockboard/1 host=<hostname> pid=<pid> nonce=<16 hex digits> acquired=<UTC ISO 8601, ms>
//   [fence=<n>]
//
// for example "lockboard/1 host=web-3 pid=4242 nonce=9f2c1e0a7b3d4c55
// acquired=2026-11-23T10:00:00.123Z". Fields are separated by single spaces
// and hold no whitespace. The nonce makes every acquisition's value unique.
struct OwnerToken
{
    QString host;
    qint64 pid = 0;
    QByteArray nonce;
    QDateTime acquired; // UTC
    // Added by the first refresh, which changes the item's CAS: the fencing
    // token of the acquisition, so that readers still find it ("fence=<n>").
    std::optional<quint64> fence;

    static constexpr const char* Prefix = "lockboard/1";

    // A token for this process, acquired now.
    [[nodiscard]] static OwnerToken forThisProcess();
    [[nodiscard]] static std::optional<OwnerToken> parse(QByteArrayView value);
    [[nodiscard]] QByteArray toValue() const;
    // "web-3 pid 4242, acquired 2026-11-23 10:00:00 UTC"
    [[nodiscard]] QString describe() const;

    friend bool operator==(const OwnerToken&, const OwnerToken&) = default;
};

} // namespace lockboard
