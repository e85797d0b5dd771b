#include "ReportCellDelegate.h"

#include "ReportFormModel.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace thidua::gui {

QWidget* ReportCellDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                          const QModelIndex& index) const
{
    auto* editor = new QLineEdit(parent);
    editor->setFrame(false);
    if (index.column() != ReportFormModel::Note) {
        editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    Q_UNUSED(option)
    return editor;
}

bool ReportCellDelegate::eventFilter(QObject* object, QEvent* event)
{
    auto* editor = qobject_cast<QWidget*>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            emit commitData(editor);
            emit closeEditor(editor, QAbstractItemDelegate::SubmitModelCache);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace thidua::gui
