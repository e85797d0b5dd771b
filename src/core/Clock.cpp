#include "Clock.h"

namespace thidua {

std::optional<Clock::TimePoint>& Clock::fixed()
{
    static std::optional<TimePoint> time;
    return time;
}

Clock::TimePoint Clock::now()
{
    return fixed().value_or(std::chrono::system_clock::now());
}

void Clock::setForTesting(TimePoint time)
{
    fixed() = time;
}

void Clock::reset()
{
    fixed().reset();
}

} // namespace thidua
