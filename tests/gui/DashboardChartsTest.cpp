#include "DashboardChartsTest.h"

#include "gui/FileDialog.h"
#include "gui/MessageBox.h"
#include "gui/dashboard/ChartBuilders.h"
#include "gui/dashboard/DashboardCharts.h"
#include "gui/dashboard/StatusStyle.h"
#include "i18n/DisplayText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QFileInfo>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLineSeries>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace thidua::test {
namespace {

using gui::DashboardData;

Indicator indicator(const std::string& code, const std::string& parent, const std::string& heading,
                    const std::string& name)
{
    Indicator result;
    result.code = code;
    result.parentCode = parent;
    result.headingCode = heading;
    result.name = name;
    return result;
}

Achievement achievement(const std::string& code, Status status, std::optional<double> ratio,
                        std::optional<double> target = {}, std::optional<double> actual = {})
{
    return {code, status, target, target, ratio, actual, {}};
}

// A slice of the 2021 plan: KT with the three sectors of KT01, one indicator without data, one far
// beyond its target (500%) and one not applicable; XH with two.
std::shared_ptr<DashboardData> sample(const std::string& periodCode, double scale = 1.0)
{
    auto data = std::make_shared<DashboardData>();
    data->period.code = periodCode;
    data->period.name = "Sơ kết 6 tháng đầu năm 2021";
    data->headings = {{"KT", "Các chỉ tiêu kinh tế"}, {"XH", "Các chỉ tiêu xã hội và môi trường"}};
    data->campaign.indicators = {
        indicator("KT01", "", "KT", "Tốc độ tăng trưởng của các ngành sản xuất chính"),
        indicator("KT01.1", "KT01", "KT", "Nông, lâm, thủy sản"),
        indicator("KT01.2", "KT01", "KT", "Công nghiệp - Tiểu thủ công nghiệp - Xây dựng"),
        indicator("KT01.3", "KT01", "KT", "Thương mại, dịch vụ, du lịch"),
        indicator("KT02", "", "KT", "Giá trị sản phẩm trồng trọt và nuôi trồng thủy sản trên 1 ha"),
        indicator("KT04", "", "KT", "Tổng vốn đầu tư phát triển trên địa bàn"),
        indicator("KT05", "", "KT", "Tổng thu ngân sách huyện"),
        indicator("XH09", "", "XH", "Tỷ lệ bao phủ bảo hiểm y tế toàn dân"),
        indicator("XH10", "", "XH", "Đào tạo nghề cho lao động"),
    };
    data->results.achievements[kDistrictUnitCode] = {
        achievement("KT01", Status::Met, 1.05 * scale, 13.2, 13.86),
        achievement("KT01.1", Status::Near, 0.914, 3.5, 3.2),
        achievement("KT01.2", Status::Met, 12.0 / 11.2, 11.2, 12.0),
        achievement("KT01.3", Status::NotMet, 9.0 / 15.4, 15.4, 9.0),
        achievement("KT02", Status::NoData, {}, 106),
        achievement("KT04", Status::Met, 5.0, 242.47, 1212.35),
        achievement("KT05", Status::NotApplicable, {}),
        achievement("XH09", Status::Met, 1.01 * scale, 93.5, 94.4),
        achievement("XH10", Status::NotMet, 0.45 * scale, 400, 180),
    };
    return data;
}

template <typename Series>
Series* onlySeries(const QChart& chart)
{
    Series* found = nullptr;
    for (QAbstractSeries* series : chart.series()) {
        if (auto* typed = qobject_cast<Series*>(series)) {
            if (found != nullptr) {
                return nullptr;
            }
            found = typed;
        }
    }
    return found;
}

QStringList categories(const QChart& chart)
{
    const auto axes = chart.axes(Qt::Vertical);
    auto* axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis*>(axes.first());
    return axis == nullptr ? QStringList() : axis->categories();
}

// The bar of an indicator (or sector) by the start of its category label. Qt Charts counts categories
// from the bottom, and the plan's first indicator is drawn at the top.
int bar(const QChart& chart, const QString& start)
{
    const QStringList all = categories(chart);
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).startsWith(start)) {
            return int(i);
        }
    }
    return -1;
}

QBarSet* barSet(const QAbstractBarSeries& series, const QString& key)
{
    for (QBarSet* set : series.barSets()) {
        if (set->objectName() == key) {
            return set;
        }
    }
    return nullptr;
}

QValueAxis* valueAxis(const QChart& chart)
{
    const auto axes = chart.axes(Qt::Horizontal);
    return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(axes.first());
}

QChartView* view(const gui::DashboardCharts& charts, const QString& name)
{
    return charts.findChild<QChartView*>(name);
}

bool showsChart(QChartView* view)
{
    auto* stack = qobject_cast<QStackedWidget*>(view->parentWidget());
    return stack != nullptr && stack->currentWidget() == view && !view->chart()->series().isEmpty();
}

} // namespace

void DashboardChartsTest::headingChartHasOneBarPerIndicatorInItsStatusSet()
{
    const auto data = sample("2021-H1");
    const gui::BuiltChart built = gui::buildHeadingChart(data.get(), "KT");
    QVERIFY(built.chart);
    auto* series = onlySeries<QHorizontalStackedBarSeries>(*built.chart);
    QVERIFY(series);
    // KT02 (no data) and KT05 (n/a) have no ratio, so no bar; plan order reads from the top.
    QStringList shown = categories(*built.chart);
    std::reverse(shown.begin(), shown.end());
    QCOMPARE(shown.size(), 5);
    const QStringList codes{u"KT01"_s, u"KT01.1"_s, u"KT01.2"_s, u"KT01.3"_s, u"KT04"_s};
    for (qsizetype i = 0; i < codes.size(); ++i) {
        QVERIFY2(shown.at(i).startsWith(codes.at(i) + u' '), qPrintable(shown.at(i)));
    }
    // Only the statuses present have a set, each named in words.
    QCOMPARE(series->count(), 3);
    const std::array<std::tuple<QString, Status, double>, 4> expected{
        {{u"KT01 "_s, Status::Met, 105.0},
         {u"KT01.1 "_s, Status::Near, 91.4},
         {u"KT01.2 "_s, Status::Met, 12.0 / 11.2 * 100},
         {u"KT01.3 "_s, Status::NotMet, 9.0 / 15.4 * 100}}};
    for (const auto& [code, status, percent] : expected) {
        const int i = bar(*built.chart, code);
        QVERIFY(i >= 0);
        int nonZero = 0;
        for (QBarSet* set : series->barSets()) {
            if (set->at(i) != 0) {
                ++nonZero;
                QCOMPARE(set->objectName(),
                         QString::fromLatin1(toCode(status).data(), qsizetype(toCode(status).size())));
                QCOMPARE(set->label(), DisplayText::statusText(status));
                QCOMPARE(set->color(), gui::statusColor(status));
                QVERIFY(qFuzzyCompare(set->at(i), percent));
                QVERIFY(gui::barLabel(*built.chart, set, i).endsWith(DisplayText::percent(percent / 100)));
            } else {
                QVERIFY(gui::barLabel(*built.chart, set, i).isEmpty());
            }
        }
        QCOMPARE(nonZero, 1);
    }
    // Numbers are written the interface's way (91,4% in Vietnamese).
    const int kt011 = bar(*built.chart, u"KT01.1 "_s);
    QVERIFY(gui::barLabel(*built.chart, barSet(*series, u"near"_s), kt011).contains(QLocale().toString(91.4)));
}

void DashboardChartsTest::headingChartHasATargetLineAt100()
{
    const auto data = sample("2021-H1");
    const gui::BuiltChart built = gui::buildHeadingChart(data.get(), "XH");
    QVERIFY(built.chart);
    auto* line = onlySeries<QLineSeries>(*built.chart);
    QVERIFY(line);
    QCOMPARE(line->count(), 2);
    for (const QPointF& point : line->points()) {
        QCOMPARE(point.x(), 100.0);
    }
    QCOMPARE(categories(*built.chart).size(), 2);
    QVERIFY(valueAxis(*built.chart)->max() > 100);
}

void DashboardChartsTest::headingChartCutsVeryLargeRatiosButLabelsTheRealValue()
{
    const auto data = sample("2021-H1");
    const gui::BuiltChart built = gui::buildHeadingChart(data.get(), "KT");
    QVERIFY(built.chart);
    auto* series = onlySeries<QHorizontalStackedBarSeries>(*built.chart);
    const int kt04 = bar(*built.chart, u"KT04 "_s);
    QBarSet* met = barSet(*series, u"met"_s);
    QVERIFY(met);
    QCOMPARE(met->label(), DisplayText::statusText(Status::Met));
    QCOMPARE(met->at(kt04), gui::kChartCapPercent);
    QCOMPARE(valueAxis(*built.chart)->max(), gui::kChartCapPercent);
    QVERIFY(gui::barLabel(*built.chart, met, kt04).endsWith(DisplayText::percent(5.0)));
    QVERIFY(built.note.contains(u"KT04"_s));
}

void DashboardChartsTest::headingChartSaysWhatHasNoData()
{
    const auto data = sample("2021-H1");
    const gui::BuiltChart built = gui::buildHeadingChart(data.get(), "KT");
    QVERIFY(built.note.contains(u"KT02"_s));
    QVERIFY(!built.note.contains(u"KT05"_s)); // n/a is not missing data

    const gui::BuiltChart unknown = gui::buildHeadingChart(data.get(), "QP");
    QVERIFY(!unknown.chart);
    QVERIFY(!unknown.message.isEmpty());
}

void DashboardChartsTest::sectorChartComparesPlanAndActual()
{
    const auto data = sample("2021-H1");
    const gui::BuiltChart built = gui::buildSectorChart(data.get());
    QVERIFY(built.chart);
    auto* series = onlySeries<QHorizontalBarSeries>(*built.chart);
    QVERIFY(series);
    QVERIFY(!onlySeries<QLineSeries>(*built.chart)); // growth rates, not % of target
    QCOMPARE(series->count(), 2);
    QCOMPARE(categories(*built.chart).size(), 3);
    const std::array<std::tuple<QString, double, double>, 3> expected{
        {{u"Nông, lâm, thủy sản"_s, 3.5, 3.2}, {u"Công nghiệp"_s, 11.2, 12.0}, {u"Thương mại"_s, 15.4, 9.0}}};
    for (const auto& [name, plan, actual] : expected) {
        const int i = bar(*built.chart, name);
        QVERIFY2(i >= 0, qPrintable(name));
        QCOMPARE(barSet(*series, u"plan"_s)->at(i), plan);
        QCOMPARE(barSet(*series, u"actual"_s)->at(i), actual);
        QVERIFY(gui::barLabel(*built.chart, barSet(*series, u"plan"_s), i).startsWith(DisplayText::number(plan)));
        QVERIFY(gui::barLabel(*built.chart, barSet(*series, u"actual"_s), i).contains(DisplayText::number(actual)));
    }
    QCOMPARE(bar(*built.chart, u"Nông"_s), 2); // the first sector at the top
    QVERIFY(built.note.isEmpty());
}

void DashboardChartsTest::sectorChartWithoutSectorsSaysSo()
{
    auto data = sample("2021-H1");
    std::erase_if(data->campaign.indicators, [](const Indicator& i) { return i.parentCode == "KT01"; });
    const gui::BuiltChart built = gui::buildSectorChart(data.get());
    QVERIFY(!built.chart);
    QVERIFY(!built.message.isEmpty());
}

void DashboardChartsTest::periodsChartComparesSixMonthsAndYearEnd()
{
    const auto halfYear = sample("2021-H1", 0.5);
    const auto yearEnd = sample("2021-Y");
    const gui::BuiltChart built = gui::buildPeriodsChart(halfYear.get(), yearEnd.get(), "XH");
    QVERIFY(built.chart);
    auto* series = onlySeries<QHorizontalBarSeries>(*built.chart);
    QVERIFY(series);
    QVERIFY(onlySeries<QLineSeries>(*built.chart));
    QCOMPARE(series->count(), 2);
    const int xh09 = bar(*built.chart, u"XH09 "_s);
    const int xh10 = bar(*built.chart, u"XH10 "_s);
    QVERIFY(qFuzzyCompare(barSet(*series, u"halfYear"_s)->at(xh09), 50.5)); // six months
    QVERIFY(qFuzzyCompare(barSet(*series, u"yearEnd"_s)->at(xh09), 101.0));
    QVERIFY(qFuzzyCompare(barSet(*series, u"halfYear"_s)->at(xh10), 22.5));
    QVERIFY(qFuzzyCompare(barSet(*series, u"yearEnd"_s)->at(xh10), 45.0));
    QCOMPARE(gui::barLabel(*built.chart, barSet(*series, u"yearEnd"_s), xh09), DisplayText::percent(1.01));
    QVERIFY(built.note.isEmpty());
}

void DashboardChartsTest::periodsChartShowsOnlyThePeriodThatExists()
{
    const auto halfYear = sample("2021-H1");
    const gui::BuiltChart built = gui::buildPeriodsChart(halfYear.get(), nullptr, "KT");
    QVERIFY(built.chart);
    auto* series = onlySeries<QHorizontalBarSeries>(*built.chart);
    QCOMPARE(series->count(), 1);
    QVERIFY(barSet(*series, u"halfYear"_s));
    QCOMPARE(barSet(*series, u"halfYear"_s)->at(bar(*built.chart, u"KT04 "_s)), gui::kChartCapPercent); // cut
    QVERIFY(!built.note.isEmpty());

    const gui::BuiltChart none = gui::buildPeriodsChart(nullptr, nullptr, "KT");
    QVERIFY(!none.chart);
    QVERIFY(!none.message.isEmpty());
}

void DashboardChartsTest::widgetFollowsTheChosenHeading()
{
    gui::DashboardCharts charts;
    const auto halfYear = sample("2021-H1");
    charts.setData(halfYear, halfYear, nullptr);
    auto* combo = charts.findChild<QComboBox*>(u"headingCombo"_s);
    QVERIFY(combo);
    QCOMPARE(combo->count(), 2);
    QVERIFY(charts.findChild<QWidget*>(u"chartTabs"_s));
    QChartView* heading = view(charts, u"headingChart"_s);
    QVERIFY(heading && view(charts, u"sectorChart"_s) && view(charts, u"periodsChart"_s));
    QCOMPARE(categories(*heading->chart()).size(), 5);

    combo->setCurrentIndex(combo->findData(u"XH"_s));
    QCOMPARE(categories(*heading->chart()).size(), 2);
    QCOMPARE(categories(*view(charts, u"periodsChart"_s)->chart()).size(), 2);
    // A refresh keeps the heading chosen.
    charts.setData(halfYear, halfYear, nullptr);
    QCOMPARE(combo->currentData().toString(), u"XH"_s);
    QVERIFY(showsChart(view(charts, u"sectorChart"_s)));
}

void DashboardChartsTest::saveCurrentChartWritesAPicture()
{
    QTemporaryDir dir;
    gui::DashboardCharts charts;
    charts.resize(900, 600);
    const auto halfYear = sample("2021-H1");
    charts.setData(halfYear, halfYear, nullptr);
    const QString path = dir.filePath(u"chart.png"_s);
    QVERIFY(charts.saveCurrentChart(path));
    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1600, 900));
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            coloured += image.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
        }
    }
    QVERIFY(coloured > 500);
}

void DashboardChartsTest::saveCurrentChartFailsWithoutWriting()
{
    QTemporaryDir dir;
    gui::DashboardCharts charts;
    const auto halfYear = sample("2021-H1");
    charts.setData(halfYear, halfYear, nullptr);
    const QString unwritable = dir.filePath(u"missing/folder/chart.png"_s);
    QVERIFY(!charts.saveCurrentChart(unwritable));
    QVERIFY(!QFileInfo::exists(unwritable));

    charts.clear();
    const QString empty = dir.filePath(u"empty.png"_s);
    QVERIFY(!charts.saveCurrentChart(empty));
    QVERIFY(!QFileInfo::exists(empty));
}

void DashboardChartsTest::exportButtonAsksForAFileAndReportsFailure()
{
    QTemporaryDir dir;
    gui::DashboardCharts charts;
    const auto halfYear = sample("2021-H1");
    charts.setData(halfYear, halfYear, nullptr);
    auto* button = charts.findChild<QPushButton*>(u"exportPngButton"_s);
    QVERIFY(button && button->isEnabled());

    const QString path = dir.filePath(u"export.png"_s);
    gui::MessageBox::clearLastShown();
    gui::FileDialog::setNextFileName(path);
    button->click();
    QVERIFY(!QImage(path).isNull());
    QVERIFY(!gui::MessageBox::lastShown());

    gui::FileDialog::setNextFileName(dir.filePath(u"missing/export.png"_s));
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    button->click();
    QVERIFY(gui::MessageBox::lastShown());
    QCOMPARE(gui::MessageBox::lastShown()->icon, QMessageBox::Critical);
}

void DashboardChartsTest::emptyDataShowsMessagesWithoutCrashing()
{
    gui::DashboardCharts charts;
    charts.setData(nullptr, nullptr, nullptr);
    for (const QString& name : {u"headingChart"_s, u"sectorChart"_s, u"periodsChart"_s}) {
        QVERIFY(!showsChart(view(charts, name)));
    }
    QCOMPARE(charts.findChild<QComboBox*>(u"headingCombo"_s)->count(), 0);
    QVERIFY(!charts.findChild<QPushButton*>(u"exportPngButton"_s)->isEnabled());

    const auto halfYear = sample("2021-H1");
    charts.setData(halfYear, halfYear, nullptr);
    QVERIFY(showsChart(view(charts, u"headingChart"_s)));
    charts.clear();
    QVERIFY(!showsChart(view(charts, u"headingChart"_s)));
    // A period with headings but no achievements at all.
    auto bare = std::make_shared<DashboardData>(*halfYear);
    bare->results.achievements.clear();
    charts.setData(bare, nullptr, bare);
    QVERIFY(!showsChart(view(charts, u"headingChart"_s)));
}

} // namespace thidua::test
