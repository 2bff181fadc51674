// The fault matrix of docs/FAULTS.md: each fault against each entry point,
// with real memcached processes and the FaultProxy. A cluster of two: a
// healthy server holding the lock "steady", and the faulty one holding
// "stuck". Every cell checks the same three things: the answer names the
// faulty server and says what happened; nothing is lost (no lock released
// that should not be, no lock left behind); the healthy server is unaffected.
// The command-line cells run lockboardctl in-process; the dashboard's run the
// window offscreen.
#include "core/client/Client.h"
#include "core/config/ProfileStore.h"
#include "core/placement/Placement.h"
#include "tests/support/CtlRun.h"
#include "tests/support/FaultProxy.h"
#include "tests/support/MemcachedServer.h"
#include "ui/MainWindow.h"
#include "ui/models/LocksModel.h"
#include "ui/models/ServersModel.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lockboard;
using lockboard::test::CtlRun;
using lockboard::test::FaultProxy;
using lockboard::test::MemcachedServer;
using lockboard::test::runCtl;

namespace {

enum class Fault
{
    Refused,
    Down,
    Blackholed,
    Slow,
    ResetMidReply,
    ClosedMidDump,
    Garbage,
    Busy,
    Restarted,
    UnixSocketMissing,
    AuditLogUnwritable,
    CorruptSettings,
    RefusesDumps,
    RefusesWatching,
};

const QList<std::pair<Fault, const char*>> Faults{
    {Fault::Refused, "refused"},
    {Fault::Down, "down"},
    {Fault::Blackholed, "blackholed"},
    {Fault::Slow, "slow"},
    {Fault::ResetMidReply, "reset mid-reply"},
    {Fault::ClosedMidDump, "closed mid-dump"},
    {Fault::Garbage, "garbage"},
    {Fault::Busy, "BUSY"},
    {Fault::Restarted, "restarted"},
    {Fault::UnixSocketMissing, "unix socket missing"},
    {Fault::AuditLogUnwritable, "audit log unwritable"},
    {Fault::CorruptSettings, "corrupt settings file"},
    {Fault::RefusesDumps, "refuses dumps (-X)"},
    {Fault::RefusesWatching, "refuses watching (-W)"},
};

// The two-server cluster with one fault.
class Cluster
{
public:
    bool setUp(Fault fault, QString* error)
    {
        m_fault = fault;
        if (!m_healthy.start())
            return fail(error, m_healthy.errorString());
        QStringList extra;
        if (fault == Fault::RefusesDumps)
            extra << u"-X"_s;
        if (fault == Fault::RefusesWatching)
            extra << u"-W"_s;
        if (!m_backing.start(extra))
            return fail(error, m_backing.errorString());
        switch (fault) {
        case Fault::Refused:
            m_faultySpec = u"127.0.0.1:%1"_s.arg(MemcachedServer::freePort());
            break;
        case Fault::UnixSocketMissing:
            m_faultySpec = u"unix:"_s + m_dir.filePath(u"missing.sock"_s);
            break;
        case Fault::Blackholed:
        case Fault::Slow:
        case Fault::ResetMidReply:
        case Fault::ClosedMidDump:
        case Fault::Garbage:
        case Fault::Busy:
            m_proxy = std::make_unique<FaultProxy>(m_backing.port());
            m_faultySpec = m_proxy->spec();
            break;
        default:
            m_faultySpec = m_backing.spec();
        }
        m_servers = *ServerSpec::parseList(serversArg());
        const auto placement = Placement::create(ClientLibrary::PythonMemcached, m_servers);
        const KeyScheme keys;
        const auto homedOn = [&](int server, const QString& stem) {
            for (int i = 0;; ++i) {
                const QString name = stem + QString::number(i);
                if (placement->home(*keys.lockKey(name)) == server)
                    return name;
            }
        };
        steady = homedOn(0, u"steady-"_s);
        stuck = homedOn(1, u"stuck-"_s);
        freeOnFaulty = homedOn(1, u"free-"_s);
        freeOnHealthy = homedOn(0, u"open-"_s);
        const auto add = [](MemcachedServer& server, const QString& name) {
            return server.command("add :1:__d_lock_" + name.toUtf8() + " 2 300 1\r\n1\r\n") ==
                   "STORED\r\n";
        };
        if (!add(m_healthy, steady) || !add(m_backing, stuck))
            return fail(error, u"could not seed the locks"_s);
        return true;
    }

    // Switches the fault on (for faults that begin after the cluster was seen up).
    void begin()
    {
        switch (m_fault) {
        case Fault::Down:
            m_backing.kill();
            break;
        case Fault::Blackholed:
            m_proxy->setMode(FaultProxy::Mode::Blackhole);
            break;
        case Fault::Slow:
            m_proxy->setMode(FaultProxy::Mode::Delay, 300);
            break;
        case Fault::ResetMidReply:
            m_proxy->setMode(FaultProxy::Mode::Reset);
            break;
        case Fault::ClosedMidDump:
            m_proxy->setMode(FaultProxy::Mode::CloseMidDump);
            break;
        case Fault::Garbage:
            m_proxy->setMode(FaultProxy::Mode::Garbage);
            break;
        case Fault::Busy:
            m_proxy->setMode(FaultProxy::Mode::BusyDump);
            break;
        case Fault::Restarted:
            m_backing.kill();
            (void)m_backing.restart();
            break;
        default:
            break;
        }
    }

    [[nodiscard]] QString serversArg() const { return m_healthy.spec() + u',' + m_faultySpec; }
    [[nodiscard]] QString faultyName() const
    {
        // As the tools write it: the spec without "unix:" for a socket path.
        return m_servers.value(1).name();
    }
    [[nodiscard]] QString healthyName() const { return m_servers.value(0).name(); }
    [[nodiscard]] const QList<ServerSpec>& servers() const { return m_servers; }
    [[nodiscard]] QString path(const QString& name) const { return m_dir.filePath(name); }
    // Whether the lock is still on the faulty server (read behind the fault).
    [[nodiscard]] bool stillHeld(const QString& name)
    {
        if (!m_backing.isRunning())
            return true; // nothing can have been deleted on a server that is gone
        return m_backing.command("mg :1:__d_lock_" + name.toUtf8() + " v\r\n").startsWith("VA");
    }
    [[nodiscard]] bool healthyHas(const QString& name)
    {
        return m_healthy.command("mg :1:__d_lock_" + name.toUtf8() + " v\r\n").startsWith("VA");
    }
    MemcachedServer& backing() { return m_backing; }

    QString steady, stuck, freeOnFaulty, freeOnHealthy;

private:
    static bool fail(QString* error, const QString& message)
    {
        *error = message;
        return false;
    }

    Fault m_fault = Fault::Refused;
    QTemporaryDir m_dir;
    MemcachedServer m_healthy;
    MemcachedServer m_backing;
    std::unique_ptr<FaultProxy> m_proxy;
    QString m_faultySpec;
    QList<ServerSpec> m_servers;
};

// A profiles file that is not text: NUL bytes, invalid UTF-8, an unclosed section.
QByteArray corruptSettingsFile()
{
    static const char raw[] = "\x00\x01\xff[profile prod\nservers=\x80\x81,,::\n\x00";
    return QByteArray(raw, sizeof raw - 1);
}

// What an operator must be told about the faulty server, by fault.
QRegularExpression saysWhat(Fault fault)
{
    static const QHash<Fault, QString> words{
        {Fault::Refused, u"connection refused"_s},
        {Fault::Down, u"connection refused|down|closed"_s},
        {Fault::Blackholed, u"timed out|timeout|no answer"_s},
        {Fault::ResetMidReply, u"reset|closed|broke|connection failed"_s},
        {Fault::ClosedMidDump, u"closed"_s},
        {Fault::Garbage, u"protocol error|HELLO FROM NOT-MEMCACHED"_s},
        {Fault::Busy, u"busy"_s},
        {Fault::UnixSocketMissing, u"no such file|not found|does not exist|connection refused"_s},
        {Fault::Restarted, u"restart"_s},
        {Fault::RefusesDumps, u"metadump not allowed|names"_s},
        {Fault::RefusesWatching, u"refuses watching"_s},
    };
    return QRegularExpression(words.value(fault, u"."_s),
                              QRegularExpression::CaseInsensitiveOption);
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locksAndWatch_data();
    void locksAndWatch();
    void servers_data();
    void servers();
    void release_data();
    void release();
    void run_data();
    void run();
    void setGet_data();
    void setGet();
    void activity_data();
    void activity();
    void corruptSettings_data();
    void corruptSettings();
    void corruptSettingsDashboard();
    void dashboard_data();
    void dashboard();

private:
    // A cell's fault set up and begun, in `cluster`; false (and a test
    // failure) when the servers could not be started.
    bool prepare(Cluster& cluster, Fault fault)
    {
        QString error;
        if (!cluster.setUp(fault, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        cluster.begin();
        return true;
    }
    CtlRun ctl(Cluster& cluster, QStringList args, const QProcessEnvironment& env = {})
    {
        // The common options right after the command (before a `run`'s "--").
        const QStringList common{u"--servers"_s, cluster.serversArg(), u"--connect-timeout"_s,
                                 u"500"_s,       u"--timeout"_s,       u"1000"_s};
        return runCtl(args.mid(0, 1) + common + args.mid(1), cluster.path(u"profiles.ini"_s), env);
    }
};

namespace {

void addFaults(const QList<Fault>& faults)
{
    QTest::addColumn<Fault>("fault");
    for (const auto& [fault, name] : Faults)
        if (faults.contains(fault))
            QTest::newRow(name) << fault;
}

// Faults of a server (as opposed to the operator's files).
const QList<Fault> ServerFaults{Fault::Refused,       Fault::Down,
                                Fault::Blackholed,    Fault::Slow,
                                Fault::ResetMidReply, Fault::ClosedMidDump,
                                Fault::Garbage,       Fault::Busy,
                                Fault::Restarted,     Fault::UnixSocketMissing,
                                Fault::RefusesDumps,  Fault::RefusesWatching};

// Faults that leave the server usable for reading keys and storing them.
bool keysStillWork(Fault fault)
{
    return fault == Fault::Slow || fault == Fault::ClosedMidDump || fault == Fault::Busy ||
           fault == Fault::Restarted || fault == Fault::RefusesDumps ||
           fault == Fault::RefusesWatching;
}

} // namespace

void TestFaultMatrix::locksAndWatch_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<bool>("watch");
    for (const bool watch : {false, true})
        for (const auto& [fault, name] : Faults)
            if (ServerFaults.contains(fault))
                QTest::addRow("%s %s", watch ? "watch" : "locks", name) << fault << watch;
}

void TestFaultMatrix::locksAndWatch()
{
    QFETCH(Fault, fault);
    QFETCH(bool, watch);
    Cluster cluster;
    QVERIFY(prepare(cluster, fault));
    const CtlRun run = ctl(cluster, watch ? QStringList{u"watch"_s, u"--count"_s, u"1"_s}
                                          : QStringList{u"locks"_s});
    const QString all = run.text() + run.err;
    QVERIFY2(run.text().contains(cluster.steady), qPrintable(all)); // the healthy server's lock
    // Still read: slowly, or without the stream. (A restart before the
    // command took the lock with it; under -X the name is not known.)
    if (fault == Fault::Slow || fault == Fault::RefusesWatching)
        QVERIFY2(run.text().contains(cluster.stuck), qPrintable(all));
    if (fault == Fault::Slow || fault == Fault::Restarted) {
        QCOMPARE(run.code, 0);
        return;
    }
    if (fault == Fault::RefusesWatching || fault == Fault::RefusesDumps) {
        // Not an error: locks come from walks, not the stream; under -X from
        // names. Either way a note says what cannot be seen.
        QVERIFY2(run.code == 0, qPrintable(all));
        if (watch || fault == Fault::RefusesDumps)
            QVERIFY2(saysWhat(fault).match(all).hasMatch(), qPrintable(all));
        return;
    }
    QVERIFY2(run.code == 1, qPrintable(all)); // the list is incomplete, and it says so
    QVERIFY2(run.err.contains(cluster.faultyName()) || run.text().contains(cluster.faultyName()),
             qPrintable(all));
    QVERIFY2(saysWhat(fault).match(all).hasMatch(), qPrintable(all));
}

void TestFaultMatrix::servers_data()
{
    addFaults(ServerFaults);
}

void TestFaultMatrix::servers()
{
    QFETCH(Fault, fault);
    Cluster cluster;
    QVERIFY(prepare(cluster, fault));
    const CtlRun run = ctl(cluster, {u"servers"_s});
    const QString all = run.text() + run.err;
    QVERIFY2(run.text().contains(cluster.healthyName()), qPrintable(all));
    if (keysStillWork(fault)) {
        // `servers` reads stats only: dumps, the stream and a slow answer do not matter.
        QVERIFY2(run.code == 0, qPrintable(all));
        return;
    }
    QVERIFY2(run.code == 1, qPrintable(all));
    QVERIFY2(all.contains(cluster.faultyName()), qPrintable(all));
    QVERIFY2(saysWhat(fault).match(all).hasMatch(), qPrintable(all));
}

void TestFaultMatrix::release_data()
{
    addFaults(ServerFaults + QList<Fault>{Fault::AuditLogUnwritable});
}

void TestFaultMatrix::release()
{
    QFETCH(Fault, fault);
    Cluster cluster;
    QVERIFY(prepare(cluster, fault));
    QProcessEnvironment env;
    env.insert(u"LOCKBOARD_AUDIT_LOG"_s, fault == Fault::AuditLogUnwritable
                                             ? u"/proc/version/audit.jsonl"_s
                                             : cluster.path(u"audit.jsonl"_s));
    const CtlRun run = ctl(cluster, {u"release"_s, cluster.stuck, u"--yes"_s}, env);
    const QString all = run.text() + run.err;
    if (fault == Fault::Restarted) {
        // The restart lost the lock: nothing to release, and it says so.
        QCOMPARE(run.code, 1);
        QVERIFY2(all.contains(u"no lock"_s), qPrintable(all));
    } else if (keysStillWork(fault)) {
        QVERIFY2(run.code == 0, qPrintable(all));
        QVERIFY(!cluster.stillHeld(cluster.stuck));
    } else {
        // 69: the server could not be used; 1: the audit log refused.
        QVERIFY2(run.code == (fault == Fault::AuditLogUnwritable ? 1 : 69), qPrintable(all));
        QVERIFY2(all.contains(u"not released"_s), qPrintable(all));
        if (fault == Fault::AuditLogUnwritable)
            QVERIFY2(all.contains(u"/proc/version/audit.jsonl"_s), qPrintable(all));
        else
            QVERIFY2(all.contains(cluster.faultyName()), qPrintable(all));
        QVERIFY2(saysWhat(fault).match(all).hasMatch(), qPrintable(all));
        QVERIFY(cluster.stillHeld(cluster.stuck)); // nothing lost
    }
    // The healthy server: released there, unless the audit log cannot say so.
    const CtlRun other = ctl(cluster, {u"release"_s, cluster.steady, u"--yes"_s}, env);
    if (fault == Fault::AuditLogUnwritable) {
        QCOMPARE(other.code, 1);
        QVERIFY(cluster.healthyHas(cluster.steady));
    } else {
        QVERIFY2(other.code == 0, qPrintable(other.err));
        QVERIFY(!cluster.healthyHas(cluster.steady));
    }
}

void TestFaultMatrix::run_data()
{
    addFaults(ServerFaults);
}

void TestFaultMatrix::run()
{
    QFETCH(Fault, fault);
    Cluster cluster;
    QVERIFY(prepare(cluster, fault));
    if (fault == Fault::Restarted) {
        // Restarted while CMD runs: the lock was lost with the server's memory.
        QTimer restart;
        restart.setSingleShot(true);
        connect(&restart, &QTimer::timeout, this, [&cluster] {
            cluster.backing().kill();
            (void)cluster.backing().restart();
        });
        restart.start(1500); // fires inside run's event loop
        const CtlRun run = ctl(cluster, {u"run"_s, u"--lock"_s, cluster.freeOnFaulty, u"--ttl"_s,
                                         u"3"_s, u"--"_s, u"sleep"_s, u"4"_s});
        const QString all = run.text() + run.err;
        QVERIFY2(run.code == 70, qPrintable(all)); // the lock was lost while CMD ran
        QVERIFY2(all.contains(cluster.faultyName()), qPrintable(all));
        return;
    }
    const CtlRun run =
        ctl(cluster, {u"run"_s, u"--lock"_s, cluster.freeOnFaulty, u"--"_s, u"true"_s});
    const QString all = run.text() + run.err;
    if (keysStillWork(fault)) {
        QVERIFY2(run.code == 0, qPrintable(all));
        QVERIFY(!cluster.stillHeld(cluster.freeOnFaulty)); // released afterwards
    } else {
        QVERIFY2(run.code == 69, qPrintable(all)); // unavailable: neither taken nor free
        QVERIFY2(all.contains(cluster.faultyName()), qPrintable(all));
        QVERIFY2(saysWhat(fault).match(all).hasMatch(), qPrintable(all));
    }
    const CtlRun other =
        ctl(cluster, {u"run"_s, u"--lock"_s, cluster.freeOnHealthy, u"--"_s, u"true"_s});
    QVERIFY2(other.code == 0, qPrintable(other.err));
    QVERIFY(!cluster.healthyHas(cluster.freeOnHealthy));
}

void TestFaultMatrix::setGet_data()
{
    addFaults(ServerFaults);
}

void TestFaultMatrix::setGet()
{
    QFETCH(Fault, fault);
    Cluster cluster;
    QVERIFY(prepare(cluster, fault));
    // The keys are the lock keys themselves (set/get take memcached keys with --raw).
    const QString onFaulty = u":1:__d_lock_"_s + cluster.freeOnFaulty;
    const QString onHealthy = u":1:__d_lock_"_s + cluster.freeOnHealthy;
    const CtlRun set = ctl(cluster, {u"set"_s, u"--raw"_s, onFaulty, u"v"_s});
    const CtlRun get = ctl(cluster, {u"get"_s, u"--raw"_s, onFaulty});
    if (keysStillWork(fault)) {
        QVERIFY2(set.code == 0, qPrintable(set.err));
        QVERIFY2(get.code == 0 && get.out.trimmed() == "v", qPrintable(get.err));
    } else {
        for (const CtlRun* run : {&set, &get}) {
            const QString all = run->text() + run->err;
            QVERIFY2(run->code == 69, qPrintable(all)); // the key's home could not be used
            QVERIFY2(all.contains(cluster.faultyName()), qPrintable(all));
            QVERIFY2(saysWhat(fault).match(all).hasMatch(), qPrintable(all));
        }
    }
    QCOMPARE(ctl(cluster, {u"set"_s, u"--raw"_s, onHealthy, u"w"_s}).code, 0);
    QCOMPARE(ctl(cluster, {u"get"_s, u"--raw"_s, onHealthy}).out.trimmed(), QByteArray("w"));
}

void TestFaultMatrix::activity_data()
{
    addFaults(ServerFaults);
}

void TestFaultMatrix::activity()
{
    QFETCH(Fault, fault);
    Cluster cluster;
    QVERIFY(prepare(cluster, fault));
    const CtlRun run = ctl(cluster, {u"activity"_s, u"--duration"_s, u"1"_s, u"--json"_s});
    const QString all = run.text() + run.err;
    const bool streams = fault == Fault::Slow || fault == Fault::ClosedMidDump ||
                         fault == Fault::Busy || fault == Fault::Restarted ||
                         fault == Fault::RefusesDumps;
    QVERIFY2(run.out.contains("\"streaming\": true"), qPrintable(all)); // the healthy server
    if (streams) {
        QVERIFY2(run.code == 0, qPrintable(all));
        return;
    }
    QVERIFY2(run.code == 1, qPrintable(all)); // the figures are incomplete, and it says so
    QVERIFY2(all.contains(cluster.faultyName()), qPrintable(all));
    QVERIFY2(saysWhat(fault).match(all).hasMatch(), qPrintable(all));
}

void TestFaultMatrix::corruptSettings_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("locks") << QStringList{u"locks"_s};
    QTest::newRow("servers") << QStringList{u"servers"_s};
    QTest::newRow("release") << QStringList{u"release"_s, u"x"_s, u"--yes"_s};
    QTest::newRow("run") << QStringList{u"run"_s, u"--lock"_s, u"x"_s, u"--"_s, u"true"_s};
    QTest::newRow("set") << QStringList{u"set"_s, u"k"_s, u"v"_s};
    QTest::newRow("get") << QStringList{u"get"_s, u"k"_s};
    QTest::newRow("activity") << QStringList{u"activity"_s, u"--duration"_s, u"1"_s};
    QTest::newRow("watch") << QStringList{u"watch"_s, u"--count"_s, u"1"_s};
}

void TestFaultMatrix::corruptSettings()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    const QString ini = dir.filePath(u"profiles.ini"_s);
    QFile file(ini);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray garbage = corruptSettingsFile();
    file.write(garbage);
    file.close();
    const CtlRun run =
        runCtl(args.mid(0, 1) + QStringList{u"--profile"_s, u"prod"_s} + args.mid(1), ini);
    QVERIFY2(run.code == 2, qPrintable(run.err));
    QVERIFY2(run.err.contains(ini), qPrintable(run.err));          // says which file
    QVERIFY2(run.err.contains(u"corrupt"_s), qPrintable(run.err)); // and what is wrong
    QFile after(ini);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), garbage); // and leaves it as it was
}

void TestFaultMatrix::corruptSettingsDashboard()
{
    // lockboard --profile prod resolves the profile as the command line does,
    // and saving a profile from the dialog must not overwrite what it cannot read.
    QTemporaryDir dir;
    const QString ini = dir.filePath(u"profiles.ini"_s);
    QFile file(ini);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray garbage = corruptSettingsFile();
    file.write(garbage);
    file.close();
    ProfileStore store(ini);
    ProfileOverrides overrides;
    overrides.profile = u"prod"_s;
    const auto resolved = overrides.resolve(store, Environment());
    QVERIFY(!resolved);
    QVERIFY2(resolved.error().message.contains(ini) &&
                 resolved.error().message.contains(u"corrupt"_s),
             qPrintable(resolved.error().message));
    Profile profile;
    profile.name = u"prod"_s;
    profile.servers = *ServerSpec::parseList(u"127.0.0.1:11211"_s);
    QVERIFY(!store.save(profile));
    QVERIFY(!store.remove(u"prod"_s));
    QFile after(ini);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), garbage);
}

void TestFaultMatrix::dashboard_data()
{
    addFaults(ServerFaults);
}

void TestFaultMatrix::dashboard()
{
    QFETCH(Fault, fault);
    Cluster cluster;
    QString error;
    QVERIFY2(cluster.setUp(fault, &error), qPrintable(error));
    Profile profile;
    profile.name = u"matrix"_s;
    profile.servers = cluster.servers();
    MainWindow window(ProfileStore(cluster.path(u"profiles.ini"_s)));
    window.setProfile(profile);
    window.show();
    ServersModel* servers = window.serversModel();
    const auto healthText = [servers] {
        return servers->rowCount() > 1
                   ? servers->index(1, ServersModel::Health).data().toString() + u' ' +
                         servers->index(1, ServersModel::Health).data(Qt::ToolTipRole).toString()
                   : QString();
    };
    const auto hasLock = [&window](const QString& name) {
        for (int row = 0; row < window.locksModel()->rowCount(); ++row)
            if (window.locksModel()->lockAt(row).name == name)
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasLock(cluster.steady), 10000);
    if (fault != Fault::Refused && fault != Fault::UnixSocketMissing)
        QTRY_VERIFY_WITH_TIMEOUT(hasLock(cluster.stuck) || fault == Fault::RefusesDumps, 10000);
    cluster.begin();
    if (fault == Fault::ClosedMidDump || fault == Fault::Busy || fault == Fault::Restarted)
        window.refreshAction()->trigger(); // a walk: on demand (F5), as an operator would
    const QRegularExpression says = saysWhat(fault);
    if (fault == Fault::Slow) {
        QTRY_VERIFY_WITH_TIMEOUT(servers->rowCount() == 2 &&
                                     servers->condition(1) == ServersModel::Condition::Up,
                                 10000);
    } else if (fault == Fault::RefusesDumps) {
        QTRY_VERIFY_WITH_TIMEOUT(
            servers->rowCount() == 2 &&
                says.match(servers->index(1, ServersModel::KeyspaceWalk).data().toString() + u' ' +
                           servers->index(1, ServersModel::KeyspaceWalk)
                               .data(Qt::ToolTipRole)
                               .toString())
                    .hasMatch(),
            10000);
    } else if (fault == Fault::RefusesWatching) {
        QTRY_VERIFY_WITH_TIMEOUT(
            servers->rowCount() == 2 &&
                says.match(
                        servers->index(1, ServersModel::Watching).data().toString() + u' ' +
                        servers->index(1, ServersModel::Watching).data(Qt::ToolTipRole).toString())
                    .hasMatch(),
            10000);
    } else {
        QTRY_VERIFY2_WITH_TIMEOUT(says.match(healthText()).hasMatch(), qPrintable(healthText()),
                                  15000);
    }
    // The healthy server is unaffected: up, its lock still listed.
    QCOMPARE(servers->condition(0), ServersModel::Condition::Up);
    QVERIFY(hasLock(cluster.steady));
}

QTEST_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
