#include "FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace thidua::gui {
namespace {

std::optional<QString>& nextFileName()
{
    static std::optional<QString> next;
    return next;
}

} // namespace

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& folder,
                                    const QString& filter)
{
    QString fileName;
    if (takeNext(fileName)) {
        return fileName;
    }
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& folder,
                                    const QString& filter, const QString& defaultSuffix)
{
    QString fileName;
    if (takeNext(fileName)) {
        return fileName;
    }
    // The static QFileDialog::getSaveFileName cannot add a missing suffix, so build the dialog.
    QFileDialog dialog(parent, caption, folder, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(defaultSuffix);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) {
        return {};
    }
    return dialog.selectedFiles().constFirst();
}

void FileDialog::setNextFileName(const QString& fileName)
{
    nextFileName() = fileName;
}

bool FileDialog::takeNext(QString& fileName)
{
    if (!nextFileName()) {
        return false;
    }
    fileName = *std::exchange(nextFileName(), std::nullopt);
    return true;
}

} // namespace thidua::gui
