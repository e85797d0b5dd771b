// The parts every printed document shares, as HTML for QTextDocument (spec/printing.md, Nghị định
// 30/2020/NĐ-CP): the two-column header (agencies and number on the left, the national name, motto
// and place and date on the right), the title, numbered tables whose header repeats on every page,
// and the footer ("Nơi nhận" and the signing block). Every argument that carries data is plain text
// and is escaped here; arguments named `...Html` are HTML already.
#pragma once

#include "storage/ShortlistRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace thidua::documents {

// Error messages of this library, in the context lupdate knows it by.
class DocumentText
{
    Q_DECLARE_TR_FUNCTIONS(thidua::documents)
};

namespace html {

QString escape(const QString& text);
QString escape(const std::string& text);

// Wraps the body into a whole document in the document font (13 pt).
QString page(const QString& bodyHtml);

// The header block. `symbol` is what follows the number, e.g. "DS-UBND" ("Số:      /DS-UBND", the
// number left blank for the office's register); empty: no number line. An invalid `date` gives the
// dotted line the signer fills in by hand ("Tây Sơn, ngày …… tháng …… năm 20……").
QString header(const storage::DocumentSettings& settings, const QString& symbol, const QDate& date = {});
// "Tây Sơn, ngày 05 tháng 01 năm 2022": day below 10 and months 1 and 2 written with a leading zero.
QString placeAndDate(const std::string& place, const QDate& date);

// The title in capitals and bold, centred, with subtitle lines (plain text, one per item) under it.
QString title(const QString& title, const QStringList& subtitles);
// A section heading in the body ("I. KẾT QUẢ …"), bold, left.
QString sectionHeading(const QString& text);
// A paragraph of running text (plain), justified, with the first line indented as in typed letters.
QString paragraph(const QString& text);

// "Nơi nhận:" and the recipients on the left, the signing block on the right.
QString footer(const storage::DocumentSettings& settings);

enum class Align
{
    Left,
    Center,
    Right,
};

struct Column
{
    QString header;   // plain text
    int widthPercent; // of the text width
    Align align = Align::Left;
};

// A bordered table in 12 pt with a header row in <thead> (repeated on every page), rows of cells
// given as HTML (escape data with html::escape), and group sub-heading rows spanning every column.
class Table
{
public:
    explicit Table(std::vector<Column> columns);
    void groupRow(const QString& text); // plain text, bold
    void row(const QStringList& cellsHtml);
    // A row whose cells are bold (totals).
    void boldRow(const QStringList& cellsHtml);
    bool empty() const { return m_rows == 0; }
    QString html() const;

private:
    std::vector<Column> m_columns;
    QString m_body;
    int m_rows = 0;
};

// I, II, III… for the sub-headings of a list.
QString romanNumeral(int number);

} // namespace html
} // namespace thidua::documents
