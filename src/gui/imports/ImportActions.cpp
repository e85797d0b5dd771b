#include "ImportActions.h"

#include "ExportWorkbookDialog.h"
#include "ImportPreviewDialog.h"
#include "documents/ReportWorkbook.h"
#include "gui/CurrentUser.h"
#include "gui/DatabaseSession.h"
#include "gui/FileDialog.h"
#include "gui/MessageBox.h"
#include "gui/Periods.h"
#include "i18n/DisplayText.h"
#include "i18n/ImportErrorText.h"
#include "storage/Backups.h"
#include "storage/ImportPreview.h"
#include "storage/Importer.h"
#include "storage/PlanRepository.h"
#include "storage/StorageError.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QWidget>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

const auto kImportFolderKey = u"imports/folder"_s;
const auto kExportFolderKey = u"imports/exportFolder"_s;
constexpr int kProblemsListed = 15; // a message box longer than a screen helps nobody

QString lastFolder(const QString& key)
{
    return QSettings().value(key, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
}

// An XLSX workbook is a zip file whatever its name says: a workbook saved as "bao-cao.csv" by mistake
// is still read as the workbook it is.
bool isWorkbook(const QString& path, const QByteArray& bytes)
{
    return bytes.startsWith("PK\x03\x04") || path.endsWith(u".xlsx"_s, Qt::CaseInsensitive);
}

// The preview's codes with the names officials know them by; unknown codes stay codes.
std::vector<ImportPreviewRow> namedRows(storage::Database& db, const storage::ImportPreview& preview)
{
    const storage::PlanRepository plan(db);
    std::map<std::string, QString> units;
    std::map<std::string, QString> indicators;
    std::map<std::string, QString> periods;
    for (const Unit& unit : plan.units()) {
        units[unit.code] = DisplayText::text(unit.name);
    }
    for (const Indicator& indicator : plan.indicators()) {
        indicators[indicator.code] = DisplayText::text(indicator.name);
    }
    for (const Period& period : readPeriods(db)) {
        periods[period.code] = DisplayText::text(period.name);
    }
    const auto name = [](const std::map<std::string, QString>& names, const std::string& code) {
        const auto found = names.find(code);
        return found != names.end() ? found->second : DisplayText::text(code);
    };
    std::vector<ImportPreviewRow> rows;
    rows.reserve(preview.values.size());
    for (const storage::PreviewValue& value : preview.values) {
        const auto indicator = indicators.find(value.indicatorCode);
        rows.push_back({value, name(units, value.unitCode), name(periods, value.periodCode),
                        indicator != indicators.end() ? indicator->second : QString(), QString()});
    }
    return rows;
}

QString listed(const std::vector<ImportError>& errors)
{
    QStringList lines;
    for (std::size_t index = 0; index < errors.size() && index < kProblemsListed; ++index) {
        lines << ImportErrorText::describe(errors[index]);
    }
    if (errors.size() > kProblemsListed) {
        lines << ImportActions::tr("… and %n more.", nullptr, static_cast<int>(errors.size() - kProblemsListed));
    }
    return lines.join(u'\n');
}

} // namespace

ImportActions::ImportActions(DatabaseSession* session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_import(new QAction(tr("&Import Reports…"), this))
    , m_exportWorkbook(new QAction(tr("&Export Entry Workbook…"), this))
{
    m_import->setObjectName(u"importReportsAction"_s);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportWorkbook->setObjectName(u"exportWorkbookAction"_s);
    m_exportWorkbook->setToolTip(tr("Write a unit's workbook for a period, to send out and import back filled in"));
    connect(m_import, &QAction::triggered, this, &ImportActions::chooseImportFile);
    connect(m_exportWorkbook, &QAction::triggered, this, &ImportActions::chooseExport);
    if (m_session) {
        connect(m_session, &DatabaseSession::changed, this, &ImportActions::updateEnabled);
    }
    updateEnabled();
}

void ImportActions::updateEnabled()
{
    const storage::Database* db = m_session ? m_session->database() : nullptr;
    m_import->setEnabled(db && !db->isReadOnly());
    m_import->setToolTip(db && db->isReadOnly()
                             ? tr("The database is open read-only: reports cannot be imported.")
                             : tr("Read report values from a CSV file or an entry workbook, check them and store "
                                  "them"));
    m_exportWorkbook->setEnabled(db != nullptr);
}

void ImportActions::chooseImportFile()
{
    if (!m_import->isEnabled()) {
        return;
    }
    const QString path = FileDialog::getOpenFileName(m_window, tr("Import Reports"), lastFolder(kImportFolderKey),
                                                     tr("Report values (*.csv *.xlsx)"));
    if (path.isEmpty()) {
        return;
    }
    QSettings().setValue(kImportFolderKey, QFileInfo(path).absolutePath());
    importFile(path);
}

void ImportActions::importFile(const QString& path)
{
    storage::Database* db = m_session ? m_session->database() : nullptr;
    if (!db || db->isReadOnly()) {
        return;
    }
    const QString shownName = QFileInfo(path).fileName();
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        MessageBox::critical(m_window, tr("Cannot import"),
                             tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), input.errorString()));
        return;
    }
    const QByteArray bytes = input.readAll();
    // The file's own name, not its folder, is what names a fault: "bao-cao.csv:12: …".
    const std::string fileName = shownName.toStdString();
    auto file = std::make_shared<ImportFile>(
        isWorkbook(path, bytes)
            ? documents::readReportWorkbook(fileName, bytes)
            : readImportFile(ImportKind::Reports, fileName, std::string_view(bytes.constData(), bytes.size())));

    storage::ImportPreview preview;
    std::vector<ImportPreviewRow> rows;
    try {
        preview = storage::previewReportImport(*db, *file);
        rows = namedRows(*db, preview);
    } catch (const storage::StorageError& error) {
        MessageBox::critical(m_window, tr("Cannot import"), error.message());
        return;
    }

    auto* dialog = new ImportPreviewDialog(preview, std::move(rows), shownName, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    const QString changes = tr("%1 new, %2 changed").arg(preview.newCount).arg(preview.changedCount);
    connect(dialog, &QDialog::accepted, this, [this, file, shownName, changes] { apply(*file, shownName, changes); });
    m_dialog = dialog;
    dialog->open();
}

// A backup first, so that even a correct import that turns out to be the wrong file can be undone;
// then the whole file in one transaction. Without a backup nothing is imported.
void ImportActions::apply(const ImportFile& file, const QString& fileName, const QString& changes)
{
    storage::Database* db = m_session ? m_session->database() : nullptr;
    if (!db || db->isReadOnly()) {
        return;
    }
    const QString title = tr("Import Reports");
    QString backup;
    try {
        backup = storage::backupDatabase(*db, u"import"_s);
    } catch (const storage::StorageError& error) {
        MessageBox::critical(
            m_window, title,
            tr("The backup taken before every import failed, so nothing was imported.\n\n%1").arg(error.message()));
        return;
    }
    storage::ImportResult result;
    try {
        result = storage::Importer(*db).apply(file, currentUser());
    } catch (const storage::StorageError& error) {
        MessageBox::critical(m_window, title, tr("Nothing of %1 was stored.\n\n%2").arg(fileName, error.message()));
        return;
    }
    if (!result.errors.empty()) {
        MessageBox::critical(m_window, title,
                             tr("Nothing of %1 was stored: correct these rows and import it again.\n\n%2")
                                 .arg(fileName, listed(result.errors)));
        return;
    }
    emit imported();
    // Where the backup is, so that a wrong file imported by mistake can be undone with Restore.
    MessageBox::information(m_window, title,
                            tr("%n value(s) of %1 stored (%2).\n\nThe database as it was before is kept in the "
                               "backup %3.",
                               nullptr, result.rows)
                                .arg(fileName, changes, QFileInfo(backup).fileName()));
}

void ImportActions::chooseExport()
{
    storage::Database* db = m_session ? m_session->database() : nullptr;
    if (!db) {
        return;
    }
    ExportWorkbookDialog* dialog = nullptr;
    try {
        dialog = new ExportWorkbookDialog(*db, lastFolder(kExportFolderKey), m_window);
    } catch (const storage::StorageError& error) {
        MessageBox::critical(m_window, tr("Export Entry Workbook"), error.message());
        return;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { exportWorkbooks(*dialog); });
    m_dialog = dialog;
    dialog->open();
}

void ImportActions::exportWorkbooks(ExportWorkbookDialog& dialog)
{
    const QString title = tr("Export Entry Workbook");
    const std::string period = dialog.periodCode();
    const std::vector<Unit> units = dialog.units();
    if (!dialog.allUnits()) {
        if (units.empty()) {
            return;
        }
        const QString suggested =
            QDir(lastFolder(kExportFolderKey)).filePath(ExportWorkbookDialog::fileName(units.front().code, period));
        const QString path =
            FileDialog::getSaveFileName(m_window, title, suggested, tr("Excel workbooks (*.xlsx)"), u"xlsx"_s);
        if (path.isEmpty()) {
            return;
        }
        QSettings().setValue(kExportFolderKey, QFileInfo(path).absolutePath());
        if (writeOne(units.front().code, period, path)) {
            MessageBox::information(
                m_window, title,
                tr("The entry workbook of %1 for %2 was saved as %3.")
                    .arg(DisplayText::text(units.front().name), dialog.periodName(), QDir::toNativeSeparators(path)));
        }
        return;
    }

    const QDir folder(dialog.folder());
    QSettings().setValue(kExportFolderKey, folder.absolutePath());
    int existing = 0;
    for (const Unit& unit : units) {
        existing += QFileInfo::exists(folder.filePath(ExportWorkbookDialog::fileName(unit.code, period))) ? 1 : 0;
    }
    // Workbooks already there may be filled in by now: replacing them is asked once, plainly.
    if (existing > 0 &&
        MessageBox::question(m_window, title,
                             tr("%n workbook(s) for this period are already in %1. Replace them?", nullptr, existing)
                                 .arg(QDir::toNativeSeparators(folder.absolutePath())),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes) {
        return;
    }
    int written = 0;
    for (const Unit& unit : units) {
        if (!writeOne(unit.code, period, folder.filePath(ExportWorkbookDialog::fileName(unit.code, period)))) {
            break; // the same cause would fail every other file: told once
        }
        ++written;
    }
    if (written == static_cast<int>(units.size())) {
        MessageBox::information(m_window, title,
                                tr("%n entry workbook(s) for %1 were saved in %2.", nullptr, written)
                                    .arg(dialog.periodName(), QDir::toNativeSeparators(folder.absolutePath())));
    }
}

bool ImportActions::writeOne(const std::string& unitCode, const std::string& periodCode, const QString& path)
{
    storage::Database* db = m_session ? m_session->database() : nullptr;
    if (!db) {
        return false;
    }
    QString problem;
    try {
        problem = documents::writeEntryWorkbook(*db, unitCode, periodCode, path);
    } catch (const storage::StorageError& error) {
        problem = error.message();
    }
    if (!problem.isEmpty()) {
        MessageBox::critical(m_window, tr("Export Entry Workbook"),
                             tr("%1 was not written.\n\n%2").arg(QDir::toNativeSeparators(path), problem));
        return false;
    }
    return true;
}

} // namespace thidua::gui
