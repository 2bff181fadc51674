#pragma once

#include "core/common/Result.h"
#include "core/config/ClientLibrary.h"
#include "core/config/KeyScheme.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace lockboard {

// How an application names, fills and releases its locks. A profile lists one
// or more; each names the client library that writes its keys, which decides
// where they live.
//   django   the seed's recipe: cache.add(lock prefix + name, 1), delete to release,
//            through Django's key function (KEY_PREFIX:VERSION:key)
//   celery   Celery's documented task lock: "<task name>-lock-<md5 hex>" holding the
//            app's oid, through Django's cache (so Django's key function applies)
//   laravel  Laravel's Cache::lock on the memcached store: "<cache prefix>:<name>"
//            holding a random 16-character owner, released by get + compare + delete
//   custom   a pattern an operator types, "{name}" marking the lock's name
//            ("{version}" optionally: a Django version number)
// Written as text (profiles, --recipe): KIND[@CLIENT][=PATTERN], for example
// "celery", "laravel@php-memcached", "laravel@php-memcached=shop_cache:{name}",
// "custom@dalli=jobs/{name}/lock". Without @CLIENT, the profile's client library.
struct LockRecipe
{
    enum class Kind
    {
        Django,
        Celery,
        Laravel,
        Custom
    };

    Kind kind = Kind::Django;
    std::optional<ClientLibrary> client; // empty: the profile's
    QString pattern;                     // laravel, custom: the key pattern

    static inline const QString DefaultLaravelPattern = QStringLiteral("laravel_cache:{name}");

    [[nodiscard]] static Result<LockRecipe> parse(QStringView text);
    // Several recipes (a profile's, --recipe given more than once); duplicates are an error.
    [[nodiscard]] static Result<QList<LockRecipe>> parseList(const QStringList& texts);
    [[nodiscard]] QString toString() const;
    // "django", "celery", "laravel", "custom".
    [[nodiscard]] QString kindName() const { return kindName(kind); }
    [[nodiscard]] static QString kindName(Kind kind);

    // Whether the application's own release compares the lock's owner before
    // deleting it (Laravel): a force release then takes the lock from under a
    // holder that believes it still holds it.
    [[nodiscard]] bool releaseComparesOwner() const { return kind == Kind::Laravel; }
    // Why a force release of key is refused without the operator's consent.
    [[nodiscard]] QString ownerCheckRefusal(QByteArrayView key) const;

    friend bool operator==(const LockRecipe&, const LockRecipe&) = default;
};

// "django, laravel@php-memcached": recipes as written, for messages.
[[nodiscard]] QString recipeListText(const QList<LockRecipe>& recipes);

// A lock key recognised by one of a profile's recipes.
struct LockMatch
{
    int recipe = 0; // index in the profile's recipes
    QString name;   // the lock's name
    int version = 1;
};

// Recognises the lock keys of a profile's recipes. Built once (patterns are
// compiled); safe to share between threads once built.
class LockMatcher
{
public:
    LockMatcher(const KeyScheme& keys, QList<LockRecipe> recipes, ClientLibrary profileClient);

    // The recipe and name of a memcached key, or nothing when no recipe
    // writes such keys. anyVersion: Django recipes accept any integer version.
    [[nodiscard]] std::optional<LockMatch> match(QByteArrayView key, bool anyVersion) const;
    // Raw bytes that every lock key of some recipe contains: a walk decodes
    // only the lines that hold one of them. An empty needle (a Django recipe
    // with an empty lock prefix) means every line.
    [[nodiscard]] const QList<QByteArray>& needles() const { return m_needles; }
    [[nodiscard]] const QList<LockRecipe>& recipes() const { return m_recipes; }
    // The client library that writes the recipe's keys.
    [[nodiscard]] ClientLibrary client(int recipe) const;
    // The memcached key of the lock called name under a recipe (django,
    // laravel and custom; celery's names are whole "<task>-lock-<md5>").
    [[nodiscard]] Result<QByteArray> lockKey(int recipe, QStringView name) const;

private:
    KeyScheme m_keys;
    QList<LockRecipe> m_recipes;
    ClientLibrary m_profileClient;
    QList<QRegularExpression> m_patterns; // per recipe; django's is KeyScheme's
    QList<QByteArray> m_needles;
};

} // namespace lockboard
