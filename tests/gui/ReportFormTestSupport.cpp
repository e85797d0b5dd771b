#include "ReportFormTestSupport.h"

#include "core/Clock.h"
#include "gui/MessageBox.h"

#include <QApplication>
#include <QLineEdit>
#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;

namespace thidua::test {

ReportTestSession::ReportTestSession()
    : file(dir.createDatabase(u"reports.sqlite"_s))
{
    QSettings().setValue(u"user/name"_s, u"Lan"_s);
    gui::MessageBox::clearLastShown();
    Clock::reset();
    session.open(file, storage::Access::ReadWrite);
}

ReportTestSession::~ReportTestSession()
{
    Clock::reset();
    QSettings().remove(u"user/name"_s);
}

Form::Form(gui::DatabaseSession* session)
    : view(session)
{
    view.resize(1400, 800);
    view.show();
    view.activateWindow();
    table = view.findChild<gui::ReportTableView*>(u"reportTable"_s);
    model = view.model();
}

int rowOf(const gui::ReportFormModel& model, const QString& code)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.isIndicator(row) && model.index(row, 0).data(gui::ReportFormModel::CodeRole).toString() == code) {
            return row;
        }
    }
    return -1;
}

QModelIndex cellOf(const Form& form, const QString& code, int column)
{
    return form.model->index(rowOf(*form.model, code), column);
}

void goTo(Form& form, const QString& code, int column)
{
    form.table->setFocus();
    form.table->setCurrentIndex(cellOf(form, code, column));
}

bool typeInCell(Form& form, const QString& text, Qt::Key end)
{
    QTest::keyClicks(form.table, text.left(1));
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    if (!editor) {
        return false;
    }
    QTest::keyClicks(editor, text.mid(1));
    QTest::keyClick(editor, end);
    return true;
}

std::optional<storage::ReportValue> stored(gui::DatabaseSession& session, const std::string& unit,
                                           const std::string& period, const std::string& code)
{
    for (const auto& value : storage::ReportRepository(*session.database()).values(period, unit)) {
        if (value.indicatorCode == code) {
            return value;
        }
    }
    return std::nullopt;
}

std::optional<double> actualOf(gui::DatabaseSession& session, const std::string& code)
{
    const auto value = stored(session, "HUYEN", "2021-Y", code);
    return value ? value->actual : std::nullopt;
}

QString translated(const char* context, const char* source)
{
    return QCoreApplication::translate(context, source);
}

void setClock(const QDateTime& local)
{
    Clock::setForTesting(Clock::TimePoint(std::chrono::milliseconds(local.toMSecsSinceEpoch())));
}

} // namespace thidua::test
