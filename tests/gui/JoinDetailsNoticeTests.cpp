// SPDX-License-Identifier: GPL-3.0-or-later
// A series' join details changed in the series editor: the change is recorded for the room, and the applicants who
// were sent the old details are offered a draft each with the new ones; a change of anything else asks nothing.
#include "SmtpServer.h"
#include "UiFixture.h"
#include "common/JoinDetailsNotice.h"
#include "dialogs/SeriesDialog.h"
#include "mail/mime/MimeParser.h"
#include "replies/TemplateRepository.h"
#include "storage/AuditLog.h"
#include "storage/AuditReader.h"
#include "storage/BlockedAddressRepository.h"
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
// `noticeParent`: where the notice lives, as ミーティング is in the window (a BCC mail is sent after the editor
// closed).
void saveInEditor(test::UiFixture& fixture, const MeetingSeries& series, const std::function<void(QDialog&)>& edit,
                  QWidget* noticeParent = nullptr)
{
    ui::UiServices& services = fixture.services();
    auto rooms = services.rooms.all();
    REQUIRE(rooms.ok());
    ui::SeriesDialog dialog(services.meetings, rooms.value(), series);
    QWidget* parent = noticeParent ? noticeParent : &dialog;
    QObject::connect(&dialog, &ui::SeriesDialog::seriesSaved, &dialog,
                     [&services, parent, series] { ui::JoinDetailsNotice::afterSave(parent, services, series); });
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
    CHECK(fixture.prompter().choicesOffered.isEmpty());
    CHECK(secretChanges(db, room->id) == changesBefore);

    // A new passcode: asked how to tell them, drafted one by one, recorded.
    fixture.prompter().chooseAnswer = 0;
    MeetingSeries renamed = services.meetings.series(before.id).value();
    saveInEditor(fixture, renamed,
                 [](QDialog& dialog) { child<QLineEdit>(&dialog, "passcodeEdit")->setText(QStringLiteral("271828")); });
    REQUIRE(fixture.prompter().choicesOffered.size() == 1);
    CHECK(fixture.prompter().choicesOffered.first().contains(QStringLiteral("合同例会（新しい名前）")));
    CHECK(fixture.prompter().choicesOffered.first().contains(QStringLiteral("BCC")));
    CHECK(fixture.prompter().asked.isEmpty());
    REQUIRE_FALSE(fixture.prompter().told.isEmpty());
    CHECK(fixture.prompter().told.last().contains(QStringLiteral("1 draft")));
    CHECK(secretChanges(db, room->id) == changesBefore + 1);
    auto drafts = ReplyRepository(db, services.clock).forApplicant(holder.value());
    REQUIRE(drafts.ok());
    REQUIRE(drafts->size() == 1);
    CHECK(drafts->first().toAddress == QStringLiteral("hikari.holder@example.jp"));
}

TEST_CASE("A changed passcode can go to every holder in one BCC mail, shown in full before it is sent",
          "[gui][series][secrets][server]")
{
    test::SmtpServer smtp;
    test::SmtpServer::requireInstalled();
    REQUIRE(smtp.start());
    test::UiFixture fixture;
    ui::UiServices& services = fixture.services();
    Database& db = fixture.database();
    REQUIRE(TemplateRepository(db, services.clock).ensureDefaults().ok());
    MailAccount account;
    account.name = QStringLiteral("ルームD 受付");
    account.userName = QStringLiteral("room-d@example.org");
    account.imapHost = smtp.host();
    account.imapPort = 993;
    account.smtpHost = smtp.host();
    account.smtpPort = smtp.port();
    account.smtpSecurity = MailSecurity::StartTls;
    account.smtpUserName = smtp.user();
    account.smtpSecretKey = QStringLiteral("mail-account-smtp/notice");
    account.smtpPinnedSha256 = smtp.certificateSha256();
    auto saved = fixture.mailAccounts().save(account, {QStringLiteral("D")});
    REQUIRE(saved.ok());
    account = fixture.mailAccounts().byId(saved.value()).value();
    fixture.keychain().entries.insert(account.smtpSecretKey, smtp.password());

    auto room = services.rooms.byCode(QStringLiteral("D"));
    REQUIRE(room.ok());
    const MeetingSeries before = services.meetings.seriesForRoom(room->id)->first();
    // Two holders who can be written to, and one whose address is blocked.
    QVector<qint64> holders;
    const QStringList addresses{QStringLiteral("asahi.holder@example.jp"), QStringLiteral("yuuhi.holder@example.jp"),
                                QStringLiteral("blocked.holder@example.jp")};
    const QStringList names{QStringLiteral("あさひ"), QStringLiteral("ゆうひ"), QStringLiteral("ほし")};
    for (int i = 0; i < addresses.size(); ++i) {
        Applicant a;
        a.roomId = room->id;
        a.anonymousName = names.at(i);
        a.replyAddress = addresses.at(i);
        a.category = Category::Person;
        a.receivedAt = services.clock.now().addDays(-10);
        auto id = services.applicants.insert(a);
        REQUIRE(id.ok());
        holders << id.value();
        REQUIRE(AuditLog(db)
                    .record({0, services.clock.now().addDays(-5), 0, QStringLiteral("reply.sent"),
                             QStringLiteral("applicant"), id.value(), QStringLiteral("action=invite secrets=yes")})
                    .ok());
    }
    REQUIRE(services.blocked.block(addresses.at(2), services.clock.now()).ok());

    // BCC chosen, and the preview answered Send.
    fixture.prompter().chooseAnswer = 1;
    fixture.prompter().confirmAnswer = true;
    QWidget area; // stands for ミーティング, which outlives the editor
    saveInEditor(
        fixture, before,
        [](QDialog& dialog) { child<QLineEdit>(&dialog, "passcodeEdit")->setText(QStringLiteral("314159")); }, &area);
    REQUIRE(fixture.prompter().asked.size() == 1);
    const QString preview = fixture.prompter().asked.first();
    CHECK(preview.contains(QStringLiteral("314159")));
    CHECK(preview.contains(QStringLiteral("ほし"))); // left out, by name
    for (const QString& address : addresses)
        CHECK_FALSE(preview.contains(address)); // nobody's address is shown, not even the blocked one
    REQUIRE(QTest::qWaitFor([&] { return !fixture.prompter().told.isEmpty(); }, 30000));
    INFO(fixture.prompter().told.join(QLatin1Char('\n')).toStdString());
    CHECK(fixture.prompter().told.last().contains(QStringLiteral("2")));
    const auto received = smtp.messages();
    REQUIRE(received.size() == 1);
    QStringList to = received.first().rcptTos;
    std::sort(to.begin(), to.end());
    CHECK(to == QStringList{addresses.at(0), addresses.at(1)});
    CHECK_FALSE(received.first().bytes.contains("holder@example.jp"));
    CHECK(MimeParser::parse(received.first().bytes).text.contains(QStringLiteral("314159")));
    // The two now hold the new passcode; nobody got a draft.
    auto now = AuditReader(db).secretHolders(room->id);
    REQUIRE(now.ok());
    CHECK(now->size() == 2);
    CHECK(ReplyRepository(db, services.clock).forApplicant(holders.at(0))->isEmpty());
}
