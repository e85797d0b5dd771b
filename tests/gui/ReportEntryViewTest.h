// The report entry form driven from the keyboard on the offscreen platform, on a seeded database:
// typing stores at once and the status follows, Enter and Tab move on, undo writes the old value
// back, bad values are refused with nothing stored, a spreadsheet block pastes in one undo step,
// members are ticked with Space, and the history of the cell is shown beside it.
#pragma once

#include <QObject>

#include <memory>

namespace thidua::test {

struct ReportTestSession;

class ReportEntryViewTest : public QObject
{
    Q_OBJECT

public:
    ReportEntryViewTest();
    ~ReportEntryViewTest() override;

private slots:
    void init();
    void cleanup();

    void typedValueIsStoredAndStatusFollows();
    void enterAndTabMoveToTheNextInputCell();
    void undoAndRedoWriteThroughStorage();
    void badValuesAreRefusedAndNothingStored();
    void pasteFillsCellsInOneUndoStep();
    void pasteValidatesEachCell();
    void deleteEmptiesTheSelectedCells();
    void namedMembersTickWithSpace();
    void historyShowsWhoWhenOldAndNew();

private:
    std::unique_ptr<ReportTestSession> m_data;
};

} // namespace thidua::test
