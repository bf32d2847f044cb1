// SPDX-License-Identifier: GPL-3.0-or-later
// The compose window against a real Dovecot and aiosmtpd: the room's template fills it, the host picks who
// answers and edits the text (saved as a draft at once), the preview shows what will be sent, 送信 sends without
// blocking, and the applicant's status changes.
#include "DovecotServer.h"
#include "SmtpServer.h"
#include "UiFixture.h"

#include "dialogs/ComposeDialog.h"
#include "mail/mime/MimeParser.h"
#include "replies/TemplateRepository.h"
#include "storage/ApplicantList.h"
#include "storage/ReplyRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTextCursor>

#include <catch2/catch.hpp>

namespace tsunagu {
namespace {

// A demo applicant of room D who still waits for a first reply.
qint64 waitingApplicantOfRoomD(test::UiFixture& fixture)
{
    auto all = ApplicantList(fixture.services().database).all();
    REQUIRE(all.ok());
    for (const ApplicantRow& row : all.value()) {
        if (row.roomCode == QLatin1String("D") && isAwaitingReply(row.applicant))
            return row.applicant.id;
    }
    FAIL("the demo has no waiting applicant in room D");
    return 0;
}

} // namespace

TEST_CASE("The host composes, edits and sends an invitation from the window", "[gui][reply][server]")
{
    test::DovecotServer::Options imapOptions;
    imapOptions.specialUseMailboxes = true;
    test::DovecotServer imap(imapOptions);
    test::SmtpServer smtp;
    test::DovecotServer::requireInstalled();
    test::SmtpServer::requireInstalled();
    REQUIRE(imap.start());
    REQUIRE(smtp.start());

    test::UiFixture fixture;
    const test::LanguageGuard japanese(QStringLiteral("ja")); // as most hosts see it
    REQUIRE(TemplateRepository(fixture.database(), fixture.services().clock).ensureDefaults().ok());
    MailAccount account;
    account.name = QStringLiteral("ルームD 受付");
    account.userName = imap.user();
    account.imapHost = imap.host();
    account.imapPort = imap.imapsPort();
    account.caFile = imap.certificatePath();
    account.smtpHost = smtp.host();
    account.smtpPort = smtp.port();
    account.smtpSecurity = MailSecurity::StartTls;
    account.smtpUserName = smtp.user();
    account.smtpSecretKey = QStringLiteral("mail-account-smtp/test");
    account.smtpPinnedSha256 = smtp.certificateSha256();
    auto saved = fixture.mailAccounts().save(account, {QStringLiteral("D")});
    REQUIRE(saved.ok());
    account = fixture.mailAccounts().byId(saved.value()).value();
    fixture.keychain().entries.insert(account.secretKey, imap.password());
    fixture.keychain().entries.insert(account.smtpSecretKey, smtp.password());

    const qint64 applicantId = waitingApplicantOfRoomD(fixture);
    const QString address = fixture.services().applicants.byId(applicantId)->replyAddress;
    ui::ComposeDialog dialog(fixture.services(), applicantId);
    dialog.show();
    auto* host = dialog.findChild<QComboBox*>(QStringLiteral("hostCombo"));
    auto* subject = dialog.findChild<QLineEdit*>(QStringLiteral("subjectEdit"));
    auto* to = dialog.findChild<QLineEdit*>(QStringLiteral("toEdit"));
    auto* body = dialog.findChild<QPlainTextEdit*>(QStringLiteral("bodyEdit"));
    auto* problems = dialog.findChild<QLabel*>(QStringLiteral("problemsLabel"));
    auto* send = dialog.findChild<QPushButton*>(QStringLiteral("sendButton"));
    REQUIRE(host);
    REQUIRE(send);

    // Room D's only host is chosen already; without a host the signature is missing and nothing can be sent.
    CHECK(to->text() == address);
    CHECK(subject->text().contains(QStringLiteral("ご参加のご案内")));
    CHECK(host->currentIndex() == 1);
    host->setCurrentIndex(0);
    CHECK(body->toPlainText().contains(QStringLiteral("未入力")));
    CHECK(problems->isVisible());
    CHECK_FALSE(send->isEnabled());
    host->setCurrentIndex(1);
    CHECK_FALSE(body->toPlainText().contains(QStringLiteral("未入力")));
    CHECK(send->isEnabled());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("secretNoteLabel"))->isVisible());
    CHECK(send->text() == QStringLiteral("送信"));
    if (const QString shots = qEnvironmentVariable("TSUNAGU_SCREENSHOT_DIR"); !shots.isEmpty())
        dialog.grab().save(shots + QStringLiteral("/compose.png"));

    // The host's own words are kept as a draft at once, and the preview shows them as they will be sent.
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral("PS: see you soon"));
    auto* tabs = dialog.findChild<QTabWidget*>();
    tabs->setCurrentIndex(1);
    CHECK(ReplyRepository(fixture.database(), fixture.services().clock)
              .byId(dialog.replyId())
              ->body.contains(QStringLiteral("PS: see you soon")));
    const QString preview = dialog.findChild<QPlainTextEdit*>(QStringLiteral("previewView"))->toPlainText();
    CHECK(preview.contains(QStringLiteral("Message-ID: <")));
    CHECK(preview.contains(QStringLiteral("PS: see you soon")));

    QTest::mouseClick(send, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isVisible(); }, 60000));
    CHECK(dialog.result() == QDialog::Accepted);
    const auto received = smtp.messages();
    REQUIRE(received.size() == 1);
    CHECK(received.first().rcptTos == QStringList{address});
    CHECK(MimeParser::parse(received.first().bytes).text.contains(QStringLiteral("PS: see you soon")));
    CHECK(fixture.services().applicants.byId(applicantId)->status == ApplicantStatus::Invited);
    REQUIRE_FALSE(fixture.prompter().told.isEmpty());
}

} // namespace tsunagu

namespace tsunagu {

TEST_CASE("The room's only host signs, a reply closed untouched leaves no draft, a draft can be discarded",
          "[gui][reply]")
{
    test::UiFixture fixture;
    REQUIRE(TemplateRepository(fixture.database(), fixture.services().clock).ensureDefaults().ok());
    const qint64 applicantId = waitingApplicantOfRoomD(fixture);
    ReplyRepository replies(fixture.database(), fixture.services().clock);
    auto draftsNow = [&] {
        auto list = replies.forApplicant(applicantId);
        REQUIRE(list.ok());
        return list->size();
    };
    const auto before = draftsNow();

    {
        ui::ComposeDialog dialog(fixture.services(), applicantId);
        dialog.show();
        // Room D has one host in the demo (ハル): chosen already, listed first.
        auto* host = dialog.findChild<QComboBox*>(QStringLiteral("hostCombo"));
        REQUIRE(host);
        CHECK(host->currentText() == QStringLiteral("ハル"));
        CHECK(host->itemText(1) == QStringLiteral("ハル"));
        dialog.findChild<QPushButton*>(QStringLiteral("closeButton"))->click();
    }
    CHECK(draftsNow() == before);

    {
        ui::ComposeDialog dialog(fixture.services(), applicantId);
        dialog.show();
        auto* body = dialog.findChild<QPlainTextEdit*>(QStringLiteral("bodyEdit"));
        REQUIRE(body);
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, QStringLiteral(" See you."));
        dialog.findChild<QPushButton*>(QStringLiteral("closeButton"))->click();
    }
    CHECK(draftsNow() == before + 1);

    {
        auto list = replies.forApplicant(applicantId);
        REQUIRE(list.ok());
        ui::ComposeDialog dialog(fixture.services(), applicantId, list->last().id);
        dialog.show();
        fixture.prompter().confirmAnswer = true;
        dialog.findChild<QPushButton*>(QStringLiteral("discardButton"))->click();
        CHECK(fixture.prompter().asked.size() == 1);
    }
    CHECK(draftsNow() == before);
}

TEST_CASE("without a mail account the reply preview names the missing account, not the disk", "[gui][reply]")
{
    test::UiFixture fixture;
    const test::LanguageGuard japanese(QStringLiteral("ja"));
    REQUIRE(TemplateRepository(fixture.database(), fixture.services().clock).ensureDefaults().ok());
    REQUIRE(fixture.mailAccounts().all()->isEmpty());
    ui::ComposeDialog dialog(fixture.services(), waitingApplicantOfRoomD(fixture));
    dialog.show();
    auto* tabs = dialog.findChild<QTabWidget*>();
    REQUIRE(tabs);
    tabs->setCurrentIndex(1);
    const QString preview = dialog.findChild<QPlainTextEdit*>(QStringLiteral("previewView"))->toPlainText();
    INFO(preview.toStdString());
    CHECK(preview.contains(QStringLiteral("メールアカウント")));
    CHECK_FALSE(preview.contains(QStringLiteral("ディスク")));
    CHECK_FALSE(preview.contains(QStringLiteral("no_account")));
    CHECK_FALSE(preview.contains(QStringLiteral("no mail account")));
}

} // namespace tsunagu

namespace tsunagu {

TEST_CASE("An invitation offers the room's next meetings as an .ics, kept with the draft", "[gui][reply]")
{
    test::UiFixture fixture;
    REQUIRE(TemplateRepository(fixture.database(), fixture.services().clock).ensureDefaults().ok());
    const qint64 applicantId = waitingApplicantOfRoomD(fixture);
    ui::ComposeDialog dialog(fixture.services(), applicantId);
    dialog.show();
    auto* action = dialog.findChild<QComboBox*>(QStringLiteral("actionCombo"));
    auto* attach = dialog.findChild<QCheckBox*>(QStringLiteral("attachMeetingsCheck"));
    REQUIRE(action);
    REQUIRE(attach);
    action->setCurrentIndex(action->findData(QStringLiteral("invite")));
    // Room D meets on Tuesdays and Fridays: the option is there, off until the host chooses it.
    REQUIRE(attach->isVisible());
    REQUIRE(attach->isEnabled());
    CHECK_FALSE(attach->isChecked());
    attach->setChecked(true);
    ReplyRepository replies(fixture.database(), fixture.services().clock);
    CHECK(replies.byId(dialog.replyId())->attachMeetings);
    attach->setChecked(false);
    CHECK_FALSE(replies.byId(dialog.replyId())->attachMeetings);
    attach->setChecked(true);

    // Only an invitation carries the meetings.
    action->setCurrentIndex(action->findData(QStringLiteral("decline")));
    CHECK_FALSE(attach->isVisible());
    action->setCurrentIndex(action->findData(QStringLiteral("invite")));
    CHECK(attach->isVisible());
    CHECK(attach->isChecked()); // the draft kept the choice

    // Reopened later, the draft still has it.
    const qint64 replyId = dialog.replyId();
    dialog.reject(); // 閉じる: the draft is kept
    ui::ComposeDialog again(fixture.services(), applicantId, replyId);
    again.show();
    CHECK(again.findChild<QCheckBox*>(QStringLiteral("attachMeetingsCheck"))->isChecked());
}

} // namespace tsunagu
