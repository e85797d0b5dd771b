#include "ExportWorkbookDialog.h"

#include "gui/Periods.h"
#include "i18n/DisplayText.h"
#include "storage/PlanRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <set>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

// Period codes start with their year (2021-H1, 2021-Y).
int yearOf(const std::string& periodCode)
{
    return QString::fromStdString(periodCode.substr(0, 4)).toInt();
}

} // namespace

ExportWorkbookDialog::ExportWorkbookDialog(storage::Database& db, const QString& folder, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_periods(readPeriods(db))
    , m_period(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_folderLabel(new QLabel(tr("Into the &folder:"), this))
    , m_folder(new QLineEdit(QDir::toNativeSeparators(folder), this))
    , m_chooseFolder(new QPushButton(tr("C&hoose…"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"exportWorkbookDialog"_s);
    setWindowTitle(tr("Export Entry Workbook"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);

    m_period->setObjectName(u"exportPeriodCombo"_s);
    for (const Period& period : m_periods) {
        m_period->addItem(DisplayText::text(period.name), DisplayText::text(period.code));
    }
    m_period->setCurrentIndex(currentPeriodIndex(m_periods));
    m_unit->setObjectName(u"exportUnitCombo"_s);
    m_folder->setObjectName(u"exportFolderEdit"_s);
    m_chooseFolder->setObjectName(u"exportFolderButton"_s);
    m_folderLabel->setBuddy(m_folder);
    m_problem->setObjectName(u"exportProblemLabel"_s);
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"exportOkButton"_s);

    auto* explanation = new QLabel(tr("An entry workbook lists a unit's indicators with their targets for the "
                                      "period; the unit fills in the actual values and sends it back to be "
                                      "imported with File › Import Reports…."),
                                   this);
    explanation->setWordWrap(true);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_chooseFolder);
    auto* form = new QFormLayout;
    form->addRow(tr("Reporting &period:"), m_period);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(m_folderLabel, folderRow);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        fillUnits();
        check();
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ExportWorkbookDialog::check);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportWorkbookDialog::check);
    connect(m_chooseFolder, &QPushButton::clicked, this, &ExportWorkbookDialog::chooseFolder);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillUnits();
    check();
}

std::string ExportWorkbookDialog::periodCode() const
{
    return m_period->currentData().toString().toStdString();
}

QString ExportWorkbookDialog::periodName() const
{
    return m_period->currentText();
}

bool ExportWorkbookDialog::allUnits() const
{
    return m_unit->currentIndex() == 0;
}

std::vector<Unit> ExportWorkbookDialog::units() const
{
    if (allUnits()) {
        return m_units;
    }
    const std::size_t index = static_cast<std::size_t>(m_unit->currentIndex() - 1);
    return index < m_units.size() ? std::vector<Unit>{m_units[index]} : std::vector<Unit>{};
}

QString ExportWorkbookDialog::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

QString ExportWorkbookDialog::fileName(const std::string& unitCode, const std::string& periodCode)
{
    return u"bao-cao-%1-%2.xlsx"_s.arg(QString::fromStdString(unitCode), QString::fromStdString(periodCode));
}

// Only units with targets that year have anything to fill in; archived ones report no more.
void ExportWorkbookDialog::fillUnits()
{
    const QString previous = m_unit->currentData().toString();
    m_units.clear();
    const std::string period = periodCode();
    if (!period.empty()) {
        const storage::PlanRepository plan(m_db);
        std::set<std::string> withTargets;
        for (const Target& target : plan.targets(yearOf(period))) {
            withTargets.insert(target.unitCode);
        }
        for (const Unit& unit : plan.units()) {
            if (!unit.archived && withTargets.contains(unit.code)) {
                m_units.push_back(unit);
            }
        }
    }
    m_unit->clear();
    m_unit->addItem(tr("All %n unit(s) with targets, one file each", nullptr, static_cast<int>(m_units.size())),
                    QString());
    for (const Unit& unit : m_units) {
        m_unit->addItem(DisplayText::text(unit.name), DisplayText::text(unit.code));
    }
    // One unit is the usual case (a commune asks again for its form): start on the first one.
    const int kept = m_unit->findData(previous);
    m_unit->setCurrentIndex(kept > 0 ? kept : (m_units.empty() ? 0 : 1));
}

void ExportWorkbookDialog::check()
{
    const bool all = allUnits();
    m_folderLabel->setVisible(all);
    m_folder->setVisible(all);
    m_chooseFolder->setVisible(all);
    QString problem;
    if (m_periods.empty()) {
        problem = tr("The plan has no reporting periods.");
    } else if (m_units.empty()) {
        problem =
            tr("No unit has targets in %1: enter targets before sending out workbooks.").arg(yearOf(periodCode()));
    } else if (all && (folder().isEmpty() || !QFileInfo(folder()).isDir())) {
        problem = tr("Choose an existing folder for the workbooks.");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

// FileDialog has no folder chooser (tests type the folder into the field instead).
void ExportWorkbookDialog::chooseFolder()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder for the workbooks"), folder());
    if (!chosen.isEmpty()) {
        m_folder->setText(QDir::toNativeSeparators(chosen));
    }
}

} // namespace thidua::gui
