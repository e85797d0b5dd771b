// A database to look at: the Tây Sơn 2021 plan with illustrative figures (tests/fixtures/
// tay-son-2021-demo) — commune targets, six-month and year-end reports from part of the district,
// manual scores and adjustments, reports submitted on time, late or approved. The dashboards'
// tests, screenshots and `scripts/demo` use it. The figures are invented, not the district's.
#pragma once

#include <QString>

namespace thidua::demo {

// Creates the database at `path` (which must not exist). Throws storage::StorageError, or
// std::runtime_error for a fixture file that does not import.
void createDemoDatabase(const QString& path);

} // namespace thidua::demo
