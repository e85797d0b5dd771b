// The editor of a report form cell: a plain line edit that keeps whatever is typed (validation
// happens in the model, so a refused value stays in its cell for correction). Enter commits at once
// rather than through a queued call, so the next keystroke already lands on the next cell.
#pragma once

#include <QStyledItemDelegate>

namespace thidua::gui {

class ReportCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    bool eventFilter(QObject* object, QEvent* event) override;
};

} // namespace thidua::gui
