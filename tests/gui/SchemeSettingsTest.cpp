#include "SchemeSettingsTest.h"

#include "ScoringTestSupport.h"
#include "gui/schemes/CriteriaModel.h"
#include "gui/schemes/SchemeSettingsForm.h"
#include "gui/schemes/SchemesView.h"
#include "gui/schemes/TitleBandsModel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

namespace thidua::test {

Scheme SchemeSettingsTest::cluster() const
{
    return storedScheme(*m_session->database(), "TC_CUM_XA");
}

void SchemeSettingsTest::init()
{
    m_dir = std::make_unique<GuiTempDir>();
    m_session = std::make_unique<gui::DatabaseSession>();
    m_session->open(m_dir->createDatabase(u"settings.sqlite"_s), storage::Access::ReadWrite);
}

void SchemeSettingsTest::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

void SchemeSettingsTest::settingsShowTheValuesInEffect()
{
    auto view = shownSchemes(*m_session);
    auto* scale = child<QLineEdit>(*view, u"schemeScaleEdit"_s);
    auto* threshold = child<QLineEdit>(*view, u"schemeFlagThresholdEdit"_s);
    auto* message = child<QLabel>(*view, u"schemeSettingsMessage"_s);
    QCOMPARE(scale->text(), QString());
    QVERIFY(child<QLabel>(*view, u"schemeFlagThresholdEffective"_s)->text().contains(u"90%"_s));

    typeInField(scale, u"200"_s);
    QCOMPARE(cluster().scale, std::optional<double>(200));
    QCOMPARE(schemeTotal(*view, schemesText("Scale S")), u"200"_s);
    QCOMPARE(schemeTotal(*view, schemesText("Bonus cap")), u"20"_s);
    QVERIFY(child<QLabel>(*view, u"schemeBonusCapEffective"_s)->text().contains(u"20"_s));

    typeInField(threshold, u"abc"_s);
    QCOMPARE(cluster().flagThreshold, std::optional<double>());
    QCOMPARE(threshold->text(), u"abc"_s);
    QVERIFY(!message->text().isEmpty());
    typeInField(threshold, u"170"_s);
    QCOMPARE(cluster().flagThreshold, std::optional<double>(170));
    QCOMPARE(message->text(), QString());
    QCOMPARE(schemeTotal(*view, schemesText("Flag threshold")), u"170"_s);

    typeInField(scale, u"-1"_s);
    QCOMPARE(cluster().scale, std::optional<double>(200));
    typeInField(scale, QString());
    QCOMPARE(cluster().scale, std::optional<double>());
    QCOMPARE(schemeTotal(*view, schemesText("Scale S")), u"100"_s);

    auto* name = child<QLineEdit>(*view, u"schemeNameEdit"_s);
    typeInField(name, QString());
    QCOMPARE(cluster().name, std::string("Bảng tiêu chí chấm điểm thi đua cụm các xã, thị trấn"));
    typeInField(name, u"Bảng điểm cụm xã 2022"_s);
    QCOMPARE(cluster().name, std::string("Bảng điểm cụm xã 2022"));
    QCOMPARE(child<QComboBox>(*view, u"schemeCombo"_s)->currentText(), u"Bảng điểm cụm xã 2022"_s);
}

void SchemeSettingsTest::titleBandsAreEditedAndChecked()
{
    auto view = shownSchemes(*m_session);
    gui::TitleBandsModel& bands = *view->settingsForm()->titleBands();
    using Bands = gui::TitleBandsModel;
    QCOMPARE(bands.rowCount(), 2);
    QCOMPARE(bands.index(0, Bands::MinShare).data().toString(), u"90%"_s);
    QCOMPARE(bands.index(0, Bands::Points).data().toString(), u"90"_s);
    QCOMPARE(bands.index(1, Bands::Title).data().toString(), u"Tập thể lao động tiên tiến"_s);

    QVERIFY(bands.setData(bands.index(0, Bands::MinShare), u"95%"_s));
    QCOMPARE(cluster().titleBands[0].minShare, 0.95);
    QVERIFY(!bands.setData(bands.index(0, Bands::MinShare), u"70"_s));
    QVERIFY(!bands.setData(bands.index(1, Bands::Title), u" "_s));
    QCOMPARE(cluster().titleBands[0].minShare, 0.95);
    QVERIFY(!child<QLabel>(*view, u"schemeSettingsMessage"_s)->text().isEmpty());

    QTest::mouseClick(child<QPushButton>(*view, u"addTitleBandButton"_s), Qt::LeftButton);
    QCOMPARE(cluster().titleBands.size(), std::size_t(3));
    QCOMPARE(bands.index(2, Bands::MinShare).data().toString(), u"60%"_s);
    QVERIFY(bands.removeBand(2));
    QVERIFY(bands.removeBand(1));
    QVERIFY(!bands.removeBand(0));
    QCOMPARE(cluster().titleBands.size(), std::size_t(1));
}

void SchemeSettingsTest::readOnlyDatabaseCannotBeEdited()
{
    const QString path = m_session->path();
    m_session->open(path, storage::Access::ReadOnly);
    auto view = shownSchemes(*m_session);
    using Model = gui::CriteriaModel;
    Model& model = *view->criteriaModel();
    QCOMPARE(model.rowCount(), 18);
    const QModelIndex maximum = model.index(0, Model::MaxPoints);
    QCOMPARE(maximum.data(Model::CodeRole).toString(), u"C01"_s);
    QVERIFY(!(model.flags(maximum) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(maximum, u"12"_s));
    QCOMPARE(model.addCriterion(0), -1);
    QVERIFY(!child<QPushButton>(*view, u"addCriterionButton"_s)->isEnabled());
    QVERIFY(child<QLineEdit>(*view, u"schemeScaleEdit"_s)->isReadOnly());
    QVERIFY(!(view->settingsForm()->titleBands()->flags(view->settingsForm()->titleBands()->index(0, 0)) &
              Qt::ItemIsEditable));
    QCOMPARE(criterionOf(cluster(), "C01")->maxPoints, 10.0);
}

} // namespace thidua::test
