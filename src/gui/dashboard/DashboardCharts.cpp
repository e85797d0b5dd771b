#include "DashboardCharts.h"

#include "ChartBuilders.h"
#include "gui/FileDialog.h"
#include "gui/MessageBox.h"

#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QImage>
#include <QImageWriter>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

// The size of an exported chart: 16:9 like a projector, large enough for a slide or a printout.
constexpr QSize kExportSize(1600, 900);

} // namespace

DashboardCharts::DashboardCharts(QWidget* parent)
    : QWidget(parent)
{
    m_headingCombo = new QComboBox;
    m_headingCombo->setObjectName(u"headingCombo"_s);
    m_headingCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* headingLabel = new QLabel(tr("H&eading:"));
    headingLabel->setBuddy(m_headingCombo);
    m_exportButton = new QPushButton(tr("E&xport PNG\u2026"));
    m_exportButton->setObjectName(u"exportPngButton"_s);
    m_exportButton->setToolTip(tr("Save the chart on screen as a picture"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(headingLabel);
    bar->addWidget(m_headingCombo);
    bar->addStretch();
    bar->addWidget(m_exportButton);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"chartTabs"_s);
    const std::array<QString, ChartCount> names{u"headingChart"_s, u"sectorChart"_s, u"periodsChart"_s};
    const std::array<QString, ChartCount> titles{tr("&Achievement per heading"), tr("&Sector growth"),
                                                 tr("Six &months and year-end")};
    for (int chart = 0; chart < ChartCount; ++chart) {
        m_pages[std::size_t(chart)] = makePage(names[std::size_t(chart)]);
        m_tabs->addTab(m_pages[std::size_t(chart)].stack->parentWidget(), titles[std::size_t(chart)]);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    connect(m_headingCombo, &QComboBox::currentIndexChanged, this, &DashboardCharts::rebuild);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        // The sectors are one fixed group of KT; the heading chooser would only mislead there.
        m_headingCombo->setEnabled(m_tabs->currentIndex() != SectorChart && m_headingCombo->count() > 0);
        m_exportButton->setEnabled(m_pages[std::size_t(m_tabs->currentIndex())].stack->currentIndex() == 0);
    });
    connect(m_exportButton, &QPushButton::clicked, this, &DashboardCharts::exportPng);
    rebuild();
}

DashboardCharts::Page DashboardCharts::makePage(const QString& viewName)
{
    auto* page = new QWidget;
    Page result;
    result.view = new QChartView;
    result.view->setObjectName(viewName);
    result.view->setRenderHint(QPainter::Antialiasing);
    result.message = new QLabel;
    result.message->setAlignment(Qt::AlignCenter);
    result.message->setWordWrap(true);
    QFont large = result.message->font();
    large.setPointSize(14);
    result.message->setFont(large);
    result.stack = new QStackedWidget;
    result.stack->addWidget(result.view);
    result.stack->addWidget(result.message);
    result.note = new QLabel;
    result.note->setWordWrap(true);
    QFont noteFont = result.note->font();
    noteFont.setPointSize(std::max(noteFont.pointSize(), 11));
    result.note->setFont(noteFont);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(result.stack, 1);
    layout->addWidget(result.note);
    return result;
}

void DashboardCharts::setData(std::shared_ptr<const DashboardData> shown, std::shared_ptr<const DashboardData> halfYear,
                              std::shared_ptr<const DashboardData> yearEnd)
{
    m_shown = std::move(shown);
    m_halfYear = std::move(halfYear);
    m_yearEnd = std::move(yearEnd);
    fillHeadings();
    rebuild();
}

void DashboardCharts::clear()
{
    setData(nullptr, nullptr, nullptr);
}

// Keeps the chosen heading across refreshes when the plan still has it.
void DashboardCharts::fillHeadings()
{
    const QString chosen = m_headingCombo->currentData().toString();
    const QSignalBlocker blocker(m_headingCombo);
    m_headingCombo->clear();
    const DashboardData* plan = m_shown ? m_shown.get() : m_yearEnd ? m_yearEnd.get() : m_halfYear.get();
    if (plan != nullptr) {
        for (const Heading& heading : plan->headings) {
            m_headingCombo->addItem(QString::fromStdString(heading.name), QString::fromStdString(heading.code));
        }
    }
    m_headingCombo->setCurrentIndex(std::max(0, m_headingCombo->findData(chosen)));
}

std::string DashboardCharts::headingCode() const
{
    return m_headingCombo->currentData().toString().toStdString();
}

BuiltChart DashboardCharts::build(Chart chart) const
{
    switch (chart) {
    case HeadingChart:
        return buildHeadingChart(m_shown.get(), headingCode());
    case SectorChart:
        return buildSectorChart(m_shown.get());
    case PeriodsChart:
    case ChartCount:
        break;
    }
    return buildPeriodsChart(m_halfYear.get(), m_yearEnd.get(), headingCode());
}

void DashboardCharts::rebuild()
{
    for (int chart = 0; chart < ChartCount; ++chart) {
        Page& page = m_pages[std::size_t(chart)];
        BuiltChart built = build(Chart(chart));
        // QChartView::setChart hands the old chart back to us instead of deleting it.
        QChart* old = page.view->chart();
        page.view->setChart(built.chart ? built.chart.release() : new QChart);
        delete old;
        page.message->setText(built.message);
        page.stack->setCurrentIndex(built.message.isEmpty() ? 0 : 1);
        page.note->setText(built.note);
        page.note->setVisible(!built.note.isEmpty());
    }
    m_headingCombo->setEnabled(m_tabs->currentIndex() != SectorChart && m_headingCombo->count() > 0);
    m_exportButton->setEnabled(m_pages[std::size_t(m_tabs->currentIndex())].stack->currentIndex() == 0);
}

// Built again at the export size rather than grabbed from the screen, so the picture does not
// depend on how large the window happens to be.
bool DashboardCharts::saveCurrentChart(const QString& path) const
{
    BuiltChart built = build(Chart(m_tabs->currentIndex()));
    if (!built.chart) {
        return false;
    }
    // A scene of its own, never shown: the chart is laid out at once for the size it is given. The
    // note goes under it, as on screen: a slide must say what the chart leaves out.
    const int noteHeight = built.note.isEmpty() ? 0 : 56;
    const QRectF chartArea(0, 0, kExportSize.width(), kExportSize.height() - noteHeight);
    QGraphicsScene scene;
    QChart* chart = built.chart.release();
    scene.addItem(chart);
    chart->resize(chartArea.size());
    QImage image(kExportSize, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene.render(&painter, chartArea, chart->geometry());
        QFont noteFont = font();
        noteFont.setPointSize(11);
        painter.setFont(noteFont);
        painter.setPen(QColor(0x30, 0x30, 0x30));
        painter.drawText(QRectF(24, chartArea.bottom(), chartArea.width() - 48, noteHeight),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, built.note);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    QImageWriter writer(&file, "png");
    return writer.write(image) && file.commit();
}

void DashboardCharts::exportPng()
{
    const QString title = tr("Export PNG");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = m_tabs->tabText(m_tabs->currentIndex()).remove(u'&') + u".png"_s;
    const QString path =
        FileDialog::getSaveFileName(this, title, QDir(folder).filePath(suggested), tr("PNG images (*.png)"), u"png"_s);
    if (path.isEmpty()) {
        return;
    }
    if (!saveCurrentChart(path)) {
        MessageBox::critical(this, title, tr("Cannot write the picture %1.").arg(QDir::toNativeSeparators(path)));
    }
}

} // namespace thidua::gui
