// Key spread and failover moves, checked key by key against Placement (whose
// home() and landing() the placement vectors check against the libraries).
#include "core/placement/KeySpread.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lockboard;

class TestKeySpread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spreadAndMoves_data();
    void spreadAndMoves();
    void sampleKeysAreLockKeys();
    void removalMovesOthersToo();
};

void TestKeySpread::spreadAndMoves_data()
{
    QTest::addColumn<ClientLibrary>("library");
    QTest::addColumn<bool>("moves"); // the library moves a dead home's keys
    QTest::newRow("python-memcached") << ClientLibrary::PythonMemcached << true;
    QTest::newRow("pymemcache") << ClientLibrary::Pymemcache << true;
    QTest::newRow("pylibmc") << ClientLibrary::Pylibmc << false;
    QTest::newRow("pylibmc-ketama") << ClientLibrary::PylibmcKetama << false;
}

void TestKeySpread::spreadAndMoves()
{
    QFETCH(ClientLibrary, library);
    QFETCH(bool, moves);
    const auto servers =
        *ServerSpec::parseList(u"10.0.0.1:11211,10.0.0.2:11211:2,10.0.0.3:11211"_s);
    const auto placement = Placement::create(library, servers);
    const QList<QByteArray> keys = sampleLockKeys(KeyScheme(), 3000);

    const KeySpread spread = spreadOf(*placement, keys);
    QCOMPARE(spread.keys, 3000);
    QList<int> expected(3, 0);
    for (const QByteArray& key : keys)
        ++expected[placement->home(key)];
    QCOMPARE(spread.perServer, expected);
    for (int count : spread.perServer)
        QVERIFY2(count > 300, "every server is home to a share of 3,000 keys");

    for (int down = 0; down < 3; ++down) {
        const FailoverMoves result = movesIfDown(*placement, keys, down);
        QCOMPARE(result.affected, spread.perServer[down]);
        QList<int> movedTo(3, 0);
        int failing = 0;
        for (const QByteArray& key : keys) {
            if (placement->home(key) != down)
                continue;
            const int landing = placement->landing(key, {down});
            if (landing < 0 || landing == down)
                ++failing;
            else
                ++movedTo[landing];
        }
        QCOMPARE(result.movedTo, movedTo);
        QCOMPARE(result.failing, failing);
        QCOMPARE(result.movedTo[down], 0);
        if (moves) // python-memcached gives up after 10 rehashes that all hit the dead server
            QVERIFY2(result.failing * 100 <= result.affected, "almost every key moves");
        else
            QCOMPARE(result.failing, result.affected);
    }
}

// PHP's libketama with OPT_REMOVE_FAILED_SERVERS rebuilds its weighted ring
// without the failed server: every live share changes, so some keys whose home
// is up move too, and the spread after the failure counts every key.
void TestKeySpread::removalMovesOthersToo()
{
    const auto servers = *ServerSpec::parseList(
        u"10.0.0.1:11211:2,10.0.0.2:11211,10.0.0.3:11211,10.0.0.4:11211:3"_s);
    const auto placement = Placement::create(ClientLibrary::PhpMemcachedKetama, servers,
                                             {{u"OPT_REMOVE_FAILED_SERVERS"_s, true}});
    QCOMPARE(placement->failover(), Failover::Removes);
    const QList<QByteArray> keys = sampleLockKeys(KeyScheme(), 3000);
    const FailoverMoves result = movesIfDown(*placement, keys, 1);
    QCOMPARE(result.failing, 0);
    int others = 0;
    QList<int> after(4, 0);
    for (const QByteArray& key : keys) {
        const int landing = placement->landing(key, {1});
        QVERIFY(landing >= 0 && landing != 1);
        ++after[landing];
        const int home = placement->home(key);
        if (home != 1 && landing != home)
            ++others;
    }
    QVERIFY2(others > 0, "the weights are re-normalised over three servers");
    QCOMPARE(result.othersMoved, others);
    QCOMPARE(result.after, after);
    // On its defaults the same library never moves a key.
    const FailoverMoves fails =
        movesIfDown(*Placement::create(ClientLibrary::PhpMemcachedKetama, servers), keys, 1);
    QCOMPARE(fails.othersMoved, 0);
    QCOMPARE(fails.failing, fails.affected);
}

void TestKeySpread::sampleKeysAreLockKeys()
{
    const KeyScheme scheme(u"shop"_s, 3);
    const QList<QByteArray> keys = sampleLockKeys(scheme, 5);
    QCOMPARE(keys.size(), 5);
    QCOMPARE(keys[4], QByteArray("shop:3:__d_lock_sample-4"));
    QVERIFY(scheme.parseLockKey(keys[0], false).has_value());
}

QTEST_GUILESS_MAIN(TestKeySpread)
#include "tst_keyspread.moc"
