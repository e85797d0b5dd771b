// The "Commendations" tab (issue 6): the commendation shortlist of a period, proposed by the
// ranking and typed in by the office, checked against the rules users otherwise check by hand
// (spec/peers.md), reviewed, decided, and printed as Nghị định 30 documents (spec/printing.md).
// The app proposes and checks; people decide and the app records it. Every change goes through
// storage's ShortlistRepository (audit log with the user); nothing can be changed read-only.
#pragma once

#include "EntrySaver.h"

#include <QWidget>

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace thidua::documents {
struct DocumentContent;
}

namespace thidua::storage {
class Database;
}

namespace thidua::gui {

class DatabaseSession;
class ShortlistModel;

class ShortlistView : public QWidget
{
    Q_OBJECT

public:
    explicit ShortlistView(DatabaseSession* session, QWidget* parent = nullptr);
    ~ShortlistView() override;

    QString periodCode() const;
    void setPeriod(const QString& periodCode);
    // Selects the entry with that id; false when the period's list does not hold it.
    bool selectEntry(std::int64_t id);
    ShortlistModel* model() const { return m_model; }

public slots:
    // Reads the period's list, rankings and settings again (whenever the view is shown, too).
    void refresh();

    void takeProposals();
    void addIndividual();
    void editCurrent();
    void toggleIncluded();
    void setStatus();
    void removeCurrent();
    void editDocumentSettings();

    void previewShortlist();
    void exportShortlistPdf();
    void exportShortlistXlsx();
    void previewSummary();
    void exportSummaryPdf();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reloadPeriods();
    void showCurrent();
    void updateButtons();
    void showNotice(const QString& text, bool problem);
    const ShortlistEntry* currentEntry() const;
    storage::Database* editableDatabase() const;
    QString save(const ShortlistEntry& entry);
    // Opens `dialog` (window-modal, not blocking) and shows the saved entry when it is accepted.
    void openEntryDialog(QDialog* dialog, const std::function<std::int64_t()>& savedId);
    // True when nothing printed fails its checks, or the official chose to print all the same.
    bool confirmFailedChecks();
    // The document built by `build`, or nothing after telling why it could not be.
    bool buildDocument(const std::function<documents::DocumentContent(storage::Database&)>& build,
                       documents::DocumentContent& content);
    void createButtons();
    void layOut();

    DatabaseSession* m_session;
    ShortlistModel* m_model;
    std::vector<std::pair<std::string, QString>> m_units; // every unit a person may belong to
    double m_quota = 0.15;
    std::int64_t m_lastSaved = 0;

    QComboBox* m_periodCombo;
    QLabel* m_notice;
    QLabel* m_quotaLine;
    QTableView* m_table;
    QLabel* m_detail;
    QComboBox* m_grouping;
    QPushButton* m_sync = nullptr;
    QPushButton* m_addIndividual = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_exclude = nullptr;
    QPushButton* m_status = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_settings = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_exportPdf = nullptr;
    QPushButton* m_exportXlsx = nullptr;
    QPushButton* m_summary = nullptr;
};

} // namespace thidua::gui
