#include "core/doctor/Checkup.h"

#include "core/activity/ActivityMonitor.h"
#include "core/inspect/ClusterInspector.h"
#include "core/protocol/StatsReply.h"
#include "core/transport/AdminConnection.h"

#include <QTimer>

namespace lockboard {

namespace {

// What a watch stream's state says of a server: it refuses watching (-W), or
// it has not answered yet.
void readStream(ServerCheckup& checkup, const ActivityMonitor::ServerState& state)
{
    checkup.watchRefused = !state.supported;
    checkup.watchUnknown = state.supported && !state.streaming && state.note.isEmpty();
    checkup.watchNote = state.supported ? QString() : state.note;
}

} // namespace

Checkup::Checkup(Profile profile, QList<Profile> others, ClientOptions options, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_others(std::move(others))
    , m_options(options)
{}

Checkup::~Checkup()
{
    qDeleteAll(m_connections);
}

void Checkup::useActivity(const QList<ActivityMonitor::ServerState>& streams)
{
    m_streams = streams;
}

void Checkup::start(bool offline)
{
    if (offline || m_profile.servers.isEmpty()) {
        m_pending = 1;
        QTimer::singleShot(0, this, &Checkup::partDone);
        return;
    }
    const int servers = int(m_profile.servers.size());
    m_checkups.resize(servers);
    m_watchSettled.fill(false, servers);
    m_pending = 1 + servers + 1; // the refresh, each server's stats, the watch try

    if (m_given) {
        m_snapshot = std::move(*m_given);
        m_given.reset();
        QTimer::singleShot(0, this, &Checkup::partDone);
    } else {
        m_inspector = std::make_unique<ClusterInspector>(m_profile, m_options);
        m_inspector->setLockKeyMemory(m_memory);
        connect(m_inspector.get(), &ClusterInspector::snapshotReady, this,
                [this](const ClusterSnapshot& snapshot) {
                    m_snapshot = snapshot;
                    partDone();
                });
        m_inspector->refresh();
    }

    for (int index = 0; index < servers; ++index) {
        auto* connection = new AdminConnection(m_profile.servers[index], m_options);
        m_connections.append(connection);
        connection->stats("items", [this, index, connection](const AdminConnection::Reply& items) {
            if (!items.ok()) {
                m_checkups[index].error = items.error;
                return partDone();
            }
            connection->stats("slabs", [this, index, items](const AdminConnection::Reply& slabs) {
                const auto parsedItems = StatsReply::parse(items.stats);
                const auto parsedSlabs =
                    slabs.ok() ? StatsReply::parse(slabs.stats) : Result<StatsReply>(*slabs.error);
                ServerCheckup& checkup = m_checkups[index];
                if (!parsedItems)
                    checkup.error = parsedItems.error();
                else if (!parsedSlabs)
                    checkup.error = parsedSlabs.error();
                else {
                    // Only the statistics: the watch try writes its part of the checkup.
                    const ServerCheckup read =
                        checkupFromStats(parsedItems->values(), parsedSlabs->values());
                    checkup.classes = read.classes;
                    checkup.totalMalloced = read.totalMalloced;
                }
                partDone();
            });
        });
    }

    if (m_streams) {
        // What the running stream knows: refused, or not answered yet.
        for (int index = 0; index < servers; ++index)
            readStream(m_checkups[index], m_streams->value(index));
        QTimer::singleShot(0, this, &Checkup::partDone);
        return;
    }
    // The watch try: settled when a server streams, refuses, or cannot be reached.
    m_stream = std::make_unique<ActivityMonitor>(m_profile, m_options);
    auto* giveUp = new QTimer(this);
    giveUp->setSingleShot(true);
    const auto settle = [this, giveUp](int index) {
        if (!m_stream || index < 0 || index >= m_watchSettled.size() || m_watchSettled[index])
            return;
        readStream(m_checkups[index], m_stream->servers().value(index));
        if (m_checkups[index].watchUnknown)
            return; // not answered yet
        m_watchSettled[index] = true;
        if (!m_watchSettled.contains(false)) {
            giveUp->stop();
            partDone();
        }
    };
    connect(m_stream.get(), &ActivityMonitor::serverStateChanged, this, settle);
    // The stream gives up by itself after its connect and answer timeouts
    // (a note: settled); this is a backstop, twice that. A server that has
    // not answered by then is said to be unchecked, not guessed about.
    giveUp->setInterval(2 * (m_options.connectTimeoutMs + m_options.ioTimeoutMs) + 1000);
    connect(giveUp, &QTimer::timeout, this, [this] {
        for (int index = 0; index < m_watchSettled.size(); ++index)
            if (!m_watchSettled[index])
                m_checkups[index].watchUnknown = true;
        m_watchSettled.fill(true);
        partDone();
    });
    giveUp->start();
    m_stream->start();
}

void Checkup::partDone()
{
    if (m_done || --m_pending > 0)
        return;
    m_done = true;
    // Nothing more is needed from the servers: stop watching now.
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream.release()->deleteLater();
    }
    QList<Finding> findings = clientFindings(m_profile);
    findings += securityFindings(m_profile);
    findings += profileFindings(m_profile, m_others);
    if (!m_snapshot.servers.isEmpty())
        findings += clusterFindings(m_profile, m_snapshot, m_checkups);
    sortFindings(findings);
    Q_EMIT finished(findings);
}

} // namespace lockboard
