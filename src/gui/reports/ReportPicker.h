// Which report the form shows: the period, and the unit, found by typing part of its name or code
// (a district has some thirty units; nobody scrolls for them).
#pragma once

#include "core/Plan.h"

#include <QWidget>

#include <string>
#include <vector>

class QComboBox;

namespace thidua::gui {

class ReportPicker : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPicker(QWidget* parent = nullptr);

    // Keeps the current choices when they are still offered; else the latest period and the first
    // unit (the district itself in the seeded plan).
    void setChoices(const std::vector<Period>& periods, const std::vector<Unit>& units);
    bool select(const std::string& unitCode, const std::string& periodCode);

    std::string unitCode() const;
    std::string periodCode() const;
    QString unitName() const;
    QString periodName() const;

signals:
    // The official picked another period or unit (not sent for setChoices or select).
    void chosen();

private:
    QComboBox* m_period;
    QComboBox* m_unit;
};

} // namespace thidua::gui
