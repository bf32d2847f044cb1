// SPDX-License-Identifier: GPL-3.0-or-later
// A series' join details changed in the series editor: the change is recorded for the room, and the applicants who
// were sent the old details are offered a draft each with the new ones; a change of anything else asks nothing.
#include "UiFixture.h"
#include "common/JoinDetailsNotice.h"
#include "dialogs/SeriesDialog.h"
#include "replies/TemplateRepository.h"
#include "storage/AuditLog.h"
#include "storage/AuditReader.h"
#include "storage/ReplyRepository.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace tsunagu;
using test::child;

namespace {

// Saves the series in the editor after `edit`, with the window's check after it, as ミーティング does.
void saveInEditor(test::UiFixture& fixture, const MeetingSeries& series, const std::function<void(QDialog&)>& edit)
{
    ui::UiServices& services = fixture.services();
    auto rooms = services.rooms.all();
    REQUIRE(rooms.ok());
    ui::SeriesDialog dialog(services.meetings, rooms.value(), series);
    QObject::connect(&dialog, &ui::SeriesDialog::seriesSaved, &dialog,
                     [&services, &dialog, series] { ui::JoinDetailsNotice::afterSave(&dialog, services, series); });
    dialog.show();
    edit(dialog);
    QSignalSpy saved(&dialog, &ui::SeriesDialog::seriesSaved);
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    REQUIRE(buttons);
    REQUIRE(buttons->button(QDialogButtonBox::Save)->isEnabled());
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    REQUIRE(saved.size() == 1);
}

int secretChanges(Database& db, qint64 roomId)
{
    int count = 0;
    REQUIRE(AuditReader(db)
                .each({},
                      [&](const AuditLine& line) {
                          if (line.entry.action == QLatin1String("secret.changed") && line.entry.subjectId == roomId)
                              ++count;
                          return true;
                      })
                .ok());
    return count;
}

} // namespace

TEST_CASE("A changed passcode of a series offers its holders a draft each with the new one", "[gui][series][secrets]")
{
    test::UiFixture fixture;
    ui::UiServices& services = fixture.services();
    Database& db = fixture.database();
    REQUIRE(TemplateRepository(db, services.clock).ensureDefaults().ok());
    auto room = services.rooms.byCode(QStringLiteral("D"));
    REQUIRE(room.ok());
    auto series = services.meetings.seriesForRoom(room->id);
    REQUIRE(series.ok());
    REQUIRE_FALSE(series->isEmpty());
    const MeetingSeries before = series->first();

    // An applicant of the room who was sent the meeting details.
    Applicant a;
    a.roomId = room->id;
    a.anonymousName = QStringLiteral("ひかり");
    a.replyAddress = QStringLiteral("hikari.holder@example.jp");
    a.category = Category::Person;
    a.receivedAt = services.clock.now().addDays(-10);
    auto holder = services.applicants.insert(a);
    REQUIRE(holder.ok());
    REQUIRE(AuditLog(db)
                .record({0, services.clock.now().addDays(-5), 0, QStringLiteral("reply.sent"),
                         QStringLiteral("applicant"), holder.value(), QStringLiteral("action=invite secrets=yes")})
                .ok());
    REQUIRE(AuditReader(db).secretHolders(room->id).value() == QVector<qint64>{holder.value()});
    const int changesBefore = secretChanges(db, room->id);

    // Only the title: nothing to tell anyone.
    saveInEditor(fixture, before, [](QDialog& dialog) {
        child<QLineEdit>(&dialog, "seriesTitleEdit")->setText(QStringLiteral("合同例会（新しい名前）"));
    });
    CHECK(fixture.prompter().asked.isEmpty());
    CHECK(secretChanges(db, room->id) == changesBefore);

    // A new passcode: asked, drafted, recorded.
    fixture.prompter().confirmAnswer = true;
    MeetingSeries renamed = services.meetings.series(before.id).value();
    saveInEditor(fixture, renamed,
                 [](QDialog& dialog) { child<QLineEdit>(&dialog, "passcodeEdit")->setText(QStringLiteral("271828")); });
    REQUIRE(fixture.prompter().asked.size() == 1);
    CHECK(fixture.prompter().asked.first().contains(QStringLiteral("合同例会（新しい名前）")));
    REQUIRE_FALSE(fixture.prompter().told.isEmpty());
    CHECK(fixture.prompter().told.last().contains(QStringLiteral("1 draft")));
    CHECK(secretChanges(db, room->id) == changesBefore + 1);
    auto drafts = ReplyRepository(db, services.clock).forApplicant(holder.value());
    REQUIRE(drafts.ok());
    REQUIRE(drafts->size() == 1);
    CHECK(drafts->first().toAddress == QStringLiteral("hikari.holder@example.jp"));
}
