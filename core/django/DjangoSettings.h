#pragma once

#include "core/common/Result.h"
#include "core/config/Profile.h"
#include "core/config/ProfileStore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace lockboard {

// Which Django project to read, as an operator names it: the application's own
// interpreter (its virtualenv's python, so that the project's Django, settings
// and client libraries are the ones read), its settings module and the
// directories its code lives in.
struct DjangoProject
{
    QString python = QStringLiteral("python3");
    QString settingsModule; // empty: the environment's DJANGO_SETTINGS_MODULE
    QStringList pythonPath; // put first on sys.path, in this order
    QString alias;          // empty: every alias of CACHES
};

// The process that reads a project's CACHES. A front end starts it (with the
// environment it was given: settings often read it) and hands what it printed
// to parseDjangoCaches(). It sets Django up and builds each memcached backend
// object, which opens no connection; no server is contacted.
struct DjangoReaderCommand
{
    QString program;
    QStringList arguments;
};
[[nodiscard]] DjangoReaderCommand djangoReaderCommand(const DjangoProject& project);
// How long a front end lets the reader run (importing a large project is slow).
inline constexpr int DjangoReaderTimeoutMs = 120'000;

// One alias of CACHES, as the backend will hand it to its client.
struct DjangoCache
{
    QString alias;
    QString backend;        // BACKEND as written
    bool memcached = false; // a subclass of Django's BaseMemcachedCache
    // "python-memcached", "pymemcache", "pylibmc", "pylibmc-ketama" (the
    // behaviors select ketama), or "unknown" (a memcached backend of its own).
    QString client;
    QStringList servers; // LOCATION split as Django splits it (';' and ','), not stripped
    QJsonObject options; // the backend's defaults merged with OPTIONS
    QJsonObject pylibmc; // pylibmc only: the behaviors libmemcached ends up with
    QString keyPrefix;
    QString version; // as Django formats it into keys ("%s")
    bool defaultKeyFunction = false;
    QString keyFunction;     // its dotted name
    QString keyFunctionNote; // what the probe keys showed
    QStringList warnings;    // Django's deprecation warnings, sloppy LOCATIONs
    QString error;           // why the alias could not be read
};

struct DjangoCaches
{
    QString djangoVersion;
    QString python; // the interpreter that read them (sys.executable)
    QString settingsModule;
    QList<DjangoCache> caches;
};

// The reader's exit code and output. An error (kind InvalidArgument) carries
// the reader's own message: Django not importable, settings module missing or
// failing, no such alias.
[[nodiscard]] Result<DjangoCaches> parseDjangoCaches(int exitCode, const QByteArray& out,
                                                     const QByteArray& err);

// The profile for one alias, called name, carrying the client options for the
// doctor and where it came from. Refused, with the reason: a backend that is
// not memcached, a key function or client settings whose placement Lockboard
// cannot reproduce (it is never guessed), servers it cannot parse.
[[nodiscard]] Result<Profile> profileFromDjango(const DjangoCaches& project,
                                                const DjangoCache& cache, const QString& name);

// One profile per memcached alias, named after it. An error when there is no
// memcached alias or one of them cannot be imported (the message names it).
// With alias, that alias only: an error when it is not a memcached cache.
[[nodiscard]] Result<QList<Profile>> profilesFromDjango(const DjangoCaches& project,
                                                        const QString& alias = {});

// Whether imported profiles can be saved: a bad name, or one already saved
// when replace is false, refuses the whole import.
[[nodiscard]] Status checkImportedProfiles(const ProfileStore& store,
                                           const QList<Profile>& profiles, bool replace);
// Checks them, then saves them in one write: all or nothing.
[[nodiscard]] Status saveImportedProfiles(ProfileStore& store, const QList<Profile>& profiles,
                                          bool replace);

} // namespace lockboard
