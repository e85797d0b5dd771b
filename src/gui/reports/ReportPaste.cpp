#include "ReportPaste.h"

#include "ReportFormModel.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

constexpr std::array<int, 3> kInputColumns{ReportFormModel::Actual, ReportFormModel::Baseline, ReportFormModel::Note};

int nextIndicatorRow(const ReportFormModel& model, int row)
{
    while (row < model.rowCount() && !model.isIndicator(row)) {
        ++row;
    }
    return row;
}

} // namespace

std::vector<QStringList> ReportPaste::parse(const QString& text)
{
    std::vector<QStringList> lines(1);
    QString cell;
    bool quoted = false;
    bool atCellStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
            continue;
        }
        if (c == u'"' && atCellStart) {
            quoted = true;
            atCellStart = false;
        } else if (c == u'\t') {
            lines.back() << cell;
            cell.clear();
            atCellStart = true;
        } else if (c == u'\n') {
            lines.back() << cell;
            cell.clear();
            lines.emplace_back();
            atCellStart = true;
        } else if (c != u'\r') {
            cell += c;
            atCellStart = false;
        }
    }
    lines.back() << cell;
    // A spreadsheet ends what it copies with a line break: the empty line after it is no line of data.
    if (lines.size() > 1 && lines.back().size() == 1 && lines.back().front().isEmpty()) {
        lines.pop_back();
    }
    return lines;
}

PasteResult ReportPaste::prepare(ReportFormModel& model, const QModelIndex& start, const QString& text)
{
    PasteResult result;
    const auto found = std::find(kInputColumns.begin(), kInputColumns.end(), start.column());
    const auto first = static_cast<std::size_t>(found == kInputColumns.end() ? 0 : found - kInputColumns.begin());
    int row = nextIndicatorRow(model, start.isValid() ? start.row() : 0);
    for (const QStringList& line : parse(text)) {
        if (row >= model.rowCount()) {
            result.unused << tr("Lines below the last indicator of the form were not used.");
            break;
        }
        const QString code = QString::fromStdString(model.indicatorCode(row));
        std::vector<std::pair<int, QString>> cells;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const std::size_t position = first + static_cast<std::size_t>(i);
            const bool blank = line.at(i).trimmed().isEmpty();
            if (position >= kInputColumns.size()) {
                if (!blank) {
                    result.unused << tr("%1: cells to the right of the note were not used.").arg(code);
                }
                continue;
            }
            const QModelIndex cell = model.index(row, kInputColumns[position]);
            if (!model.acceptsInput(cell)) {
                if (!blank) {
                    result.unused << tr("%1, %2: “%3” not used. %4")
                                         .arg(code, model.headerData(cell.column(), Qt::Horizontal).toString(),
                                              line.at(i).trimmed(), model.readOnlyReason(cell));
                }
                continue;
            }
            cells.emplace_back(cell.column(), line.at(i));
        }
        if (auto change = model.prepareChange(row, cells)) {
            result.changes.push_back(std::move(*change));
        }
        for (const auto& [column, typed] : cells) {
            const QString error = model.cellError(model.index(row, column));
            if (error.isEmpty()) {
                ++result.accepted;
            } else {
                ++result.refused;
                result.firstRefusal =
                    result.firstRefusal.isEmpty() ? u"%1: %2"_s.arg(code, error) : result.firstRefusal;
            }
        }
        row = nextIndicatorRow(model, row + 1);
    }
    return result;
}

QString ReportPaste::summary(const PasteResult& result)
{
    QStringList parts;
    parts << tr("%n pasted cell(s) accepted.", "", result.accepted);
    if (result.refused > 0) {
        parts << tr("%n cell(s) refused and marked in red; the first: %1", "", result.refused).arg(result.firstRefusal);
    }
    parts << result.unused;
    return parts.join(u' ');
}

} // namespace thidua::gui
