#include "NumberFormat.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

namespace thidua {
namespace {

std::string applyStyle(std::string plain, NumberStyle style)
{
    if (style == NumberStyle::Plain) {
        return plain;
    }
    const bool negative = !plain.empty() && plain.front() == '-';
    const std::size_t digitsStart = negative ? 1 : 0;
    const std::size_t point = plain.find('.');
    const std::string integer =
        plain.substr(digitsStart, point == std::string::npos ? std::string::npos : point - digitsStart);
    std::string grouped;
    for (std::size_t i = 0; i < integer.size(); ++i) {
        if (i > 0 && (integer.size() - i) % 3 == 0) {
            grouped += '.';
        }
        grouped += integer[i];
    }
    std::string result = negative ? "-" + grouped : grouped;
    if (point != std::string::npos) {
        result += ',';
        result += plain.substr(point + 1);
    }
    return result;
}

std::string fixedPlain(double value, int decimals)
{
    if (!std::isfinite(value)) {
        return {};
    }
    // Half away from zero, as totals are rounded (computation.md), so a printed 92,125 shows as
    // 92,13 like on the paper table; fmt alone would round the tie to even.
    const double rounded = roundHalfAwayFromZero(value, decimals);
    std::string text = fmt::format("{:.{}f}", std::isfinite(rounded) ? rounded : value, decimals);
    // "-0" and "-0.00" read as a sign error to people.
    if (text.front() == '-' && text.find_first_not_of("-0.") == std::string::npos) {
        text.erase(0, 1);
    }
    return text;
}

bool isGroupedThousands(std::string_view text, char separator)
{
    std::size_t i = (!text.empty() && (text[0] == '-' || text[0] == '+')) ? 1 : 0;
    const std::size_t firstGroupStart = i;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
        ++i;
    }
    const std::size_t leading = i - firstGroupStart;
    if (leading == 0 || leading > 3 || text[firstGroupStart] == '0' || i == text.size()) {
        return false;
    }
    while (i < text.size()) {
        if (text[i] != separator || i + 4 > text.size()) {
            return false;
        }
        for (std::size_t k = 1; k <= 3; ++k) {
            if (!std::isdigit(static_cast<unsigned char>(text[i + k]))) {
                return false;
            }
        }
        i += 4;
    }
    return true;
}

} // namespace

// Binary doubles cannot hold most decimals: 2.675 is stored as 2.674999999999999822…, so a plain
// std::round(x * 100) gives 2.67 where the paper table, rounding the decimal, gives 2.68. A value
// within one part in 10^13 of a half is taken as that half: a figure built from a few dozen products
// and sums carries an error in the 16th significant digit, far below anything a person types.
double roundHalfAwayFromZero(double value, int decimals)
{
    if (!std::isfinite(value)) {
        return value;
    }
    const double scale = std::pow(10.0, decimals);
    const double scaled = std::fabs(value) * scale;
    double whole = std::floor(scaled);
    // The tolerance grows with the figure (its error is relative) but stays far below a half, so a
    // large whole number is never pushed up to the next step.
    const double tolerance = std::min(1e-13 * std::max(scaled, 1.0), 1e-3);
    if (scaled - whole >= 0.5 - tolerance) {
        whole += 1;
    }
    if (whole == 0) {
        return 0;
    }
    return std::copysign(whole / scale, value);
}

std::string formatFixed(double value, int decimals, NumberStyle style)
{
    return applyStyle(fixedPlain(value, decimals), style);
}

std::string formatNumber(double value, int maxDecimals, NumberStyle style)
{
    std::string text = fixedPlain(value, maxDecimals);
    if (text.empty()) {
        return text;
    }
    if (text.find('.') != std::string::npos) {
        text.erase(text.find_last_not_of('0') + 1);
        if (text.back() == '.') {
            text.pop_back();
        }
    }
    return applyStyle(text, style);
}

ParsedNumber parseNumber(std::string_view text, bool decimalComma)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
        text.remove_prefix(1);
    }
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
        text.remove_suffix(1);
    }
    if (text.empty()) {
        return {std::nullopt, "empty", NumberProblem::Empty};
    }
    if (isGroupedThousands(text, '.') || (!decimalComma && isGroupedThousands(text, ','))) {
        return {std::nullopt, "thousands separators are not accepted: write the plain figure, e.g. 2000",
                NumberProblem::ThousandsSeparator};
    }
    std::string normal(text);
    if (decimalComma) {
        if (normal.find(',') != std::string::npos && normal.find('.') != std::string::npos) {
            return {std::nullopt, "thousands separators are not accepted: write the plain figure, e.g. 2000",
                    NumberProblem::ThousandsSeparator};
        }
        for (char& c : normal) {
            if (c == ',') {
                c = '.';
            }
        }
    }
    if (normal.front() == '+') {
        normal.erase(0, 1);
        if (normal.empty() || normal.front() == '-') {
            return {std::nullopt, "not a number", NumberProblem::NotANumber};
        }
    }
    double value = 0;
    const auto [end, ec] = std::from_chars(normal.data(), normal.data() + normal.size(), value);
    if (ec != std::errc() || end != normal.data() + normal.size() || !std::isfinite(value)) {
        return {std::nullopt, "not a number", NumberProblem::NotANumber};
    }
    return {value, {}, NumberProblem::None};
}

} // namespace thidua
