// The lock recipe editor: recipes added and changed in the profile dialog,
// checked as they are typed, and previewed against real servers: a search
// walks one server and looks up lock names on another that refuses walks
// (memcached -X); the preview then follows every keystroke without the network.
#include "core/inspect/RecipeView.h"
#include "core/placement/Placement.h"
#include "tests/support/MemcachedServer.h"
#include "ui/ProfileDialog.h"
#include "ui/RecipeDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace lockboard;
using lockboard::test::MemcachedServer;

namespace {

// A version-1 UUID (RFC 4122's DNS namespace id): what dalli apps often store as owner.
const QByteArray V1Uuid = "6ba7b810-9dad-11d1-80b4-00c04fd430c8";

QByteArray set(const MemcachedServer& server, const QByteArray& key, const QByteArray& value)
{
    return server.command("set " + key + " 0 120 " + QByteArray::number(value.size()) + "\r\n" +
                          value + "\r\n");
}

QStringList column(const QTreeWidget* tree, int column)
{
    QStringList cells;
    for (int row = 0; row < tree->topLevelItemCount(); ++row)
        cells.append(tree->topLevelItem(row)->text(column));
    return cells;
}

} // namespace

class TestRecipeEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchesAndPreviewsCustomPattern();
    void previewsTheDashboardsLocks();
};

void TestRecipeEditor::searchesAndPreviewsCustomPattern()
{
    MemcachedServer walked;
    MemcachedServer noWalks;
    // Without the server's own expiry crawls, lru_crawler_starts counts our walks.
    QVERIFY2(walked.start({u"-o"_s, u"no_lru_maintainer"_s}), qPrintable(walked.errorString()));
    QVERIFY2(noWalks.start({u"-X"_s}), qPrintable(noWalks.errorString()));
    // A Ruby service's lock, taken on both servers (split), another on one,
    // and keys the pattern must not take.
    QCOMPARE(set(walked, "jobs:nightly:lock", V1Uuid), QByteArray("STORED\r\n"));
    QCOMPARE(set(noWalks, "jobs:nightly:lock", V1Uuid), QByteArray("STORED\r\n"));
    QCOMPARE(set(walked, "jobs:weekly:lock", "1"), QByteArray("STORED\r\n"));
    QCOMPARE(set(walked, "jobs:nightly:lockx", "1"), QByteArray("STORED\r\n"));
    QCOMPARE(set(walked, ":1:__d_lock_deploy", "1"), QByteArray("STORED\r\n"));

    Profile profile;
    profile.name = u"shared"_s;
    profile.servers = *ServerSpec::parseList(QString(walked.spec() + u',' + noWalks.spec()));
    profile.lockNames = {u"nightly"_s}; // how the -X server's copy is found
    QTemporaryDir dir;
    ProfileDialog profiles{ProfileStore(dir.filePath(u"profiles.ini"_s)), profile};
    QCOMPARE(profiles.recipesEdit()->text(), u"django"_s);
    profiles.editRecipes();
    auto* dialog = profiles.findChild<RecipeDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->list()->count(), 1); // the default recipe, shown
    QCOMPARE(dialog->list()->item(0)->text(), u"django"_s);

    dialog->addRecipe(); // a custom pattern to type
    QCOMPARE(dialog->list()->count(), 2);
    QCOMPARE(dialog->kindBox()->currentText(), u"custom"_s);
    QCOMPARE(dialog->patternEdit()->text(), u"jobs:{name}:lock"_s);
    dialog->clientBox()->setCurrentText(u"dalli"_s);
    QCOMPARE(dialog->list()->item(1)->text(), u"custom@dalli=jobs:{name}:lock"_s);
    QVERIFY2(dialog->previewLabel()->text().contains(u"search"_s),
             qPrintable(dialog->previewLabel()->text()));
    QCOMPARE(dialog->preview()->topLevelItemCount(), 0);

    const qint64 startsBefore = walked.stat("lru_crawler_starts");
    // When the search says it is done, the preview already shows what it found.
    int rowsAtFinish = -1;
    connect(dialog, &RecipeDialog::searchFinished, this,
            [&] { rowsAtFinish = dialog->preview()->topLevelItemCount(); });
    QTest::mouseClick(dialog->searchButton(), Qt::LeftButton);
    QVERIFY(dialog->isSearching());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSearching(), 20000);
    QCOMPARE(rowsAtFinish, 3);
    QCOMPARE(walked.stat("lru_crawler_starts"), startsBefore + 1); // one walk, no more
    // The -X server is said to be looked up by name.
    QVERIFY2(dialog->searchLabel()->text().contains(noWalks.spec()) &&
                 dialog->searchLabel()->text().contains(u"-X"_s),
             qPrintable(dialog->searchLabel()->text()));

    // Three copies of the custom recipe: found by the walk and by name.
    const auto dalli = Placement::create(ClientLibrary::Dalli, profile.servers);
    const QString home = profile.servers[dalli->home("jobs:nightly:lock")].name();
    QTreeWidget* preview = dialog->preview();
    QCOMPARE(column(preview, 0),
             (QStringList{u"jobs:nightly:lock"_s, u"jobs:nightly:lock"_s, u"jobs:weekly:lock"_s}));
    QCOMPARE(column(preview, 1), (QStringList{u"nightly"_s, u"nightly"_s, u"weekly"_s}));
    QCOMPARE(column(preview, 2), (QStringList{walked.spec(), noWalks.spec(), walked.spec()}));
    QCOMPARE(preview->topLevelItem(0)->text(3), home);
    QVERIFY2(preview->topLevelItem(0)->text(4).contains(u"split"_s),
             qPrintable(preview->topLevelItem(0)->text(4)));
    const QString other = preview->topLevelItem(0)->text(2) == home
                              ? preview->topLevelItem(1)->text(4)
                              : preview->topLevelItem(0)->text(4);
    QVERIFY2(other.contains(u"misplaced"_s), qPrintable(other)); // the copy off dalli's home
    QCOMPARE(preview->topLevelItem(0)->text(5), u"uuid v1"_s);
    QVERIFY2(preview->topLevelItem(0)->toolTip(5).contains(u"00:c0:4f:d4:30:c8"_s),
             qPrintable(preview->topLevelItem(0)->toolTip(5)));

    // Typing narrows the preview at once, from the copies already read.
    const qint64 commandsBefore = walked.stat("cmd_get") + walked.stat("cmd_touch");
    dialog->patternEdit()->setText(u"jobs:night{name}:lock"_s);
    Q_EMIT dialog->patternEdit()->textEdited(dialog->patternEdit()->text());
    QCOMPARE(dialog->list()->item(1)->text(), u"custom@dalli=jobs:night{name}:lock"_s);
    QCOMPARE(column(preview, 1), (QStringList{u"ly"_s, u"ly"_s}));
    QVERIFY(!dialog->isSearching());
    QCOMPARE(walked.stat("cmd_get") + walked.stat("cmd_touch"), commandsBefore);
    QCOMPARE(walked.stat("lru_crawler_starts"), startsBefore + 1); // typing walks nothing

    // A pattern that would take every key: refused as typed, naming why; OK refuses it too.
    dialog->patternEdit()->setText(u"{name}"_s);
    Q_EMIT dialog->patternEdit()->textEdited(dialog->patternEdit()->text());
    QVERIFY2(dialog->errorLabel()->text().contains(u"no fixed text"_s),
             qPrintable(dialog->errorLabel()->text()));
    QCOMPARE(preview->topLevelItemCount(), 0);
    QVERIFY(!dialog->recipes());
    QSignalSpy accepted(dialog, &QDialog::accepted);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QCOMPARE(accepted.count(), 0);
    QVERIFY2(dialog->errorLabel()->text().contains(u"no fixed text"_s),
             qPrintable(dialog->errorLabel()->text()));
    // Another row and back: the row that does not parse yet is kept as typed.
    dialog->list()->setCurrentRow(0);
    QCOMPARE(dialog->kindBox()->currentText(), u"django"_s);
    dialog->list()->setCurrentRow(1);
    QCOMPARE(dialog->list()->item(1)->text(), u"custom@dalli={name}"_s);
    QCOMPARE(dialog->patternEdit()->text(), u"{name}"_s);
    QCOMPARE(dialog->clientBox()->currentText(), u"dalli"_s);
    dialog->patternEdit()->setText(u"jobs:{name}:lock"_s);
    Q_EMIT dialog->patternEdit()->textEdited(dialog->patternEdit()->text());
    QVERIFY(dialog->errorLabel()->text().isEmpty());
    QCOMPARE(preview->topLevelItemCount(), 3);

    // Selecting the django recipe previews it: the Django lock only.
    dialog->list()->setCurrentRow(0);
    QCOMPARE(column(preview, 1), (QStringList{u"deploy"_s}));
    QVERIFY(!dialog->patternEdit()->isEnabled());

    // A third recipe, removed again; the last one cannot be.
    dialog->addRecipe();
    QCOMPARE(dialog->list()->count(), 3);
    dialog->removeSelected();
    QCOMPARE(dialog->list()->count(), 2);

    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(profiles.recipesEdit()->text(), u"django, custom@dalli=jobs:{name}:lock"_s);
    const auto edited = profiles.profile();
    QVERIFY(edited.ok());
    QCOMPARE(edited->recipes.size(), 2);
    QCOMPARE(edited->recipes[1].client, std::optional(ClientLibrary::Dalli));
    QVERIFY(profiles.save());
    const auto saved = ProfileStore(dir.filePath(u"profiles.ini"_s)).load(u"shared"_s);
    QVERIFY(saved.ok());
    QCOMPARE(saved->recipes, edited->recipes);

    const QPointer<RecipeDialog> closed = dialog;
    QTRY_VERIFY(closed.isNull()); // deleted on close
    profiles.editRecipes();
    auto* again = profiles.findChild<RecipeDialog*>();
    QVERIFY(again);
    QCOMPARE(again->list()->count(), 2);
    again->removeSelected(); // the first row: django
    QCOMPARE(again->list()->count(), 1);
    again->removeSelected();
    QCOMPARE(again->list()->count(), 1); // a profile keeps one recipe
    QVERIFY2(again->errorLabel()->text().contains(u"at least one"_s),
             qPrintable(again->errorLabel()->text()));
}

void TestRecipeEditor::previewsTheDashboardsLocks()
{
    // What the dashboard already shows is previewed without a search, when
    // the form names the same servers; a laravel prefix typed over it.
    Profile profile;
    profile.name = u"shop"_s;
    profile.servers = *ServerSpec::parseList(u"10.0.0.1:11211,10.0.0.2:11211"_s);
    LockRecord owner;
    owner.key = "shop_cache:invoices";
    owner.server = 1;
    owner.rawValue = "aZ3kP9qLm2Xw7Rt5"; // a Laravel owner
    LockRecord value = owner;
    value.key = "shop_cache:config";
    value.rawValue = "a:1:{s:3:\"app\";s:4:\"shop\";}"; // a cached value, not a lock
    value.server = 0;

    QTemporaryDir dir;
    ProfileDialog profiles{ProfileStore(dir.filePath(u"profiles.ini"_s)), profile};
    profiles.setDashboard(profile, {}, {owner, value});
    profiles.editRecipes();
    auto* dialog = profiles.findChild<RecipeDialog*>();
    QVERIFY(dialog);
    dialog->kindBox()->setCurrentText(u"laravel"_s);
    QCOMPARE(dialog->list()->item(0)->text(), u"laravel"_s);
    QCOMPARE(dialog->preview()->topLevelItemCount(), 0); // laravel_cache: is not shop_cache:
    dialog->patternEdit()->setText(u"shop_cache:{name}"_s);
    Q_EMIT dialog->patternEdit()->textEdited(dialog->patternEdit()->text());
    QCOMPARE(column(dialog->preview(), 1), (QStringList{u"invoices"_s}));
    QCOMPARE(dialog->preview()->topLevelItem(0)->text(5), u"laravel owner"_s);
    const int home =
        Placement::create(ClientLibrary::PythonMemcached, profile.servers)->home(owner.key);
    QCOMPARE(dialog->preview()->topLevelItem(0)->text(3), profile.servers[home].name());

    // Another server list: the dashboard's copies are not this cluster's.
    ProfileDialog other{ProfileStore(dir.filePath(u"profiles.ini"_s)), profile};
    Profile elsewhere = profile;
    elsewhere.servers = *ServerSpec::parseList(u"10.0.0.9:11211"_s);
    other.setDashboard(elsewhere, {}, {owner, value});
    other.editRecipes();
    auto* second = other.findChild<RecipeDialog*>();
    QVERIFY(second);
    second->kindBox()->setCurrentText(u"laravel"_s);
    second->patternEdit()->setText(u"shop_cache:{name}"_s);
    Q_EMIT second->patternEdit()->textEdited(second->patternEdit()->text());
    QCOMPARE(second->preview()->topLevelItemCount(), 0);
}

QTEST_MAIN(TestRecipeEditor)
#include "tst_recipeeditor.moc"
