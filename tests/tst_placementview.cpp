#include "core/placement/Placement.h"
#include "ui/PlacementView.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lockboard;

class TestPlacementView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEveryLibrary();
    void badInputShowsError();
};

void TestPlacementView::showsEveryLibrary()
{
    PlacementView view;
    Profile profile;
    profile.servers = *ServerSpec::parseList(u"10.0.0.1:11211,10.0.0.2:11211,10.0.0.3:11211"_s);
    view.setProfile(profile);
    QTest::keyClicks(view.keyEdit(), u"nightly"_s);

    QTableWidget* table = view.results();
    QCOMPARE(table->rowCount(), int(allClientLibraries().size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const ClientLibrary library = allClientLibraries()[row];
        const int home = Placement::create(library, profile.servers)->home(":1:nightly");
        QCOMPARE(table->item(row, 0)->text(), clientLibraryName(library));
        QCOMPARE(table->item(row, 1)->text(), profile.servers[home].name());
        QCOMPARE(table->item(row, 2)->text(), QString::number(home));
    }
    // python-memcached and pymemcache move a key whose home is down; pylibmc does not.
    for (int row : {0, 1}) {
        const auto placement = Placement::create(allClientLibraries()[row], profile.servers);
        const int landing = placement->landing(":1:nightly", {placement->home(":1:nightly")});
        QVERIFY(table->item(row, 3)->text().startsWith(u"moves to "_s +
                                                       profile.servers[landing].name()));
    }
    // dalli rehashes too; every other library leaves the key to fail.
    for (int row = 2; row < table->rowCount(); ++row) {
        const ClientLibrary library = allClientLibraries()[row];
        QVERIFY2(table->item(row, 3)->text().startsWith(
                     library == ClientLibrary::Dalli ? u"moves to "_s : u"fails"_s),
                 qPrintable(clientLibraryName(library)));
    }

    view.rawBox()->setChecked(true); // "nightly" is now the memcached key itself
    const int rawHome =
        Placement::create(ClientLibrary::PythonMemcached, profile.servers)->home("nightly");
    QCOMPARE(table->item(0, 2)->text(), QString::number(rawHome));

    // PHP's memcached and gomemcache never send a key that is not printable ASCII.
    view.keyEdit()->setText(u"nächtlich"_s);
    for (int row = 0; row < table->rowCount(); ++row) {
        const ClientLibrary library = allClientLibraries()[row];
        const bool asciiOnly = library == ClientLibrary::PhpMemcached ||
                               library == ClientLibrary::PhpMemcachedKetama ||
                               library == ClientLibrary::Gomemcache;
        QCOMPARE(table->item(row, 1)->text().startsWith(u"never sent"_s), asciiOnly);
        QCOMPARE(table->item(row, 2)->text() == u"-"_s, asciiOnly);
    }
}

void TestPlacementView::badInputShowsError()
{
    PlacementView view;
    view.serversEdit()->setText(u"a:1,b:notaport"_s);
    view.keyEdit()->setText(u"k"_s);
    QVERIFY(!view.errorLabel()->isHidden());
    QVERIFY(view.errorLabel()->text().contains(u"\"b:notaport\""_s));
    QCOMPARE(view.results()->rowCount(), 0);

    view.serversEdit()->setText(u"a:1"_s);
    view.keyEdit()->setText(u"two words"_s);
    QVERIFY(view.errorLabel()->text().contains(u"contains a space"_s));

    view.keyEdit()->setText(u"fine"_s);
    QVERIFY(view.errorLabel()->isHidden());
    QCOMPARE(view.results()->rowCount(), int(allClientLibraries().size()));
}

QTEST_MAIN(TestPlacementView)
#include "tst_placementview.moc"
