// Number formatting and parsing. Vietnamese text writes `93,5` and `2.000`; files for programs use
// `93.5` and `2000`; input refuses thousands separators because `2.000` could be two or two thousand
// (spec/interchange.md).
#include "core/NumberFormat.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include <string>

using thidua::formatFixed;
using thidua::formatNumber;
using thidua::NumberStyle;
using thidua::parseNumber;
using thidua::roundHalfAwayFromZero;

namespace {

constexpr auto vi = NumberStyle::Vietnamese;
constexpr auto plain = NumberStyle::Plain;

} // namespace

TEST_CASE("formatNumber writes the plan's figures the Vietnamese way", "[number]")
{
    CHECK(formatNumber(93.5, 2, vi) == "93,5");
    CHECK(formatNumber(2000, 2, vi) == "2.000");
    CHECK(formatNumber(242.47, 2, vi) == "242,47");
    CHECK(formatNumber(621.52, 2, vi) == "621,52");
    CHECK(formatNumber(0.07, 2, vi) == "0,07");
    CHECK(formatNumber(13.2, 2, vi) == "13,2");
    CHECK(formatNumber(100, 2, vi) == "100");
    CHECK(formatNumber(0, 2, vi) == "0");
}

TEST_CASE("formatNumber drops trailing zeros but never digits of the integer part", "[number]")
{
    CHECK(formatNumber(10, 2, vi) == "10");
    CHECK(formatNumber(1000, 0, vi) == "1.000");
    CHECK(formatNumber(100000, 3, vi) == "100.000");
    CHECK(formatNumber(2.50, 2, vi) == "2,5");
    CHECK(formatNumber(2.05, 2, vi) == "2,05");
}

TEST_CASE("formatNumber rounds to the decimals asked for", "[number]")
{
    CHECK(formatNumber(1234567.891, 2, vi) == "1.234.567,89");
    CHECK(formatNumber(1234567.891, 2, plain) == "1234567.89");
    CHECK(formatNumber(2.996, 2, vi) == "3");
    CHECK(formatNumber(999.996, 2, vi) == "1.000");
    CHECK(formatNumber(0.004, 2, vi) == "0");
    CHECK(formatNumber(10.3, 0, vi) == "10");
}

TEST_CASE("formatNumber groups thousands at every size", "[number]")
{
    CHECK(formatNumber(1, 0, vi) == "1");
    CHECK(formatNumber(12, 0, vi) == "12");
    CHECK(formatNumber(123, 0, vi) == "123");
    CHECK(formatNumber(1234, 0, vi) == "1.234");
    CHECK(formatNumber(12345, 0, vi) == "12.345");
    CHECK(formatNumber(123456, 0, vi) == "123.456");
    CHECK(formatNumber(1234567, 0, vi) == "1.234.567");
    CHECK(formatNumber(1234567890, 0, vi) == "1.234.567.890");
}

TEST_CASE("formatNumber writes negative numbers with the sign before the groups", "[number]")
{
    CHECK(formatNumber(-5, 2, vi) == "-5");
    CHECK(formatNumber(-93.5, 2, vi) == "-93,5");
    CHECK(formatNumber(-123, 0, vi) == "-123");
    CHECK(formatNumber(-1234.5, 2, vi) == "-1.234,5");
    CHECK(formatNumber(-123456.78, 2, vi) == "-123.456,78");
    CHECK(formatNumber(-1234.5, 2, plain) == "-1234.5");
}

TEST_CASE("a zero never shows a minus sign", "[number]")
{
    // A growth rate that rounds to nothing would otherwise read as a decline.
    CHECK(formatNumber(-0.0, 2, vi) == "0");
    CHECK(formatNumber(-0.001, 2, vi) == "0");
    CHECK(formatNumber(-0.004, 2, plain) == "0");
    CHECK(formatFixed(-0.0, 2, vi) == "0,00");
    CHECK(formatFixed(-0.001, 2, plain) == "0.00");
    CHECK(formatFixed(-0.4, 0, vi) == "0");
    // A negative that survives rounding keeps its sign.
    CHECK(formatFixed(-0.006, 2, vi) == "-0,01");
}

TEST_CASE("formatFixed keeps exactly the decimals asked for", "[number]")
{
    CHECK(formatFixed(1.5, 2, vi) == "1,50");
    CHECK(formatFixed(93.5, 2, vi) == "93,50");
    CHECK(formatFixed(2000, 2, vi) == "2.000,00");
    CHECK(formatFixed(2000, 0, vi) == "2.000");
    CHECK(formatFixed(242.47, 2, vi) == "242,47");
    CHECK(formatFixed(1234567.891, 2, vi) == "1.234.567,89");
    CHECK(formatFixed(-1234.5, 2, vi) == "-1.234,50");
    CHECK(formatFixed(0.78126, 4, plain) == "0.7813");
    CHECK(formatFixed(100, 2, plain) == "100.00");
    CHECK(formatFixed(1234567.891, 2, plain) == "1234567.89");
}

TEST_CASE("plain style has a point and no grouping", "[number]")
{
    CHECK(formatNumber(93.5, 2, plain) == "93.5");
    CHECK(formatNumber(2000, 2, plain) == "2000");
    CHECK(formatNumber(242.47, 2, plain) == "242.47");
    CHECK(formatNumber(1000000, 0, plain) == "1000000");
}

TEST_CASE("what formatNumber writes, parseNumber reads back", "[number]")
{
    for (const double value : {0.0, 0.07, 3.5, 13.2, 93.5, 242.47, 621.52, 2000.0, -10.3, 1234567.89}) {
        INFO(value);
        const auto fromPlain = parseNumber(formatNumber(value, 2, plain), false);
        REQUIRE(fromPlain.value);
        CHECK(*fromPlain.value == Approx(value));
    }
    // Vietnamese text reads back only below a thousand: grouped figures are refused on input.
    const auto fromVietnamese = parseNumber(formatNumber(242.47, 2, vi), true);
    REQUIRE(fromVietnamese.value);
    CHECK(*fromVietnamese.value == Approx(242.47));
}

TEST_CASE("parseNumber reads plain numbers", "[number]")
{
    CHECK(parseNumber("93.5", false).value == 93.5);
    CHECK(parseNumber("2000", false).value == 2000);
    CHECK(parseNumber("0.125", false).value == 0.125);
    CHECK(parseNumber("12.5", false).value == 12.5);
    CHECK(parseNumber("-3.6", false).value == -3.6);
    CHECK(parseNumber("+3", false).value == 3);
    CHECK(parseNumber("0", false).value == 0);
    CHECK(parseNumber("  242.47\t", false).value == 242.47);
    CHECK(parseNumber("93.5", false).error.empty());
}

TEST_CASE("parseNumber accepts exponents, as spreadsheets write very large or small figures", "[number]")
{
    CHECK(parseNumber("1e3", false).value == 1000);
    CHECK(parseNumber("1.5E+06", false).value == 1500000);
    CHECK(parseNumber("2,5e-2", true).value == Approx(0.025));
}

TEST_CASE("parseNumber takes a decimal comma only when asked", "[number]")
{
    SECTION("on")
    {
        CHECK(parseNumber("93,5", true).value == 93.5);
        CHECK(parseNumber("0,125", true).value == 0.125);
        CHECK(parseNumber("-10,3", true).value == -10.3);
        // A point is still a decimal point: a file may mix hand-typed and exported figures.
        CHECK(parseNumber("93.5", true).value == 93.5);
    }
    SECTION("off")
    {
        const auto parsed = parseNumber("93,5", false);
        CHECK_FALSE(parsed.value);
        CHECK_FALSE(parsed.error.empty());
    }
}

TEST_CASE("parseNumber refuses thousands separators and says why", "[number]")
{
    for (const bool decimalComma : {false, true}) {
        INFO("decimal comma " << decimalComma);
        for (const char* text : {"2.000", "1.000.000", "-2.000", "+2.000", "12.345"}) {
            INFO(text);
            const auto parsed = parseNumber(text, decimalComma);
            CHECK_FALSE(parsed.value);
            CHECK_THAT(parsed.error, Catch::Contains("thousands"));
        }
    }
    // Both marks in one figure: a grouped number whichever reading is meant.
    CHECK_THAT(parseNumber("1.234,5", true).error, Catch::Contains("thousands"));
    // With a decimal point, a comma between digit groups can only be grouping.
    CHECK_THAT(parseNumber("2,000", false).error, Catch::Contains("thousands"));
    CHECK_THAT(parseNumber("1,234,567", false).error, Catch::Contains("thousands"));
}

TEST_CASE("parseNumber refuses what is not a number", "[number]")
{
    for (const bool decimalComma : {false, true}) {
        INFO("decimal comma " << decimalComma);
        for (const char* text :
             {"abc", "12abc", "1,2,3", "0x10", "1e", "--3", "++3", "3-", "nan", "inf", "1e400", "12 000", "."}) {
            INFO(text);
            const auto parsed = parseNumber(text, decimalComma);
            CHECK_FALSE(parsed.value);
            CHECK_FALSE(parsed.error.empty());
        }
    }
}

TEST_CASE("parseNumber calls an empty field empty", "[number]")
{
    for (const char* text : {"", " ", "\t "}) {
        INFO('"' << text << '"');
        const auto parsed = parseNumber(text, false);
        CHECK_FALSE(parsed.value);
        CHECK(parsed.error == "empty");
    }
}

TEST_CASE("parseNumber takes one sign only", "[number]")
{
    // "+-3" is a typing slip, not minus three.
    CHECK_FALSE(parseNumber("+-3", false).value);
    CHECK_FALSE(parseNumber("+-3", true).value);
}

TEST_CASE("formatting rounds ties half away from zero, as totals are rounded", "[number]")
{
    CHECK(formatFixed(0.125, 2, NumberStyle::Plain) == "0.13");
    CHECK(formatFixed(92.125, 2, NumberStyle::Vietnamese) == "92,13");
    CHECK(formatFixed(-92.125, 2, NumberStyle::Plain) == "-92.13");
    CHECK(formatFixed(2.5, 0, NumberStyle::Plain) == "3");
    CHECK(formatNumber(0.125, 2, NumberStyle::Plain) == "0.13");
    // The decimal as written, not the binary double just below it.
    CHECK(formatFixed(1.005, 2, NumberStyle::Vietnamese) == "1,01");
    CHECK(formatFixed(2.675, 2, NumberStyle::Plain) == "2.68");
    CHECK(formatNumber(8.825, 2, NumberStyle::Vietnamese) == "8,83");
    // A large whole number with many decimals asked for stays whole.
    CHECK(formatNumber(1234567.0, 6, NumberStyle::Plain) == "1234567");
    CHECK(roundHalfAwayFromZero(1234567.0, 6) == 1234567.0);
    CHECK(roundHalfAwayFromZero(-0.004, 2) == 0.0);
}

TEST_CASE("a value that is not finite formats as nothing", "[number]")
{
    CHECK(formatNumber(std::nan(""), 2, NumberStyle::Vietnamese).empty());
    CHECK(formatFixed(std::numeric_limits<double>::infinity(), 2, NumberStyle::Plain).empty());
}
