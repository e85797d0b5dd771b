#include "XlsxReader.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QHash>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace thidua::test {
namespace {

QByteArray readPart(QuaZip& zip, const QString& part)
{
    if (!zip.setCurrentFile(part)) {
        return {};
    }
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

// The text of the <si> or <is> element the reader stands on, read to its end: its <t> runs joined
// (rich text has several, inside <r>).
QString stringItem(QXmlStreamReader& xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"t"_s) {
                text += xml.readElementText(); // reads past </t>
            } else {
                ++depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    return text;
}

QStringList sharedStrings(const QByteArray& data)
{
    QStringList strings;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si"_s) {
            strings.append(stringItem(xml));
        }
    }
    return strings;
}

// "C7" -> 2: the column letters of a cell reference, counted from 0.
int columnOf(const QString& reference)
{
    int column = 0;
    for (const QChar c : reference) {
        if (!c.isLetter()) {
            break;
        }
        column = column * 26 + (c.toUpper().unicode() - u'A' + 1);
    }
    return column - 1;
}

QString cellText(QXmlStreamReader& xml, const QStringList& shared)
{
    const QString type = xml.attributes().value(u"t"_s).toString();
    QString value;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"v"_s) {
            value = xml.readElementText();
        } else if (xml.name() == u"is"_s) {
            value = stringItem(xml);
        } else {
            xml.skipCurrentElement();
        }
    }
    if (type == u"s"_s) {
        const int index = value.toInt();
        return index >= 0 && index < shared.size() ? shared.at(index) : QString();
    }
    return value;
}

QList<QStringList> sheetRows(const QByteArray& data, const QStringList& shared)
{
    QList<QStringList> rows;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"row"_s) {
            continue;
        }
        const int number = xml.attributes().value(u"r"_s).toInt();
        while (rows.size() < number - 1) {
            rows.append(QStringList()); // rows with nothing in them are not stored
        }
        QStringList cells;
        while (xml.readNextStartElement()) {
            if (xml.name() != u"c"_s) {
                xml.skipCurrentElement();
                continue;
            }
            const int column = columnOf(xml.attributes().value(u"r"_s).toString());
            const QString text = cellText(xml, shared);
            while (cells.size() < column) {
                cells.append(QString());
            }
            cells.append(text);
        }
        rows.append(cells);
    }
    return rows;
}

} // namespace

XlsxWorkbook readXlsx(const QString& path)
{
    XlsxWorkbook workbook;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        workbook.error = u"not a zip file: "_s + path;
        return workbook;
    }
    const QStringList shared = sharedStrings(readPart(zip, u"xl/sharedStrings.xml"_s));

    // Sheet names and relationship ids in workbook order, then where each relationship points.
    QList<QPair<QString, QString>> sheets;
    QXmlStreamReader book(readPart(zip, u"xl/workbook.xml"_s));
    while (!book.atEnd()) {
        if (book.readNext() == QXmlStreamReader::StartElement && book.name() == u"sheet"_s) {
            const QXmlStreamAttributes attributes = book.attributes();
            QString id;
            for (const QXmlStreamAttribute& attribute : attributes) {
                if (attribute.name() == u"id"_s) { // r:id, whatever the prefix
                    id = attribute.value().toString();
                }
            }
            sheets.append({attributes.value(u"name"_s).toString(), id});
        }
    }
    QHash<QString, QString> targets;
    QXmlStreamReader relations(readPart(zip, u"xl/_rels/workbook.xml.rels"_s));
    while (!relations.atEnd()) {
        if (relations.readNext() == QXmlStreamReader::StartElement && relations.name() == u"Relationship"_s) {
            QString target = relations.attributes().value(u"Target"_s).toString();
            target = target.startsWith(u'/') ? target.mid(1) : u"xl/"_s + target;
            targets.insert(relations.attributes().value(u"Id"_s).toString(), target);
        }
    }
    if (sheets.isEmpty()) {
        workbook.error = u"no sheets in xl/workbook.xml"_s;
    }
    for (const auto& [name, id] : sheets) {
        const QByteArray data = readPart(zip, targets.value(id));
        if (data.isEmpty()) {
            workbook.error = u"sheet %1 (%2) is missing"_s.arg(name, targets.value(id));
        }
        workbook.sheets.append({name, sheetRows(data, shared)});
    }
    return workbook;
}

QByteArray xlsxPart(const QString& path, const QString& part)
{
    QuaZip zip(path);
    return zip.open(QuaZip::mdUnzip) ? readPart(zip, part) : QByteArray();
}

} // namespace thidua::test
