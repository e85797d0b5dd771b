#include "StatusStyle.h"

#include <QBrush>

namespace thidua::gui {

// Blue-green, yellow-amber and vermilion after the Okabe–Ito palette, made light enough for black
// text: in grayscale met is the lightest of the three coloured statuses after near, not met the
// darkest, and the symbols ✔ ≈ ✘ settle the rest.
QColor statusColor(Status status)
{
    switch (status) {
    case Status::Met:
        return {0x9E, 0xD9, 0xC4};
    case Status::Near:
        return {0xFB, 0xE0, 0x8C};
    case Status::NotMet:
        return {0xE8, 0x8A, 0x6C};
    case Status::NoData:
        return {0xFF, 0xFF, 0xFF};
    case Status::NotApplicable:
        break;
    }
    return {0xD6, 0xD6, 0xD6};
}

QColor statusTextColor(Status status)
{
    return status == Status::NotApplicable ? QColor(0x55, 0x55, 0x55) : QColor(0x10, 0x10, 0x10);
}

QVariant statusBackground(Status status)
{
    return QBrush(statusColor(status));
}

QVariant statusForeground(Status status)
{
    return QBrush(statusTextColor(status));
}

} // namespace thidua::gui
