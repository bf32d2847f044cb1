// SPDX-License-Identifier: GPL-3.0-or-later
// What the host decides about an applicant, in the details pane: the status with a note for the history, the room
// of an application that names none, and a letter taken as an application by mistake put back in 未分類.
#include "UiFixture.h"
#include "areas/ApplicantDetails.h"
#include "intake/IntakePipeline.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace tsunagu;

namespace {

using test::child;

qint64 takeLetter(test::UiFixture& fixture, const QByteArray& subject, const QByteArray& id)
{
    const QByteArray raw = "From: Rin <rin@example.org>\r\nTo: rooms@example.jp\r\nSubject: " + subject +
                           "\r\nMessage-ID: <" + id + ">\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" +
                           QStringLiteral("はじめまして。話を聞いてほしいです。").toUtf8() + "\r\n";
    auto taken = fixture.services().intake.take(raw, IntakeSource{});
    REQUIRE(taken.ok());
    REQUIRE(taken->outcome == IntakeOutcome::NewApplicant);
    return taken->applicantId;
}

} // namespace

TEST_CASE("The details pane changes the status with a note and assigns a room", "[gui][applicants]")
{
    test::UiFixture fixture;
    const qint64 id = takeLetter(fixture, "Hello", "actions-1@example.org");
    ui::ApplicantDetails details(fixture.services());
    details.show();
    details.showApplicant(id);
    QSignalSpy changed(&details, &ui::ApplicantDetails::applicantChanged);

    auto* room = child<QComboBox>(&details, "applicantRoomCombo");
    CHECK(room->currentData().toLongLong() == 0); // the letter names no room
    const int g = room->findText(QStringLiteral("G "), Qt::MatchStartsWith);
    REQUIRE(g > 0);
    room->setCurrentIndex(g);
    Q_EMIT room->activated(g);
    CHECK(fixture.services().applicants.byId(id)->roomId == room->itemData(g).toLongLong());

    auto* status = child<QComboBox>(&details, "applicantStatusCombo");
    status->setCurrentIndex(status->findData(QStringLiteral("on_hold")));
    child<QLineEdit>(&details, "applicantStatusNoteEdit")->setText(QStringLiteral("来月また連絡します"));
    child<QPushButton>(&details, "changeStatusButton")->click();
    CHECK(fixture.services().applicants.byId(id)->status == ApplicantStatus::OnHold);
    auto history = fixture.services().applicants.history(id);
    REQUIRE(history.ok());
    CHECK(history->last().note == QStringLiteral("来月また連絡します"));
    CHECK(changed.count() == 2);
    // Once the status changed, the applicant cannot be undone into 未分類 any more.
    CHECK_FALSE(child<QPushButton>(&details, "unclassifyButton")->isVisible());
}

TEST_CASE("A letter taken as an application by mistake goes back to 未分類 in one click", "[gui][applicants]")
{
    test::UiFixture fixture;
    const qint64 id = takeLetter(fixture, "Hi", "actions-2@example.org");
    ui::ApplicantDetails details(fixture.services());
    details.show();
    details.showApplicant(id);
    auto* button = child<QPushButton>(&details, "unclassifyButton");
    REQUIRE(button->isVisible());
    button->click();
    CHECK(fixture.services().applicants.byId(id).error().code == StoreError::NotFound);
    CHECK(details.applicantId() == 0);
}
