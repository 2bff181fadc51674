// soak: the dashboard (its window, offscreen, with the inspector thread and
// the activity stream behind it) against a cluster that keeps changing, for
// N minutes. Three real memcached servers, the third behind a FaultProxy:
//   - worker threads take and release locks (a pool of names plus names never
//     seen before, so that everything keyed by lock name is exercised);
//   - the first server is killed and restarted on the same port every 40 s;
//   - the proxy cycles pass -> blackhole -> pass -> garbage every 10 s.
// Every minute it prints RSS, open descriptors, snapshots shown, warnings and
// the workers' errors. It fails (exit 1) if anything stops (no snapshot in a
// minute), or if RSS or descriptors keep growing: after the first third of
// the run (warm-up), the last third's peak must stay within 10% + 8 MB of the
// middle third's peak for RSS, and within 4 of it for descriptors.
//
//   build/dev/tests/bench/soak --minutes 60
#include "core/client/Client.h"
#include "core/lock/DistributedLock.h"
#include "tests/support/FaultProxy.h"
#include "tests/support/MemcachedServer.h"
#include "ui/MainWindow.h"
#include "ui/models/EventsModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <memory>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;
using namespace lockboard;
using lockboard::test::FaultProxy;
using lockboard::test::MemcachedServer;

namespace {

qint64 residentKiB()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * (::sysconf(_SC_PAGESIZE) / 1024) : -1;
}

qint64 openDescriptors()
{
    return QDir(u"/proc/self/fd"_s).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size();
}

// Lock holders with the real client and lock, on a thread of their own.
class Churn : public QThread
{
public:
    explicit Churn(Profile profile, int seed)
        : m_profile(std::move(profile))
        , m_seed(seed)
    {}
    std::atomic<bool> stopping = false;
    std::atomic<qint64> operations = 0;
    std::atomic<qint64> errors = 0;

protected:
    void run() override
    {
        Client client(m_profile, {.connectTimeoutMs = 300, .ioTimeoutMs = 500});
        QRandomGenerator random{quint32(m_seed)};
        std::vector<std::unique_ptr<DistributedLock>> held;
        qint64 fresh = 0;
        while (!stopping) {
            if (!held.empty() && random.bounded(3) == 0) {
                const auto at = held.begin() + random.bounded(int(held.size()));
                if (!(*at)->release().ok())
                    ++errors;
                held.erase(at);
            } else if (held.size() < 40) {
                // Mostly a pool of 200 names; now and then one never seen before.
                const QString name = random.bounded(10) == 0
                                         ? u"once-%1-%2"_s.arg(m_seed).arg(++fresh)
                                         : u"job-%1"_s.arg(random.bounded(200));
                LockOptions options;
                options.ttl = 5 + random.bounded(60);
                auto lock = std::make_unique<DistributedLock>(client, name, options);
                const LockResult taken = lock->acquire();
                if (taken.ok())
                    held.push_back(std::move(lock));
                else if (taken.status != LockStatus::Held)
                    ++errors;
            }
            ++operations;
            QThread::msleep(20);
        }
        held.clear(); // released by their destructors
    }

private:
    Profile m_profile;
    int m_seed;
};

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"The dashboard against a cluster with churn and faults."_s);
    parser.addHelpOption();
    const QCommandLineOption minutesOption(u"minutes"_s, u"How long (default 2)."_s, u"n"_s,
                                           u"2"_s);
    parser.addOption(minutesOption);
    parser.process(app);
    const double minutes = parser.value(minutesOption).toDouble();
    if (minutes <= 0) {
        std::fprintf(stderr, "soak: --minutes must be more than 0\n");
        return 2;
    }

    std::vector<std::unique_ptr<MemcachedServer>> servers;
    for (int i = 0; i < 3; ++i) {
        servers.push_back(std::make_unique<MemcachedServer>());
        if (!servers.back()->start()) {
            std::fprintf(stderr, "soak: %s\n", qPrintable(servers.back()->errorString()));
            return 2;
        }
    }
    FaultProxy proxy(servers[2]->port());
    Profile profile;
    profile.name = u"soak"_s;
    profile.servers = *ServerSpec::parseList(
        u"%1,%2,%3"_s.arg(servers[0]->spec(), servers[1]->spec(), proxy.spec()));

    QTemporaryDir settings;
    MainWindow window(ProfileStore(settings.filePath(u"profiles.ini"_s)));
    window.setProfile(profile);
    window.show();

    std::vector<std::unique_ptr<Churn>> churn;
    for (int i = 0; i < 2; ++i) {
        churn.push_back(std::make_unique<Churn>(profile, i + 1));
        churn.back()->start();
    }

    qint64 snapshots = 0;
    QObject::connect(&window, &MainWindow::snapshotShown, &app, [&] { ++snapshots; });

    // Faults.
    int faultStep = 0;
    QTimer faults;
    faults.setInterval(10'000);
    QObject::connect(&faults, &QTimer::timeout, &app, [&] {
        ++faultStep;
        static const FaultProxy::Mode cycle[] = {FaultProxy::Mode::Blackhole,
                                                 FaultProxy::Mode::Pass, FaultProxy::Mode::Garbage,
                                                 FaultProxy::Mode::Pass};
        proxy.setMode(cycle[faultStep % 4]);
        if (faultStep % 4 == 0) { // every 40 s: kill the first server, back 10 s later
            servers[0]->kill();
            QTimer::singleShot(10'000, &app, [&] {
                if (!servers[0]->restart())
                    std::fprintf(stderr, "soak: restart failed: %s\n",
                                 qPrintable(servers[0]->errorString()));
            });
        }
    });
    faults.start();

    // Samples every 10 s; a line every minute.
    struct Sample
    {
        double minute;
        qint64 rss;
        qint64 fds;
    };
    QList<Sample> samples;
    QElapsedTimer clock;
    clock.start();
    qint64 snapshotsAtMinute = 0;
    qint64 eventsAtMinute = 0;
    qint64 warningsSeen = 0;
    qint64 errorsAtMinute = 0;
    bool stalled = false;
    int minute = 0;
    const auto workerErrors = [&] {
        qint64 sum = 0;
        for (const auto& worker : churn)
            sum += worker->errors;
        return sum;
    };
    std::printf("minute  rss_MiB  fds  snapshots  warnings  worker_errors\n");
    std::fflush(stdout);
    QTimer sampler;
    sampler.setInterval(10'000);
    QObject::connect(&sampler, &QTimer::timeout, &app, [&] {
        const double at = double(clock.elapsed()) / 60'000.0;
        samples.append({at, residentKiB(), openDescriptors()});
        // Warnings: new events of warning or critical severity (the model is
        // bounded, so count those at the top since the last look).
        const EventsModel* events = window.eventsModel();
        qint64 fresh = 0;
        for (int row = 0; row < events->rowCount(); ++row) {
            const ClusterEvent& event = events->eventAt(row);
            if (event.at.toMSecsSinceEpoch() <= eventsAtMinute)
                break;
            if (event.severity != ClusterEvent::Severity::Info)
                ++fresh;
        }
        if (events->rowCount() > 0)
            eventsAtMinute = std::max(eventsAtMinute, events->eventAt(0).at.toMSecsSinceEpoch());
        warningsSeen += fresh;
        if (int(at) > minute) {
            minute = int(at);
            const qint64 shown = snapshots - snapshotsAtMinute;
            stalled |= shown == 0;
            std::printf("%6d  %7.1f  %3lld  %9lld  %8lld  %13lld\n", minute,
                        double(samples.last().rss) / 1024.0, samples.last().fds, shown,
                        warningsSeen, workerErrors() - errorsAtMinute);
            std::fflush(stdout);
            snapshotsAtMinute = snapshots;
            warningsSeen = 0;
            errorsAtMinute = workerErrors();
        }
        if (at >= minutes)
            app.quit();
    });
    sampler.start();
    app.exec();

    for (auto& worker : churn)
        worker->stopping = true;
    for (auto& worker : churn)
        worker->wait();

    // Growth: peaks of the middle and last thirds of the samples.
    const qsizetype third = samples.size() / 3;
    if (third < 1) {
        std::fprintf(stderr, "soak: too few samples to judge growth (run at least a minute)\n");
        return 2;
    }
    const auto peak = [&](qsizetype from, qsizetype to, auto field) {
        qint64 best = 0;
        for (qsizetype i = from; i < to; ++i)
            best = std::max(best, samples[i].*field);
        return best;
    };
    const qint64 rssMiddle = peak(third, 2 * third, &Sample::rss);
    const qint64 rssLast = peak(2 * third, samples.size(), &Sample::rss);
    const qint64 fdsMiddle = peak(third, 2 * third, &Sample::fds);
    const qint64 fdsLast = peak(2 * third, samples.size(), &Sample::fds);
    std::printf("peak RSS: middle third %.1f MiB, last third %.1f MiB (ratio %.3f)\n",
                double(rssMiddle) / 1024.0, double(rssLast) / 1024.0,
                double(rssLast) / double(std::max<qint64>(rssMiddle, 1)));
    std::printf("peak descriptors: middle third %lld, last third %lld\n", fdsMiddle, fdsLast);
    bool failed = false;
    if (stalled) {
        std::printf("FAIL: a minute passed without a snapshot shown\n");
        failed = true;
    }
    if (double(rssLast) > double(rssMiddle) * 1.10 + 8 * 1024) {
        std::printf("FAIL: RSS keeps growing\n");
        failed = true;
    }
    if (fdsLast > fdsMiddle + 4) {
        std::printf("FAIL: descriptors keep growing\n");
        failed = true;
    }
    if (!failed)
        std::printf("PASS\n");
    return failed ? 1 : 0;
}
