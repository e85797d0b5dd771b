// Reads a PDF back with poppler's command-line tools (pdftotext, pdfinfo, pdffonts), as a person
// checking the printout would: its text, its page size, its fonts, and where each word sits.
#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace thidua::test {

struct PdfWord
{
    QString text;
    QRectF box; // in points, origin top left
};

struct PdfPage
{
    QSizeF size; // in points
    QList<PdfWord> words;
    QString text() const; // the words joined by spaces
};

// `pdftotext -layout`; pages are separated by form feeds. `first`/`last` 0: every page.
QString pdfText(const QString& path, int first = 0, int last = 0);
// `pdftotext -bbox`: every page with its words.
QList<PdfPage> pdfPages(const QString& path);
// `pdfinfo`: "Title", "Creator", "Pages", "Page size"…
QString pdfInfo(const QString& path, const QString& key);
// `pdffonts`: one line per font, headers dropped.
QStringList pdfFonts(const QString& path);

} // namespace thidua::test
