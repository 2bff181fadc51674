// Without a mouse: every menu action has a shortcut that works, and every
// input or data widget has a name a screen reader can say.
#include "ui/LocksView.h"
#include "ui/MainWindow.h"
#include "ui/ProfileDialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QGraphicsView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lockboard;

class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMenuActionHasAShortcut();
    void shortcutsWork();
    void widgetsHaveAccessibleNames();
};

void TestKeyboard::everyMenuActionHasAShortcut()
{
    QTemporaryDir settings; // not the user's settings
    MainWindow window(ProfileStore(settings.filePath(u"profiles.ini"_s)));
    QStringList missing;
    int actions = 0;
    for (QAction* menuAction : window.menuBar()->actions()) {
        QVERIFY2(menuAction->text().contains(u'&'), qPrintable(menuAction->text())); // Alt+letter
        for (QAction* action : menuAction->menu()->actions()) {
            if (action->isSeparator())
                continue;
            ++actions;
            if (action->shortcut().isEmpty())
                missing.append(action->text());
        }
    }
    QVERIFY(actions >= 9);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
}

void TestKeyboard::shortcutsWork()
{
    QTemporaryDir dir;
    MainWindow window(ProfileStore(dir.filePath(u"p.ini"_s)));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::ServersTab));
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::EventsTab));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::PlacementTab));

    // Ctrl+F: back to the locks, in the filter box.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::LocksTab));
    QTRY_VERIFY(window.locksView()->filterEdit()->hasFocus());

    // Ctrl+P: the profile dialog; Escape closes it.
    QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
    ProfileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ProfileDialog*>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(window.findChild<ProfileDialog*>() == nullptr);

    // The release action is in the Lock menu with its Del shortcut.
    QCOMPARE(window.locksView()->releaseAction()->shortcut(), QKeySequence(QKeySequence::Delete));
}

void TestKeyboard::widgetsHaveAccessibleNames()
{
    QTemporaryDir settings; // not the user's settings
    MainWindow window(ProfileStore(settings.filePath(u"profiles.ini"_s)));
    window.show();
    QSet<const QWidget*> labelled;
    for (const QLabel* label : window.findChildren<QLabel*>())
        if (label->buddy())
            labelled.insert(label->buddy());
    QStringList unnamed;
    const auto check = [&](QWidget* widget) {
        if (widget->accessibleName().isEmpty() && !labelled.contains(widget))
            unnamed.append(QString::fromLatin1(widget->metaObject()->className()) + u' ' +
                           widget->objectName());
    };
    for (QLineEdit* edit : window.findChildren<QLineEdit*>())
        if (!qobject_cast<QComboBox*>(edit->parentWidget())) // a combo box's own editor
            check(edit);
    for (QComboBox* box : window.findChildren<QComboBox*>())
        check(box);
    int views = 0;
    for (QAbstractItemView* view : window.findChildren<QAbstractItemView*>()) {
        if (qobject_cast<QComboBox*>(view->parentWidget()) || view->inherits("QComboBoxListView") ||
            view->inherits("QHeaderView")) // part of its table
            continue;
        check(view);
        ++views;
    }
    int charts = 0;
    for (QGraphicsView* chart : window.findChildren<QGraphicsView*>()) {
        check(chart);
        ++charts;
    }
    QVERIFY(views >= 4);  // locks, servers, placement, events
    QVERIFY(charts >= 4); // three server charts and the spread chart
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
