#include "XlsxReader.h"

#include "XlsxZip.h"

#include <QXmlStreamReader>

#include <set>

using namespace Qt::StringLiterals;

namespace thidua::documents::xlsx {
namespace {

// Built-in number formats of ECMA-376 §18.8.30 that show a percentage or a date.
bool builtInPercent(int id)
{
    return id == 9 || id == 10;
}

bool builtInDate(int id)
{
    return (id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

// A custom format's sections, outside quoted text, [colour] and escaped characters: what it shows.
QString formatLetters(const QString& code)
{
    QString letters;
    bool quoted = false;
    bool bracket = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (quoted) {
            quoted = c != u'"';
        } else if (bracket) {
            bracket = c != u']';
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u'[') {
            bracket = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // the next character is shown as is, or is padding
        } else {
            letters += c.toLower();
        }
    }
    return letters;
}

Style styleOf(int numFmtId, const std::map<int, QString>& customFormats)
{
    Style style;
    style.numFmtId = numFmtId;
    const auto custom = customFormats.find(numFmtId);
    if (custom != customFormats.end()) {
        style.formatCode = custom->second;
        const QString letters = formatLetters(custom->second);
        style.percent = letters.contains(u'%');
        style.date = !style.percent && (letters.contains(u'y') || letters.contains(u'd') || letters.contains(u'h'));
    } else {
        style.percent = builtInPercent(numFmtId);
        style.date = builtInDate(numFmtId);
    }
    return style;
}

int intAttribute(const QXmlStreamAttributes& attributes, QLatin1StringView name, int fallback)
{
    bool ok = false;
    const int value = attributes.value(name).toInt(&ok);
    return ok ? value : fallback;
}

QString xmlFault(const QString& part, const QXmlStreamReader& xml)
{
    return u"the part %1 is not well-formed XML (line %2: %3)"_s.arg(part).arg(xml.lineNumber()).arg(xml.errorString());
}

// The text of an <si> or <is>: plain <t>, or rich text runs <r><t>; phonetic hints (<rPh>) are not
// part of what the cell shows.
QString readStringItem(QXmlStreamReader& xml)
{
    QString text;
    const QString end = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"rPh") {
                ++phonetic;
            } else if (xml.name() == u"t" && phonetic == 0) {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"rPh") {
                --phonetic;
            } else if (xml.name() == end) {
                break;
            }
        }
    }
    return text;
}

bool readSharedStrings(const QByteArray& content, std::vector<QString>& strings, QString& error)
{
    QXmlStreamReader xml(content);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si") {
            if (static_cast<int>(strings.size()) >= kMaxCells) {
                error = u"too many shared strings"_s;
                return false;
            }
            strings.push_back(readStringItem(xml));
        }
    }
    if (xml.hasError()) {
        error = xmlFault(u"xl/sharedStrings.xml"_s, xml);
        return false;
    }
    return true;
}

bool readStyles(const QByteArray& content, std::vector<Style>& styles, QString& error)
{
    QXmlStreamReader xml(content);
    std::map<int, QString> customFormats;
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto attributes = xml.attributes();
            if (xml.name() == u"numFmt") {
                customFormats[intAttribute(attributes, "numFmtId"_L1, -1)] =
                    attributes.value("formatCode"_L1).toString();
            } else if (xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == u"xf") {
                if (static_cast<int>(styles.size()) >= kMaxCells) {
                    error = u"too many cell styles"_s;
                    return false;
                }
                styles.push_back(styleOf(intAttribute(attributes, "numFmtId"_L1, 0), customFormats));
            } else if (inCellXfs && xml.name() == u"protection" && !styles.empty()) {
                const auto locked = attributes.value("locked"_L1);
                styles.back().locked = !(locked == u"0" || locked == u"false");
            }
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (xml.hasError()) {
        error = xmlFault(u"xl/styles.xml"_s, xml);
        return false;
    }
    return true;
}

struct SheetReader
{
    const std::vector<QString>& strings;
    int& cellCount;
    QString error;

    bool read(const QByteArray& content, const QString& part, Sheet& sheet);

private:
    bool readCell(QXmlStreamReader& xml, int row, int& column, Sheet& sheet);
};

bool SheetReader::read(const QByteArray& content, const QString& part, Sheet& sheet)
{
    QXmlStreamReader xml(content);
    int row = 0;
    int column = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto attributes = xml.attributes();
        if (xml.name() == u"row") {
            // Rows and cells without "r" follow the previous one, as the format allows.
            row = intAttribute(attributes, "r"_L1, row + 1);
            column = 0;
            if (row < 1 || row > kMaxRow) {
                error = u"%1: row number %2 out of range"_s.arg(part).arg(row);
                return false;
            }
        } else if (xml.name() == u"c") {
            if (!readCell(xml, row, column, sheet)) {
                return false;
            }
        } else if (xml.name() == u"mergeCell") {
            const QString reference = attributes.value("ref"_L1).toString();
            const auto colon = reference.indexOf(u':');
            const auto first = parseReference(QStringView(reference).left(colon));
            const auto last = colon < 0 ? first : parseReference(QStringView(reference).mid(colon + 1));
            if (first && last && sheet.merged.size() < static_cast<std::size_t>(kMaxCells)) {
                sheet.merged.push_back({first->first, first->second, last->first, last->second});
            }
        } else if (xml.name() == u"sheetProtection") {
            const auto value = attributes.value("sheet"_L1);
            sheet.isProtected = value == u"1" || value == u"true";
        }
    }
    if (xml.hasError()) {
        error = xmlFault(part, xml);
        return false;
    }
    return true;
}

bool SheetReader::readCell(QXmlStreamReader& xml, int row, int& column, Sheet& sheet)
{
    const auto attributes = xml.attributes();
    if (attributes.hasAttribute("r"_L1)) {
        const auto reference = parseReference(attributes.value("r"_L1));
        if (!reference) {
            error = u"%1: a cell reference that is none (%2)"_s.arg(sheet.name, attributes.value("r"_L1));
            return false;
        }
        row = reference->first; // a cell outside its <row> is taken where it says it is
        column = reference->second;
    } else {
        ++column;
    }
    if (row < 1 || column < 1 || column > kMaxColumn) {
        error = u"%1: a cell outside the sheet"_s.arg(sheet.name);
        return false;
    }
    Cell cell;
    cell.style = intAttribute(attributes, "s"_L1, 0);
    const QString type = attributes.value("t"_L1).toString();
    QString value;
    bool hasValue = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"v") {
            value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            hasValue = true;
        } else if (xml.isStartElement() && xml.name() == u"is") {
            value = readStringItem(xml);
            hasValue = true;
        } else if (xml.isEndElement() && xml.name() == u"c") {
            break;
        }
    }
    if (!hasValue) {
        cell.type = Cell::Type::Blank;
    } else if (type == u"s") {
        bool ok = false;
        const int index = value.trimmed().toInt(&ok);
        if (!ok || index < 0 || index >= static_cast<int>(strings.size())) {
            error = u"%1!%2%3: a shared string that does not exist"_s.arg(sheet.name, columnName(column)).arg(row);
            return false;
        }
        cell.text = strings[static_cast<std::size_t>(index)];
    } else if (type == u"str" || type == u"inlineStr") {
        cell.text = value;
    } else if (type == u"e") {
        cell.type = Cell::Type::Error;
        cell.text = value;
    } else {
        bool ok = false;
        cell.number = value.trimmed().toDouble(&ok);
        if (!ok) {
            // A number cell that holds no number is damage; show it as the text it holds.
            cell.text = value;
        } else {
            cell.type = type == u"b" ? Cell::Type::Boolean : Cell::Type::Number;
        }
    }
    if (++cellCount > kMaxCells) {
        error = u"more than %1 cells"_s.arg(kMaxCells);
        return false;
    }
    if (cell.type != Cell::Type::Blank) {
        sheet.lastRow = std::max(sheet.lastRow, row);
    }
    sheet.cells[{row, column}] = std::move(cell);
    return true;
}

struct SheetEntry
{
    QString name;
    QString relationship;
};

bool readWorkbookPart(const QByteArray& content, std::vector<SheetEntry>& sheets, QString& error)
{
    QXmlStreamReader xml(content);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"sheet") {
            const auto attributes = xml.attributes();
            QString relationship;
            for (const auto& attribute : attributes) {
                if (attribute.name() == u"id") { // r:id, whatever the prefix
                    relationship = attribute.value().toString();
                }
            }
            if (sheets.size() < 1000) {
                sheets.push_back({attributes.value("name"_L1).toString(), relationship});
            }
        }
    }
    if (xml.hasError()) {
        error = xmlFault(u"xl/workbook.xml"_s, xml);
        return false;
    }
    return true;
}

// Relationship id → part name in the zip. Targets are relative to xl/ or absolute from the root.
std::map<QString, QString> readRelationships(const QByteArray& content)
{
    std::map<QString, QString> targets;
    QXmlStreamReader xml(content);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
            QString target = xml.attributes().value("Target"_L1).toString();
            target = target.startsWith(u'/') ? target.mid(1) : u"xl/"_s + target;
            targets[xml.attributes().value("Id"_L1).toString()] = target;
        }
    }
    return targets;
}

} // namespace

const Cell* Sheet::cell(int row, int column) const
{
    const auto found = cells.find({row, column});
    return found == cells.end() ? nullptr : &found->second;
}

const Style& Workbook::style(int index) const
{
    static const Style plain;
    return index >= 0 && index < static_cast<int>(styles.size()) ? styles[static_cast<std::size_t>(index)] : plain;
}

QString columnName(int column)
{
    QString name;
    while (column > 0) {
        const int digit = (column - 1) % 26;
        name.prepend(QChar(u'A' + digit));
        column = (column - 1) / 26;
    }
    return name;
}

std::optional<std::pair<int, int>> parseReference(QStringView reference)
{
    qsizetype i = 0;
    int column = 0;
    for (; i < reference.size() && reference[i].isLetter() && reference[i].unicode() < 128; ++i) {
        column = column * 26 + (reference[i].toUpper().unicode() - u'A' + 1);
        if (column > kMaxColumn) {
            return std::nullopt;
        }
    }
    if (i == 0 || i >= reference.size() || !reference[i].isDigit()) {
        return std::nullopt;
    }
    bool ok = false;
    const int row = reference.mid(i).toInt(&ok);
    if (!ok || row < 1 || row > kMaxRow) {
        return std::nullopt;
    }
    return std::pair{row, column};
}

ReadResult readWorkbook(const QByteArray& bytes)
{
    ReadResult result;
    const auto parts = ZipParts::open(bytes, result.error);
    if (!parts) {
        return result;
    }
    if (!parts->has(u"xl/workbook.xml"_s)) {
        result.error = u"not an XLSX workbook (no xl/workbook.xml; an .xls or .ods file must be saved as .xlsx)"_s;
        return result;
    }
    const auto workbookPart = parts->read(u"xl/workbook.xml"_s, result.error);
    std::vector<SheetEntry> entries;
    if (!workbookPart || !readWorkbookPart(*workbookPart, entries, result.error)) {
        return result;
    }
    std::map<QString, QString> targets;
    if (parts->has(u"xl/_rels/workbook.xml.rels"_s)) {
        if (const auto rels = parts->read(u"xl/_rels/workbook.xml.rels"_s, result.error)) {
            targets = readRelationships(*rels);
        } else {
            return result;
        }
    }
    std::vector<QString> strings;
    if (parts->has(u"xl/sharedStrings.xml"_s)) {
        const auto content = parts->read(u"xl/sharedStrings.xml"_s, result.error);
        if (!content || !readSharedStrings(*content, strings, result.error)) {
            return result;
        }
    }
    Workbook workbook;
    if (parts->has(u"xl/styles.xml"_s)) {
        const auto content = parts->read(u"xl/styles.xml"_s, result.error);
        if (!content || !readStyles(*content, workbook.styles, result.error)) {
            return result;
        }
    }
    int cellCount = 0;
    std::set<QString> seen;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto target = targets.find(entries[i].relationship);
        // Without relationships, sheets are named by their position, as older writers do.
        const QString part = target != targets.end() ? target->second : u"xl/worksheets/sheet%1.xml"_s.arg(i + 1);
        if (!parts->has(part) || !seen.insert(part).second) {
            continue; // a chart sheet or a dangling entry: nothing to read
        }
        const auto content = parts->read(part, result.error);
        Sheet sheet;
        sheet.name = entries[i].name;
        SheetReader reader{strings, cellCount, {}};
        if (!content || !reader.read(*content, part, sheet)) {
            result.error = content ? reader.error : result.error;
            return result;
        }
        workbook.sheets.push_back(std::move(sheet));
    }
    if (workbook.sheets.empty()) {
        result.error = u"the workbook has no worksheet"_s;
        return result;
    }
    result.workbook = std::move(workbook);
    return result;
}

} // namespace thidua::documents::xlsx
