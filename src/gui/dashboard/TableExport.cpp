#include "TableExport.h"

#include "core/Csv.h"
#include "gui/FileDialog.h"
#include "gui/MessageBox.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

QString field(const QString& text, QChar delimiter)
{
    return QString::fromStdString(csvField(text.toStdString(), static_cast<char>(delimiter.unicode())));
}

void appendRows(const QAbstractItemModel& model, const QModelIndex& parent, int depth, QChar delimiter, QString& out)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        QStringList fields;
        for (int column = 0; column < model.columnCount(parent); ++column) {
            QString text = model.index(row, column, parent).data(Qt::DisplayRole).toString();
            if (column == 0) {
                text.prepend(QString(depth * 2, u' '));
            }
            fields << field(text, delimiter);
        }
        out += fields.join(delimiter) + u"\r\n"_s;
        const QModelIndex child = model.index(row, 0, parent);
        if (model.hasChildren(child)) {
            appendRows(model, child, depth + 1, delimiter, out);
        }
    }
}

} // namespace

QString tableToCsv(const QAbstractItemModel& model, QChar delimiter)
{
    QString out;
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column) {
        header << field(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(), delimiter);
    }
    out += header.join(delimiter) + u"\r\n"_s;
    appendRows(model, {}, 0, delimiter, out);
    return out;
}

bool exportTableToCsv(QWidget* parent, const QAbstractItemModel& model, const QString& suggestedName)
{
    const QString title = QCoreApplication::translate("thidua::gui::TableExport", "Export to CSV");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialog::getSaveFileName(
        parent, title, QDir(folder).filePath(suggestedName + u".csv"_s),
        QCoreApplication::translate("thidua::gui::TableExport", "CSV files (*.csv)"), u"csv"_s);
    if (path.isEmpty()) {
        return false;
    }
    // Spreadsheet programs split fields on the list separator of the locale, which is `;` wherever
    // the decimal separator is a comma.
    const QChar delimiter = QLocale().decimalPoint() == u","_s ? u';' : u',';
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write("\xEF\xBB\xBF");
        file.write(tableToCsv(model, delimiter).toUtf8());
        if (file.commit()) {
            return true;
        }
    }
    MessageBox::critical(parent, title,
                         QCoreApplication::translate("thidua::gui::TableExport", "Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    return false;
}

} // namespace thidua::gui
