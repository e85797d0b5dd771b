// CriteriaModel's edits: checking a typed value, building the scheme as it would be, handing it to
// Commit, and the structural edits (add, remove, move), each stored before the model changes.
#include "CriteriaModel.h"

#include "SchemeText.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

QString text(const std::string& utf8)
{
    return QString::fromStdString(utf8);
}

bool sameCriterion(const Criterion& a, const Criterion& b)
{
    const auto sameBands = [](const std::vector<Band>& x, const std::vector<Band>& y) {
        return std::equal(x.begin(), x.end(), y.begin(), y.end(),
                          [](const Band& p, const Band& q) { return p.minRatio == q.minRatio && p.share == q.share; });
    };
    return a.code == b.code && a.heading == b.heading && a.name == b.name && a.maxPoints == b.maxPoints &&
           a.indicatorCode == b.indicatorCode && a.method == b.method && a.bonusRate == b.bonusRate &&
           a.excessCap == b.excessCap && sameBands(a.bands, b.bands) && a.veto == b.veto;
}

// The next free code in the style of the last one: after C18 comes C19, after TC-07 comes TC-08.
std::string nextCode(const std::vector<Criterion>& criteria)
{
    static const QRegularExpression numbered(u"^(.*?)(\\d+)$"_s);
    QString prefix = u"C"_s;
    int width = 2;
    if (!criteria.empty()) {
        const QRegularExpressionMatch last = numbered.match(text(criteria.back().code));
        if (last.hasMatch()) {
            prefix = last.captured(1);
            width = static_cast<int>(last.captured(2).size());
        }
    }
    int highest = 0;
    for (const Criterion& criterion : criteria) {
        const QRegularExpressionMatch match = numbered.match(text(criterion.code));
        if (match.hasMatch() && match.captured(1) == prefix) {
            highest = std::max(highest, match.captured(2).toInt());
        }
    }
    for (int number = highest + 1;; ++number) {
        const std::string code = QString(prefix + u"%1"_s.arg(number, width, 10, QChar(u'0'))).toStdString();
        if (std::none_of(criteria.begin(), criteria.end(), [&](const Criterion& c) { return c.code == code; })) {
            return code;
        }
    }
}
} // namespace

QString CriteriaModel::edit(Criterion& criterion, int row, int column, const QVariant& value) const
{
    const QString entered = value.toString().trimmed();
    switch (column) {
    case Code: {
        if (entered.isEmpty()) {
            return tr("a criterion needs a code.");
        }
        const std::string code = entered.toStdString();
        for (std::size_t other = 0; other < m_scheme->criteria.size(); ++other) {
            if (static_cast<int>(other) != row && m_scheme->criteria[other].code == code) {
                return tr("the code %1 is already used by another criterion of this scheme.").arg(entered);
            }
        }
        criterion.code = code;
        return {};
    }
    case Heading:
        criterion.heading = entered.toStdString();
        return {};
    case Name:
        if (entered.isEmpty()) {
            return tr("a criterion needs a name.");
        }
        criterion.name = entered.toStdString();
        return {};
    case MaxPoints: {
        const EnteredNumber number = SchemeText::parseNumber(entered);
        if (!number.value) {
            return number.empty ? tr("write the maximum in points.") : number.error + u'.';
        }
        if (*number.value <= 0) {
            return tr("the maximum must be above 0.");
        }
        criterion.maxPoints = *number.value;
        return {};
    }
    case Indicator:
        if (!entered.isEmpty() && !findIndicator(entered.toStdString())) {
            return tr("the plan has no indicator %1.").arg(entered);
        }
        criterion.indicatorCode = entered.toStdString();
        return {};
    case Method:
        if (const auto method = scoringMethodFromCode(entered.toStdString())) {
            criterion.method = *method;
            return {};
        }
        return tr("'%1' is not a scoring method.").arg(entered);
    case BonusRate:
    case ExcessCap: {
        // Empty restores the default of computation.md: half of the excess, counted up to 20%.
        const EnteredNumber share = SchemeText::parsePercent(entered);
        if (!share.value && !share.empty) {
            return share.error + u'.';
        }
        if (share.value && *share.value < 0) {
            return tr("the percentage must be 0 or more.");
        }
        (column == BonusRate ? criterion.bonusRate : criterion.excessCap) =
            share.value.value_or(column == BonusRate ? Criterion{}.bonusRate : Criterion{}.excessCap);
        return {};
    }
    case Bands: {
        EnteredBands bands = SchemeText::parseBands(entered);
        if (!bands.error.isEmpty()) {
            return bands.error;
        }
        criterion.bands = std::move(bands.bands);
        return {};
    }
    default:
        return tr("this cell cannot be edited.");
    }
}

bool CriteriaModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !isEditable() || index.row() >= rowCount()) {
        return false;
    }
    const int row = index.row();
    const int column = index.column();
    Scheme candidate = *m_scheme;
    Criterion& criterion = candidate.criteria[static_cast<std::size_t>(row)];
    const Criterion before = criterion;
    if (column == Veto) {
        if (role != Qt::CheckStateRole) {
            return false;
        }
        criterion.veto = value.toInt() == Qt::Checked;
    } else {
        if (role != Qt::EditRole || !applies(criterion, column)) {
            return false;
        }
        const QString problem = edit(criterion, row, column, value);
        if (!problem.isEmpty()) {
            const QString header = headerData(column, Qt::Horizontal).toString();
            setProblem(row, column, value.toString(),
                       tr("%1, %2: %3").arg(text(before.code), header.toLower(), problem));
            return false;
        }
    }
    if (!sameCriterion(before, criterion)) {
        std::optional<CriterionRename> rename;
        if (criterion.code != before.code) {
            rename = CriterionRename{before.code, criterion.code};
        }
        if (!commit(candidate, rename)) {
            return false;
        }
    }
    clearProblem(row, column);
    // A change of method or link shows or hides the method's own cells in the row.
    emit dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
    return true;
}

bool CriteriaModel::commit(const Scheme& candidate, const std::optional<CriterionRename>& rename)
{
    if (!m_commit || !m_commit(candidate, rename)) {
        return false;
    }
    m_scheme = candidate;
    emit schemeEdited();
    return true;
}

bool CriteriaModel::commitSettings(const Scheme& candidate)
{
    return isEditable() && commit(candidate);
}

int CriteriaModel::addCriterion(int afterRow)
{
    if (!isEditable()) {
        return -1;
    }
    Scheme candidate = *m_scheme;
    std::vector<Criterion>& criteria = candidate.criteria;
    const bool afterOne = afterRow >= 0 && afterRow < rowCount();
    const int row = afterOne ? afterRow + 1 : rowCount();
    Criterion added;
    added.code = nextCode(criteria);
    added.name = tr("New criterion").toStdString();
    added.maxPoints = 1;
    if (!criteria.empty()) {
        const Criterion& neighbour = criteria[static_cast<std::size_t>(afterOne ? afterRow : rowCount() - 1)];
        added.heading = neighbour.heading;
        added.maxPoints = neighbour.maxPoints;
    }
    criteria.insert(criteria.begin() + row, added);
    if (!m_commit || !m_commit(candidate, std::nullopt)) {
        return -1;
    }
    clearProblems();
    beginInsertRows({}, row, row);
    m_scheme = std::move(candidate);
    endInsertRows();
    emit schemeEdited();
    return row;
}

bool CriteriaModel::removeCriterion(int row)
{
    if (!isEditable() || row < 0 || row >= rowCount()) {
        return false;
    }
    Scheme candidate = *m_scheme;
    candidate.criteria.erase(candidate.criteria.begin() + row);
    if (!m_commit || !m_commit(candidate, std::nullopt)) {
        return false;
    }
    clearProblems();
    beginRemoveRows({}, row, row);
    m_scheme = std::move(candidate);
    endRemoveRows();
    emit schemeEdited();
    return true;
}

int CriteriaModel::moveCriterion(int row, int delta)
{
    const int target = row + delta;
    if (!isEditable() || delta == 0 || row < 0 || row >= rowCount() || target < 0 || target >= rowCount()) {
        return -1;
    }
    Scheme candidate = *m_scheme;
    auto& criteria = candidate.criteria;
    const Criterion moved = criteria[static_cast<std::size_t>(row)];
    criteria.erase(criteria.begin() + row);
    criteria.insert(criteria.begin() + target, moved);
    if (!m_commit || !m_commit(candidate, std::nullopt)) {
        return -1;
    }
    clearProblems();
    // Qt's destination is the row before which the moved row lands, counted before the move.
    beginMoveRows({}, row, row, {}, delta > 0 ? target + 1 : target);
    m_scheme = std::move(candidate);
    endMoveRows();
    emit schemeEdited();
    return target;
}

} // namespace thidua::gui
