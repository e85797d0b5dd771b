// How the scoring screens read and write what people type and see: numbers in the interface's
// decimal format (Vietnamese 7,5; English 7.5), shares as percentages, a criterion's bands as
// "1:1|0,9:0,7", methods and score levels in words. The schemes editor and the manual scores form
// both go through here so the same thing reads and parses the same way.
#pragma once

#include "core/Plan.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace thidua::gui {

// A number read from a cell. `value` is empty when the text was empty or is not a number; `error`
// then says why in words (empty text has no error: callers decide whether empty is allowed).
struct EnteredNumber
{
    std::optional<double> value;
    QString error;
    bool empty = false;
};

struct EnteredBands
{
    std::vector<Band> bands; // highest minimum first
    QString error;           // empty when the text was good
};

class SchemeText
{
    Q_DECLARE_TR_FUNCTIONS(thidua::gui::SchemeText)

public:
    static EnteredNumber parseNumber(const QString& text);
    // "50%", "50 %" and "50" all give 0.5.
    static EnteredNumber parsePercent(const QString& text);
    // Bands as minimum ratio and share pairs, "1:1|0,9:0,7|0,8:0,5". Shares and minima must be 0 or
    // more and minima distinct; empty text gives no bands.
    static EnteredBands parseBands(const QString& text);

    // At most two decimals, no trailing zeros: 7,5 and 10 (entered figures, maxima).
    static QString number(double value);
    // The same without thousands separators, as a cell offers it for editing (2.000 would be
    // refused as ambiguous when stored back).
    static QString editNumber(double value);
    // Exactly two decimals: 7,50 (scores, as on the paper table).
    static QString points(double value);
    static QString percent(double share); // 0.5 -> "50%"
    static QString bands(const std::vector<Band>& bands);

    static QString method(ScoringMethod method);
    static QString level(ScoreLevel level);
    static QString adjustmentType(AdjustmentType type);
};

} // namespace thidua::gui
