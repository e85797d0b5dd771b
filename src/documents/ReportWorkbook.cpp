// The entry workbook a unit fills in (the writer; ReportWorkbookReader.cpp reads it back). The
// texts are Vietnamese data for the communes, not interface strings, so they are not translated.
#include "ReportWorkbook.h"

#include "DocumentHtml.h"
#include "DocumentWords.h"
#include "ReportWorkbookLayout.h"
#include "core/Achievement.h"
#include "storage/PlanRepository.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

using namespace Qt::StringLiterals;

namespace thidua::documents {
namespace {

// Rows (0-based, as libxlsxwriter counts) of the title block; the reader finds the code cells and
// the header by their labels, so these may move in a later version without breaking old files.
constexpr lxw_row_t kHeaderRow = 13;
constexpr lxw_col_t kActualColumn = 6;
constexpr lxw_col_t kBaselineColumn = 7;
constexpr lxw_col_t kNoteColumn = 8;
constexpr lxw_col_t kLastColumn = kNoteColumn;

const char* const kInstructions[] = {
    "Hướng dẫn:",
    "1. Chỉ điền vào các ô màu vàng: cột \"Thực hiện\", cột \"Số liệu so sánh\" (chỉ với chỉ tiêu cần so sánh "
    "với năm trước hoặc cùng kỳ) và cột \"Ghi chú\".",
    "2. Ghi số, có thể dùng dấu phẩy thập phân (12,5); không dùng dấu phân cách hàng nghìn (ghi 2000, không ghi "
    "2.000). Chỉ tiêu tính theo % ghi số phần trăm (93,5) hoặc ô định dạng % (93,5%).",
    "3. Chỉ tiêu chưa có số liệu thì để trống; dòng để trống không làm thay đổi số liệu đã có.",
    "4. Không sửa mã đơn vị, mã kỳ báo cáo, mã chỉ tiêu và không xoá, đổi tên các cột; có thể chèn thêm dòng ở "
    "phía trên bảng.",
};

struct Formats
{
    lxw_format* title = nullptr;
    lxw_format* label = nullptr;
    lxw_format* header = nullptr;
    lxw_format* text = nullptr;
    lxw_format* number = nullptr;
    lxw_format* input = nullptr;
    lxw_format* inputText = nullptr;
};

Formats makeFormats(lxw_workbook* workbook)
{
    Formats f;
    f.title = workbook_add_format(workbook);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    f.label = workbook_add_format(workbook);
    format_set_bold(f.label);
    f.header = workbook_add_format(workbook);
    format_set_bold(f.header);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_CENTER);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_border(f.header, LXW_BORDER_THIN);
    format_set_bg_color(f.header, 0xD9E1F2);
    f.text = workbook_add_format(workbook);
    format_set_text_wrap(f.text);
    format_set_border(f.text, LXW_BORDER_THIN);
    format_set_align(f.text, LXW_ALIGN_VERTICAL_TOP);
    f.number = workbook_add_format(workbook);
    format_set_border(f.number, LXW_BORDER_THIN);
    format_set_num_format(f.number, "#,##0.##");
    format_set_align(f.number, LXW_ALIGN_VERTICAL_TOP);
    // The cells a unit fills: unlocked in the protected sheet, and yellow so they are found.
    f.input = workbook_add_format(workbook);
    format_set_unlocked(f.input);
    format_set_border(f.input, LXW_BORDER_THIN);
    format_set_bg_color(f.input, 0xFFF2CC);
    format_set_align(f.input, LXW_ALIGN_VERTICAL_TOP);
    f.inputText = workbook_add_format(workbook);
    format_set_unlocked(f.inputText);
    format_set_text_wrap(f.inputText);
    format_set_border(f.inputText, LXW_BORDER_THIN);
    format_set_bg_color(f.inputText, 0xFFF2CC);
    format_set_align(f.inputText, LXW_ALIGN_VERTICAL_TOP);
    return f;
}

// The figures a unit may give, checked by the spreadsheet program as they are typed; the import
// checks them again, since a validation is easily pasted over.
void validate(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, const Indicator& indicator)
{
    lxw_data_validation rule{};
    rule.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    char zero[] = "0";
    char one[] = "1";
    char* booleans[] = {zero, one, nullptr};
    if (indicator.kind == IndicatorKind::Boolean) {
        rule.validate = LXW_VALIDATION_TYPE_LIST;
        rule.value_list = booleans;
        rule.error_message = const_cast<char*>("Ghi 1 nếu đạt, 0 nếu không đạt."); // NOLINT: C API
    } else {
        rule.validate = LXW_VALIDATION_TYPE_DECIMAL;
        rule.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
        rule.minimum_number = indicator.minValue.value_or(-1e15);
        rule.maximum_number = indicator.maxValue.value_or(1e15);
        rule.error_message = const_cast<char*>("Ghi một số trong khoảng cho phép của chỉ tiêu."); // NOLINT: C API
    }
    worksheet_data_validation_cell(sheet, row, column, &rule);
}

void writeTitle(lxw_worksheet* sheet, const Formats& f, const Unit& unit, const Period& period)
{
    worksheet_merge_range(sheet, 0, 0, 0, kLastColumn, "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU THI ĐUA", f.title);
    const std::string deadline = period.deadline.empty() ? "" : words::date(period.deadline).toStdString();
    const std::pair<const char*, std::string> lines[] = {
        {"Đơn vị:", unit.name},    {"Kỳ báo cáo:", period.name},    {"Hạn gửi báo cáo:", deadline},
        {"Mã đơn vị:", unit.code}, {"Mã kỳ báo cáo:", period.code},
    };
    lxw_row_t row = 1;
    for (const auto& [label, value] : lines) {
        worksheet_write_string(sheet, row, 1, label, f.label);
        worksheet_write_string(sheet, row, 2, value.c_str(), nullptr);
        ++row;
    }
    row = 7;
    for (const char* line : kInstructions) {
        worksheet_merge_range(sheet, row, 0, row, kLastColumn, line, nullptr);
        ++row;
    }
}

// Removes the temporary workbook unless it was moved into place.
struct TemporaryName
{
    QString name;
    bool kept = false;
    ~TemporaryName()
    {
        if (!kept) {
            QFile::remove(name);
        }
    }
};

QString fail(const QString& path, const QString& reason)
{
    return DocumentText::tr("The file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), reason);
}

} // namespace

QString writeEntryWorkbook(storage::Database& db, const std::string& unitCode, const std::string& periodCode,
                           const QString& path)
{
    const Period period = words::findPeriod(db, periodCode); // throws for an unknown period
    const storage::PlanRepository plan(db);
    const std::vector<Unit> units = plan.units();
    const Unit* unit = words::findByCode(units, unitCode);
    if (unit == nullptr) {
        throw storage::StorageError(storage::StorageError::Kind::Invalid,
                                    DocumentText::tr("There is no unit %1.").arg(QString::fromStdString(unitCode)));
    }
    const PeriodCode code = *PeriodCode::parse(periodCode);
    TargetMap targets;
    for (const Target& target : plan.targets(code.year, unitCode)) {
        targets[target.indicatorCode] = target.value;
    }

    const QFileInfo info(path);
    TemporaryName temporary;
    {
        QTemporaryFile reserve(info.absoluteDir().filePath(u".%1.XXXXXX"_s.arg(info.fileName())));
        if (!reserve.open()) {
            return fail(path, reserve.errorString());
        }
        temporary.name = reserve.fileName();
    }
    lxw_workbook* workbook = workbook_new(QFile::encodeName(temporary.name).constData());
    if (workbook == nullptr) {
        return fail(path, u"libxlsxwriter"_s);
    }
    const Formats f = makeFormats(workbook);
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, std::string(layout::kSheetName).c_str());
    writeTitle(sheet, f, *unit, period);

    lxw_col_t column = 0;
    const double widths[] = {5, 14, 48, 11, 12, 12, 14, 14, 30};
    for (const layout::ColumnLabel& label : layout::kColumns) {
        worksheet_write_string(sheet, kHeaderRow, column, std::string(label.label).c_str(), f.header);
        worksheet_set_column(sheet, column, column, widths[column], nullptr);
        ++column;
    }
    worksheet_set_row(sheet, kHeaderRow, 32, nullptr);

    lxw_row_t row = kHeaderRow + 1;
    int number = 0;
    for (const Indicator& indicator : plan.indicators()) {
        const auto target = targets.find(indicator.code);
        // The rows a unit reports: a target for the year, assessed in this period (a year-end
        // indicator is not asked for at six months), and a figure of its own (all_of comes from its
        // children).
        if (target == targets.end() || indicator.kind == IndicatorKind::AllOf) {
            continue;
        }
        const Achievement expected = assessIndicator(indicator, true, target->second, {}, code.kind);
        if (expected.status == Status::NotApplicable) {
            continue;
        }
        worksheet_write_number(sheet, row, 0, ++number, f.text);
        worksheet_write_string(sheet, row, 1, indicator.code.c_str(), f.text);
        worksheet_write_string(sheet, row, 2, indicator.name.c_str(), f.text);
        worksheet_write_string(sheet, row, 3, indicator.unitOfMeasure.c_str(), f.text);
        for (const auto& [col, value] :
             {std::pair{lxw_col_t{4}, expected.target}, {lxw_col_t{5}, expected.effectiveTarget}}) {
            if (value) {
                worksheet_write_number(sheet, row, col, *value, f.number);
            } else {
                worksheet_write_blank(sheet, row, col, f.text);
            }
        }
        worksheet_write_blank(sheet, row, kActualColumn, f.input);
        validate(sheet, row, kActualColumn, indicator);
        if (needsBaseline(indicator.kind)) {
            worksheet_write_blank(sheet, row, kBaselineColumn, f.input);
            validate(sheet, row, kBaselineColumn, indicator);
        } else {
            worksheet_write_blank(sheet, row, kBaselineColumn, f.text); // locked: the kind takes none
        }
        worksheet_write_blank(sheet, row, kNoteColumn, f.inputText);
        ++row;
    }
    worksheet_freeze_panes(sheet, kHeaderRow + 1, 0);
    lxw_protection protection{};
    protection.format_columns = 1; // widening a column is harmless and often needed
    protection.format_rows = 1;
    worksheet_protect(sheet, nullptr, &protection);

    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR) {
        return fail(path, QString::fromUtf8(lxw_strerror(closed)));
    }
    if (info.exists()) {
        QFile::setPermissions(temporary.name, QFile::permissions(path));
    }
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(temporary.name).constData(), QFile::encodeName(path).constData(), error);
    if (error) {
        return fail(path, QString::fromLocal8Bit(error.message()));
    }
    temporary.kept = true;
    return {};
}

} // namespace thidua::documents
