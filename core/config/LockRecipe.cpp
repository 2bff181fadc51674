#include "core/config/LockRecipe.h"

#include "core/common/Quote.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

class ConfigText
{
    Q_DECLARE_TR_FUNCTIONS(lockboard::config)
};

const QString NamePlaceholder = u"{name}"_s;
const QString VersionPlaceholder = u"{version}"_s;

struct KindName
{
    LockRecipe::Kind kind;
    QString name;
};

const QList<KindName>& kindNames()
{
    static const QList<KindName> names{{LockRecipe::Kind::Django, u"django"_s},
                                       {LockRecipe::Kind::Celery, u"celery"_s},
                                       {LockRecipe::Kind::Laravel, u"laravel"_s},
                                       {LockRecipe::Kind::Custom, u"custom"_s}};
    return names;
}

// The fixed pieces of a pattern, between its placeholders.
QStringList literals(const QString& pattern)
{
    QString rest = pattern;
    rest.replace(VersionPlaceholder, NamePlaceholder);
    return rest.split(NamePlaceholder);
}

Result<QRegularExpression> compilePattern(const QString& pattern)
{
    const QString quoted = quote(pattern);
    if (pattern.count(NamePlaceholder) != 1)
        return Error{ErrorKind::InvalidArgument,
                     ConfigText::tr("lock pattern %1 must hold {name} exactly once").arg(quoted)};
    if (pattern.count(VersionPlaceholder) > 1)
        return Error{ErrorKind::InvalidArgument,
                     ConfigText::tr("lock pattern %1 holds {version} more than once").arg(quoted)};
    const QStringList fixed = literals(pattern);
    if (std::all_of(fixed.begin(), fixed.end(), [](const QString& part) { return part.isEmpty(); }))
        return Error{ErrorKind::InvalidArgument,
                     ConfigText::tr("lock pattern %1 has no fixed text: it would take every key "
                                    "for a lock (write it as the keys look, e.g. "
                                    "jobs:lock:{name})")
                         .arg(quoted)};
    if (!KeyScheme::isValidKey(QByteArray(QString(pattern).remove(NamePlaceholder).toUtf8() + 'x')))
        return Error{ErrorKind::InvalidArgument,
                     ConfigText::tr("lock pattern %1 holds a space or a control character, which "
                                    "no memcached key can")
                         .arg(quoted)};
    QString regex = u"^"_s;
    qsizetype at = 0;
    while (at < pattern.size()) {
        const qsizetype name = pattern.indexOf(NamePlaceholder, at);
        const qsizetype version = pattern.indexOf(VersionPlaceholder, at);
        qsizetype next = name < 0 ? version : (version < 0 ? name : std::min(name, version));
        if (next < 0)
            next = pattern.size();
        regex += QRegularExpression::escape(pattern.mid(at, next - at));
        if (next == pattern.size())
            break;
        if (next == name) {
            regex += u"(?<name>.+)"_s;
            at = next + NamePlaceholder.size();
        } else {
            regex += u"(?<version>[0-9]+)"_s;
            at = next + VersionPlaceholder.size();
        }
    }
    regex += u'$';
    QRegularExpression compiled(regex, QRegularExpression::DotMatchesEverythingOption);
    Q_ASSERT(compiled.isValid());
    return compiled;
}

} // namespace

QString LockRecipe::kindName(Kind kind)
{
    for (const KindName& known : kindNames())
        if (known.kind == kind)
            return known.name;
    Q_UNREACHABLE();
    return QString();
}

Result<LockRecipe> LockRecipe::parse(QStringView text)
{
    const QString written = text.trimmed().toString();
    LockRecipe recipe;
    QString head = written;
    const qsizetype equals = written.indexOf(u'=');
    const bool hasPattern = equals >= 0;
    if (hasPattern) {
        head = written.left(equals);
        recipe.pattern = written.mid(equals + 1);
    }
    QString kind = head;
    if (const qsizetype at = head.indexOf(u'@'); at >= 0) {
        kind = head.left(at);
        auto client = parseClientLibrary(head.mid(at + 1));
        if (!client)
            return Error{
                ErrorKind::InvalidArgument,
                ConfigText::tr("lock recipe %1: %2").arg(quote(written), client.error().message)};
        recipe.client = *client;
    }
    const auto known = std::find_if(kindNames().begin(), kindNames().end(),
                                    [&](const KindName& k) { return k.name == kind; });
    if (known == kindNames().end()) {
        QStringList names;
        for (const KindName& k : kindNames())
            names.append(k.name);
        return Error{ErrorKind::InvalidArgument,
                     ConfigText::tr("unknown lock recipe %1 (known: %2; written "
                                    "KIND[@CLIENT][=PATTERN])")
                         .arg(quote(kind.isEmpty() ? written : kind), names.join(u", "_s))};
    }
    recipe.kind = known->kind;
    switch (recipe.kind) {
    case Kind::Django:
    case Kind::Celery:
        if (hasPattern)
            return Error{ErrorKind::InvalidArgument,
                         ConfigText::tr("lock recipe %1: %2 takes its keys from Django's key "
                                        "settings (--key-prefix, --key-version, --lock-prefix), "
                                        "not from a pattern")
                             .arg(quote(written), recipe.kindName())};
        break;
    case Kind::Laravel:
        if (!hasPattern)
            recipe.pattern = DefaultLaravelPattern;
        [[fallthrough]];
    case Kind::Custom:
        if (recipe.pattern.isEmpty())
            return Error{ErrorKind::InvalidArgument,
                         ConfigText::tr("lock recipe %1 needs a pattern: custom=PATTERN, with "
                                        "{name} where the lock's name goes")
                             .arg(quote(written))};
        if (auto compiled = compilePattern(recipe.pattern); !compiled)
            return compiled.error();
        break;
    }
    return recipe;
}

Result<QList<LockRecipe>> LockRecipe::parseList(const QStringList& texts)
{
    QList<LockRecipe> recipes;
    for (const QString& text : texts) {
        auto recipe = parse(text);
        if (!recipe)
            return recipe.error();
        if (recipes.contains(*recipe))
            return Error{
                ErrorKind::InvalidArgument,
                ConfigText::tr("lock recipe %1 is listed twice").arg(quote(recipe->toString()))};
        recipes.append(*recipe);
    }
    return recipes;
}

QString LockRecipe::toString() const
{
    QString text = kindName();
    if (client)
        text += u'@' + clientLibraryName(*client);
    if (kind == Kind::Custom || (kind == Kind::Laravel && pattern != DefaultLaravelPattern))
        text += u'=' + pattern;
    return text;
}

QString LockRecipe::ownerCheckRefusal(QByteArrayView key) const
{
    return ConfigText::tr("not released: %1 is a %2 lock, which its holder releases only after "
                          "comparing its owner; a force release takes it from under a holder "
                          "that still believes it holds it. Confirm bypassing the owner check to "
                          "release it")
        .arg(quote(key), kindName());
}

QString recipeListText(const QList<LockRecipe>& recipes)
{
    QStringList written;
    for (const LockRecipe& recipe : recipes)
        written.append(recipe.toString());
    return written.join(u", "_s);
}

LockMatcher::LockMatcher(const KeyScheme& keys, QList<LockRecipe> recipes,
                         ClientLibrary profileClient)
    : m_keys(keys)
    , m_recipes(recipes.isEmpty() ? QList<LockRecipe>{LockRecipe{}} : std::move(recipes))
    , m_profileClient(profileClient)
{
    for (const LockRecipe& recipe : std::as_const(m_recipes)) {
        QByteArray needle;
        switch (recipe.kind) {
        case LockRecipe::Kind::Django:
            m_patterns.append(QRegularExpression());
            needle = m_keys.lockPrefix().toUtf8();
            break;
        case LockRecipe::Kind::Celery:
            m_patterns.append(
                QRegularExpression(u"^"_s + QRegularExpression::escape(m_keys.keyPrefix()) +
                                       u":(?<version>[0-9]+):(?<name>.+-lock-[0-9a-f]{32})$"_s,
                                   QRegularExpression::DotMatchesEverythingOption));
            needle = "-lock-";
            break;
        case LockRecipe::Kind::Laravel:
        case LockRecipe::Kind::Custom: {
            m_patterns.append(compilePattern(recipe.pattern).value());
            // The longest fixed piece is the rarest in a keyspace.
            QString longest;
            for (const QString& part : literals(recipe.pattern))
                if (part.size() > longest.size())
                    longest = part;
            needle = longest.toUtf8();
            break;
        }
        }
        if (!m_needles.contains(needle))
            m_needles.append(needle);
    }
}

ClientLibrary LockMatcher::client(int recipe) const
{
    return m_recipes.at(recipe).client.value_or(m_profileClient);
}

std::optional<LockMatch> LockMatcher::match(QByteArrayView key, bool anyVersion) const
{
    QString text; // decoded only when a pattern needs it
    for (int i = 0; i < m_recipes.size(); ++i) {
        if (m_recipes[i].kind == LockRecipe::Kind::Django) {
            if (const auto parsed = m_keys.parseLockKey(key, anyVersion))
                return LockMatch{i, parsed->name, parsed->version};
            continue;
        }
        if (text.isNull())
            text = QString::fromUtf8(key);
        const QRegularExpressionMatch found = m_patterns[i].match(text);
        if (!found.hasMatch())
            continue;
        int version = m_keys.version();
        if (const QString written = found.captured(u"version"_s); !written.isEmpty()) {
            bool ok = false;
            version = written.toInt(&ok);
            if (!ok || (!anyVersion && version != m_keys.version()))
                continue;
        }
        return LockMatch{i, found.captured(u"name"_s), version};
    }
    return std::nullopt;
}

Result<QByteArray> LockMatcher::lockKey(int recipe, QStringView name) const
{
    const LockRecipe& chosen = m_recipes.at(recipe);
    switch (chosen.kind) {
    case LockRecipe::Kind::Django:
        return m_keys.lockKey(name);
    case LockRecipe::Kind::Celery:
        return m_keys.cacheKey(name);
    case LockRecipe::Kind::Laravel:
    case LockRecipe::Kind::Custom:
        break;
    }
    QString key = chosen.pattern;
    key.replace(VersionPlaceholder, QString::number(m_keys.version()));
    key.replace(NamePlaceholder, name.toString());
    return KeyScheme::checkKey(key.toUtf8());
}

} // namespace lockboard
