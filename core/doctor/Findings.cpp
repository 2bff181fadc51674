#include "core/doctor/Findings.h"

#include "core/common/Format.h"
#include "core/common/Quote.h"
#include "core/common/Ttl.h"
#include "core/inspect/Rules.h"
#include "core/inspect/SlabClasses.h"
#include "core/placement/Failover.h"
#include "core/placement/Placement.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

// The words of this file, in the context "lockboard::doctor" for translators.
class DoctorText
{
    Q_DECLARE_TR_FUNCTIONS(lockboard::doctor)
};

using Severity = Finding::Severity;

QString profileSubject(const Profile& profile)
{
    return profile.name.isEmpty() ? DoctorText::tr("the cluster's client")
                                  : DoctorText::tr("profile %1").arg(quote(profile.name));
}

QList<Finding> pythonMemcachedFindings(const Profile& profile)
{
    if (profile.servers.size() < 2)
        return {}; // nowhere to move a key: a dead server fails the add
    const qint64 deadRetry = qint64(optionNumber(profile.clientOptions, u"dead_retry"_s, 30));
    return {{Severity::Critical, u"python-memcached-rehash"_s, profileSubject(profile),
             DoctorText::tr("When a lock's home server cannot be reached, python-memcached "
                            "tries the key on other servers (up to 9 rehashes) and keeps the "
                            "dead server aside for %1 s (dead_retry): two workers can hold the "
                            "same lock on two servers, the seed's double grant.")
                 .arg(deadRetry),
             DoctorText::tr("Set memcache.Client._SERVER_RETRIES = 1 at start-up (a key is then "
                            "only ever tried on its home server), or take locks with a client "
                            "that never fails over (lockboardctl run, Lockboard's lock).")}};
}

QList<Finding> pymemcacheFindings(const Profile& profile)
{
    const QJsonObject& options = profile.clientOptions;
    const QString subject = profileSubject(profile);
    QList<Finding> found;
    if (optionFlag(options, u"default_noreply"_s, false))
        found.append({Severity::Critical, u"pymemcache-noreply"_s, subject,
                      DoctorText::tr("default_noreply is on: add() does not wait for the "
                                     "server's answer and returns True, so every worker gets "
                                     "every lock."),
                      DoctorText::tr("Remove default_noreply from OPTIONS (Django's default is "
                                     "False).")});
    if (optionFlag(options, u"ignore_exc"_s, false))
        found.append({Severity::Critical, u"pymemcache-ignore-exc"_s, subject,
                      DoctorText::tr("ignore_exc is on: a server error becomes a miss or False, "
                                     "so a lock on an unreachable server looks free to get() "
                                     "and a failed release says nothing."),
                      DoctorText::tr("Remove ignore_exc from OPTIONS, and treat a cache error "
                                     "as \"lock not taken\".")});
    const qint64 attempts = qint64(optionNumber(options, u"retry_attempts"_s, 2));
    const double retryTimeout = optionNumber(options, u"retry_timeout"_s, 1);
    const double deadTimeout = optionNumber(options, u"dead_timeout"_s, 60);
    // HashClient removes a server once it has failed more than retry_attempts
    // times; with one server there is nowhere to move its keys, and a huge
    // retry_attempts is how an application turns the removal off.
    if (profile.servers.size() >= 2 && failoverOf(profile.client, options) == Failover::Removes)
        found.append(
            {Severity::Critical, u"pymemcache-removes-server"_s, subject,
             DoctorText::tr("When a server keeps failing (more than retry_attempts = %1 times), "
                            "pymemcache's HashClient removes it for %2 s (dead_timeout) and "
                            "places its keys on the others: a lock held there can be taken "
                            "again elsewhere.")
                 .arg(attempts)
                 .arg(deadTimeout),
             DoctorText::tr("Set retry_attempts in OPTIONS to a huge number (%1) so that a "
                            "failed server is never removed and its keys fail instead of "
                            "moving, or take locks with Lockboard's lock, which never fails "
                            "over.")
                 .arg(NeverRemoveAttempts)});
    found.append(
        {Severity::Warning, u"pymemcache-failed-server-no-io"_s, subject,
         DoctorText::tr("For %1 s (retry_timeout) after a failure, add() and delete() on that "
                        "server return False without any I/O: a free lock looks held, and a "
                        "release is lost without an error.")
             .arg(retryTimeout),
         DoctorText::tr("Check delete()'s result when releasing and retry it, and let the lock's "
                        "TTL bound how long a lost release can block.")});
    return found;
}

// dalli fails over unless the client is built with failover: false: while a
// key's server is down it rehashes the key onto another (ring.rb).
QList<Finding> dalliFindings(const Profile& profile)
{
    if (profile.servers.size() < 2 ||
        failoverOf(profile.client, profile.clientOptions) != Failover::Rehashes)
        return {};
    return {{Severity::Critical, u"dalli-fails-over"_s, profileSubject(profile),
             DoctorText::tr("When a lock's server cannot be reached, dalli rehashes the key "
                            "onto another server (up to 20 lookups) from the first failed "
                            "connection: two processes can hold the same lock on two servers, "
                            "the seed's double grant."),
             DoctorText::tr("Build the Dalli::Client (or Rails' cache store) with failover: "
                            "false for the cache that holds locks: a key whose server is down "
                            "then fails instead of moving.")}};
}

// PHP's memcached under libketama with OPT_REMOVE_FAILED_SERVERS, and Node's
// memcached with remove: true, take a failed server out of the ring.
QList<Finding> removesServerFindings(const Profile& profile)
{
    if (profile.servers.size() < 2 ||
        failoverOf(profile.client, profile.clientOptions) != Failover::Removes)
        return {};
    if (profile.client == ClientLibrary::PhpMemcachedKetama)
        return {{Severity::Critical, u"php-memcached-ejects-server"_s, profileSubject(profile),
                 DoctorText::tr("OPT_REMOVE_FAILED_SERVERS (or OPT_AUTO_EJECT_HOSTS) takes a "
                                "server out of the ring once it has failed "
                                "OPT_SERVER_FAILURE_LIMIT times: its keys go to the next "
                                "server for a while, so a lock held there can be taken again."),
                 DoctorText::tr("Leave OPT_REMOVE_FAILED_SERVERS off for the cache that holds "
                                "locks: a key whose server is down then fails instead of "
                                "moving.")}};
    return {{Severity::Critical, u"node-memcached-removes-server"_s, profileSubject(profile),
             DoctorText::tr("remove: true takes a server out of the hash ring after its "
                            "failures: its keys go to the next server, so a lock held there "
                            "can be taken again."),
             DoctorText::tr("Leave remove off (the default) for the client that takes locks: "
                            "a key whose server is down then fails instead of moving.")}};
}

QList<Finding> pylibmcFindings(const Profile& profile)
{
    const QJsonObject behaviors = profile.clientOptions.value(u"behaviors"_s).toObject();
    const bool ejects = optionFlag(behaviors, u"auto_eject"_s, false) ||
                        optionFlag(behaviors, u"remove_failed"_s, false);
    if (!ejects || profile.servers.size() < 2)
        return {};
    const QString subject = profileSubject(profile);
    if (failoverOf(profile.client, profile.clientOptions) == Failover::Removes)
        return {{Severity::Critical, u"pylibmc-ejects-server"_s, subject,
                 DoctorText::tr("Its behaviors eject a failed server (auto_eject / remove_failed) "
                                "from the ketama ring: its keys move to the next server, so a "
                                "lock held there can be taken again."),
                 DoctorText::tr("Remove auto_eject and remove_failed from the behaviors of the "
                                "cache that holds locks.")}};
    return {{Severity::Info, u"pylibmc-marks-server-dead"_s, subject,
             DoctorText::tr("Its behaviors mark a failed server dead (auto_eject / "
                            "remove_failed); with modula distribution its keys do not move, "
                            "operations on them fail at once until the retry timeout."),
             DoctorText::tr("Nothing to do for locks; do not switch this cache to ketama with "
                            "these behaviors.")}};
}

QSet<QString> serverNames(const Profile& profile)
{
    QSet<QString> names;
    for (const ServerSpec& server : profile.servers)
        names.insert(server.name());
    return names;
}

QString serverSubject(const ServerHealth& server)
{
    return DoctorText::tr("server %1").arg(server.server);
}

} // namespace

QString severityName(Finding::Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Critical:
        return u"critical"_s;
    }
    return {};
}

QString severityText(Finding::Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return DoctorText::tr("note");
    case Severity::Warning:
        return DoctorText::tr("warning");
    case Severity::Critical:
        return DoctorText::tr("critical");
    }
    return {};
}

std::optional<Finding::Severity> worstSeverity(const QList<Finding>& findings)
{
    std::optional<Severity> worst;
    for (const Finding& finding : findings)
        if (!worst || finding.severity > *worst)
            worst = finding.severity;
    return worst;
}

QString findingsSummary(const QList<Finding>& findings)
{
    if (findings.isEmpty())
        return DoctorText::tr("Nothing found.");
    int counts[3] = {0, 0, 0};
    for (const Finding& finding : findings)
        ++counts[int(finding.severity)];
    return DoctorText::tr("Critical: %1, warnings: %2, notes: %3.")
        .arg(counts[int(Severity::Critical)])
        .arg(counts[int(Severity::Warning)])
        .arg(counts[int(Severity::Info)]);
}

void sortFindings(QList<Finding>& findings)
{
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding& a, const Finding& b) { return a.severity > b.severity; });
}

namespace {

// What one client library's settings mean for locks (the profile's client and options).
QList<Finding> libraryFindings(const Profile& profile)
{
    switch (profile.client) {
    case ClientLibrary::PythonMemcached:
        return pythonMemcachedFindings(profile);
    case ClientLibrary::Pymemcache:
        return pymemcacheFindings(profile);
    case ClientLibrary::Pylibmc:
    case ClientLibrary::PylibmcKetama:
        return pylibmcFindings(profile);
    case ClientLibrary::Dalli:
        return dalliFindings(profile);
    case ClientLibrary::PhpMemcachedKetama:
    case ClientLibrary::NodeMemcached:
        return removesServerFindings(profile);
    case ClientLibrary::PhpMemcached:
    case ClientLibrary::Gomemcache:
        break; // these never move a key off a down server
    }
    return {};
}

} // namespace

QList<Finding> clientFindings(const Profile& profile)
{
    // Every library that writes some recipe's locks: the profile's own with
    // its options, the others (another application's) on their defaults,
    // since their options are not known here.
    const LockMatcher matcher = profile.lockMatcher();
    QList<Finding> found;
    QList<ClientLibrary> judged;
    for (int recipe = 0; recipe < matcher.recipes().size(); ++recipe) {
        const ClientLibrary client = matcher.client(recipe);
        if (judged.contains(client))
            continue;
        judged.append(client);
        if (client == profile.client) {
            found += libraryFindings(profile);
            continue;
        }
        Profile writer = profile;
        writer.client = client;
        writer.clientOptions = {};
        for (Finding finding : libraryFindings(writer)) {
            finding.subject =
                DoctorText::tr("%1, recipe %2 (%3 on its defaults)")
                    .arg(finding.subject, quote(matcher.recipes().at(recipe).toString()),
                         clientLibraryName(client));
            found.append(std::move(finding));
        }
    }
    return found;
}

QList<Finding> securityFindings(const Profile& profile)
{
    QList<Finding> found;
    if (!profile.authUser.isEmpty() && !profile.tls.enabled)
        found.append(
            {Finding::Severity::Warning, u"auth-without-tls"_s, profileSubject(profile),
             DoctorText::tr("The password of %1 crosses the network in clear text: memcached's "
                            "ASCII authentication does not protect it, so anyone who can read "
                            "the traffic can take it and use the cache as that user.")
                 .arg(profile.authUser),
             DoctorText::tr("Start memcached with TLS (-Z) and turn TLS on in the profile "
                            "(--tls).")});
    if (profile.tls.enabled && !profile.tls.verify)
        found.append(
            {Finding::Severity::Warning, u"tls-not-verified"_s, profileSubject(profile),
             DoctorText::tr("The servers' certificates are not verified: the traffic is "
                            "encrypted, but anyone on the path can pose as a server, read and "
                            "change it%1.")
                 .arg(profile.authUser.isEmpty() ? QString()
                                                 : DoctorText::tr(", the password included")),
             DoctorText::tr("Give the servers' CA (--tls-ca) and turn verification back on.")});
    return found;
}

QList<Finding> profileFindings(const Profile& profile, const QList<Profile>& others)
{
    // Sample lock names: whether two profiles place them alike is what matters
    // (pymemcache's rendezvous hash and ketama do not care about server order,
    // python-memcached and modula do).
    constexpr int Samples = 512;
    QList<QByteArray> keys;
    for (int i = 0; i < Samples; ++i)
        if (auto key = profile.keys.lockKey(u"doctor-sample-%1"_s.arg(i)))
            keys.append(*key);
    const auto homes = [&keys](const Profile& of) {
        QStringList names;
        const auto placement = Placement::create(of.client, of.servers);
        for (const QByteArray& key : keys)
            names.append(of.servers[placement->home(key)].name());
        return names;
    };
    QList<Finding> found;
    const QSet<QString> mine = serverNames(profile);
    const QStringList myHomes = homes(profile);
    for (const Profile& other : others) {
        if (other.name == profile.name || other.keys != profile.keys ||
            !serverNames(other).intersects(mine))
            continue;
        const QStringList theirHomes = homes(other);
        int moved = 0;
        for (int i = 0; i < myHomes.size(); ++i)
            moved += myHomes[i] == theirHomes[i] ? 0 : 1;
        if (moved == 0)
            continue;
        QStringList differences;
        if (other.servers != profile.servers)
            differences.append(
                (serverNames(other) == mine
                     ? DoctorText::tr("the same servers in another order (%1 against %2)")
                     : DoctorText::tr("another server list (%1 against %2)"))
                    .arg(serverListText(other.servers), serverListText(profile.servers)));
        if (other.client != profile.client)
            differences.append(
                DoctorText::tr("another client library (%1 against %2)")
                    .arg(clientLibraryName(other.client), clientLibraryName(profile.client)));
        found.append(
            {Severity::Critical, u"placement-differs"_s,
             DoctorText::tr("profiles %1 and %2").arg(quote(profile.name), quote(other.name)),
             DoctorText::tr("Both name the same application's keys (KEY_PREFIX %1, VERSION %2) "
                            "with %3: %4 of %5 sample locks land on different servers, so two "
                            "hosts configured like them can both hold such a lock.")
                 .arg(quote(profile.keys.keyPrefix()))
                 .arg(profile.keys.version())
                 .arg(differences.join(u"; "))
                 .arg(moved)
                 .arg(myHomes.size()),
             DoctorText::tr("Give every host of the application the same LOCATION, in the same "
                            "order, and the same cache backend.")});
    }
    return found;
}

std::optional<SlabClass> classFor(const QList<SlabClass>& classes, qint64 itemSize)
{
    for (const SlabClass& slab : classes)
        if (slab.chunkSize >= itemSize)
            return slab;
    return std::nullopt;
}

ServerCheckup checkupFromStats(const QList<QPair<QByteArray, QByteArray>>& items,
                               const QList<QPair<QByteArray, QByteArray>>& slabs)
{
    QMap<int, SlabClass> classes;
    // "<id>:chunk_size" and "total_malloced" from stats slabs.
    ServerCheckup checkup;
    for (const auto& [name, value] : slabs) {
        if (name == "total_malloced") {
            checkup.totalMalloced = value.toLongLong();
            continue;
        }
        const qsizetype colon = name.indexOf(':');
        bool idOk = false;
        const int id = colon > 0 ? name.left(colon).toInt(&idOk) : 0;
        if (idOk && name.mid(colon + 1) == "chunk_size") {
            classes[id].id = id;
            classes[id].chunkSize = value.toLongLong();
        }
    }
    // "items:<id>:evicted" and ":evicted_time" from stats items.
    for (const auto& [name, value] : items) {
        const QList<QByteArray> parts = name.split(':');
        bool idOk = false;
        const int id = parts.size() == 3 && parts[0] == "items" ? parts[1].toInt(&idOk) : 0;
        if (!idOk || !classes.contains(id))
            continue;
        if (parts[2] == "evicted")
            classes[id].evicted = value.toLongLong();
        else if (parts[2] == "evicted_time")
            classes[id].evictedTime = value.toLongLong();
    }
    checkup.classes = classes.values();
    return checkup;
}

QList<Finding> clusterFindings(const Profile& profile, const ClusterSnapshot& snapshot,
                               const QList<ServerCheckup>& checkups)
{
    QList<Finding> found;
    for (const ServerHealth& server : snapshot.servers) {
        const QString subject = serverSubject(server);
        if (!server.up) {
            found.append({Severity::Critical, u"server-down"_s, subject,
                          DoctorText::tr("It cannot be used (%1): locks whose home it is cannot "
                                         "be taken, or move with a client that fails over.")
                              .arg(server.errorText()),
                          DoctorText::tr("Bring it back, or take it out of every host's "
                                         "LOCATION at once (a changed list moves keys).")});
            continue;
        }
        const ServerCheckup checkup = checkups.value(server.index);

        // Locks held here, by the slab class their items go to: how long each
        // will have sat idle when it expires (written once, rarely read), the
        // longest per class; ttl::Never counts as forever.
        constexpr qint64 Forever = std::numeric_limits<qint64>::max();
        QMap<int, qint64> longestIdle;
        QStringList timeless;
        QStringList split;
        QStringList misplaced;
        for (const LockRecord& lock : snapshot.locks) {
            if (lock.server != server.index)
                continue;
            const LockProblems problems = problemsOf(lock);
            if (problems & LockProblem::NoTtl)
                timeless.append(lock.name);
            if (problems & LockProblem::Split)
                split.append(lock.name);
            else if (problems & LockProblem::Misplaced)
                misplaced.append(lock.name);
            const auto slab = classFor(
                checkup.classes, SlabGeometry().itemSize(lock.key.size(), lock.flags, lock.size));
            if (!slab || (lock.ttl <= 0 && lock.ttl != ttl::Never))
                continue;
            const qint64 idleAtExpiry =
                lock.ttl == ttl::Never ? Forever : std::max<qint64>(lock.idleSeconds, 0) + lock.ttl;
            longestIdle[slab->id] = std::max(longestIdle.value(slab->id), idleAtExpiry);
        }
        // A finding about the named locks here, when there are any (the
        // meaning's %1 lists the first five).
        const auto aboutLocks = [&](Severity severity, const QString& code,
                                    const QStringList& names, const QString& meaning,
                                    const QString& fix) {
            if (!names.isEmpty())
                found.append(
                    {severity, code, subject, meaning.arg(names.mid(0, 5).join(u", ")), fix});
        };
        aboutLocks(Severity::Critical, u"lock-split"_s, split,
                   DoctorText::tr("%n lock(s) here are also held on another server (%1): two "
                                  "workers hold the same lock, as after a client's failover.",
                                  nullptr, int(split.size())),
                   DoctorText::tr("Release the copy that is not on the key's home "
                                  "(lockboardctl release NAME --server SERVER), once the work "
                                  "it guards is known to be done."));
        aboutLocks(Severity::Warning, u"lock-misplaced"_s, misplaced,
                   DoctorText::tr("%n lock(s) here are not on their key's home server (%1): the "
                                  "application's clients do not see them, so they guard nothing.",
                                  nullptr, int(misplaced.size())),
                   DoctorText::tr("Check the profile's servers and client library against the "
                                  "application's settings, then release the stray copies."));
        aboutLocks(Severity::Warning, u"lock-without-ttl"_s, timeless,
                   DoctorText::tr("%n lock(s) here never expire (%1): if a holder dies, the lock "
                                  "is held until someone releases it by hand, or until memcached "
                                  "evicts it.",
                                  nullptr, int(timeless.size())),
                   DoctorText::tr("Give every lock a timeout longer than the work it guards (the "
                                  "seed's recipe uses 120 s)."));

        if (!server.evictionsOff) {
            for (const SlabClass& slab : checkup.classes) {
                const qint64 idle = longestIdle.value(slab.id, 0);
                if (idle <= 0 || slab.evicted <= 0 || slab.evictedTime < 0 ||
                    slab.evictedTime >= idle)
                    continue;
                found.append(
                    {Severity::Critical, u"locks-evicted"_s, subject,
                     DoctorText::tr("Eviction is on and slab class %1 (items up to %2 bytes), "
                                    "where its locks live, has evicted %3 items, the last one "
                                    "idle for only %4: a lock idle longer than that may be "
                                    "evicted while held (these stay idle up to %5), and "
                                    "another worker would get it.")
                         .arg(slab.id)
                         .arg(slab.chunkSize)
                         .arg(slab.evicted)
                         .arg(formatDuration(slab.evictedTime),
                              idle == Forever ? DoctorText::tr("forever: no TTL")
                                              : formatDuration(idle)),
                     DoctorText::tr("Keep locks on memcached that does not evict them: more "
                                    "memory (-m), a cache of their own, or -M (a full server "
                                    "refuses stores instead of evicting).")});
            }
        }

        const qint64 used = checkup.totalMalloced >= 0 ? checkup.totalMalloced : server.bytes;
        if (server.limitBytes > 0 && used * 10 >= server.limitBytes * 9)
            found.append(
                {Severity::Warning, u"memory-near-full"_s, subject,
                 (server.evictionsOff
                      ? DoctorText::tr("%1 of its %2 are in use and eviction is off (-M): "
                                       "stores will fail with \"out of memory\", and a lock "
                                       "cannot be taken.")
                      : DoctorText::tr("%1 of its %2 are in use: it evicts the least recently "
                                       "used items next, and a lock is rarely read."))
                     .arg(formatBytes(used), formatBytes(server.limitBytes)),
                 DoctorText::tr("Give it more memory (-m), or keep locks on a cache of their "
                                "own.")});

        if (server.listing == ServerHealth::Listing::Names && !profile.namesOnly)
            found.append({Severity::Info, u"walk-refused"_s, subject, server.listingNote,
                          DoctorText::tr("Name the application's locks in the profile "
                                         "(--lock-names) so they are found there.")});
        if (checkup.watchRefused)
            found.append({Severity::Info, u"watch-refused"_s, subject, checkup.watchNote,
                          DoctorText::tr("Allow watch on it (drop -W) if live activity is "
                                         "wanted.")});
        // Without the stream, new locks come from class walks, which the
        // budget slows down where the lock classes are crowded.
        if (checkup.watchRefused && server.listing != ServerHealth::Listing::Names &&
            server.freshness.late())
            found.append(
                {Severity::Warning, u"new-locks-late"_s, subject,
                 DoctorText::tr("It refuses watching, and the slab classes its locks live in "
                                "are crowded with other items, so a lock taken there now is "
                                "listed late: new locks %1.")
                     .arg(freshnessText(server.freshness, snapshot.takenAt)),
                 DoctorText::tr("Allow watch on it (drop -W), or keep locks on a cache of their "
                                "own: their classes then hold only locks and are walked every "
                                "few seconds.")});
        if (checkup.watchUnknown)
            found.append({Severity::Info, u"watch-unchecked"_s, subject,
                          DoctorText::tr("It did not answer the watch command in time: whether "
                                         "it allows watching (live activity) is not known."),
                          DoctorText::tr("Run the doctor again.")});
        if (checkup.error)
            found.append({Severity::Info, u"stats-unreadable"_s, subject,
                          DoctorText::tr("Its slab statistics could not be read (%1): eviction "
                                         "of locks was not checked there.")
                              .arg(checkup.error->message),
                          DoctorText::tr("Run the doctor again.")});
    }
    return found;
}

} // namespace lockboard
