#include "DocumentHtml.h"

#include "DocumentPage.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace thidua::documents::html {
namespace {

QString alignAttribute(Align align)
{
    switch (align) {
    case Align::Center:
        return u"center"_s;
    case Align::Right:
        return u"right"_s;
    case Align::Left:
        break;
    }
    return u"left"_s;
}

// Non-breaking spaces: HTML collapses ordinary ones, and the blanks are where the office writes.
QString blank(int width)
{
    QString spaces;
    for (int i = 0; i < width; ++i) {
        spaces += u"&nbsp;"_s;
    }
    return spaces;
}

// A centred rule under a header line (Nghị định 30: a solid line, a third to a half of the line
// above). QTextDocument draws <hr> as a block's trailing ruler, centred by the block's alignment.
QString rule(int widthPercent)
{
    return u"<hr width=\"%1%\" style=\"margin-top:0px; margin-bottom:0px\"/>"_s.arg(widthPercent);
}

} // namespace

QString escape(const QString& text)
{
    return text.toHtmlEscaped();
}

QString escape(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

QString page(const QString& bodyHtml)
{
    return uR"(<html><head><meta charset="utf-8"/></head><body style="font-family:'%1'; font-size:13pt; color:#000000">%2</body></html>)"_s
        .arg(documentFontFamily(), bodyHtml);
}

QString placeAndDate(const std::string& place, const QDate& date)
{
    const QString where = QString::fromStdString(place);
    if (!date.isValid()) {
        return u"%1, ngày %2 tháng %2 năm 20%3"_s.arg(where, u"……"_s, u"…"_s);
    }
    const QString day = date.day() < 10 ? u"0%1"_s.arg(date.day()) : QString::number(date.day());
    const QString month = date.month() < 3 ? u"0%1"_s.arg(date.month()) : QString::number(date.month());
    return u"%1, ngày %2 tháng %3 năm %4"_s.arg(where, day, month, QString::number(date.year()));
}

QString header(const storage::DocumentSettings& settings, const QString& symbol, const QDate& date)
{
    // Two rows, so that the number line and the place and date line share a baseline, as the
    // decree's sample lays them out.
    // A district's committee often prints no parent agency line; an empty one would be a blank line.
    QString left;
    if (!settings.parentAgency.empty()) {
        left += u"<p align=\"center\" style=\"margin:0px; font-size:13pt\">%1</p>"_s.arg(
            escape(QString::fromStdString(settings.parentAgency).toUpper()));
    }
    left += u"<p align=\"center\" style=\"margin:0px; font-size:13pt\"><b>%1</b></p>"_s.arg(
        escape(QString::fromStdString(settings.issuingAgency).toUpper()));
    left += u"<div align=\"center\">%1</div>"_s.arg(rule(35));
    QString right =
        u"<p align=\"center\" style=\"margin:0px; font-size:12pt\"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p>"_s;
    right += u"<p align=\"center\" style=\"margin:0px; font-size:13pt\"><b>Độc lập - Tự do - Hạnh phúc</b></p>"_s;
    right += u"<div align=\"center\">%1</div>"_s.arg(rule(55));
    const QString number = symbol.isEmpty() ? QString() : u"Số:%1/%2"_s.arg(blank(12), escape(symbol));
    const QString dateLine = escape(placeAndDate(settings.place, date));
    return uR"(<table width="100%" border="0" cellspacing="0" cellpadding="0" style="margin-bottom:12px">
<tr><td width="40%" valign="top">%1</td><td width="60%" valign="top">%2</td></tr>
<tr><td width="40%" align="center" style="padding-top:6px; font-size:13pt">%3</td>
<td width="60%" align="center" style="padding-top:6px; font-size:14pt"><i>%4</i></td></tr>
</table>)"_s.arg(left, right, number, dateLine);
}

QString title(const QString& titleText, const QStringList& subtitles)
{
    QString result =
        u"<p align=\"center\" style=\"margin-top:18px; margin-bottom:0px; font-size:14pt\"><b>%1</b></p>"_s.arg(
            escape(titleText.toUpper()));
    for (const QString& subtitle : subtitles) {
        result +=
            u"<p align=\"center\" style=\"margin-top:2px; margin-bottom:0px; font-size:14pt\"><b>%1</b></p>"_s.arg(
                escape(subtitle));
    }
    result += u"<p align=\"center\" style=\"margin:0px; font-size:8pt\">&nbsp;</p>"_s;
    return result;
}

QString sectionHeading(const QString& text)
{
    // Room above: a heading right under a table's last rule read as part of it.
    return u"<p style=\"margin-top:18px; margin-bottom:6px\"><b>%1</b></p>"_s.arg(escape(text));
}

QString paragraph(const QString& text)
{
    return u"<p align=\"justify\" style=\"margin-top:6px; margin-bottom:6px; text-indent:36px\">%1</p>"_s.arg(
        escape(text));
}

QString footer(const storage::DocumentSettings& settings)
{
    QString recipients = u"<p style=\"margin:0px; font-size:12pt\"><b><i>Nơi nhận:</i></b></p>"_s;
    // The office's own copy ("Lưu: VT.") closes every list of recipients, as on every signed
    // document; typing recipients must not drop it.
    std::vector<std::string> lines = settings.recipients;
    const bool filed = std::any_of(lines.begin(), lines.end(), [](const std::string& line) {
        return QString::fromStdString(line).contains(u"Lưu"_s, Qt::CaseInsensitive);
    });
    if (!filed) {
        lines.push_back("Lưu: VT.");
    }
    for (const std::string& line : lines) {
        QString text = QString::fromStdString(line).trimmed();
        if (text.startsWith(u'-')) {
            text = text.mid(1).trimmed();
        }
        recipients += u"<p style=\"margin:0px; font-size:11pt\">- %1</p>"_s.arg(escape(text));
    }

    QString signing;
    for (const std::string& line : {settings.signingOnBehalf, settings.signingFor, settings.signerTitle}) {
        if (!line.empty()) {
            signing += u"<p align=\"center\" style=\"margin:0px; font-size:13pt\"><b>%1</b></p>"_s.arg(
                escape(QString::fromStdString(line).toUpper()));
        }
    }
    // Room for the signature and the seal: about four lines, as typed documents leave.
    signing += u"<p align=\"center\" style=\"margin:0px; font-size:13pt\">&nbsp;</p>"_s.repeated(4);
    signing +=
        u"<p align=\"center\" style=\"margin:0px; font-size:14pt\"><b>%1</b></p>"_s.arg(escape(settings.signerName));

    // One row of one table: the layout moves a row to the next page whole, so the signature never
    // stands apart from its title.
    return uR"(<table width="100%" border="0" cellspacing="0" cellpadding="0" style="margin-top:12px">
<tr><td width="50%" valign="top">%1</td><td width="50%" valign="top">%2</td></tr></table>)"_s.arg(recipients, signing);
}

Table::Table(std::vector<Column> columns)
    : m_columns(std::move(columns))
{
}

void Table::groupRow(const QString& text)
{
    m_body += u"<tr><td colspan=\"%1\"><b>%2</b></td></tr>"_s.arg(m_columns.size()).arg(escape(text));
}

void Table::row(const QStringList& cellsHtml)
{
    m_body += u"<tr>"_s;
    for (qsizetype i = 0; i < cellsHtml.size(); ++i) {
        const Align align = i < qsizetype(m_columns.size()) ? m_columns[size_t(i)].align : Align::Left;
        m_body += u"<td align=\"%1\" valign=\"top\">%2</td>"_s.arg(alignAttribute(align), cellsHtml[i]);
    }
    m_body += u"</tr>"_s;
    ++m_rows;
}

void Table::boldRow(const QStringList& cellsHtml)
{
    QStringList bold;
    for (const QString& cell : cellsHtml) {
        bold << (cell.isEmpty() ? cell : u"<b>%1</b>"_s.arg(cell));
    }
    row(bold);
}

QString Table::html() const
{
    QString head;
    for (const Column& column : m_columns) {
        head += u"<th width=\"%1%\" align=\"center\" valign=\"middle\">%2</th>"_s.arg(column.widthPercent)
                    .arg(escape(column.header));
    }
    return uR"(<table width="100%" border="1" bordercolor="#000000" cellspacing="0" cellpadding="4" style="font-size:12pt">
<thead><tr>%1</tr></thead><tbody>%2</tbody></table>)"_s.arg(head, m_body);
}

QString romanNumeral(int number)
{
    static const std::pair<int, const char16_t*> kNumerals[] = {
        {1000, u"M"}, {900, u"CM"}, {500, u"D"}, {400, u"CD"}, {100, u"C"}, {90, u"XC"}, {50, u"L"},
        {40, u"XL"},  {10, u"X"},   {9, u"IX"},  {5, u"V"},    {4, u"IV"},  {1, u"I"}};
    QString result;
    for (const auto& [value, numeral] : kNumerals) {
        while (number >= value) {
            result += QString::fromUtf16(numeral);
            number -= value;
        }
    }
    return result;
}

} // namespace thidua::documents::html
