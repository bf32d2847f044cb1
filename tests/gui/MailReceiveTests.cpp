// SPDX-License-Identifier: GPL-3.0-or-later
// Receiving mail in 受付 against a real Dovecot, through the real widgets: the receive button brings a new
// applicant into the list and shows the last time mail was received; a password is asked when there is none; an
// untrusted certificate is put to the host with its fingerprint, and only "trust" lets mail in.
#include "DovecotServer.h"
#include "MailSamples.h"
#include "MainWindow.h"
#include "UiFixture.h"
#include "common/MailReceiver.h"
#include "text/DisplayText.h"
#include "text/MailAccountText.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace tsunagu;
using test::DovecotServer;
using test::LanguageGuard;
using test::UiFixture;

namespace {

using test::child;

// A mail account for room E on the test server; the password in the keychain unless the host is to be asked.
MailAccount addAccount(UiFixture& fixture, const DovecotServer& server, bool trustCertificate, bool askPassword)
{
    MailAccount account;
    account.name = QStringLiteral("Room E 受付");
    account.userName = server.user();
    account.imapHost = server.host();
    account.imapPort = server.imapsPort();
    account.imapSecurity = MailSecurity::Tls;
    account.caFile = trustCertificate ? server.certificatePath() : QString();
    account.askPassword = askPassword;
    auto id = fixture.mailAccounts().save(account, {QStringLiteral("E")});
    REQUIRE(id.ok());
    account = fixture.mailAccounts().byId(id.value()).value();
    if (!askPassword)
        fixture.keychain().entries.insert(account.secretKey, server.password());
    return account;
}

QByteArray application(const QString& name, const QString& address, const QByteArray& messageId)
{
    return test::formMail(QStringLiteral("【Room E】参加申し込み"), test::applicationBody(name, address), messageId);
}

int storedMessages(UiFixture& fixture)
{
    QSqlQuery q(fixture.database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM messages WHERE account_id IS NOT NULL")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

bool listed(QTableView* view, const QString& name)
{
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->index(row, column).data().toString() == name)
                return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("Receive mail brings a new applicant into 受付 and shows when mail was last received", "[gui][receive]")
{
    DovecotServer::requireInstalled();
    DovecotServer server;
    REQUIRE(server.start());
    UiFixture fixture;
    LanguageGuard japanese(QStringLiteral("ja"));
    addAccount(fixture, server, true, false);
    REQUIRE_FALSE(server
                      .deliver(application(QStringLiteral("ひばり"), QStringLiteral("hibari@example.jp"),
                                           "receive-1@forms.example.org"))
                      .isEmpty());

    ui::MainWindow window(fixture.services());
    window.show();
    test::waitForLists(window);
    auto* waiting = child<QTableView>(window, "waitingApplicantsView");
    auto* status = child<QLabel>(window, "mailStatusLabel");
    const int before = waiting->model()->rowCount();
    CHECK(status->text().contains(QStringLiteral("Room E 受付")));
    CHECK_FALSE(listed(waiting, QStringLiteral("ひばり")));

    QTest::mouseClick(child<QPushButton>(window, "receiveButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return waiting->model()->rowCount() == before + 1; }, 30000));
    CHECK(listed(waiting, QStringLiteral("ひばり")));
    // The suite's "today" (Sunday 22 November 2026, 10:00 in Japan) in this computer's time, in Japanese.
    const QString last = QStringLiteral("最終受信: ") + DisplayText::dateTime(test::testNow().toLocalTime());
    CHECK(last.contains(QStringLiteral("2026年11月")));
    INFO(status->text().toStdString());
    CHECK(QTest::qWaitFor([&] { return status->text().contains(last); }, 10000));
    REQUIRE(
        QTest::qWaitFor([&] { return status->text().contains(QStringLiteral("新着メールを待っています")); }, 10000));
    CHECK_FALSE(child<QLabel>(window, "mailProblemLabel")->isVisible());
    CHECK_FALSE(child<QProgressBar>(window, "receiveProgressBar")->isVisible());
    CHECK(fixture.prompter().passwordsAsked.isEmpty());

    // While the window is open, the next application arrives by itself (IDLE).
    REQUIRE_FALSE(server
                      .deliver(application(QStringLiteral("つぐみ"), QStringLiteral("tsugumi@example.jp"),
                                           "receive-2@forms.example.org"))
                      .isEmpty());
    CHECK(QTest::qWaitFor([&] { return listed(waiting, QStringLiteral("つぐみ")); }, 15000));
}

TEST_CASE("Opening the window starts receiving for each account without a click", "[gui][receive]")
{
    DovecotServer server;
    REQUIRE(server.start());
    UiFixture fixture;
    addAccount(fixture, server, true, false);
    REQUIRE_FALSE(server
                      .deliver(application(QStringLiteral("Kestrel"), QStringLiteral("kestrel@example.jp"),
                                           "receive-3@forms.example.org"))
                      .isEmpty());
    ui::MainWindow window(fixture.services());
    window.show();
    window.startReceiving();
    auto* waiting = child<QTableView>(window, "waitingApplicantsView");
    CHECK(QTest::qWaitFor([&] { return listed(waiting, QStringLiteral("Kestrel")); }, 30000));
    CHECK(QTest::qWaitFor(
        [&] {
            return child<QLabel>(window, "mailStatusLabel")
                ->text()
                .contains(QStringLiteral("the server tells Tsunagu at once"));
        },
        10000));
}

TEST_CASE("Without a saved password the host is asked, and the password is kept for this session only",
          "[gui][receive]")
{
    DovecotServer server;
    REQUIRE(server.start());
    UiFixture fixture;
    LanguageGuard japanese(QStringLiteral("ja"));
    addAccount(fixture, server, true, true);
    REQUIRE_FALSE(server
                      .deliver(application(QStringLiteral("うぐいす"), QStringLiteral("uguisu@example.jp"),
                                           "receive-4@forms.example.org"))
                      .isEmpty());
    ui::MainWindow window(fixture.services());
    window.show();
    // Opening the window asks nothing: the account waits for the host.
    window.startReceiving();
    auto* problems = child<QLabel>(window, "mailProblemLabel");
    REQUIRE(QTest::qWaitFor([&] { return problems->isVisible(); }, 5000));
    CHECK(problems->text().contains(QStringLiteral("パスワード")));
    CHECK(fixture.prompter().passwordsAsked.isEmpty());

    fixture.prompter().passwordAnswer = server.password();
    QTest::mouseClick(child<QPushButton>(window, "receiveButton"), Qt::LeftButton);
    REQUIRE(fixture.prompter().passwordsAsked.size() == 1);
    CHECK(fixture.prompter().passwordsAsked.first().contains(QStringLiteral("Tsunagu を閉じるまで")));
    auto* waiting = child<QTableView>(window, "waitingApplicantsView");
    CHECK(QTest::qWaitFor([&] { return listed(waiting, QStringLiteral("うぐいす")); }, 30000));
    CHECK(QTest::qWaitFor(
        [&] { return child<QLabel>(window, "mailStatusLabel")->text().contains(QStringLiteral("閉じるまで")); },
        10000));
    CHECK_FALSE(fixture.keychain().entries.contains(fixture.mailAccounts().all().value().first().secretKey));
}

TEST_CASE("An untrusted certificate is put to the host with its fingerprint and trusting it lets mail in",
          "[gui][receive]")
{
    DovecotServer server;
    REQUIRE(server.start());
    UiFixture fixture;
    LanguageGuard japanese(QStringLiteral("ja"));
    const MailAccount account = addAccount(fixture, server, false, false);
    REQUIRE_FALSE(server
                      .deliver(application(QStringLiteral("かわせみ"), QStringLiteral("kawasemi@example.jp"),
                                           "receive-5@forms.example.org"))
                      .isEmpty());
    ui::MainWindow window(fixture.services());
    window.show();
    fixture.prompter().trustAnswer = true;
    QTest::mouseClick(child<QPushButton>(window, "receiveButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !fixture.prompter().certificatesAsked.isEmpty(); }, 30000));
    const QString question = fixture.prompter().certificatesAsked.first();
    CHECK(question.contains(QString::fromLatin1(server.certificateSha256().toHex(':').toUpper())));
    CHECK(question.contains(QStringLiteral("SHA-256")));
    CHECK(question.contains(QStringLiteral("発行先")));
    CHECK_FALSE(fixture.prompter().certificateChanged);

    auto* waiting = child<QTableView>(window, "waitingApplicantsView");
    REQUIRE(QTest::qWaitFor([&] { return listed(waiting, QStringLiteral("かわせみ")); }, 30000));
    CHECK(fixture.mailAccounts().byId(account.id).value().pinnedSha256 == server.certificateSha256());
    CHECK(fixture.prompter().certificatesAsked.size() == 1);
    CHECK(QTest::qWaitFor([&] { return !child<QLabel>(window, "mailProblemLabel")->isVisible(); }, 10000));
}

TEST_CASE("Refusing an untrusted certificate stores nothing and leaves the error on show", "[gui][receive]")
{
    DovecotServer server;
    REQUIRE(server.start());
    UiFixture fixture;
    const MailAccount account = addAccount(fixture, server, false, false);
    REQUIRE_FALSE(server
                      .deliver(application(QStringLiteral("Wren"), QStringLiteral("wren@example.jp"),
                                           "receive-6@forms.example.org"))
                      .isEmpty());
    ui::MainWindow window(fixture.services());
    window.show();
    fixture.prompter().trustAnswer = false;
    QTest::mouseClick(child<QPushButton>(window, "receiveButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !fixture.prompter().certificatesAsked.isEmpty(); }, 30000));
    CHECK(fixture.prompter().certificatesAsked.first().contains(
        QString::fromLatin1(server.certificateSha256().toHex(':').toUpper())));

    auto* problems = child<QLabel>(window, "mailProblemLabel");
    REQUIRE(QTest::qWaitFor([&] { return problems->isVisible(); }, 5000));
    CHECK(problems->text().contains(MailAccountText::problem(MailAccountProblem::TlsUntrusted)));
    CHECK(fixture.mailAccounts().byId(account.id).value().pinnedSha256.isEmpty());
    CHECK(fixture.mailAccounts().byId(account.id).value().lastError == MailAccountProblem::TlsUntrusted);
    // No retry loop behind the host's back: nothing else is asked and nothing is stored.
    QSignalSpy changes(&window.receiver(), &ui::MailReceiver::statusChanged);
    CHECK_FALSE(changes.wait(1500));
    CHECK(fixture.prompter().certificatesAsked.size() == 1);
    CHECK(storedMessages(fixture) == 0);
    CHECK_FALSE(listed(child<QTableView>(window, "waitingApplicantsView"), QStringLiteral("Wren")));
}
