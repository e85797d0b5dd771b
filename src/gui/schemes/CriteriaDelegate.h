// Editors of the criteria table: a list of the plan's indicators (with manual scoring first) for
// the link, the three methods in words, and the scheme's existing headings offered while typing a
// heading, so a criterion lands under the same heading rather than a near-copy of it.
#pragma once

#include <QStyledItemDelegate>

namespace thidua::gui {

class CriteriaModel;

class CriteriaDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    CriteriaDelegate(CriteriaModel* model, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    QWidget* createEditorFor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const;

    CriteriaModel* m_model;
};

} // namespace thidua::gui
