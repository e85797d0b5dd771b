#include "ImportPreviewDialog.h"

#include "i18n/ImportErrorText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <map>

using namespace Qt::StringLiterals;

namespace thidua::gui {

ImportPreviewDialog::ImportPreviewDialog(const storage::ImportPreview& preview, std::vector<ImportPreviewRow> rows,
                                         const QString& fileName, QWidget* parent)
    : QDialog(parent)
    , m_model(new ImportPreviewModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_summary(new QLabel(summary(preview), this))
    , m_verdict(new QLabel(this))
    , m_onlyChanges(new QCheckBox(tr("&Show only new and changed values"), this))
    , m_table(new QTableView(this))
    , m_problemsLabel(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_apply(m_buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole))
{
    setObjectName(u"importPreviewDialog"_s);
    setWindowTitle(tr("Import report values – %1").arg(fileName));
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 36);

    m_summary->setObjectName(u"importSummaryLabel"_s);
    m_summary->setTextFormat(Qt::PlainText);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    const bool hasProblems = !preview.problems.empty();
    const bool nothingNew = preview.newCount == 0 && preview.changedCount == 0;
    m_verdict->setObjectName(u"importVerdictLabel"_s);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    if (hasProblems) {
        m_verdict->setText(tr("The file must be corrected before it can be imported: nothing was stored. Correct "
                              "the rows listed under “Problems” in the spreadsheet, save it and import it again."));
        m_verdict->setStyleSheet(u"color: #a0281e;"_s);
    } else if (preview.values.empty()) {
        m_verdict->setText(tr("The file holds no values: there is nothing to import."));
    } else if (nothingNew) {
        m_verdict->setText(tr("Every value of the file is already stored: applying it changes nothing."));
    } else {
        m_verdict->setText(tr("Apply stores the new and changed values all together, after a backup of the "
                              "database; Cancel stores nothing."));
    }

    // A row with a problem is marked in the table too, so the official sees which figure it is.
    std::map<int, QStringList> problemsByLine;
    for (const ImportError& error : preview.problems) {
        if (error.line > 0) {
            problemsByLine[error.line] << ImportErrorText::problem(error);
        }
    }
    for (ImportPreviewRow& row : rows) {
        if (const auto found = problemsByLine.find(row.value.line); found != problemsByLine.end()) {
            row.problem = found->second.join(u'\n');
        }
    }
    m_model->setRows(std::move(rows));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ImportPreviewModel::ChangeRole);
    m_proxy->setFilterKeyColumn(ImportPreviewModel::Change);

    m_onlyChanges->setObjectName(u"importOnlyChangesCheck"_s);
    if (hasProblems) {
        m_onlyChanges->setText(tr("&Show only new and changed values, and those with a problem"));
    }
    m_onlyChanges->setEnabled(!preview.values.empty());
    connect(m_onlyChanges, &QCheckBox::toggled, this, &ImportPreviewDialog::showOnlyChanges);

    m_table->setObjectName(u"importPreviewTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ImportPreviewModel::Indicator, QHeaderView::Stretch);

    // Every problem on a line of its own, in the words a person fixing the spreadsheet needs.
    m_problems->setObjectName(u"importProblemsList"_s);
    for (const ImportError& error : preview.problems) {
        m_problems->addItem(ImportErrorText::describe(error));
    }
    m_problemsLabel->setText(tr("&Problems (%1):").arg(preview.problems.size()));
    m_problemsLabel->setBuddy(m_problems);
    m_problemsLabel->setVisible(hasProblems);
    m_problems->setVisible(hasProblems);

    auto* problemsBox = new QWidget(this);
    auto* problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->addWidget(m_problemsLabel);
    problemsLayout->addWidget(m_problems);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    if (hasProblems) {
        splitter->addWidget(problemsBox); // what must be done first comes first
        splitter->addWidget(m_table);
    } else {
        splitter->addWidget(m_table);
        splitter->addWidget(problemsBox);
    }
    splitter->setChildrenCollapsible(false);

    m_apply->setObjectName(u"importApplyButton"_s);
    m_apply->setEnabled(canApply());
    m_apply->setDefault(canApply());
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"importCancelButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(!canApply());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_verdict);
    layout->addWidget(m_onlyChanges);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canApply()) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setFocusProxy(hasProblems ? static_cast<QWidget*>(m_problems) : m_table);
}

bool ImportPreviewDialog::canApply() const
{
    // Applying a file of unchanged values only would write nothing but an audit trail: allowed, harmless.
    return m_problems->count() == 0 && m_model->rowCount() > 0;
}

QString ImportPreviewDialog::summary(const storage::ImportPreview& preview)
{
    return tr("%1 new, %2 changed, %3 unchanged values; %n problem(s)", nullptr,
              static_cast<int>(preview.problems.size()))
        .arg(preview.newCount)
        .arg(preview.changedCount)
        .arg(preview.unchangedCount);
}

void ImportPreviewDialog::showOnlyChanges(bool only)
{
    if (only) {
        m_proxy->setFilterRegularExpression(QRegularExpression(u"^(new|changed|problem)$"_s));
    } else {
        m_proxy->setFilterRegularExpression(QRegularExpression());
    }
}

} // namespace thidua::gui
