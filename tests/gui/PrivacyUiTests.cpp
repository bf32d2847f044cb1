// SPDX-License-Identifier: GPL-3.0-or-later
// Deleting an applicant from the details pane (the confirmation says what goes and what stays; the server option
// is off by default) and a room's retention in the room dialog, in plain words.
#include "MainWindow.h"
#include "UiFixture.h"
#include "areas/ApplicantDetails.h"
#include "dialogs/DeleteApplicantDialog.h"
#include "dialogs/RoomDialog.h"
#include "intake/IntakePipeline.h"
#include "storage/RetentionRepository.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tsunagu;

namespace {

using test::child;

qint64 takeApplication(test::UiFixture& fixture)
{
    const QByteArray raw = "From: Kiri <kiri-delete@example.org>\r\nTo: rooms@example.jp\r\nSubject: Hello\r\n"
                           "Message-ID: <delete-ui-1@example.org>\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" +
                           QStringLiteral("はじめまして。消してほしい自己紹介です。").toUtf8() + "\r\n";
    auto taken = fixture.services().intake.take(raw, IntakeSource{});
    REQUIRE(taken.ok());
    REQUIRE(taken->outcome == IntakeOutcome::NewApplicant);
    return taken->applicantId;
}

} // namespace

TEST_CASE("Deleting an applicant from the details pane says what goes and what stays, and needs a confirmation",
          "[gui][applicants][privacy]")
{
    test::UiFixture fixture;
    const qint64 id = takeApplication(fixture);
    ui::ApplicantDetails details(fixture.services());
    details.show();
    details.showApplicant(id);
    QSignalSpy changed(&details, &ui::ApplicantDetails::applicantChanged);

    // Cancelled: nothing changes.
    child<QPushButton>(&details, "deleteApplicantButton")->click();
    auto* dialog = child<ui::DeleteApplicantDialog>(&details, "deleteApplicantDialog");
    REQUIRE(dialog->isVisible());
    const QString summary = child<QLabel>(dialog, "deleteSummaryLabel")->text();
    CHECK(summary.contains(QStringLiteral("cannot be undone")));
    CHECK(summary.contains(QStringLiteral("1 mail(s)")));
    CHECK(summary.contains(QStringLiteral("counts and reports stay the same")));
    // Taken from a file, so nothing of theirs is on a server: the option is there, off and explained.
    auto* onServer = child<QCheckBox>(dialog, "alsoOnServerCheckBox");
    CHECK_FALSE(onServer->isChecked());
    CHECK_FALSE(onServer->isEnabled());
    dialog->reject();
    QTest::qWait(0);
    CHECK(fixture.services().applicants.byId(id)->introduction.contains(QStringLiteral("消してほしい")));
    CHECK(changed.isEmpty());

    // Confirmed: the applicant's words go, the row stays for the counts, the lists are told.
    child<QPushButton>(&details, "deleteApplicantButton")->click();
    dialog = child<ui::DeleteApplicantDialog>(&details, "deleteApplicantDialog");
    child<QPushButton>(dialog, "confirmDeleteButton")->click();
    // The deletion runs on a thread of its own: the window is told when it is done.
    REQUIRE(changed.wait(20000));
    auto after = fixture.services().applicants.byId(id);
    REQUIRE(after.ok());
    CHECK(after->introduction.isEmpty());
    CHECK(after->replyAddress.isEmpty());
    CHECK(fixture.services().messages.forApplicant(id)->isEmpty());
    CHECK(changed.count() == 1);
    CHECK(details.applicantId() == 0);

    // Asked again for the same applicant: told it is gone already.
    details.showApplicant(id);
    child<QPushButton>(&details, "deleteApplicantButton")->click();
    REQUIRE_FALSE(fixture.prompter().told.isEmpty());
    CHECK(fixture.prompter().told.last().contains(QStringLiteral("deleted already")));
}

TEST_CASE("The room dialog shows and keeps how long texts are kept, in plain words", "[gui][settings][privacy]")
{
    test::UiFixture fixture;
    ui::MainWindow window(fixture.services());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showArea(ui::MainWindow::Settings);
    auto* page = child<QWidget>(&window, "roomsPage");
    child<QTabWidget>(&window, "settingsTabs")->setCurrentWidget(page);
    auto* view = child<QTableView>(page, "roomsView");
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data().toString() == QLatin1String("E"))
            view->selectRow(row);
    }
    QTest::mouseClick(child<QPushButton>(page, "roomsEditButton"), Qt::LeftButton);
    auto* dialog = child<ui::RoomDialog>(page, "roomDialog");
    auto* spin = child<QSpinBox>(dialog, "roomRetentionSpin");
    auto* words = child<QLabel>(dialog, "roomRetentionLabel");
    CHECK(spin->value() == RetentionRepository::s_defaultDays);
    CHECK(words->text().contains(QStringLiteral("deleted 180 day")));
    CHECK(words->text().contains(QStringLiteral("after the applicant's outcome is decided")));
    spin->setValue(0);
    CHECK(words->text().contains(QStringLiteral("kept until you delete the applicant")));
    spin->setValue(90);
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "roomButtons")->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTest::qWait(0);
    auto e = fixture.services().rooms.byCode(QStringLiteral("E"));
    REQUIRE(e.ok());
    CHECK(RetentionRepository(fixture.services().database, fixture.services().clock).retentionDays(e->id).value() ==
          90);
}

TEST_CASE("The audit log page lists what was done and exports every entry as CSV", "[gui][settings][privacy]")
{
    test::UiFixture fixture;
    const qint64 id = takeApplication(fixture);
    ui::MainWindow window(fixture.services());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showArea(ui::MainWindow::Settings);
    auto* page = child<QWidget>(&window, "auditLogPage");
    child<QTabWidget>(&window, "settingsTabs")->setCurrentWidget(page);
    auto* table = child<QTableWidget>(page, "auditTable");
    // Newest first: the application just taken in, by its message's number, never by name or address.
    REQUIRE(table->rowCount() > 0);
    CHECK(table->item(0, 1)->text() == QStringLiteral("intake.taken"));
    for (int row = 0; row < table->rowCount(); ++row)
        CHECK_FALSE(table->item(row, 4)->text().contains(QStringLiteral("kiri-delete@example.org")));

    QTemporaryDir dir;
    fixture.prompter().saveFile = dir.filePath(QStringLiteral("audit.csv"));
    child<QPushButton>(page, "auditExportButton")->click();
    QFile file(fixture.prompter().saveFile);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // the byte-order mark Excel needs
    const QString csv = QString::fromUtf8(bytes);
    CHECK(csv.contains(QStringLiteral("Tsunagu audit log")));
    CHECK(csv.contains(QStringLiteral("profile.demo_seeded")));
    CHECK(csv.contains(QStringLiteral("intake.taken")));
    CHECK_FALSE(csv.contains(QStringLiteral("kiri-delete@example.org")));
    CHECK(fixture.prompter().told.last().contains(QStringLiteral("Written to")));
    (void)id;
}
