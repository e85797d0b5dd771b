// One edit of the report form as the undo stack keeps it: the indicator's stored value before and
// after, and the text typed in each cell it touched (kept so that a write storage refuses can be
// shown again in its cell: the official never loses what they typed).
#pragma once

#include "storage/ReportRepository.h"

#include <QString>

#include <map>

namespace thidua::gui {

struct ValueChange
{
    storage::ReportValue before;
    storage::ReportValue after;
    std::map<int, QString> typed; // by ReportFormModel column
};

} // namespace thidua::gui
