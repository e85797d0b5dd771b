#include "CellHistoryPanel.h"

#include "CellHistoryModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace thidua::gui {

CellHistoryPanel::CellHistoryPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new CellHistoryModel(this))
    , m_title(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_title->setObjectName(u"cellHistoryTitle"_s);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_empty->setObjectName(u"cellHistoryEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_table->setObjectName(u"cellHistoryTable"_s);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    // A long user name or note wraps inside a narrow panel instead of pushing the change out of sight.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CellHistoryModel::Who, QHeaderView::Interactive);
    m_table->setColumnWidth(CellHistoryModel::Who, 100);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    setMinimumWidth(340);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    showNothing();
}

void CellHistoryPanel::showHistory(const QString& title, std::vector<storage::AuditEntry> entries,
                                   std::map<std::string, std::string> unitNames, bool showField)
{
    m_title->setText(title);
    m_table->setColumnHidden(CellHistoryModel::Field, !showField);
    m_model->setEntries(std::move(entries), std::move(unitNames));
    m_empty->setText(m_model->rowCount() == 0 ? tr("No change recorded yet.") : QString());
    m_empty->setVisible(m_model->rowCount() == 0);
}

void CellHistoryPanel::showNothing()
{
    m_title->setText(tr("History of the cell"));
    m_model->clear();
    m_empty->setText(tr("Select an indicator's cell to see who changed it, when, and from what."));
    m_empty->setVisible(true);
}

} // namespace thidua::gui
