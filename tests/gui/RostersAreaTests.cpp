// SPDX-License-Identifier: GPL-3.0-or-later
// 名簿: the host adds, changes and removes members through the member dialog, from the buttons and from the list
// itself; an invited applicant joins their room's roster in one step from the applicant's details.
#include "UiFixture.h"
#include "areas/ApplicantDetails.h"
#include "areas/RostersArea.h"
#include "dialogs/MemberDialog.h"
#include "intake/IntakePipeline.h"
#include "models/MemberTableModel.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace tsunagu;

namespace {

using test::child;

int rowOf(QTableView* view, const QString& name)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, ui::MemberTableModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

void choose(QTableView* view, const QString& name)
{
    const int row = rowOf(view, name);
    REQUIRE(row >= 0);
    view->setFocus();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(row, 0)).center());
    REQUIRE(view->selectionModel()->selectedRows().size() == 1);
}

QString selectedName(QTableView* view)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows(ui::MemberTableModel::NameColumn);
    return rows.isEmpty() ? QString() : rows.first().data().toString();
}

ui::MemberDialog* openDialog(QWidget* parent)
{
    ui::MemberDialog* dialog = nullptr;
    for (auto* d : parent->findChildren<ui::MemberDialog*>()) {
        if (d->isVisible())
            dialog = d;
    }
    REQUIRE(dialog != nullptr);
    return dialog;
}

QPushButton* saveButton(ui::MemberDialog* dialog)
{
    return child<QDialogButtonBox>(dialog, "memberButtons")->button(QDialogButtonBox::Save);
}

void chooseRoom(QComboBox* combo, const QString& code)
{
    const int index = combo->findText(code + QStringLiteral(" — "), Qt::MatchStartsWith);
    REQUIRE(index > 0);
    combo->setCurrentIndex(index);
}

qint64 roomId(test::UiFixture& fixture, const QString& code)
{
    auto room = fixture.services().rooms.byCode(code);
    REQUIRE(room.ok());
    return room->id;
}

} // namespace

TEST_CASE("the host adds, changes and removes a member in 名簿", "[gui][rosters]")
{
    test::UiFixture fixture;
    ui::RostersArea area(fixture.services());
    area.resize(900, 600);
    area.show();
    area.refresh();
    auto* view = child<QTableView>(&area, "membersView");
    REQUIRE(view->model()->rowCount() == 10);
    CHECK_FALSE(child<QPushButton>(&area, "editMemberButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&area, "removeMemberButton")->isEnabled());

    // Add: the form says what is missing, and a name the room already has, naming the room.
    child<QPushButton>(&area, "addMemberButton")->click();
    ui::MemberDialog* dialog = openDialog(&area);
    auto* problems = child<QLabel>(dialog, "memberProblemsLabel");
    CHECK_FALSE(saveButton(dialog)->isEnabled());
    CHECK(problems->text().contains(QStringLiteral("anonymous name")));
    chooseRoom(child<QComboBox>(dialog, "memberRoomCombo"), QStringLiteral("D"));
    child<QLineEdit>(dialog, "memberNameEdit")->setText(QStringLiteral("ゆきだるま"));
    CHECK_FALSE(saveButton(dialog)->isEnabled());
    CHECK(problems->text().contains(QStringLiteral("Room D already has a member")));
    child<QLineEdit>(dialog, "memberNameEdit")->setText(QStringLiteral("そよかぜ"));
    CHECK(problems->isHidden());
    REQUIRE(saveButton(dialog)->isEnabled());
    auto* category = child<QComboBox>(dialog, "memberCategoryCombo");
    category->setCurrentIndex(category->findData(QStringLiteral("family")));
    saveButton(dialog)->click();
    CHECK(view->model()->rowCount() == 11);
    CHECK(selectedName(view) == QStringLiteral("そよかぜ")); // the new member is the one selected
    const QString today =
        fixture.services().clock.now().toTimeZone(QTimeZone("Asia/Tokyo")).date().toString(Qt::ISODate);
    bool stored = false;
    const auto afterAdd = fixture.services().members.all();
    REQUIRE(afterAdd.ok());
    for (const MemberRow& row : afterAdd.value()) {
        if (row.member.anonymousName != QStringLiteral("そよかぜ"))
            continue;
        stored = true;
        CHECK(row.roomCode == QStringLiteral("D"));
        CHECK(row.member.category == Category::Family);
        CHECK(row.member.joinedOn.toString(Qt::ISODate) == today);
    }
    CHECK(stored);

    // The room filter and the search narrow the list; the count follows.
    auto* room = child<QComboBox>(&area, "roomCombo");
    room->setCurrentIndex(room->findData(QStringLiteral("D")));
    CHECK(view->model()->rowCount() == 4);
    CHECK(child<QLabel>(&area, "memberCountLabel")->text().contains(QStringLiteral("4")));
    child<QLineEdit>(&area, "memberSearchEdit")->setText(QStringLiteral("そよ"));
    CHECK(view->model()->rowCount() == 1);

    // Change: Enter on the list opens the member, which keeps its selection after the save.
    choose(view, QStringLiteral("そよかぜ"));
    QTest::keyClick(view, Qt::Key_Return);
    dialog = openDialog(&area);
    child<QLineEdit>(dialog, "memberNameEdit")->setText(QStringLiteral("そよ風"));
    auto* status = child<QComboBox>(dialog, "memberStatusCombo");
    status->setCurrentIndex(status->findData(QStringLiteral("inactive")));
    saveButton(dialog)->click();
    child<QLineEdit>(&area, "memberSearchEdit")->clear();
    CHECK(rowOf(view, QStringLiteral("そよかぜ")) < 0);
    REQUIRE(rowOf(view, QStringLiteral("そよ風")) >= 0);
    CHECK(selectedName(view) == QStringLiteral("そよ風"));
    CHECK(view->model()
              ->index(rowOf(view, QStringLiteral("そよ風")), ui::MemberTableModel::StatusColumn)
              .data()
              .toString() == QStringLiteral("Inactive"));

    // Remove: asked first, saying that counted attendance stays; a "no" keeps the member.
    fixture.prompter().confirmAnswer = false;
    QTest::keyClick(view, Qt::Key_Delete);
    REQUIRE(fixture.prompter().asked.size() == 1);
    CHECK(fixture.prompter().asked.last().contains(QStringLiteral("Attendance already counted stays counted")));
    CHECK(rowOf(view, QStringLiteral("そよ風")) >= 0);
    fixture.prompter().confirmAnswer = true;
    child<QPushButton>(&area, "removeMemberButton")->click();
    CHECK(rowOf(view, QStringLiteral("そよ風")) < 0);
    CHECK(fixture.services().members.all()->size() == 10);
}

TEST_CASE("an invited applicant becomes a member of their room in one step", "[gui][rosters][applicants]")
{
    test::UiFixture fixture;
    const QByteArray raw = "From: Rin <rin@example.org>\r\nTo: rooms@example.jp\r\nSubject: Hello\r\nMessage-ID: "
                           "<roster-1@example.org>\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" +
                           QStringLiteral("はじめまして。話を聞いてほしいです。").toUtf8() + "\r\n";
    auto taken = fixture.services().intake.take(raw, IntakeSource{});
    REQUIRE(taken.ok());
    const qint64 id = taken->applicantId;
    REQUIRE(fixture.services().applicants.setRoom(id, roomId(fixture, QStringLiteral("DA"))).ok());

    ui::ApplicantDetails details(fixture.services());
    details.show();
    details.showApplicant(id);
    auto* add = child<QPushButton>(&details, "addToRosterButton");
    CHECK_FALSE(add->isEnabled()); // a new applicant is not invited yet

    REQUIRE(fixture.services().applicants.setStatus(id, ApplicantStatus::Invited, 0).ok());
    details.showApplicant(id);
    REQUIRE(add->isEnabled());
    add->click();
    ui::MemberDialog* dialog = openDialog(&details);
    const Applicant applicant = fixture.services().applicants.byId(id).value();
    // Pre-filled from the application: the room, the category, today, and the anonymous name if there is one.
    CHECK(child<QComboBox>(dialog, "memberRoomCombo")->currentData().toLongLong() == applicant.roomId);
    CHECK(child<QComboBox>(dialog, "memberCategoryCombo")->currentData().toString() == categoryKey(applicant.category));
    CHECK(child<QDateEdit>(dialog, "memberJoinedEdit")->date() ==
          fixture.services().clock.now().toTimeZone(QTimeZone("Asia/Tokyo")).date());
    auto* name = child<QLineEdit>(dialog, "memberNameEdit");
    CHECK(name->text() == applicant.anonymousName.trimmed());
    name->setText(QStringLiteral("りん"));
    REQUIRE(saveButton(dialog)->isEnabled());
    saveButton(dialog)->click();

    auto member = fixture.services().members.memberIdForApplicant(id);
    REQUIRE(member.ok());
    CHECK(member.value() != 0);
    CHECK_FALSE(add->isEnabled()); // on the roster now: not offered twice

    ui::RostersArea area(fixture.services());
    area.show();
    area.refresh();
    auto* view = child<QTableView>(&area, "membersView");
    const int row = rowOf(view, QStringLiteral("りん"));
    REQUIRE(row >= 0);
    CHECK(view->model()->index(row, ui::MemberTableModel::RoomColumn).data().toString() == QStringLiteral("DA"));
}

TEST_CASE("an applicant already on a roster is not offered to the roster again", "[gui][rosters][applicants]")
{
    test::UiFixture fixture;
    // かける of the demo profile: invited to N, and a member there already.
    qint64 id = 0;
    const auto members = fixture.services().members.all();
    REQUIRE(members.ok());
    for (const MemberRow& row : members.value()) {
        if (row.member.anonymousName == QStringLiteral("かける"))
            id = row.member.applicantId;
    }
    REQUIRE(id != 0);
    ui::ApplicantDetails details(fixture.services());
    details.show();
    details.showApplicant(id);
    CHECK_FALSE(child<QPushButton>(&details, "addToRosterButton")->isEnabled());
}
