// Comparisons of computed figures with a small relative tolerance, private to the computation core.
//
// Why: a rate typed as 0,3 against a target computed as 0,1 + 0,2 differs in the last binary digit
// (0.30000000000000004), and B − A for a reduce_by target (3,5 − 3,43 against 0,07) lands on either
// side of the decimal value. An officer reads these as equal, and the spec puts equality on the better
// side, so two figures within one part in a billion (1e-9 of the larger magnitude) count as equal.
// Reported figures carry at most a few decimals, so no real difference is that small.
#pragma once

#include <algorithm>
#include <cmath>

namespace thidua::detail {

inline constexpr double kRelativeTolerance = 1e-9;

// Equal within the tolerance; exact zero equals only (near) exact zero.
inline bool nearlyEqual(double a, double b)
{
    const double magnitude = std::max(std::fabs(a), std::fabs(b));
    return std::fabs(a - b) <= kRelativeTolerance * magnitude;
}

// a ≥ b, equality taken with the tolerance (the boundary belongs to the better side).
inline bool atLeast(double a, double b)
{
    return a >= b || nearlyEqual(a, b);
}

// a ≤ b, equality taken with the tolerance.
inline bool atMost(double a, double b)
{
    return a <= b || nearlyEqual(a, b);
}

// a < b and not merely a rounding step apart: a strict "below" is not met by equal figures.
inline bool strictlyBelow(double a, double b)
{
    return a < b && !nearlyEqual(a, b);
}

} // namespace thidua::detail
