#pragma once

#include "core/config/LockRecipe.h"

#include <QByteArray>
#include <QString>

namespace lockboard {

// A cached value as the Python clients would read it back, from its client
// flags (python-memcached and pymemcache agree; pylibmc stores ints as "long"):
// 0 bytes, 1 pickle, 2 int, 4 long, 8 zlib-compressed, 16 UTF-8 text.
struct DecodedValue
{
    QString kind;    // "int", "text", "bytes", "pickle", "lockboard token", "zlib ..."
    QString display; // printable, quoted where it is text, at most ~120 characters
};

[[nodiscard]] DecodedValue decodeValue(const QByteArray& value, quint32 flags);

// What a lock's value says about its holder, where it says anything:
//   "lockboard token"  host, pid and when it was acquired
//   "uuid v1"          when the UUID was made and the node (MAC) it was made on
//   "uuid"             other versions (Celery's app.oid is a v3): random or
//                      name-based, says nothing about the holder
//   "laravel owner"    Laravel's 16-character Str::random() owner (laravel recipe)
//   "constant 1"       the seed's value: any process may be the holder
// and otherwise an empty kind. value is the stored bytes (text flags, not
// compressed: what every recipe here stores).
struct OwnerInfo
{
    QString kind;
    QString detail; // for people
};

[[nodiscard]] OwnerInfo describeOwner(const QByteArray& value, quint32 flags,
                                      LockRecipe::Kind recipe);

// Whether a key a recipe's pattern matched holds a lock: Laravel's cache values
// share the locks' prefix, so there only an owner string (or a Lockboard
// token) counts; every other recipe's keys are locks.
[[nodiscard]] bool holdsLock(LockRecipe::Kind recipe, const OwnerInfo& owner);

} // namespace lockboard
