// The words of the entry workbook that the writer puts and the reader looks for. Vietnamese, as the
// communes read them; each column of reports.csv also carries its code in brackets, so a person
// who gets a message naming `actual` finds the column, and a moved or re-labelled header still reads.
#pragma once

#include <string_view>

namespace thidua::documents::layout {

inline constexpr std::string_view kSheetName = "Báo cáo";
inline constexpr std::string_view kUnitCodeLabel = "Mã đơn vị";
inline constexpr std::string_view kPeriodCodeLabel = "Mã kỳ báo cáo";

struct ColumnLabel
{
    std::string_view code; // the reports.csv column, or an internal name for columns only shown
    std::string_view label;
};

// In the template's order. `unit_of_measure` is read back for the % rule; the others only shown.
inline constexpr ColumnLabel kColumns[] = {
    {"number", "STT"},
    {"indicator", "Mã chỉ tiêu (indicator)"},
    {"name", "Tên chỉ tiêu"},
    {"unit_of_measure", "Đơn vị tính"},
    {"target", "Chỉ tiêu năm"},
    {"effective_target", "Chỉ tiêu của kỳ"},
    {"actual", "Thực hiện (actual)"},
    {"baseline", "Số liệu so sánh (baseline)"},
    {"note", "Ghi chú (note)"},
};

} // namespace thidua::documents::layout
