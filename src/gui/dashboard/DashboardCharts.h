// The district dashboard's charts (Qt Charts), each exportable as PNG:
//  - achievement per heading: the % of target of each indicator of the chosen heading, bars against
//    a 100% line, coloured by status (StatusStyle) with the status words in the legend;
//  - sector growth against the plan: the children of KT01 (KT01.1–KT01.3), plan and actual growth;
//  - six-month against year-end: % of target at H1 and at year-end per indicator of the heading.
// Percentages and numbers are written the interface's way (93,5%).
#pragma once

#include "DashboardData.h"

#include <QWidget>

#include <array>
#include <memory>
#include <string>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace thidua::gui {

struct BuiltChart;

class DashboardCharts : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardCharts(QWidget* parent = nullptr);

    // `shown` is the period the dashboard shows; `halfYear` and `yearEnd` are that year's two periods
    // where the plan has them (either may be null; `shown` is one of them).
    void setData(std::shared_ptr<const DashboardData> shown, std::shared_ptr<const DashboardData> halfYear,
                 std::shared_ptr<const DashboardData> yearEnd);
    void clear();

    // Writes the chart on screen as a PNG file; false (with nothing written) when it cannot.
    bool saveCurrentChart(const QString& path) const;

private:
    enum Chart
    {
        HeadingChart,
        SectorChart,
        PeriodsChart,
        ChartCount,
    };
    // One tab: the chart, or a short message in its place, and a note under it.
    struct Page
    {
        QStackedWidget* stack = nullptr;
        QChartView* view = nullptr;
        QLabel* message = nullptr;
        QLabel* note = nullptr;
    };

    Page makePage(const QString& viewName);
    void fillHeadings();
    void rebuild();
    void exportPng();
    BuiltChart build(Chart chart) const;
    std::string headingCode() const;

    std::shared_ptr<const DashboardData> m_shown;
    std::shared_ptr<const DashboardData> m_halfYear;
    std::shared_ptr<const DashboardData> m_yearEnd;
    QComboBox* m_headingCombo = nullptr;
    QPushButton* m_exportButton = nullptr;
    QTabWidget* m_tabs = nullptr;
    std::array<Page, ChartCount> m_pages;
};

} // namespace thidua::gui
