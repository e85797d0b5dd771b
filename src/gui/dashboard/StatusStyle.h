// How a status looks in every dashboard table and chart: one palette, so green means the same
// thing everywhere. The colours differ in lightness as well as hue (they stay apart in grayscale and
// for red-green colour-blind readers) and a cell always also carries the status's symbol or word
// (DisplayText), never colour alone (spec/computation.md, "Colours").
#pragma once

#include "core/Achievement.h"

#include <QColor>
#include <QVariant>

namespace thidua::gui {

// Background of a cell with that status; no data is white (the cell then shows "?").
QColor statusColor(Status status);
// Text colour that reads on statusColor(status).
QColor statusTextColor(Status status);
// Qt::BackgroundRole / Qt::ForegroundRole values for a model's data().
QVariant statusBackground(Status status);
QVariant statusForeground(Status status);

} // namespace thidua::gui
