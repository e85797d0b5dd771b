#include "Commendation.h"

#include "NumberFormat.h"

#include <array>
#include <cmath>
#include <utility>

namespace thidua {
namespace {

struct AwardInfo
{
    Award award;
    std::string_view code;
    std::string_view name;
};

// The names are the Law's terms as they are printed on decisions; both certificates read the same on
// paper, the list they are printed in tells the collective one from the individual one.
constexpr std::array<AwardInfo, 7> kAwards{{
    {Award::EmulationFlag, "co_thi_dua", "Cờ thi đua"},
    {Award::ExcellentCollective, "tap_the_ldxs", "Tập thể lao động xuất sắc"},
    {Award::AdvancedCollective, "tap_the_ldtt", "Tập thể lao động tiên tiến"},
    {Award::CollectiveCertificate, "giay_khen_tap_the", "Giấy khen của Chủ tịch UBND huyện"},
    {Award::AdvancedWorker, "ldtt", "Lao động tiên tiến"},
    {Award::EmulationSoldier, "cstdcs", "Chiến sĩ thi đua cơ sở"},
    {Award::IndividualCertificate, "giay_khen_ca_nhan", "Giấy khen của Chủ tịch UBND huyện"},
}};

constexpr std::array<std::pair<EntryStatus, std::string_view>, 5> kStatuses{{
    {EntryStatus::Proposed, "proposed"},
    {EntryStatus::Reviewed, "reviewed"},
    {EntryStatus::NotPassed, "not_passed"},
    {EntryStatus::Raised, "raised"},
    {EntryStatus::Approved, "approved"},
}};

// Lower case of the letters Vietnamese titles use. Core has no Qt, so this covers what a title can
// hold instead of all of Unicode: ASCII, Latin-1 (À…Ý), Latin Extended-A in its upper/lower pairs
// (Ă, Đ, Ĩ, Ũ), Ơ and Ư, and Latin Extended Additional (Ạ…Ỹ, pairs at even/odd code points).
char32_t lowerVietnamese(char32_t c)
{
    if (c >= U'A' && c <= U'Z') {
        return c + 0x20;
    }
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) {
        return c + 0x20;
    }
    if (((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177) || (c >= 0x1EA0 && c <= 0x1EFF)) && c % 2 == 0) {
        return c + 1;
    }
    if (c == 0x1A0 || c == 0x1AF) {
        return c + 1;
    }
    return c;
}

// Decodes UTF-8 into code points; a malformed byte stands for itself, so nothing is lost and two
// malformed titles still compare by their bytes.
std::u32string decodeUtf8(std::string_view text)
{
    std::u32string result;
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const int length = lead < 0x80           ? 1
                           : (lead >> 5) == 0x6  ? 2
                           : (lead >> 4) == 0xE  ? 3
                           : (lead >> 3) == 0x1E ? 4
                                                 : 0;
        if (length == 0 || i + static_cast<std::size_t>(length) > text.size()) {
            result.push_back(lead);
            ++i;
            continue;
        }
        char32_t c = length == 1 ? lead : lead & (0x7F >> length);
        for (int k = 1; k < length; ++k) {
            c = (c << 6) | (static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]) & 0x3F);
        }
        result.push_back(c);
        i += static_cast<std::size_t>(length);
    }
    return result;
}

// Lower case, surrounding spaces dropped and inner runs of spaces made one, so "Tập thể  Lao động
// xuất sắc " as typed into a scheme's band still names the award.
std::u32string folded(std::string_view text)
{
    std::u32string result;
    for (const char32_t c : decodeUtf8(text)) {
        const bool space = c == U' ' || c == U'\t' || c == 0xA0;
        if (space) {
            if (!result.empty() && result.back() != U' ') {
                result.push_back(U' ');
            }
            continue;
        }
        result.push_back(lowerVietnamese(c));
    }
    if (!result.empty() && result.back() == U' ') {
        result.pop_back();
    }
    return result;
}

// "103,19": totals as the ranking prints them.
std::string rankAchievement(int rank, std::size_t units, double total)
{
    return "Hạng " + std::to_string(rank) + "/" + std::to_string(units) + ", " +
           formatFixed(total, 2, NumberStyle::Vietnamese) + " điểm";
}

ShortlistEntry proposal(const std::string& periodCode, const RankedUnit& unit, Award award, std::size_t units)
{
    ShortlistEntry entry;
    entry.periodCode = periodCode;
    entry.unitCode = unit.score.unitCode;
    entry.award = award;
    entry.fromRanking = true;
    entry.achievement = rankAchievement(unit.rank, units, unit.score.total);
    return entry;
}

} // namespace

std::string_view toCode(Award award)
{
    for (const AwardInfo& info : kAwards) {
        if (info.award == award) {
            return info.code;
        }
    }
    return {};
}

std::optional<Award> awardFromCode(std::string_view code)
{
    for (const AwardInfo& info : kAwards) {
        if (info.code == code) {
            return info.award;
        }
    }
    return std::nullopt;
}

std::string_view awardName(Award award)
{
    for (const AwardInfo& info : kAwards) {
        if (info.award == award) {
            return info.name;
        }
    }
    return {};
}

const std::vector<Award>& allAwards()
{
    static const std::vector<Award> awards = [] {
        std::vector<Award> result;
        for (const AwardInfo& info : kAwards) {
            result.push_back(info.award);
        }
        return result;
    }();
    return awards;
}

bool isCollective(Award award)
{
    switch (award) {
    case Award::EmulationFlag:
    case Award::ExcellentCollective:
    case Award::AdvancedCollective:
    case Award::CollectiveCertificate:
        return true;
    case Award::AdvancedWorker:
    case Award::EmulationSoldier:
    case Award::IndividualCertificate:
        return false;
    }
    return false;
}

// Only the titles a ranking band can name: the flag and the certificates are not title bands, and
// the certificates' shared name would make the answer ambiguous anyway.
std::optional<Award> awardFromTitle(std::string_view title)
{
    const std::u32string wanted = folded(title);
    for (const Award award : {Award::ExcellentCollective, Award::AdvancedCollective}) {
        if (folded(awardName(award)) == wanted) {
            return award;
        }
    }
    return std::nullopt;
}

std::string_view toCode(EntryStatus status)
{
    for (const auto& [value, code] : kStatuses) {
        if (value == status) {
            return code;
        }
    }
    return {};
}

std::optional<EntryStatus> entryStatusFromCode(std::string_view code)
{
    for (const auto& [value, text] : kStatuses) {
        if (text == code) {
            return value;
        }
    }
    return std::nullopt;
}

int emulationSoldiersAllowed(int advancedWorkers, double quota)
{
    if (advancedWorkers <= 0 || !(quota > 0)) {
        return 0;
    }
    // 20 × 0.15 is 2.9999999999999996 in binary; the officer's 3 must not become 2.
    return static_cast<int>(std::floor(advancedWorkers * quota + 1e-9));
}

std::vector<ShortlistEntry> proposalsFromRankings(const std::string& periodCode,
                                                  const std::vector<GroupRanking>& rankings)
{
    std::vector<ShortlistEntry> result;
    for (const GroupRanking& ranking : rankings) {
        for (const RankedUnit& unit : ranking.units) {
            if (unit.proposal == Proposal::Leader || unit.proposal == Proposal::LeaderTie) {
                result.push_back(proposal(periodCode, unit, Award::EmulationFlag, ranking.units.size()));
            }
        }
        for (const RankedUnit& unit : ranking.units) {
            if (!unit.score.eligible) {
                continue;
            }
            if (const auto award = awardFromTitle(unit.title)) {
                result.push_back(proposal(periodCode, unit, *award, ranking.units.size()));
            }
        }
    }
    return result;
}

} // namespace thidua
