#include "PdfProbe.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTextDocumentFragment>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace thidua::test {
namespace {

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        throw std::runtime_error(
            QString(program + u" failed: "_s + QString::fromUtf8(process.readAllStandardError())).toStdString());
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

double attribute(const QString& element, const QString& name)
{
    const QRegularExpression pattern(name + u"=\"([0-9.]+)\""_s);
    return pattern.match(element).captured(1).toDouble();
}

} // namespace

QString PdfPage::text() const
{
    QStringList all;
    for (const PdfWord& word : words) {
        all << word.text;
    }
    return all.join(u' ');
}

QString pdfText(const QString& path, int first, int last)
{
    QStringList arguments{u"-layout"_s, u"-enc"_s, u"UTF-8"_s};
    if (first > 0) {
        arguments << u"-f"_s << QString::number(first);
    }
    if (last > 0) {
        arguments << u"-l"_s << QString::number(last);
    }
    return run(u"pdftotext"_s, arguments << path << u"-"_s);
}

QList<PdfPage> pdfPages(const QString& path)
{
    const QString xhtml = run(u"pdftotext"_s, {u"-bbox"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    QList<PdfPage> pages;
    static const QRegularExpression element(uR"(<page [^>]*>|<word [^>]*>([^<]*)</word>)"_s);
    for (auto it = element.globalMatch(xhtml); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString tag = match.captured(0);
        if (tag.startsWith(u"<page"_s)) {
            pages.append({QSizeF(attribute(tag, u"width"_s), attribute(tag, u"height"_s)), {}});
        } else if (!pages.isEmpty()) {
            const QPointF topLeft(attribute(tag, u"xMin"_s), attribute(tag, u"yMin"_s));
            const QPointF bottomRight(attribute(tag, u"xMax"_s), attribute(tag, u"yMax"_s));
            pages.last().words.append(
                {QTextDocumentFragment::fromHtml(match.captured(1)).toPlainText(), QRectF(topLeft, bottomRight)});
        }
    }
    return pages;
}

QString pdfInfo(const QString& path, const QString& key)
{
    for (const QString& line : run(u"pdfinfo"_s, {path}).split(u'\n')) {
        if (line.startsWith(key + u':')) {
            return line.mid(key.size() + 1).trimmed();
        }
    }
    return {};
}

QStringList pdfFonts(const QString& path)
{
    QStringList lines = run(u"pdffonts"_s, {path}).split(u'\n', Qt::SkipEmptyParts);
    // Two header lines: the column names and a rule of dashes.
    return lines.mid(2);
}

} // namespace thidua::test
