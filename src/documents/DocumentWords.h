// The words and figures of the printed documents, always Vietnamese whatever the interface language
// (a document that leaves the office is in the state language): statuses in words, award names,
// numbers written `93,5` and `2.000`, and the plan's items found by code.
#pragma once

#include "core/Achievement.h"
#include "core/Commendation.h"
#include "core/Plan.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace thidua::storage {
class Database;
}

namespace thidua::documents::words {

// đạt, gần đạt, chưa đạt, chưa có số liệu, không áp dụng.
QString status(Status status);
// The form of commendation as a decision names it ("Tập thể lao động xuất sắc").
QString award(Award award);

// At most `maxDecimals` decimals, thousands grouped: 2000 -> "2.000", 93.5 -> "93,5". Empty for none.
QString number(std::optional<double> value, int maxDecimals = 2);
// Exactly `decimals` decimals (scores keep their width): "103,19".
QString fixed(double value, int decimals = 2);
// A ratio as a percentage, one decimal at most: 0.935 -> "93,5%". Empty for none.
QString percent(std::optional<double> ratio);
// An ISO date as dd/mm/yyyy; text that is not a date as it is.
QString date(const std::string& isoDate);

// The period `code` of the plan. Throws storage::StorageError::Invalid for a period the plan lacks.
Period findPeriod(storage::Database& db, const std::string& code);

template <typename T>
const T* findByCode(const std::vector<T>& items, const std::string& code)
{
    for (const T& item : items) {
        if (item.code == code) {
            return &item;
        }
    }
    return nullptr;
}

} // namespace thidua::documents::words
