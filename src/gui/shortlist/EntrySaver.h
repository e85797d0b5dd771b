// How the shortlist's dialogs save: they call the view's saver when OK is pressed and stay open,
// with everything typed, when it refuses. Returns an empty string on success, else why (storage's
// sentence naming the field).
#pragma once

#include "core/Commendation.h"

#include <QString>

#include <functional>

namespace thidua::gui {

using EntrySaver = std::function<QString(const ShortlistEntry& entry)>;

} // namespace thidua::gui
