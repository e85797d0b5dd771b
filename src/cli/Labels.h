// Words for people, in the interface language, for the codes of core/Vocabulary.h. Files and
// programs get the codes themselves (toCode), which never change.
#pragma once

#include "core/Vocabulary.h"

#include <QString>

namespace thidua::cli {

QString kindLabel(IndicatorKind kind);

} // namespace thidua::cli
