#include "ScoringTestSupport.h"

#include "gui/schemes/SchemesView.h"
#include "storage/PlanRepository.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>

namespace thidua::test {
namespace {

// QTest types ASCII keys only; Vietnamese letters reach an editor as text, the way an input method
// delivers them.
bool typable(const QString& text)
{
    return !text.isEmpty() && text.at(0).unicode() < 128;
}

} // namespace

QLineEdit* openLineEditor(const QTableView& table)
{
    for (QLineEdit* editor : table.viewport()->findChildren<QLineEdit*>()) {
        if (editor->isVisible()) {
            return editor;
        }
    }
    return nullptr;
}

bool typeInCell(QTableView& table, const QModelIndex& cell, const QString& text)
{
    table.setFocus();
    table.setCurrentIndex(cell);
    if (typable(text)) {
        QTest::keyClicks(&table, text.left(1));
    } else {
        table.edit(cell); // as F2 does
    }
    QLineEdit* editor = openLineEditor(table);
    if (!editor) {
        return false;
    }
    if (typable(text)) {
        editor->insert(text.mid(1));
    } else {
        editor->selectAll();
        editor->insert(text);
    }
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    return true;
}

void typeInField(QLineEdit* field, const QString& text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    field->insert(text);
    QTest::keyClick(field, Qt::Key_Return);
}

QString localNumber(double value, int decimals)
{
    return decimals < 0 ? QLocale().toString(value, 'f', QLocale::FloatingPointShortest)
                        : QLocale().toString(value, 'f', decimals);
}

std::unique_ptr<gui::SchemesView> shownSchemes(gui::DatabaseSession& session, const QString& scheme)
{
    auto view = std::make_unique<gui::SchemesView>(&session, nullptr);
    view->resize(1400, 800);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get())) {
        qWarning("the view was not exposed");
    }
    view->selectScheme(scheme);
    return view;
}

QString schemeTotal(const gui::SchemesView& view, const QString& label)
{
    const QString html = child<QLabel>(view, QStringLiteral("schemeTotals"))->text();
    const QRegularExpression row(QStringLiteral("<td>(?:<b>)?") + QRegularExpression::escape(label.toHtmlEscaped()) +
                                 QStringLiteral("(?:</b>)?</td><td align=\"right\">(?:<b>)?([^<]*)"));
    return row.match(html).captured(1);
}

QString schemesText(const char* source)
{
    return QCoreApplication::translate("thidua::gui::SchemesView", source);
}

Scheme storedScheme(storage::Database& db, const std::string& code)
{
    for (const Scheme& scheme : storage::PlanRepository(db).schemes()) {
        if (scheme.code == code) {
            return scheme;
        }
    }
    qFatal("no scheme %s", code.c_str());
}

const Criterion* criterionOf(const Scheme& scheme, const std::string& code)
{
    for (const Criterion& criterion : scheme.criteria) {
        if (criterion.code == code) {
            return &criterion;
        }
    }
    return nullptr;
}

std::vector<std::string> codesOf(const Scheme& scheme)
{
    std::vector<std::string> codes;
    for (const Criterion& criterion : scheme.criteria) {
        codes.push_back(criterion.code);
    }
    return codes;
}

} // namespace thidua::test
