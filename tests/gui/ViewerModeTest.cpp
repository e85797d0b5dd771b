#include "ViewerModeTest.h"

#include "DemoDatabase.h"
#include "gui/DatabaseSession.h"
#include "gui/MainWindow.h"
#include "gui/reports/CompletenessModel.h"
#include "gui/reports/CompletenessView.h"
#include "storage/ReportRepository.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace thidua::test {
namespace {

// Buttons and actions a viewer may use: they read, look or leave, never write.
bool onlyLooks(const QString& name)
{
    static const QStringList words{u"export"_s,      u"drill"_s, u"back"_s,    u"refresh"_s,   u"history"_s,
                                   u"copyTargets"_s, u"print"_s, u"preview"_s, u"scoreSheet"_s};
    static const QStringList names{u"openAction"_s,        u"quitAction"_s,       u"aboutAction"_s, u"aboutQtAction"_s,
                                   u"clearRecentAction"_s, u"viewerModeAction"_s, u"language_vi"_s, u"language_en"_s};
    return names.contains(name) || std::any_of(words.begin(), words.end(),
                                               [&](const QString& w) { return name.contains(w, Qt::CaseInsensitive); });
}

// Every cell of a model (two levels of a tree are all the app's trees have that matter here).
void checkNothingEditable(const QAbstractItemModel& model, const QString& where, const QModelIndex& parent = {},
                          int depth = 0)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        for (int column = 0; column < model.columnCount(parent); ++column) {
            const QModelIndex index = model.index(row, column, parent);
            const Qt::ItemFlags flags = model.flags(index);
            if (flags.testFlag(Qt::ItemIsEditable) || flags.testFlag(Qt::ItemIsUserCheckable)) {
                QFAIL(qPrintable(u"%1: cell %2,%3 can be edited"_s.arg(where).arg(row).arg(column)));
            }
        }
        if (depth < 3 && model.hasChildren(model.index(row, 0, parent))) {
            checkNothingEditable(model, where, model.index(row, 0, parent), depth + 1);
        }
    }
}

void checkShownPage(QWidget* page, const QString& where)
{
    for (QAbstractItemView* view : page->findChildren<QAbstractItemView*>()) {
        if (view->isVisible() && view->model() && view->editTriggers() != QAbstractItemView::NoEditTriggers) {
            checkNothingEditable(*view->model(), where + u" / "_s + view->objectName());
        }
    }
    for (QAbstractButton* button : page->findChildren<QAbstractButton*>()) {
        // Tab scrollers and a table's select-all corner are part of looking.
        if (!button->isVisible() || !button->isEnabled() || qobject_cast<QTabBar*>(button->parentWidget()) ||
            qobject_cast<QAbstractItemView*>(button->parentWidget()) || button->objectName().startsWith(u"qt_"_s) ||
            button->isCheckable()) {
            continue;
        }
        // A tool button that stands for an action is named by it.
        const auto* tool = qobject_cast<QToolButton*>(button);
        const QString name = tool && tool->defaultAction() ? tool->defaultAction()->objectName() : button->objectName();
        QVERIFY2(onlyLooks(name),
                 qPrintable(u"%1: the button “%2” (%3) is enabled"_s.arg(where, button->text(), button->objectName())));
    }
}

} // namespace

void ViewerModeTest::init()
{
    m_dir = std::make_unique<GuiTempDir>();
    QSettings().remove(u"viewerMode"_s);
}

void ViewerModeTest::cleanup()
{
    QSettings().remove(u"viewerMode"_s);
    m_dir.reset();
}

QString ViewerModeTest::demoDatabase(const QString& name) const
{
    const QString path = m_dir->path(name);
    demo::createDemoDatabase(path);
    return path;
}

// Every tab and every dashboard is visited; no cell can be edited, no button that writes is
// enabled, and the file is byte for byte what it was.
void ViewerModeTest::viewerOffersNoWayToChangeTheFile()
{
    const QString path = demoDatabase(u"viewer.sqlite"_s);
    const QByteArray before = fileBytes(path);
    {
        gui::MainWindow window(storage::Access::ReadOnly);
        window.show();
        QVERIFY(window.openDatabase(path));
        QVERIFY(window.session()->database()->isReadOnly());
        auto* tabs = window.findChild<QTabWidget*>(u"viewTabs"_s);
        auto* dashboards = window.findChild<QTabWidget*>(u"dashboardPages"_s);
        QVERIFY(tabs && dashboards);
        QCOMPARE(tabs->currentWidget(), dashboards); // a viewer starts on the dashboards
        for (int index = 0; index < tabs->count(); ++index) {
            tabs->setCurrentIndex(index);
            QCoreApplication::processEvents();
            checkShownPage(tabs->currentWidget(), tabs->tabText(index));
        }
        tabs->setCurrentWidget(dashboards);
        for (int index = 0; index < dashboards->count(); ++index) {
            dashboards->setCurrentIndex(index);
            QCoreApplication::processEvents();
            checkShownPage(dashboards->currentWidget(), dashboards->tabText(index));
        }
        for (QAction* action : window.findChildren<QAction*>()) {
            if (action->isEnabled() && !action->objectName().isEmpty() && !action->isSeparator()) {
                QVERIFY2(onlyLooks(action->objectName()), qPrintable(action->objectName()));
            }
        }
        window.close();
    }
    QCOMPARE(fileBytes(path), before);
}

// Another user keeps entering reports while the council looks: Refresh shows what was written.
void ViewerModeTest::viewerSeesAnotherWriterAfterRefresh()
{
    const QString path = demoDatabase(u"shared.sqlite"_s);
    gui::MainWindow window(storage::Access::ReadOnly);
    window.show();
    QVERIFY(window.openDatabase(path));
    auto* completeness = window.findChild<gui::CompletenessView*>();
    QVERIFY(completeness);
    window.findChild<QTabWidget*>(u"viewTabs"_s)->setCurrentWidget(completeness);
    completeness->setPeriod(u"2021-Y"_s);
    const int missingBefore = completeness->model()->totals().missingValues;

    {
        const auto writer = storage::Database::open(path, storage::Access::ReadWrite);
        storage::ReportValue value;
        value.unitCode = "VINH_AN";
        value.periodCode = "2021-Y";
        value.indicatorCode = "KT04";
        value.actual = 12.5;
        storage::ReportRepository(*writer).saveValue(value, u"someone else"_s);
    }
    QCOMPARE(completeness->model()->totals().missingValues, missingBefore); // nothing reads by itself
    auto* refresh = window.findChild<QAction*>(u"refreshAction"_s);
    QVERIFY(refresh);
    refresh->trigger();
    QCOMPARE(completeness->model()->totals().missingValues, missingBefore - 1);
}

// The View menu's viewer mode opens the database again read-only at once and is remembered.
void ViewerModeTest::viewerModeIsASettingThatReopensTheFile()
{
    const QString path = m_dir->createDatabase(u"setting.sqlite"_s);
    gui::MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(path));
    QVERIFY(!window.session()->database()->isReadOnly());
    QVERIFY(!gui::viewerModeSaved());

    auto* viewer = window.findChild<QAction*>(u"viewerModeAction"_s);
    QVERIFY(viewer && viewer->isCheckable());
    viewer->setChecked(true);
    QVERIFY(window.session()->database()->isReadOnly());
    QCOMPARE(window.session()->path(), path);
    QVERIFY(gui::viewerModeSaved());
    QVERIFY(!window.findChild<QAction*>(u"newAction"_s)->isEnabled());
    QCOMPARE(window.findChild<QTabWidget*>(u"viewTabs"_s)->currentWidget(),
             window.findChild<QTabWidget*>(u"dashboardPages"_s));

    viewer->setChecked(false);
    QVERIFY(!window.session()->database()->isReadOnly());
    QVERIFY(!gui::viewerModeSaved());
    QVERIFY(window.findChild<QAction*>(u"newAction"_s)->isEnabled());
}

} // namespace thidua::test
