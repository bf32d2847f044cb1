// SPDX-License-Identifier: GPL-3.0-or-later
// ポスター: the designer's live preview (drawn off the GUI thread), warnings for rooms without a form, the PDF saved,
// the print preview, and a delivery recorded with the poster's version.
#include "UiFixture.h"
#include "areas/PostersArea.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tsunagu;
using tsunagu::test::LanguageGuard;
using tsunagu::test::UiFixture;

namespace {

using test::child;

// Waits until the preview shows a drawing newer than `after` (the serial shown before the change).
QImage waitForPreview(ui::PostersArea& area, QSignalSpy& spy, int after = 0)
{
    while (area.previewSerial() <= after) {
        if (!spy.wait(10000))
            break;
    }
    REQUIRE(area.previewSerial() > after);
    const QPixmap pixmap = child<QLabel>(&area, "previewLabel")->pixmap();
    REQUIRE_FALSE(pixmap.isNull());
    return pixmap.toImage();
}

QStringList codes(const PosterSpec& spec)
{
    QStringList list;
    for (const PosterRoom& room : spec.rooms)
        list.append(room.code);
    return list;
}

} // namespace

TEST_CASE("the poster designer previews every change and chooses rooms by theme", "[gui][posters]")
{
    UiFixture fixture;
    LanguageGuard japanese(QStringLiteral("ja"));
    ui::PostersArea area(fixture.services());
    area.resize(1200, 900);
    area.show();
    QSignalSpy shown(&area, &ui::PostersArea::previewShown);
    area.refresh();
    const QImage first = waitForPreview(area, shown);
    // All rooms that meet: the paused A and N女 are left out.
    CHECK(codes(area.spec()).size() == 10);
    CHECK_FALSE(codes(area.spec()).contains(QStringLiteral("A")));

    auto* preset = child<QComboBox>(&area, "roomPresetCombo");
    int serial = area.previewSerial();
    preset->setCurrentIndex(preset->findData(QStringLiteral("theme:alcohol")));
    CHECK(codes(area.spec()) == QStringList{QStringLiteral("D"), QStringLiteral("DA"), QStringLiteral("DF")});
    const QImage alcohol = waitForPreview(area, shown, serial);
    CHECK(alcohol != first);

    serial = area.previewSerial();
    child<QLineEdit>(&area, "titleEdit")->setText(QStringLiteral("お酒をやめたいあなたへ"));
    const QImage retitled = waitForPreview(area, shown, serial);
    CHECK(retitled != alcohol);
    CHECK(area.lastOutcome().qrUrls.size() == 3);
    CHECK(area.lastOutcome().qrSideMm >= 25.0);

    // A clinic chosen: its name line and referral code go on the poster.
    auto* contact = child<QComboBox>(&area, "posterContactCombo");
    contact->setCurrentIndex(contact->findText(QStringLiteral("みどり台アルコール専門クリニック")));
    CHECK(child<QLineEdit>(&area, "clinicLineEdit")->text() ==
          QStringLiteral("みどり台アルコール専門クリニック様 掲示用"));
    CHECK(child<QLineEdit>(&area, "referralCodeEdit")->text() == QStringLiteral("MD01"));
    CHECK(area.spec().referralCode == QStringLiteral("MD01"));
}

TEST_CASE("a room without a form address is named in the designer and gets no code", "[gui][posters]")
{
    UiFixture fixture;
    LanguageGuard japanese(QStringLiteral("ja"));
    auto room = fixture.services().rooms.byCode(QStringLiteral("G"));
    REQUIRE(room.ok());
    Room changed = room.value();
    changed.applicationFormUrl.clear();
    REQUIRE(fixture.services().rooms.update(changed).ok());

    ui::PostersArea area(fixture.services());
    area.show();
    QSignalSpy shown(&area, &ui::PostersArea::previewShown);
    area.refresh();
    waitForPreview(area, shown);
    auto* problems = child<QLabel>(&area, "problemsLabel");
    CHECK(problems->isVisible());
    CHECK(problems->text().contains(QStringLiteral("ルーム G")));
    CHECK(area.lastOutcome().has(PosterProblem::Kind::NoFormUrl));
    CHECK_FALSE(area.lastOutcome().qrUrls.contains(room->applicationFormUrl));
}

TEST_CASE("the poster is saved as PDF, previewed for printing and recorded as delivered", "[gui][posters]")
{
    UiFixture fixture;
    LanguageGuard japanese(QStringLiteral("ja"));
    ui::PostersArea area(fixture.services());
    area.show();
    QSignalSpy shown(&area, &ui::PostersArea::previewShown);
    area.refresh();
    waitForPreview(area, shown);

    QTemporaryDir dir;
    fixture.prompter().saveFile = dir.filePath(QStringLiteral("poster.pdf"));
    QTest::mouseClick(child<QPushButton>(&area, "savePdfButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!fixture.prompter().told.isEmpty(), 20000);
    CHECK(fixture.prompter().told.last().contains(fixture.prompter().saveFile));
    QFile pdf(fixture.prompter().saveFile);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
    CHECK(area.isEnabled());

    QTest::mouseClick(child<QPushButton>(&area, "printButton"), Qt::LeftButton);
    auto* preview = area.findChild<QPrintPreviewDialog*>(QStringLiteral("printPreviewDialog"));
    REQUIRE(preview);
    CHECK(preview->isVisible());
    preview->close();

    auto* view = child<QTableView>(&area, "deliveriesView");
    const int before = view->model()->rowCount();
    auto* record = child<QPushButton>(&area, "recordDeliveryButton");
    CHECK_FALSE(record->isEnabled()); // no place chosen yet
    auto* contact = child<QComboBox>(&area, "posterContactCombo");
    contact->setCurrentIndex(contact->findText(QStringLiteral("架空県北部保健所")));
    child<QSpinBox>(&area, "copiesSpin")->setValue(3);
    REQUIRE(record->isEnabled());
    QTest::mouseClick(record, Qt::LeftButton);
    CHECK(view->model()->rowCount() == before + 1);
    auto deliveries = fixture.services().contacts.posterDeliveries();
    REQUIRE(deliveries.ok());
    CHECK(deliveries->first().organisation == QStringLiteral("架空県北部保健所"));
    CHECK(deliveries->first().delivery.copies == 3);
    CHECK(deliveries->first().delivery.posterVersion == QStringLiteral("2026年11月版 A4"));
}
