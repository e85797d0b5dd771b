// Numbers as people and programs read them. Vietnamese writes `93,5` and `2.000` (comma for the
// decimal mark, dot between thousands); files for programs use `93.5` and `2000`.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace thidua {

enum class NumberStyle
{
    Vietnamese, // 1.234,5
    Plain,      // 1234.5
};

// Rounds half away from zero to `decimals` decimals, as the paper tables round the decimal figure:
// 2.675 gives 2.68 although the double holds 2.67499999…; never gives -0.
double roundHalfAwayFromZero(double value, int decimals);

// At most `maxDecimals` decimals, trailing zeros dropped: 93.50 -> "93,5", 2000 -> "2.000".
std::string formatNumber(double value, int maxDecimals, NumberStyle style);

// Exactly `decimals` decimals: 1.5 with 2 -> "1,50" (scores and ratios keep their width).
std::string formatFixed(double value, int decimals, NumberStyle style);

enum class NumberProblem
{
    None,
    Empty,
    NotANumber,
    ThousandsSeparator,
};

struct ParsedNumber
{
    std::optional<double> value; // set when the text is a number
    std::string error;           // otherwise why not, in English (callers translate by `problem`)
    NumberProblem problem = NumberProblem::None;
};

// Parses a number typed by a person or written by a spreadsheet. `decimalComma` accepts `12,5`
// (a `;`-separated file from a Vietnamese-locale spreadsheet). Thousands separators are refused:
// `2.000` may mean two or two thousand, so the message asks for the plain figure.
ParsedNumber parseNumber(std::string_view text, bool decimalComma);

} // namespace thidua
