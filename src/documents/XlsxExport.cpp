#include "XlsxExport.h"

#include "DocumentHtml.h"
#include "DocumentWords.h"
#include "core/Campaign.h"
#include "core/Commendation.h"
#include "storage/CampaignRepository.h"
#include "storage/PlanRepository.h"
#include "storage/ShortlistRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace thidua::documents {
namespace {

// One cell: text, a number, or nothing.
struct Cell
{
    enum class Kind
    {
        Empty,
        Text,
        Number, // a count or rank: no decimals
        Score,  // a total: always two decimals, as the ranking rounds it
    };
    Kind kind = Kind::Empty;
    std::string text;
    double number = 0;

    static Cell of(const std::string& text) { return {text.empty() ? Kind::Empty : Kind::Text, text, 0}; }
    static Cell of(int number) { return {Kind::Number, {}, static_cast<double>(number)}; }
    static Cell score(double number) { return {Kind::Score, {}, number}; }
};

struct Sheet
{
    std::string name;
    std::vector<std::string> header;
    std::vector<std::vector<Cell>> rows;
};

// Excel's column width is in characters of the default font; Vietnamese letters are one character
// each however many bytes UTF-8 gives them, so count code points, not bytes.
std::size_t displayLength(const std::string& utf8)
{
    return static_cast<std::size_t>(
        std::count_if(utf8.begin(), utf8.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

double columnWidth(const Sheet& sheet, std::size_t column)
{
    constexpr std::size_t kNumberWidth = 8;
    std::size_t widest = displayLength(sheet.header[column]);
    for (const auto& row : sheet.rows) {
        const Cell& cell = row[column];
        widest = std::max(widest, cell.kind == Cell::Kind::Text ? displayLength(cell.text) : kNumberWidth);
    }
    // Long achievements wrap rather than make a sheet no one can scroll through.
    return static_cast<double>(std::clamp<std::size_t>(widest + 2, 6, 60));
}

// Excel refuses sheet names longer than 31 characters or holding []:*?/\ ; group codes seldom do.
std::string sheetName(const std::string& code)
{
    std::string name;
    for (const char c : code) {
        name += std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : '_';
    }
    if (name.size() > 31) {
        name.resize(31);
        while (!name.empty() && (static_cast<unsigned char>(name.back()) & 0xC0) == 0x80) {
            name.pop_back(); // never cut a letter in half
        }
        if (!name.empty() && (static_cast<unsigned char>(name.back()) & 0x80) != 0) {
            name.pop_back();
        }
    }
    return name;
}

QString errorText(lxw_error error, const QString& path)
{
    switch (error) {
    case LXW_ERROR_CREATING_XLSX_FILE:
        return DocumentText::tr("The file %1 could not be created.").arg(QDir::toNativeSeparators(path));
    case LXW_ERROR_CREATING_TMPFILE:
        return DocumentText::tr("No temporary file could be made for the workbook %1; is the temporary folder full?")
            .arg(QDir::toNativeSeparators(path));
    case LXW_ERROR_MEMORY_MALLOC_FAILED:
        return DocumentText::tr("Out of memory while writing the workbook %1.").arg(QDir::toNativeSeparators(path));
    default:
        return DocumentText::tr("The workbook %1 could not be written (%2).")
            .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(error)));
    }
}

void writeSheet(lxw_workbook* workbook, const Sheet& sheet, lxw_format* bold, lxw_format* score, lxw_format* wrap)
{
    lxw_worksheet* worksheet = workbook_add_worksheet(workbook, sheet.name.c_str());
    if (worksheet == nullptr) {
        worksheet = workbook_add_worksheet(workbook, nullptr); // a name Excel refuses: "SheetN" then
    }
    if (worksheet == nullptr) {
        return; // workbook_close reports the failure
    }
    for (std::size_t c = 0; c < sheet.header.size(); ++c) {
        const auto column = static_cast<lxw_col_t>(c);
        worksheet_write_string(worksheet, 0, column, sheet.header[c].c_str(), bold);
        const double width = columnWidth(sheet, c);
        worksheet_set_column(worksheet, column, column, width, width >= 60 ? wrap : nullptr);
    }
    for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
        const auto row = static_cast<lxw_row_t>(r + 1);
        for (std::size_t c = 0; c < sheet.rows[r].size(); ++c) {
            const Cell& cell = sheet.rows[r][c];
            const auto column = static_cast<lxw_col_t>(c);
            if (cell.kind == Cell::Kind::Number || cell.kind == Cell::Kind::Score) {
                worksheet_write_number(worksheet, row, column, cell.number,
                                       cell.kind == Cell::Kind::Score ? score : nullptr);
            } else if (cell.kind == Cell::Kind::Text) {
                worksheet_write_string(worksheet, row, column, cell.text.c_str(), nullptr);
            }
        }
    }
    worksheet_freeze_panes(worksheet, 1, 0);
}

// Removes the temporary workbook unless it was moved into place.
class TemporaryName
{
public:
    explicit TemporaryName(QString name)
        : m_name(std::move(name))
    {
    }
    ~TemporaryName()
    {
        if (!m_kept) {
            QFile::remove(m_name);
        }
    }
    TemporaryName(const TemporaryName&) = delete;
    TemporaryName& operator=(const TemporaryName&) = delete;
    QByteArray encoded() const { return QFile::encodeName(m_name); }
    const QString& name() const { return m_name; }
    void keep() { m_kept = true; }

private:
    QString m_name;
    bool m_kept = false;
};

// libxlsxwriter writes the file itself, only when the workbook is closed: it writes a temporary
// file beside `path`, which replaces `path` only when complete, so a failure leaves nothing behind
// and an existing file unchanged.
QString writeWorkbook(const std::vector<Sheet>& sheets, const QString& path)
{
    const QFileInfo target(path);
    QString reserved;
    {
        QTemporaryFile reserve(target.absoluteDir().filePath(u".%1.XXXXXX"_s.arg(target.fileName())));
        if (!reserve.open()) {
            return DocumentText::tr("The file %1 could not be created: %2")
                .arg(QDir::toNativeSeparators(path), reserve.errorString());
        }
        reserved = reserve.fileName();
    } // removed again: libxlsxwriter creates it with the permissions any new file gets, not 0600
    TemporaryName temporary(reserved);

    lxw_workbook* workbook = workbook_new(temporary.encoded().constData());
    if (workbook == nullptr) {
        return errorText(LXW_ERROR_MEMORY_MALLOC_FAILED, path);
    }
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    format_set_text_wrap(bold);
    format_set_align(bold, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format* score = workbook_add_format(workbook);
    format_set_num_format(score, "0.00");
    lxw_format* wrap = workbook_add_format(workbook);
    format_set_text_wrap(wrap);
    for (const Sheet& sheet : sheets) {
        writeSheet(workbook, sheet, bold, score, wrap);
    }
    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR) {
        return errorText(closed, path);
    }

    if (target.exists()) {
        QFile::setPermissions(temporary.name(), QFile::permissions(path)); // a replaced file keeps them
    }
    std::error_code error;
    std::filesystem::rename(temporary.encoded().constData(), QFile::encodeName(path).constData(), error);
    if (error) {
        return DocumentText::tr("The file %1 could not be written: %2")
            .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(error.message()));
    }
    temporary.keep();
    return {};
}

// The review in words, Vietnamese as the documents are, and as the window words it (thidua_vi.ts), so
// the list and the workbook never name the same status two ways.
std::string statusName(EntryStatus status)
{
    switch (status) {
    case EntryStatus::Proposed:
        return "Đã đề nghị";
    case EntryStatus::Reviewed:
        return "Đã thẩm định";
    case EntryStatus::NotPassed:
        return "Không đạt";
    case EntryStatus::Raised:
        return "Đề nghị hình thức cao hơn";
    case EntryStatus::Approved:
        return "Đã quyết định khen thưởng";
    }
    return {};
}

std::string decisionText(const ShortlistEntry& entry)
{
    std::string text = entry.decisionNumber;
    if (!entry.decisionDate.empty()) {
        text += (text.empty() ? "ngày " : " ngày ") + words::date(entry.decisionDate).toStdString();
    }
    return text;
}

} // namespace

QString writeShortlistXlsx(storage::Database& db, const std::string& periodCode, const QString& path)
{
    words::findPeriod(db, periodCode); // refuses an unknown period before any file is touched
    const storage::PlanRepository plan(db);
    const std::vector<Unit> units = plan.units();
    const std::vector<Group> groups = plan.groups();
    const auto unitName = [&units](const std::string& code) {
        const Unit* unit = words::findByCode(units, code);
        return unit != nullptr ? unit->name : code;
    };
    // As the printed list: a person's unit, or the cluster or block a collective competes in.
    const auto where = [&](const ShortlistEntry& entry) {
        if (!isCollective(entry)) {
            return unitName(entry.unitCode);
        }
        const Unit* unit = words::findByCode(units, entry.unitCode);
        const Group* group = unit != nullptr ? words::findByCode(groups, unit->groupCode) : nullptr;
        return group != nullptr ? group->name : std::string();
    };

    Sheet sheet{"Danh sách",
                {"TT", "Tên tập thể / Họ và tên", "Chức vụ", "Đơn vị", "Hình thức đề nghị", "Thành tích", "Trạng thái",
                 "Quyết định"},
                {}};
    int number = 0;
    // entries() is already in the printed list's order, collectives then individuals, and the same
    // entries are left out: those not included and those that did not pass.
    for (const ShortlistEntry& entry : storage::ShortlistRepository(db).entries(periodCode)) {
        if (!entry.included || entry.status == EntryStatus::NotPassed) {
            continue;
        }
        sheet.rows.push_back(
            {Cell::of(++number), Cell::of(isCollective(entry) ? unitName(entry.unitCode) : entry.personName),
             Cell::of(entry.position), Cell::of(where(entry)), Cell::of(words::award(entry.award).toStdString()),
             Cell::of(entry.achievement), Cell::of(statusName(entry.status)), Cell::of(decisionText(entry))});
    }
    return writeWorkbook({sheet}, path);
}

QString writeRankingsXlsx(storage::Database& db, const std::string& periodCode, const QString& path)
{
    const CampaignData data = storage::CampaignRepository(db).load(periodCode);
    std::vector<GroupRanking> rankings = computePeriod(data).rankings;
    // Groups by code, units by rank then code, as rank --format csv lists them.
    std::sort(rankings.begin(), rankings.end(),
              [](const GroupRanking& a, const GroupRanking& b) { return a.groupCode < b.groupCode; });

    const std::vector<std::string> header{"Hạng", "Mã", "Đơn vị", "Tổng điểm", "Đủ điều kiện", "Đề nghị", "Danh hiệu"};
    std::vector<Sheet> sheets;
    for (const GroupRanking& ranking : rankings) {
        Sheet sheet{sheetName(ranking.groupCode), header, {}};
        for (const RankedUnit& ranked : ranking.units) {
            const std::string proposal = ranked.proposal == Proposal::Leader      ? "Dẫn đầu"
                                         : ranked.proposal == Proposal::LeaderTie ? "Đồng dẫn đầu"
                                                                                  : "";
            sheet.rows.push_back({Cell::of(ranked.rank), Cell::of(ranked.score.unitCode),
                                  Cell::of(ranked.score.unitName), Cell::score(ranked.score.total),
                                  Cell::of(std::string(ranked.score.eligible ? "Có" : "Không")), Cell::of(proposal),
                                  Cell::of(ranked.title)});
        }
        sheets.push_back(std::move(sheet));
    }
    if (sheets.empty()) {
        sheets.push_back({"Xếp hạng", header, {}}); // a workbook needs a sheet; no group has a scheme
    }
    return writeWorkbook(sheets, path);
}

} // namespace thidua::documents
