#include "CriteriaDelegate.h"

#include "CriteriaModel.h"
#include "SchemeText.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace thidua::gui {

CriteriaDelegate::CriteriaDelegate(CriteriaModel* model, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{
}

QWidget* CriteriaDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const
{
    QWidget* editor = createEditorFor(parent, option, index);
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        // A choice made with the mouse or Enter is the edit: no second step to confirm it.
        auto* self = const_cast<CriteriaDelegate*>(this);
        connect(combo, &QComboBox::activated, self, [self, combo] {
            emit self->commitData(combo);
            emit self->closeEditor(combo);
        });
    }
    return editor;
}

QWidget* CriteriaDelegate::createEditorFor(QWidget* parent, const QStyleOptionViewItem& option,
                                           const QModelIndex& index) const
{
    switch (index.column()) {
    case CriteriaModel::Indicator: {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(u"indicatorEditor"_s);
        combo->addItem(tr("Manual scoring"), QString());
        for (const Indicator& indicator : m_model->indicators()) {
            const QString code = QString::fromStdString(indicator.code);
            combo->addItem(u"%1 – %2"_s.arg(code, QString::fromStdString(indicator.name)), code);
        }
        return combo;
    }
    case CriteriaModel::Method: {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(u"methodEditor"_s);
        for (const ScoringMethod method :
             {ScoringMethod::Proportional, ScoringMethod::PassFail, ScoringMethod::Banded}) {
            combo->addItem(SchemeText::method(method), QString::fromUtf8(toCode(method)));
        }
        return combo;
    }
    case CriteriaModel::Heading: {
        auto* editor = new QLineEdit(parent);
        QStringList headings;
        if (m_model->scheme()) {
            for (const Criterion& criterion : m_model->scheme()->criteria) {
                const QString heading = QString::fromStdString(criterion.heading);
                if (!heading.isEmpty() && !headings.contains(heading)) {
                    headings << heading;
                }
            }
        }
        auto* completer = new QCompleter(headings, editor);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        editor->setCompleter(completer);
        return editor;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void CriteriaDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void CriteriaDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace thidua::gui
