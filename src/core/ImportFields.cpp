#include "ImportFields.h"

#include "Achievement.h"
#include "NumberFormat.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace thidua {
namespace {

std::vector<std::string> splitList(std::string_view text, char separator)
{
    std::vector<std::string> items;
    while (!text.empty()) {
        const std::size_t end = text.find(separator);
        const std::string_view item = trimmedField(text.substr(0, end));
        if (!item.empty()) {
            items.emplace_back(item);
        }
        if (end == std::string_view::npos) {
            break;
        }
        text.remove_prefix(end + 1);
    }
    return items;
}

bool allDigits(std::string_view text)
{
    if (text.empty()) {
        return false;
    }
    for (char c : text) {
        if (!std::isdigit(static_cast<unsigned char>(c))) {
            return false;
        }
    }
    return true;
}

} // namespace

std::string_view trimmedField(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
        text.remove_prefix(1);
    }
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
        text.remove_suffix(1);
    }
    return text;
}

FieldReader::FieldReader(const std::string& fileName, std::map<std::string, std::size_t, std::less<>> columns,
                         bool decimalComma, std::vector<ImportError>& errors)
    : m_fileName(fileName)
    , m_columns(std::move(columns))
    , m_decimalComma(decimalComma)
    , m_errors(errors)
{
}

void FieldReader::fail(std::string_view column, ImportProblem problem, std::string value, std::string detail)
{
    m_errors.push_back({m_fileName, line(), std::string(column), problem, std::move(value), std::move(detail)});
}

std::string FieldReader::text(std::string_view column) const
{
    const auto found = m_columns.find(column);
    if (!m_record || found == m_columns.end() || found->second >= m_record->fields.size()) {
        return {};
    }
    // The CSV reader keeps the spaces inside quotes; the spec trims every field.
    return std::string(trimmedField(m_record->fields[found->second]));
}

std::string FieldReader::required(std::string_view column)
{
    std::string value = text(column);
    if (value.empty() && has(column)) {
        fail(column, ImportProblem::Required, {});
    }
    return value;
}

std::optional<double> FieldReader::parse(std::string_view column, const std::string& value)
{
    const ParsedNumber parsed = parseNumber(value, m_decimalComma);
    if (parsed.value) {
        return parsed.value;
    }
    // The thousands separator has its own wording: the user must remove it rather than correct it.
    const bool thousands = parsed.problem == NumberProblem::ThousandsSeparator;
    fail(column, thousands ? ImportProblem::ThousandsSeparator : ImportProblem::NotANumber, value);
    return std::nullopt;
}

std::optional<double> FieldReader::number(std::string_view column)
{
    const std::string value = text(column);
    if (value.empty()) {
        return std::nullopt;
    }
    return parse(column, value);
}

std::optional<double> FieldReader::nonNegative(std::string_view column)
{
    const auto value = number(column);
    if (value && *value < 0) {
        fail(column, ImportProblem::Negative, text(column));
        return std::nullopt;
    }
    return value;
}

std::optional<double> FieldReader::inInterval(std::string_view column, double low, bool lowOpen,
                                              std::optional<double> high)
{
    const auto value = number(column);
    if (value && ((lowOpen ? *value <= low : *value < low) || (high && *value > *high))) {
        fail(column, ImportProblem::OutOfRange, text(column), describeInterval(low, lowOpen, high, false));
        return std::nullopt;
    }
    return value;
}

bool FieldReader::boolean(std::string_view column)
{
    const std::string value = text(column);
    if (!value.empty() && value != "0" && value != "1") {
        fail(column, ImportProblem::NotBoolean, value);
    }
    return value == "1";
}

std::optional<int> FieldReader::year(std::string_view column)
{
    const std::string value = required(column);
    if (value.empty()) {
        return std::nullopt;
    }
    if (value.size() != 4 || !allDigits(value)) {
        fail(column, ImportProblem::NotANumber, value, "year");
        return std::nullopt;
    }
    return std::stoi(value);
}

std::string FieldReader::period(std::string_view column)
{
    std::string value = required(column);
    if (!value.empty() && !PeriodCode::parse(value)) {
        fail(column, ImportProblem::BadPeriod, value);
    }
    return value;
}

std::vector<std::string> FieldReader::list(std::string_view column) const
{
    return splitList(text(column), '|');
}

std::vector<Band> FieldReader::bands(std::string_view column)
{
    std::vector<Band> result;
    std::set<double> minima; // looked up, not searched for: a field may hold very many bands
    for (const std::string& item : list(column)) {
        const std::size_t colon = item.find(':');
        const std::string minRatio(trimmedField(std::string_view(item).substr(0, colon)));
        const std::string share(colon == std::string::npos ? ""
                                                           : trimmedField(std::string_view(item).substr(colon + 1)));
        // Parsed quietly: one fault for the whole band, naming the band as written.
        const ParsedNumber ratio = parseNumber(minRatio, m_decimalComma);
        const ParsedNumber part = parseNumber(share, m_decimalComma);
        if (!ratio.value || !part.value || colon == std::string::npos || share.find(':') != std::string::npos) {
            fail(column, ImportProblem::NotANumber, item, "min:share");
            continue;
        }
        if (*ratio.value < 0 || *part.value < 0) {
            fail(column, ImportProblem::Negative, item);
            continue;
        }
        // Bands are told apart by their minimum: two with the same one leave the share ambiguous.
        if (!minima.insert(*ratio.value).second) {
            fail(column, ImportProblem::DuplicateKey, item, std::to_string(line()));
            continue;
        }
        result.push_back({*ratio.value, *part.value});
    }
    return result;
}

std::string describeInterval(std::optional<double> low, bool lowOpen, std::optional<double> high, bool highOpen)
{
    const auto figure = [](double value) {
        return formatNumber(value, 6, NumberStyle::Plain);
    };
    std::string text = low ? (lowOpen ? "(" : "[") + figure(*low) : std::string("(-inf");
    text += ", ";
    text += high ? figure(*high) + (highOpen ? ")" : "]") : std::string("+inf)");
    return text;
}

} // namespace thidua
