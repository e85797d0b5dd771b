// The district dashboard's header strip, readable from the back of a meeting room without a click:
// the headline in the words of an annual review ("12/14 main targets met or exceeded") with the
// near / not met / no data counts, and the period's reports at a glance in big numbers (received
// out of expected, on time, approved, missing).
#pragma once

#include "core/DistrictSummary.h"
#include "core/Plan.h"
#include "storage/ReportRepository.h"

#include <QWidget>

#include <vector>

class QHBoxLayout;
class QLabel;

namespace thidua::gui {

class DashboardHeader : public QWidget
{
    Q_OBJECT

public:
    // The reports of a period as counted for the strip. "Received" is submitted or approved: a
    // draft, even a reopened one, is still with the unit.
    struct Completeness
    {
        int expected = 0;
        int received = 0;
        int onTime = 0;
        int approved = 0;
        int missing = 0; // expected − received
    };
    static Completeness countReports(const std::vector<storage::ReportProgress>& progress);

    // "12/14 main targets met or exceeded" (met out of assessed main targets).
    static QString headline(const StatusCounts& counts);

    explicit DashboardHeader(QWidget* parent = nullptr);

    void setSummary(const DistrictSummary& summary);
    // `units` names the units whose report is missing, on a line of its own: on a projector nobody
    // hovers for a tooltip, and "which reports are missing" is what the council asks.
    void setCompleteness(const std::vector<storage::ReportProgress>& progress, const std::vector<Unit>& units = {});
    // Nothing to show (no database, an error): dashes instead of numbers.
    void clear();

private:
    QLabel* addTile(QHBoxLayout* tiles, const QString& name, const QString& caption, const QString& toolTip);

    QLabel* m_headline;
    QLabel* m_counts;
    QLabel* m_missingUnits;
    QLabel* m_received;
    QLabel* m_onTime;
    QLabel* m_approved;
    QLabel* m_missing;
};

} // namespace thidua::gui
