// Checks Lockboard's placement against where the real client libraries put
// keys (tests/vectors/generate_vectors.py). By default it reads the committed
// vectors; LOCKBOARD_VECTORS names another file (the suite's live rerun).
#include "core/placement/Placement.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using namespace lockboard;

class TestPlacementVectors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rows_data();
    void rows();
    void coverage();

private:
    struct Config
    {
        std::unique_ptr<Placement> placement;
        QList<int> down;
        bool binary = false; // the library spoke the binary protocol: no key refused
    };
    QJsonArray m_configs;
    std::map<int, Config> m_placements;
};

void TestPlacementVectors::initTestCase()
{
    const QString path =
        qEnvironmentVariable("LOCKBOARD_VECTORS", QStringLiteral(LOCKBOARD_VECTORS_FILE));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(u"cannot read "_s + path));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(!document.isNull(), qPrintable(error.errorString()));
    m_configs = document.object().value(u"configs"_s).toArray();
    QVERIFY(!m_configs.isEmpty());

    for (int c = 0; c < m_configs.size(); ++c) {
        const QJsonObject config = m_configs[c].toObject();
        QStringList specs;
        for (const QJsonValue& spec : config.value(u"servers"_s).toArray())
            specs.append(spec.toString());
        auto servers = ServerSpec::parseList(specs.join(u','));
        QVERIFY2(servers.ok(), qPrintable(servers.ok() ? QString() : servers.error().message));
        auto library = parseClientLibrary(config.value(u"client"_s).toString());
        QVERIFY(library.ok());
        // The client options the library was built with: how it fails over.
        Config placed{Placement::create(*library, *servers, config.value(u"options"_s).toObject()),
                      {},
                      config.value(u"protocol"_s).toString() == u"binary"_s};
        for (const QJsonValue& index : config.value(u"down"_s).toArray())
            placed.down.append(index.toInt());
        m_placements[c] = std::move(placed);
    }
}

void TestPlacementVectors::rows_data()
{
    QTest::addColumn<int>("config");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("expected"); // server index, or -1: the store failed

    for (int c = 0; c < m_configs.size(); ++c) {
        const QJsonObject config = m_configs[c].toObject();
        const QString client = config.value(u"client"_s).toString();
        const QJsonArray rows = config.value(u"rows"_s).toArray();
        for (int r = 0; r < rows.size(); ++r) {
            const QJsonArray row = rows[r].toArray();
            const QJsonValue server = row.at(1);
            QTest::addRow("%s/%d/%d", qPrintable(client), c, r)
                << c << row.at(0).toString() << (server.isNull() ? -1 : server.toInt());
        }
    }
}

void TestPlacementVectors::rows()
{
    QFETCH(int, config);
    QFETCH(QString, key);
    QFETCH(int, expected);

    const Config& placed = m_placements.at(config);
    const QByteArray wire = key.toUtf8();
    // A key the library refuses to send is never stored, whatever its home.
    if (!placed.binary && !placed.placement->sends(wire))
        QCOMPARE(-1, expected);
    else if (placed.down.isEmpty())
        QCOMPARE(placed.placement->home(wire), expected);
    else
        QCOMPARE(placed.placement->landing(wire, placed.down), expected);
}

// The vectors must keep covering what the issue asks for: at least 1,000 keys
// per library, weighted layouts, non-ASCII keys and failed servers.
void TestPlacementVectors::coverage()
{
    QMap<QString, int> keys;
    QMap<QString, int> nonAscii; // stored, or refused by a library that takes ASCII only
    QMap<QString, int> weighted;
    QMap<QString, int> withDown;
    for (const QJsonValue& value : std::as_const(m_configs)) {
        const QJsonObject config = value.toObject();
        const QString client = config.value(u"client"_s).toString();
        const QJsonArray rows = config.value(u"rows"_s).toArray();
        keys[client] += int(rows.size());
        for (const QJsonValue& row : rows) {
            const QString key = row.toArray().at(0).toString();
            if (key.toUtf8().size() != key.size())
                ++nonAscii[client];
        }
        for (const QJsonValue& spec : config.value(u"servers"_s).toArray())
            if (ServerSpec::parse(spec.toString())->weight() > 1) {
                ++weighted[client];
                break;
            }
        if (!config.value(u"down"_s).toArray().isEmpty())
            ++withDown[client];
    }
    for (const QString& client : clientLibraryNames()) {
        QVERIFY2(keys.value(client) >= 1000, qPrintable(client));
        QVERIFY2(nonAscii.value(client) >= 100, qPrintable(client));
        QVERIFY2(weighted.value(client) >= 1, qPrintable(client));
        QVERIFY2(withDown.value(client) >= 1, qPrintable(client));
    }
}

QTEST_GUILESS_MAIN(TestPlacementVectors)
#include "tst_placementvectors.moc"
