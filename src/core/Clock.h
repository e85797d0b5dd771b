// Today's date and time, replaceable in tests (after KeePassXC's Clock): deadlines, "on time" and
// the audit log depend on when something happens, and a test must be able to say when that is.
#pragma once

#include <chrono>
#include <optional>

namespace thidua {

class Clock
{
public:
    using TimePoint = std::chrono::system_clock::time_point;

    // The current time: the system clock, or the time a test set.
    static TimePoint now();

    // Makes now() return `time` until reset() (tests only).
    static void setForTesting(TimePoint time);
    static void reset();

private:
    static std::optional<TimePoint>& fixed();
};

} // namespace thidua
