// Renders the README's screenshots: the dashboard on the demo cluster, one
// PNG per view plus the force-release dialog. Run by scripts/screenshots.sh
// (offscreen); not a test. Arguments: OUT-DIR [SECONDS [LANGUAGE [down]]];
// "down" adds a server that refuses connections to the demo's list.
#include "app/demo/DemoCluster.h"
#include "app/demo/DemoWorkload.h"
#include "ui/LocksView.h"
#include "ui/MainWindow.h"
#include "ui/PlacementView.h"
#include "ui/ProfileDialog.h"
#include "ui/RecipeDialog.h"
#include "ui/ReleaseDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QTranslator>

#include <functional>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"docs/screenshots"_s;
    const int seconds = argc > 2 ? QByteArray(argv[2]).toInt() : 20;
    // A language, as lockboard --lang does (from the build's .qm files);
    // English by default, with its plural forms, as an operator sees it.
    const QByteArray language = argc > 3 ? QByteArray(argv[3]) : QByteArray("en");
    QTranslator translator;
    QLocale::setDefault(QLocale(QString::fromLatin1(language)));
    if (!translator.load(QLocale(), u"lockboard"_s, u"_"_s, QStringLiteral(LOCKBOARD_QM_DIR)))
        qFatal("no translation for %s in %s", language.constData(), LOCKBOARD_QM_DIR);
    QApplication::installTranslator(&translator);
    QDir().mkpath(out);

    lockboard::MainWindow window;
    window.show();
    lockboard::DemoCluster demo;
    QObject::connect(&demo, &lockboard::DemoCluster::failed, &app, [](const QString& message) {
        qCritical("%s", qPrintable(message));
        QApplication::exit(1);
    });
    QObject::connect(
        &demo, &lockboard::DemoCluster::ready, &window, [&](const lockboard::Profile& profile) {
            lockboard::Profile shown = profile;
            if (argc > 4 && QByteArray(argv[4]) == "down") // port 1 on loopback: refused
                shown.servers.append(*lockboard::ServerSpec::parse(u"127.0.0.1:1"_s));
            window.setProfile(shown);
            window.placementView()->keyEdit()->setText(
                u"__d_lock_"_s + QString::fromLatin1(lockboard::DemoWorkload::SplitLock));
        });
    demo.start();

    const auto save = [&](const QString& name) {
        // Charts lay out their legends on the next turn of the loop.
        QApplication::processEvents();
        const QString path = out + u'/' + name + u".png"_s;
        if (!window.grab().save(path))
            qCritical("could not write %s", qPrintable(path));
    };
    std::function<void()> dialogs; // the release and profile dialogs, after the tabs
    // After `seconds`, at the next refresh: grabbing takes long enough to
    // delay the replies of a refresh in flight, and so to inflate its latency.
    QTimer::singleShot(seconds * 1000, &window, [&] {
        QObject::connect(
            &window, &lockboard::MainWindow::snapshotShown, &window,
            [&] {
                window.showTab(lockboard::MainWindow::LocksTab);
                // A contended lock of the demo's workers, for the activity pane.
                if (!window.locksView()->selectLock(u"orders-sync"_s) &&
                    !window.locksView()->selectLock(u"cache-warmup"_s))
                    window.locksView()->selectLock(u"email-digest"_s);
                QApplication::processEvents();
                save(u"locks"_s);
                window.showTab(lockboard::MainWindow::ServersTab);
                save(u"servers"_s);
                window.showTab(lockboard::MainWindow::PlacementTab);
                window.placementView()->failedServerBox()->setCurrentIndex(1);
                save(u"placement"_s);
                window.showTab(lockboard::MainWindow::EventsTab);
                save(u"events"_s);
                // The doctor runs when its tab is first shown: grab its findings.
                QObject::connect(
                    &window, &lockboard::MainWindow::doctorShown, &window,
                    [&] {
                        save(u"doctor"_s);
                        dialogs();
                    },
                    Qt::SingleShotConnection);
                window.showTab(lockboard::MainWindow::DoctorTab);
            },
            Qt::SingleShotConnection);
    });
    dialogs = [&] {
        window.showTab(lockboard::MainWindow::LocksTab);
        window.locksView()->selectLock(QString::fromLatin1(lockboard::DemoWorkload::SplitLock));
        window.locksView()->releaseAction()->trigger();
        QTimer::singleShot(300, &window, [&] {
            if (auto* dialog = window.findChild<lockboard::ReleaseDialog*>()) {
                const QString path = out + u"/release-dialog.png"_s;
                dialog->grab().save(path);
                dialog->reject();
            }
            window.chooseProfile();
            QTimer::singleShot(300, &window, [&] {
                auto* dialog = window.findChild<lockboard::ProfileDialog*>();
                if (!dialog)
                    return QApplication::quit();
                dialog->grab().save(out + u"/profiles-dialog.png"_s);
                // The recipe editor, after one search of the demo cluster.
                dialog->editRecipes();
                auto* recipes = dialog->findChild<lockboard::RecipeDialog*>();
                if (!recipes)
                    return QApplication::quit();
                QObject::connect(recipes, &lockboard::RecipeDialog::searchFinished, &window,
                                 [&, recipes] {
                                     recipes->list()->setCurrentRow(0);
                                     recipes->grab().save(out + u"/recipes-dialog.png"_s);
                                     QApplication::quit();
                                 });
                recipes->search();
            });
        });
    };
    return QApplication::exec();
}
