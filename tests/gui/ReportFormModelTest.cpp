#include "ReportFormModelTest.h"

#include "gui/reports/ReportFormData.h"
#include "gui/reports/ReportFormModel.h"
#include "i18n/DisplayText.h"
#include "storage/PlanRepository.h"
#include "storage/ReportRepository.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace thidua::test {
namespace {

using Model = gui::ReportFormModel;

int rowOf(const Model& model, const QString& code)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.isIndicator(row) && model.index(row, 0).data(Model::CodeRole).toString() == code) {
            return row;
        }
    }
    return -1;
}

QString cell(const Model& model, const QString& code, int column, int role = Qt::DisplayRole)
{
    const int row = rowOf(model, code);
    return row < 0 ? u"(no row %1)"_s.arg(code) : model.index(row, column).data(role).toString();
}

Status statusOf(const Model& model, const QString& code)
{
    return static_cast<Status>(model.index(rowOf(model, code), 0).data(Model::StatusRole).toInt());
}

QString formText(const char* source)
{
    return QCoreApplication::translate("thidua::gui::ReportFormModel", source);
}

storage::ReportValue value(const std::string& indicator, std::optional<double> actual,
                           std::optional<double> baseline = std::nullopt)
{
    return {"HUYEN", "2021-Y", indicator, actual, baseline, {}, {}};
}

} // namespace

void ReportFormModelTest::init()
{
    m_dir = std::make_unique<GuiTempDir>();
    m_database = storage::Database::open(m_dir->createDatabase(u"form.sqlite"_s), storage::Access::ReadWrite);
}

void ReportFormModelTest::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void ReportFormModelTest::modelKeepsTheContract()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setForm(gui::ReportFormData::load(*m_database, "HUYEN", "2021-Y"));
    QVERIFY(model.rowCount() > 32);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.setForm(gui::ReportFormData::load(*m_database, "HUYEN", "2021-H1"));
    const auto change = model.prepareChange(rowOf(model, u"XH09"_s), {{Model::Actual, u"91"_s}});
    QVERIFY(change);
    model.applyValue(change->after, {Model::Actual});
    model.markInvalid("XH09", Model::Note, u"x"_s, u"refused"_s);
    model.setEditable(false, u"locked"_s);
    model.setEditable(true);
}

void ReportFormModelTest::rowsFollowThePlanUnderHeadings()
{
    Model model;
    model.setForm(gui::ReportFormData::load(*m_database, "HUYEN", "2021-Y"));
    QCOMPARE(model.indicatorCount(), 32);
    QVERIFY(model.isHeading(0));
    QCOMPARE(model.index(0, 0).data(Model::CodeRole).toString(), u"KT"_s);
    QCOMPARE(model.index(0, 0).data().toString(), u"Các chỉ tiêu kinh tế"_s);
    QCOMPARE(cell(model, u"KT01"_s, Model::Code), u"KT01"_s);
    QCOMPARE(rowOf(model, u"KT01"_s), 1);
    QCOMPARE(rowOf(model, u"KT01.1"_s), 2);
    QVERIFY(rowOf(model, u"XH01"_s) > rowOf(model, u"KT05.2"_s));
    QVERIFY(model.isHeading(rowOf(model, u"XH01"_s) - 1));
    // Sub-indicators are indented under their parent.
    QCOMPARE(cell(model, u"KT05.2"_s, Model::Name), u"        Thu tiền sử dụng đất"_s);
    QCOMPARE(cell(model, u"XH11"_s, Model::UnitOfMeasure), u"lao động"_s);
    QCOMPARE(cell(model, u"XH11"_s, Model::Target), u"2.000"_s);
    QCOMPARE(cell(model, u"KT04"_s, Model::EffectiveTarget), u"242,47"_s);
    // The figure published for 2021 is in the seed: 10,3 against 13,2 is not met.
    QCOMPARE(cell(model, u"KT01"_s, Model::Actual), u"10,3"_s);
    QCOMPARE(statusOf(model, u"KT01"_s), Status::NotMet);
    QCOMPARE(cell(model, u"KT01"_s, Model::Status), DisplayText::statusText(Status::NotMet));
    QCOMPARE(cell(model, u"KT01"_s, Model::Ratio), u"78%"_s);
    // Kinds without a target value show none; the baseline takes input only where the kind needs one.
    QCOMPARE(cell(model, u"QP03"_s, Model::Target), QString());
    QVERIFY(model.acceptsInput(model.index(rowOf(model, u"QP03"_s), Model::Baseline)));
    QVERIFY(!model.acceptsInput(model.index(rowOf(model, u"XH09"_s), Model::Baseline)));
    QVERIFY(!model.acceptsInput(model.index(rowOf(model, u"QP04"_s), Model::Actual)));
    QVERIFY(!model.acceptsInput(model.index(rowOf(model, u"XH09"_s), Model::Target)));
    QVERIFY(model.index(rowOf(model, u"XH09"_s), Model::Actual).flags() & Qt::ItemIsEditable);
}

void ReportFormModelTest::halfYearGreysYearEndIndicators()
{
    Model model;
    model.setForm(gui::ReportFormData::load(*m_database, "HUYEN", "2021-H1"));
    const int kt02 = rowOf(model, u"KT02"_s);
    QVERIFY(!model.acceptsInput(model.index(kt02, Model::Actual)));
    QVERIFY(!model.acceptsInput(model.index(kt02, Model::Note)));
    QCOMPARE(cell(model, u"KT02"_s, Model::Status),
             DisplayText::statusSymbol(Status::NotApplicable) + u' ' + formText("not applicable in this period"));
    QVERIFY(model.readOnlyReason(model.index(kt02, Model::Actual)).contains(u"KT02"_s));
    QVERIFY(model.index(kt02, Model::Name).data(Qt::ForegroundRole).isValid());
    // A year-to-date indicator expects half its target at six months.
    QCOMPARE(cell(model, u"KT04"_s, Model::Target), u"242,47"_s);
    QCOMPARE(cell(model, u"KT04"_s, Model::EffectiveTarget), u"121,235"_s);
    QCOMPARE(cell(model, u"XH09"_s, Model::EffectiveTarget), u"93,5"_s);
}

void ReportFormModelTest::numbersInBothDecimalFormatsAreAccepted()
{
    Model model;
    model.setForm(gui::ReportFormData::load(*m_database, "HUYEN", "2021-Y"));
    const int row = rowOf(model, u"XH09"_s);
    for (const auto& [text, expected] : std::initializer_list<std::pair<QString, double>>{
             {u"12,5"_s, 12.5}, {u"12.5"_s, 12.5}, {u" 93,5 "_s, 93.5}, {u"100"_s, 100.0}, {u"0"_s, 0.0}}) {
        const auto change = model.prepareChange(row, {{Model::Actual, text}});
        QVERIFY2(change, qPrintable(text));
        QCOMPARE(change->after.actual, std::optional<double>(expected));
        QCOMPARE(change->before.actual, std::optional<double>());
        QCOMPARE(change->after.indicatorCode, std::string("XH09"));
        QCOMPARE(change->after.unitCode, std::string("HUYEN"));
    }
    QCOMPARE(model.invalidCount(), 0);
    // Typing what is stored changes nothing.
    QVERIFY(!model.prepareChange(rowOf(model, u"KT01"_s), {{Model::Actual, u"10,3"_s}}));
    const auto note = model.prepareChange(row, {{Model::Note, u" theo BHXH huyện "_s}});
    QVERIFY(note);
    QCOMPARE(note->after.note, std::string("theo BHXH huyện"));
}

void ReportFormModelTest::badTextIsKeptAndMarked()
{
    Model model;
    model.setForm(gui::ReportFormData::load(*m_database, "HUYEN", "2021-Y"));
    QSignalSpy refused(&model, &Model::editRefused);
    const int xh09 = rowOf(model, u"XH09"_s);
    const QModelIndex actual = model.index(xh09, Model::Actual);

    QVERIFY(model.setData(actual, u"abc"_s));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(actual.data().toString(), u"abc"_s);
    QCOMPARE(actual.data(Qt::EditRole).toString(), u"abc"_s);
    QVERIFY(model.cellError(actual).contains(u"abc"_s));
    QCOMPARE(actual.data(Qt::ToolTipRole).toString(), model.cellError(actual));
    QCOMPARE(actual.data(Qt::BackgroundRole).value<QBrush>().color(), QColor(0xf8, 0xc4, 0xc4));

    QVERIFY(!model.prepareChange(xh09, {{Model::Actual, u"150"_s}}));
    QVERIFY2(model.cellError(actual).contains(u"150"_s), qPrintable(model.cellError(actual)));
    QVERIFY2(model.cellError(actual).contains(u"100"_s), qPrintable(model.cellError(actual)));
    QVERIFY(!model.prepareChange(rowOf(model, u"XH11"_s), {{Model::Actual, u"2.000"_s}}));
    QVERIFY(model.cellError(model.index(rowOf(model, u"XH11"_s), Model::Actual)).contains(u"2000"_s));
    QVERIFY(!model.prepareChange(rowOf(model, u"XH03"_s), {{Model::Actual, u"2"_s}}));
    QVERIFY(model.prepareChange(rowOf(model, u"XH03"_s), {{Model::Actual, u"1"_s}}));
    QVERIFY(!model.prepareChange(rowOf(model, u"XH09"_s), {{Model::Actual, u"-1"_s}}));
    // XH03's mark stays until its accepted "1" is stored.
    QCOMPARE(model.invalidCount(), 3);

    // A good figure in the same cell clears the mark once stored.
    const auto change = model.prepareChange(xh09, {{Model::Actual, u"95"_s}});
    QVERIFY(change);
    model.applyValue(change->after, {Model::Actual});
    QCOMPARE(model.cellError(actual), QString());
    QCOMPARE(actual.data().toString(), u"95"_s);
    QCOMPARE(model.invalidCount(), 2);
}

void ReportFormModelTest::statusFollowsStoredValues()
{
    Model model;
    model.setForm(gui::ReportFormData::load(*m_database, "HUYEN", "2021-Y"));
    QCOMPARE(statusOf(model, u"XH09"_s), Status::NoData);
    const int missing = model.missingCount();

    model.applyValue(value("XH09", 93.5), {Model::Actual});
    QCOMPARE(statusOf(model, u"XH09"_s), Status::Met);
    QCOMPARE(cell(model, u"XH09"_s, Model::Ratio), u"100%"_s);
    QCOMPARE(cell(model, u"XH09"_s, Model::Status), DisplayText::statusText(Status::Met));
    QCOMPARE(model.missingCount(), missing - 1);

    model.applyValue(value("XH09", 90), {Model::Actual});
    QCOMPARE(statusOf(model, u"XH09"_s), Status::Near);
    QCOMPARE(cell(model, u"XH09"_s, Model::Ratio), u"96,3%"_s);
    QCOMPARE(cell(model, u"XH09"_s, Model::Status), u"≈ gần đạt"_s);

    model.applyValue(value("XH09", 80), {Model::Actual});
    QCOMPARE(statusOf(model, u"XH09"_s), Status::NotMet);

    // all_of follows its children: every kind of accident down gives QP04 met.
    QCOMPARE(statusOf(model, u"QP04"_s), Status::NoData);
    model.applyValue(value("QP04.1", 3, 5), {Model::Actual, Model::Baseline});
    model.applyValue(value("QP04.2", 1, 2), {Model::Actual, Model::Baseline});
    QCOMPARE(statusOf(model, u"QP04"_s), Status::NoData);
    model.applyValue(value("QP04.3", 4, 6), {Model::Actual, Model::Baseline});
    QCOMPARE(statusOf(model, u"QP04"_s), Status::Met);
    model.applyValue(value("QP04.3", 7, 6), {Model::Actual, Model::Baseline});
    QCOMPARE(statusOf(model, u"QP04"_s), Status::NotMet);
    QCOMPARE(cell(model, u"QP04"_s, Model::Ratio), u"66,7%"_s);
}

void ReportFormModelTest::namedMembersAreTicked()
{
    Model model;
    model.setForm(gui::ReportFormData::load(*m_database, "HUYEN", "2021-Y"));
    const int kt03 = rowOf(model, u"KT03"_s);
    QVERIFY(model.isMember(kt03 + 1));
    QVERIFY(model.isMember(kt03 + 2));
    QVERIFY(!model.isMember(kt03 + 3));
    QCOMPARE(model.index(kt03 + 1, Model::Name).data().toString().trimmed(), u"Xã Bình Thành"_s);
    QCOMPARE(model.index(kt03 + 2, Model::Name).data().toString().trimmed(), u"Xã Bình Tân"_s);
    const QModelIndex binhTan = model.index(kt03 + 2, Model::Actual);
    QCOMPARE(binhTan.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(binhTan.flags() & Qt::ItemIsUserCheckable);
    QVERIFY(!model.acceptsInput(model.index(kt03, Model::Actual)));
    QCOMPARE(statusOf(model, u"KT03"_s), Status::Met);

    QSignalSpy requested(&model, &Model::changeRequested);
    QVERIFY(model.setData(binhTan, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(requested.count(), 1);
    const auto change = requested.at(0).at(0).value<gui::ValueChange>();
    QCOMPARE(change.after.actual, std::optional<double>(1));
    QCOMPARE(change.after.reachedMembers, std::vector<std::string>{"BINH_THANH"});
    model.applyValue(change.after, {Model::Actual});
    QCOMPARE(binhTan.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(cell(model, u"KT03"_s, Model::Actual), u"1"_s);
    QCOMPARE(statusOf(model, u"KT03"_s), Status::NotMet);

    // Ticked again, the members keep the order the indicator names them in.
    const auto back = model.prepareMemberTick(kt03 + 2, true);
    QVERIFY(back);
    QCOMPARE(back->after.reachedMembers, (std::vector<std::string>{"BINH_THANH", "BINH_TAN"}));
    QCOMPARE(back->after.actual, std::optional<double>(2));
}

void ReportFormModelTest::lastYearsFigureIsOfferedAsBaseline()
{
    storage::PlanRepository(*m_database).addYear(2020);
    storage::ReportRepository reports(*m_database);
    reports.saveValue({"HUYEN", "2020-Y", "QP03", 7, std::nullopt, {}, {}}, u"lan"_s);
    reports.saveValue({"HUYEN", "2020-H1", "QP03", 3, std::nullopt, {}, {}}, u"lan"_s);
    reports.saveValue({"HUYEN", "2020-Y", "XH04", 1.52, std::nullopt, {}, {}}, u"lan"_s);
    reports.saveValue({"HUYEN", "2020-Y", "XH06", 4.1, std::nullopt, {}, {}}, u"lan"_s);
    // The level at the end of 2020 written as the baseline of this year's six-month report wins.
    reports.saveValue({"HUYEN", "2021-H1", "XH06", std::nullopt, 4.05, {}, {}}, u"lan"_s);

    Model model;
    model.setForm(gui::ReportFormData::load(*m_database, "HUYEN", "2021-Y"));
    QCOMPARE(cell(model, u"QP03"_s, Model::Baseline), formText("last year: %1").arg(u"7"_s));
    QCOMPARE(cell(model, u"QP03"_s, Model::Baseline, Qt::EditRole), u"7"_s);
    QVERIFY(cell(model, u"QP03"_s, Model::Baseline, Qt::ToolTipRole).contains(u"7"_s));
    QCOMPARE(cell(model, u"XH04"_s, Model::Baseline, Qt::EditRole), u"1,52"_s);
    QCOMPARE(cell(model, u"XH06"_s, Model::Baseline, Qt::EditRole), u"4,05"_s);
    QCOMPARE(cell(model, u"QP04.1"_s, Model::Baseline), QString());
    // A hint is only offered: the status still lacks its baseline.
    model.applyValue(value("QP03", 6), {Model::Actual});
    QCOMPARE(statusOf(model, u"QP03"_s), Status::NoData);

    model.setForm(gui::ReportFormData::load(*m_database, "HUYEN", "2021-H1"));
    QCOMPARE(cell(model, u"QP03"_s, Model::Baseline, Qt::EditRole), u"3"_s);
}

void ReportFormModelTest::lockedFormTakesNoInput()
{
    Model model;
    model.setForm(gui::ReportFormData::load(*m_database, "HUYEN", "2021-Y"));
    model.setEditable(false, u"approved on 05/01/2022"_s);
    const QModelIndex actual = model.index(rowOf(model, u"XH09"_s), Model::Actual);
    QVERIFY(!(actual.flags() & Qt::ItemIsEditable));
    QVERIFY(!(model.index(rowOf(model, u"KT03"_s) + 1, Model::Actual).flags() & Qt::ItemIsUserCheckable));
    QCOMPARE(model.readOnlyReason(actual), u"approved on 05/01/2022"_s);
    QSignalSpy requested(&model, &Model::changeRequested);
    QVERIFY(!model.setData(actual, u"95"_s));
    QVERIFY(!model.prepareChange(actual.row(), {{Model::Actual, u"95"_s}}));
    QCOMPARE(requested.count(), 0);
    model.setEditable(true);
    QVERIFY(actual.flags() & Qt::ItemIsEditable);
    QCOMPARE(model.readOnlyReason(actual), QString());
}

void ReportFormModelTest::unitWithoutTargetsGivesAnEmptyForm()
{
    Model model;
    model.setForm(gui::ReportFormData::load(*m_database, "BINH_THANH", "2021-Y"));
    QCOMPARE(model.rowCount(), 0);
    storage::PlanRepository(*m_database).saveTarget({"BINH_THANH", "XH09", 2021, 95});
    model.setForm(gui::ReportFormData::load(*m_database, "BINH_THANH", "2021-Y"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data(Model::CodeRole).toString(), u"XH"_s);
    QCOMPARE(cell(model, u"XH09"_s, Model::Target), u"95"_s);
}

} // namespace thidua::test
