#include "ChartParts.h"

#include "ChartBuilders.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCoreApplication>
#include <QCursor>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

// The context of ChartBuilders.cpp: the strings that moved here with the plumbing keep their
// translations.
class ChartText
{
    Q_DECLARE_TR_FUNCTIONS(thidua::gui::ChartBuilders)
};

QFont chartFont(int pointSize, bool bold = false)
{
    QFont font;
    font.setPointSize(pointSize);
    font.setBold(bold);
    return font;
}

// Projector sizes: 14pt bold title, 11pt axes and legend; no animation (screenshots and tests would
// catch it half-way); numbers in the interface's locale.
std::unique_ptr<QChart> newChart(const QString& title, const QString& subtitle)
{
    auto chart = std::make_unique<QChart>();
    chart->setTitle(subtitle.isEmpty()
                        ? title.toHtmlEscaped()
                        : title.toHtmlEscaped() + u"<br><span style=\"font-size:11pt; font-weight:normal\">"_s +
                              subtitle.toHtmlEscaped() + u"</span>"_s);
    chart->setTitleFont(chartFont(14, true));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundRoundness(0);
    chart->layout()->setContentsMargins(0, 0, 0, 0); // no grey frame around the white chart
    chart->legend()->setFont(chartFont(11));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// Steps of 1, 2 or 5 times a power of ten, about six ticks: whole numbers read best from afar.
double niceStep(double range)
{
    const double raw = std::max(range, 1.0) / 6;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 5.0}) {
        if (raw <= factor * power) {
            return factor * power;
        }
    }
    return 10 * power;
}

QValueAxis* valueAxis(double low, double high)
{
    auto* axis = new QValueAxis;
    const double step = niceStep(high - low);
    axis->setRange(std::floor(low / step) * step, high);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    // With localized numbers Qt Charts keeps what follows the conversion as it is: "%" not "%%".
    axis->setLabelFormat(u"%.0f%"_s);
    axis->setLabelsFont(chartFont(11));
    return axis;
}

// Where a label item keeps its bar, for barLabel().
constexpr int kLabelSet = 0;
constexpr int kLabelIndex = 1;

// Our own labels, children of the chart, placed at each bar's end whenever the plot area moves:
// outside the bar when it fits, inside its end when it would leave the plot. A white box under the
// text keeps it readable across the 100% line and grid.
void attachBarLabels(QChart& chart, QAbstractBarSeries* series, const std::vector<SetSpec>& sets, bool stacked)
{
    struct Placed
    {
        QGraphicsRectItem* box;
        QPointF at; // value, and the middle of the bar on the category axis
    };
    const double width = series->barWidth();
    const auto count = double(sets.size());
    auto placed = std::make_shared<std::vector<Placed>>();
    for (std::size_t s = 0; s < sets.size(); ++s) {
        QBarSet* set = series->barSets().at(qsizetype(s));
        for (const auto& [index, text] : sets[s].labels) {
            auto* box = new QGraphicsRectItem(&chart);
            box->setBrush(QColor(255, 255, 255, 225));
            box->setPen(Qt::NoPen);
            box->setZValue(50); // above the bars and the line, which Qt Charts stacks at small values
            box->setData(kLabelSet, QVariant::fromValue(quintptr(set)));
            box->setData(kLabelIndex, index);
            auto* label = new QGraphicsSimpleTextItem(text, box);
            label->setFont(chartFont(11, true));
            label->setBrush(QColor(0x10, 0x10, 0x10));
            label->setPos(3, 1);
            box->setRect(QRectF(QPointF(), label->boundingRect().size() + QSizeF(6, 2)));
            const double middle = stacked ? index : index - width / 2 + (double(s) + 0.5) / count * width;
            placed->push_back({box, QPointF(set->at(index), middle)});
        }
    }
    QChart* owner = &chart;
    QObject::connect(&chart, &QChart::plotAreaChanged, &chart, [owner, series, placed](const QRectF& plot) {
        constexpr qreal gap = 3;
        for (const Placed& label : *placed) {
            const QPointF end = owner->mapToPosition(label.at, series);
            const QSizeF size = label.box->rect().size();
            const bool negative = label.at.x() < 0;
            qreal x = negative ? end.x() - gap - size.width() : end.x() + gap;
            if (negative ? x < plot.left() : x + size.width() > plot.right()) {
                x = negative ? end.x() + gap : end.x() - gap - size.width();
            }
            label.box->setPos(x, end.y() - size.height() / 2);
        }
    });
}

// Qt Charts draws the first category at the bottom, and the first set of a group at the bottom of
// the group; QAbstractAxis::setReverse does not turn a bar category axis over. The spec is turned
// over instead (and the legend with it), so plan order and Plan-before-Actual read from the top.
BarsSpec upsideDown(BarsSpec spec)
{
    const int last = int(spec.categories.size()) - 1;
    if (!spec.stacked) {
        std::reverse(spec.sets.begin(), spec.sets.end());
    }
    std::reverse(spec.categories.begin(), spec.categories.end());
    std::reverse(spec.names.begin(), spec.names.end());
    for (SetSpec& set : spec.sets) {
        std::reverse(set.values.begin(), set.values.end());
        std::map<int, QString> labels;
        for (auto& [index, text] : set.labels) {
            labels[last - index] = std::move(text);
        }
        set.labels = std::move(labels);
    }
    return spec;
}

} // namespace

QValueAxis* growthAxis(double low, double high)
{
    const double step = niceStep(std::max(high, 0.0) - std::min(low, 0.0));
    return valueAxis(std::min(low, 0.0), std::ceil(std::max(high, 0.0) * 1.1 / step) * step);
}

// From 0 to a little beyond the longest bar and the 100% line; a cut bar fills the plot exactly.
QValueAxis* percentAxis(const BarsSpec& spec)
{
    double longest = 0;
    for (const SetSpec& set : spec.sets) {
        for (const qreal value : set.values) {
            longest = std::max(longest, value);
        }
    }
    if (longest >= kChartCapPercent) {
        return valueAxis(0, kChartCapPercent);
    }
    const double high = std::max(longest, 100.0) * 1.08;
    const double step = niceStep(high);
    return valueAxis(0, std::ceil(high / step) * step);
}

std::unique_ptr<QChart> barChart(const BarsSpec& planOrder, QValueAxis* values, bool targetLine)
{
    const BarsSpec spec = upsideDown(planOrder);
    auto chart = newChart(spec.title, spec.subtitle);
    QAbstractBarSeries* series =
        spec.stacked ? static_cast<QAbstractBarSeries*>(new QHorizontalStackedBarSeries) : new QHorizontalBarSeries;
    for (const SetSpec& setSpec : spec.sets) {
        auto* set = new QBarSet(setSpec.name);
        set->setObjectName(setSpec.key);
        set->append(setSpec.values);
        set->setColor(setSpec.color);
        set->setBorderColor(setSpec.color.darker(160));
        QObject::connect(set, &QBarSet::hovered, set, [names = spec.names](bool inside, int index) {
            if (inside && index >= 0 && index < names.size()) {
                QToolTip::showText(QCursor::pos(), names.at(index));
            } else {
                QToolTip::hideText();
            }
        });
        series->append(set);
    }
    series->setBarWidth(spec.stacked ? 0.7 : 0.8);
    chart->legend()->setReverseMarkers(!spec.stacked);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(spec.categories);
    categories->setLabelsFont(chartFont(11));
    categories->setGridLineVisible(false);
    chart->addAxis(values, Qt::AlignBottom);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(values);
    series->attachAxis(categories);
    if (targetLine) {
        // Across every category: the bar category axis spans index -0.5 to n-0.5.
        auto* line = new QLineSeries;
        line->setName(ChartText::tr("Target (100%)"));
        line->append(100, -0.5);
        line->append(100, double(spec.categories.size()) - 0.5);
        line->setPen(QPen(QColor(0x20, 0x20, 0x20), 2.5, Qt::DashLine));
        chart->addSeries(line);
        line->attachAxis(values);
        line->attachAxis(categories);
    }
    attachBarLabels(*chart, series, spec.sets, spec.stacked);
    return chart;
}

// Declared in ChartBuilders.h (the public face); defined here, beside attachBarLabels(), whose label
// items it reads back.
QString barLabel(const QChart& chart, const QBarSet* set, int index)
{
    for (QGraphicsItem* item : chart.childItems()) {
        if (item->data(kLabelSet).value<quintptr>() == quintptr(set) && item->data(kLabelIndex).toInt() == index &&
            !item->childItems().isEmpty()) {
            if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item->childItems().first())) {
                return text->text();
            }
        }
    }
    return {};
}

} // namespace thidua::gui
