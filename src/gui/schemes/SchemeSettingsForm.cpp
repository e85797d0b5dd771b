#include "SchemeSettingsForm.h"

#include "CriteriaModel.h"
#include "SchemeText.h"
#include "TitleBandsModel.h"
#include "core/Scoring.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

QString optionalText(const std::optional<double>& value)
{
    return value ? SchemeText::editNumber(*value) : QString();
}

QLineEdit* numberEdit(const QString& name, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(SchemeSettingsForm::tr("default"));
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(u"0000000000"_s));
    edit->setAlignment(Qt::AlignRight);
    return edit;
}

QLabel* effectiveLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QWidget* row(QWidget* parent, QLineEdit* edit, QLabel* effective)
{
    auto* widget = new QWidget(parent);
    auto* layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit);
    layout->addWidget(effective, 1);
    return widget;
}

} // namespace

SchemeSettingsForm::SchemeSettingsForm(CriteriaModel* criteria, QWidget* parent)
    : QWidget(parent)
    , m_criteria(criteria)
    , m_titleBands(new TitleBandsModel(this))
    , m_name(new QLineEdit(this))
    , m_scale(numberEdit(u"schemeScaleEdit"_s, this))
    , m_bonusCap(numberEdit(u"schemeBonusCapEdit"_s, this))
    , m_flagThreshold(numberEdit(u"schemeFlagThresholdEdit"_s, this))
    , m_scaleEffective(effectiveLabel(u"schemeScaleEffective"_s, this))
    , m_bonusCapEffective(effectiveLabel(u"schemeBonusCapEffective"_s, this))
    , m_flagThresholdEffective(effectiveLabel(u"schemeFlagThresholdEffective"_s, this))
    , m_bandsTable(new QTableView(this))
    , m_addBand(new QPushButton(tr("Add title"), this))
    , m_removeBand(new QPushButton(tr("Remove title"), this))
    , m_message(new QLabel(this))
{
    m_name->setObjectName(u"schemeNameEdit"_s);
    // Kept as a property: the tooltip shows a refusal while there is one, then this again.
    m_scale->setProperty("help", tr("The scale S totals are brought to. Empty: the sum of the criteria's maxima."));
    m_bonusCap->setProperty("help", tr("At most this many bonus points count. Empty: the default, shown beside."));
    m_flagThreshold->setProperty(
        "help", tr("A group's leader is proposed only from this total. Empty: the default, shown beside."));

    auto* form = new QFormLayout;
    const auto addRow = [&](const QString& label, QLineEdit* edit, QWidget* field) {
        auto* buddy = new QLabel(label, this);
        buddy->setBuddy(edit);
        form->addRow(buddy, field);
        accept(edit);
    };
    addRow(tr("Scheme &name:"), m_name, m_name);
    addRow(tr("&Scale S:"), m_scale, row(this, m_scale, m_scaleEffective));
    addRow(tr("&Bonus cap:"), m_bonusCap, row(this, m_bonusCap, m_bonusCapEffective));
    addRow(tr("&Flag threshold:"), m_flagThreshold, row(this, m_flagThreshold, m_flagThresholdEffective));

    m_bandsTable->setObjectName(u"titleBandsTable"_s);
    m_bandsTable->setModel(m_titleBands);
    m_bandsTable->verticalHeader()->hide();
    m_bandsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_bandsTable->horizontalHeader()->setSectionResizeMode(TitleBandsModel::Title, QHeaderView::Stretch);
    m_bandsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_bandsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_bandsTable->setMaximumHeight(m_bandsTable->fontMetrics().height() * 7);
    m_addBand->setObjectName(u"addTitleBandButton"_s);
    m_removeBand->setObjectName(u"removeTitleBandButton"_s);
    auto* bandButtons = new QVBoxLayout;
    bandButtons->addWidget(m_addBand);
    bandButtons->addWidget(m_removeBand);
    bandButtons->addStretch(1);
    auto* bandsBox = new QGroupBox(tr("Titles proposed by total"), this);
    auto* bandsLayout = new QHBoxLayout(bandsBox);
    bandsLayout->addWidget(m_bandsTable, 1);
    bandsLayout->addLayout(bandButtons);

    m_message->setObjectName(u"schemeSettingsMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(u"color: #a4000f;"_s);

    auto* top = new QHBoxLayout;
    top->addLayout(form, 1);
    top->addWidget(bandsBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_message);

    for (const Field field : {Field::Name, Field::Scale, Field::BonusCap, Field::FlagThreshold}) {
        connect(editOf(field), &QLineEdit::editingFinished, this, [this, field] { apply(field); });
    }
    m_titleBands->setCommit([this](const std::vector<TitleBand>& bands) {
        Scheme candidate = *m_criteria->scheme();
        candidate.titleBands = bands;
        return m_criteria->commitSettings(candidate);
    });
    connect(m_titleBands, &TitleBandsModel::problemChanged, m_message, &QLabel::setText);
    connect(m_addBand, &QPushButton::clicked, this, [this] {
        const int added = m_titleBands->addBand();
        if (added >= 0) {
            m_bandsTable->setCurrentIndex(m_titleBands->index(added, TitleBandsModel::Title));
            m_bandsTable->edit(m_bandsTable->currentIndex());
        }
    });
    connect(m_removeBand, &QPushButton::clicked, this,
            [this] { m_titleBands->removeBand(m_bandsTable->currentIndex().row()); });
}

QLineEdit* SchemeSettingsForm::editOf(Field field) const
{
    switch (field) {
    case Field::Name:
        return m_name;
    case Field::Scale:
        return m_scale;
    case Field::BonusCap:
        return m_bonusCap;
    case Field::FlagThreshold:
        return m_flagThreshold;
    }
    return m_name;
}

void SchemeSettingsForm::load()
{
    const std::optional<Scheme>& scheme = m_criteria->scheme();
    const bool editable = m_criteria->isEditable();
    for (QLineEdit* edit : {m_name, m_scale, m_bonusCap, m_flagThreshold}) {
        edit->setReadOnly(!editable);
        edit->setEnabled(scheme.has_value());
        accept(edit);
    }
    m_name->setText(scheme ? QString::fromStdString(scheme->name) : QString());
    m_scale->setText(scheme ? optionalText(scheme->scale) : QString());
    m_bonusCap->setText(scheme ? optionalText(scheme->bonusCap) : QString());
    m_flagThreshold->setText(scheme ? optionalText(scheme->flagThreshold) : QString());
    m_titleBands->setBands(scheme ? scheme->titleBands : std::vector<TitleBand>{}, scheme ? schemeScale(*scheme) : 0,
                           editable);
    m_addBand->setEnabled(editable);
    m_removeBand->setEnabled(editable);
    m_message->clear();
    showEffective();
}

void SchemeSettingsForm::showEffective()
{
    const std::optional<Scheme>& scheme = m_criteria->scheme();
    if (!scheme) {
        for (QLabel* label : {m_scaleEffective, m_bonusCapEffective, m_flagThresholdEffective}) {
            label->clear();
        }
        return;
    }
    const double scale = schemeScale(*scheme);
    double maxima = 0;
    for (const Criterion& criterion : scheme->criteria) {
        maxima += criterion.maxPoints;
    }
    const auto share = [scale](double points) {
        return SchemeText::percent(scale > 0 ? points / scale : 0);
    };
    m_scaleEffective->setText(scheme->scale ? tr("points; the maxima add up to %1").arg(SchemeText::number(maxima))
                                            : tr("= %1 points, the sum of the maxima").arg(SchemeText::number(scale)));
    const double cap = schemeBonusCap(*scheme);
    m_bonusCapEffective->setText(scheme->bonusCap
                                     ? tr("points, %1 of S").arg(share(cap))
                                     : tr("= %1 points, %2 of S").arg(SchemeText::number(cap), share(cap)));
    const double threshold = schemeFlagThreshold(*scheme);
    m_flagThresholdEffective->setText(
        scheme->flagThreshold ? tr("points, %1 of S").arg(share(threshold))
                              : tr("= %1 points, %2 of S").arg(SchemeText::number(threshold), share(threshold)));
    m_titleBands->setScale(scale);
}

void SchemeSettingsForm::apply(Field field)
{
    if (!m_criteria->isEditable()) {
        return;
    }
    const Scheme& stored = *m_criteria->scheme();
    Scheme candidate = stored;
    QLineEdit* edit = editOf(field);
    if (field == Field::Name) {
        const QString name = edit->text().trimmed();
        if (name.isEmpty()) {
            refuse(edit, tr("A scheme needs a name."));
            return;
        }
        candidate.name = name.toStdString();
    } else {
        const EnteredNumber number = SchemeText::parseNumber(edit->text());
        if (!number.value && !number.empty) {
            refuse(edit, number.error + u'.');
            return;
        }
        if (number.value && field == Field::Scale && *number.value <= 0) {
            refuse(edit, tr("The scale must be above 0, or empty for the sum of the maxima."));
            return;
        }
        if (number.value && *number.value < 0) {
            refuse(edit, tr("The bonus cap and the flag threshold must be 0 or more, or empty for the default."));
            return;
        }
        (field == Field::Scale      ? candidate.scale
         : field == Field::BonusCap ? candidate.bonusCap
                                    : candidate.flagThreshold) = number.value;
    }
    const bool changed = candidate.name != stored.name || candidate.scale != stored.scale ||
                         candidate.bonusCap != stored.bonusCap || candidate.flagThreshold != stored.flagThreshold;
    if (changed && !m_criteria->commitSettings(candidate)) {
        load(); // the stored settings again: the view has said why
        return;
    }
    accept(edit);
    const Scheme& now = *m_criteria->scheme();
    // The stored figure, in the interface's format (e.g. "100.0" typed reads "100").
    if (field != Field::Name) {
        edit->setText(optionalText(field == Field::Scale      ? now.scale
                                   : field == Field::BonusCap ? now.bonusCap
                                                              : now.flagThreshold));
    }
    m_message->clear();
    showEffective();
}

void SchemeSettingsForm::refuse(QLineEdit* edit, const QString& message)
{
    // The text stays for correction; the colour has the message beside it, never alone.
    edit->setStyleSheet(u"QLineEdit { background: #ffd6d6; }"_s);
    edit->setToolTip(message);
    m_message->setText(message);
}

void SchemeSettingsForm::accept(QLineEdit* edit)
{
    edit->setStyleSheet({});
    edit->setToolTip(edit->property("help").toString());
}

} // namespace thidua::gui
