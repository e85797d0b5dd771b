#include "Periods.h"

#include "core/Clock.h"
#include "i18n/DisplayText.h"
#include "storage/PlanRepository.h"

#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QSignalBlocker>

#include <chrono>

namespace thidua::gui {
namespace {

QDate today()
{
    const auto since = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now().time_since_epoch());
    return QDateTime::fromMSecsSinceEpoch(since.count()).date();
}

QDate isoDate(const std::string& text)
{
    return QDate::fromString(QString::fromStdString(text), Qt::ISODate);
}

} // namespace

std::vector<Period> readPeriods(storage::Database& database)
{
    std::vector<Period> periods;
    const storage::PlanRepository plan(database);
    for (const int year : plan.years()) {
        for (Period& period : plan.periods(year)) {
            periods.push_back(std::move(period));
        }
    }
    return periods;
}

int currentPeriodIndex(const std::vector<Period>& periods)
{
    const QDate now = today();
    for (std::size_t i = 0; i < periods.size(); ++i) {
        const QDate deadline = isoDate(periods[i].deadline);
        const QDate due = deadline.isValid() ? deadline : isoDate(periods[i].endsOn).addMonths(1);
        if (due.isValid() && due >= now) {
            return static_cast<int>(i);
        }
    }
    return static_cast<int>(periods.size()) - 1;
}

void fillPeriodCombo(QComboBox& combo, const std::vector<Period>& periods)
{
    const QVariant previous = combo.currentData();
    const QSignalBlocker blocker(&combo);
    combo.clear();
    for (const Period& period : periods) {
        combo.addItem(DisplayText::text(period.name), DisplayText::text(period.code));
    }
    const int kept = previous.isValid() ? combo.findData(previous) : -1;
    combo.setCurrentIndex(kept >= 0 ? kept : currentPeriodIndex(periods));
}

std::optional<Period> previousPeriod(const std::vector<Period>& periods, const std::string& code)
{
    for (std::size_t i = 1; i < periods.size(); ++i) {
        if (periods[i].code == code) {
            return periods[i - 1];
        }
    }
    return std::nullopt;
}

} // namespace thidua::gui
