// SPDX-License-Identifier: GPL-3.0-or-later
// The reply being edited, on the demo profile and without a server: every edit is stored as a draft (a new editor
// on the same reply finds it, after the pause or when the editor goes), what keeps it from going out, where the
// meeting secrets stand, and that a missing password stops the send and leaves the draft.
#include "TempProfile.h"

#include "mail/net/MailSocket.h"
#include "replies/TemplateRepository.h"
#include "secrets/PasswordSource.h"
#include "secrets/SessionSecretStore.h"
#include "sending/ReplyEditor.h"
#include "storage/ApplicantList.h"
#include "storage/ApplicantRepository.h"
#include "storage/HostRepository.h"
#include "storage/MailAccountRepository.h"
#include "storage/ReplyRepository.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

#include <memory>

namespace tsunagu {
namespace {

// The demo's しろくま applied to Room D, which has its join link, meeting ID, passcode and chat link.
struct EditorFixture
{
    test::TempProfile temp;
    Database& db = temp.openDemo().database();
    SessionSecretStore store;
    PasswordSource passwords{store};
    qint64 applicantId = 0;
    qint64 hostId = 0;

    EditorFixture()
    {
        REQUIRE(TemplateRepository(db, temp.clock()).ensureDefaults().ok());
        auto rows = ApplicantList(db).all();
        REQUIRE(rows.ok());
        for (const ApplicantRow& row : rows.value()) {
            if (row.applicant.anonymousName == QStringLiteral("しろくま"))
                applicantId = row.applicant.id;
        }
        REQUIRE(applicantId != 0);
        auto hosts = HostRepository(db).all();
        REQUIRE(hosts.ok());
        for (const Host& h : hosts.value()) {
            if (h.roomCodes.contains(QStringLiteral("D")))
                hostId = h.id;
        }
        REQUIRE(hostId != 0);
    }

    // No socket is ever opened by these tests: the factory gives none.
    std::unique_ptr<ReplyEditor> editor()
    {
        return std::make_unique<ReplyEditor>(db, temp.clock(), MailSocketFactory(), passwords);
    }

    DraftRequest invitation(qint64 host) const
    {
        DraftRequest request;
        request.applicantId = applicantId;
        request.action = ReplyAction::Invite;
        request.hostId = host;
        return request;
    }

    QString storedBody(qint64 replyId)
    {
        auto reply = ReplyRepository(db, temp.clock()).byId(replyId);
        REQUIRE(reply.ok());
        return reply->body;
    }
};

} // namespace

TEST_CASE_METHOD(EditorFixture, "A new reply is stored as a draft at once and every edit is kept")
{
    auto first = editor();
    REQUIRE_FALSE(first->choose(invitation(hostId)).has_value());
    const qint64 replyId = first->replyId();
    REQUIRE(replyId != 0);
    CHECK(storedBody(replyId) == first->reply().body);

    // After the pause in typing, while the editor is still open (a crash now loses nothing).
    first->setSaveDelay(20);
    QSignalSpy saved(first.get(), &ReplyEditor::draftSaved);
    first->setBody(first->reply().body + QStringLiteral("PS: see you on Tuesday"));
    CHECK_FALSE(storedBody(replyId).contains(QStringLiteral("PS: see you on Tuesday")));
    REQUIRE(saved.wait(5000));
    auto second = editor();
    REQUIRE_FALSE(second->load(replyId).has_value());
    CHECK(second->reply().body.contains(QStringLiteral("PS: see you on Tuesday")));

    // The last keystrokes before the window closes are not lost either.
    second->setSubject(QStringLiteral("Welcome"));
    second->setBody(QStringLiteral("Typed just before closing"));
    second.reset();
    auto third = editor();
    REQUIRE_FALSE(third->load(replyId).has_value());
    CHECK(third->reply().subject == QStringLiteral("Welcome"));
    CHECK(third->reply().body == QStringLiteral("Typed just before closing"));
}

TEST_CASE_METHOD(EditorFixture, "Problems follow the text: an unfilled placeholder and a missing recipient")
{
    auto e = editor();
    // The demo has two hosts: until one is chosen the signature stays an unfilled marker.
    REQUIRE_FALSE(e->choose(invitation(0)).has_value());
    CHECK(e->problems().contains(ReplyProblem::UnfilledPlaceholder));
    CHECK_FALSE(ReplyEditor::markerSpans(e->reply().body).isEmpty());
    CHECK_FALSE(e->problems().contains(ReplyProblem::NoRecipient));

    QSignalSpy changed(e.get(), &ReplyEditor::problemsChanged);
    e->setTo(QString());
    CHECK(changed.count() >= 1);
    CHECK(e->problems().contains(ReplyProblem::NoRecipient));
    e->setTo(QStringLiteral("not an address"));
    CHECK(e->problems().contains(ReplyProblem::NoRecipient));

    REQUIRE_FALSE(e->choose(invitation(hostId)).has_value());
    CHECK_FALSE(e->problems().contains(ReplyProblem::UnfilledPlaceholder));
    CHECK_FALSE(e->problems().contains(ReplyProblem::NoRecipient));
    CHECK(ReplyEditor::markerSpans(e->reply().body).isEmpty());
    e->setSubject(QStringLiteral(" "));
    CHECK(e->problems().contains(ReplyProblem::NoSubject));
}

TEST_CASE_METHOD(EditorFixture, "The meeting secrets in the text are found where they stand")
{
    auto e = editor();
    REQUIRE_FALSE(e->choose(invitation(hostId)).has_value());
    const QString body = e->reply().body;
    const QVector<TextSpan> spans = e->secretSpans();
    REQUIRE(spans.size() >= 4);
    CHECK(e->containsSecrets());
    QStringList found;
    for (const TextSpan& span : spans)
        found << body.mid(span.at, span.length);
    CHECK(found.contains(QStringLiteral("https://meet.example.org/j/90000000011")));
    CHECK(found.contains(QStringLiteral("demo-dkk3")));
    CHECK(found.contains(QStringLiteral("https://chat.example.org/invite/room-d-P4m8")));
    // The stored draft says so too.
    CHECK(ReplyRepository(db, temp.clock()).byId(e->replyId())->includesSecrets);

    // Any text, e.g. the preview: positions are in that text.
    const QString other = QStringLiteral("Passcode: demo-dkk3, again demo-dkk3");
    CHECK(e->secretSpans(other) == QVector<TextSpan>{{10, 9}, {27, 9}});

    e->setBody(QStringLiteral("Nothing secret here."));
    CHECK_FALSE(e->containsSecrets());
    CHECK(e->secretSpans().isEmpty());

    // A reply that is not an invitation must not carry them.
    DraftRequest decline = invitation(hostId);
    decline.action = ReplyAction::Decline;
    REQUIRE_FALSE(e->choose(decline).has_value());
    CHECK_FALSE(e->problems().contains(ReplyProblem::SecretNotAllowed));
    e->setBody(e->reply().body + QStringLiteral("\nPasscode demo-dkk3"));
    CHECK(e->problems().contains(ReplyProblem::SecretNotAllowed));
}

TEST_CASE_METHOD(EditorFixture, "Without a password the send stops before any connection and the draft stays")
{
    MailAccount account;
    account.name = QStringLiteral("Room D reception");
    account.userName = QStringLiteral("room-d@example.org");
    account.imapHost = QStringLiteral("imap.example.org");
    account.smtpHost = QStringLiteral("smtp.example.org");
    MailAccountRepository accounts(db, temp.clock());
    REQUIRE(accounts.save(account, {QStringLiteral("D")}).ok());

    auto e = editor();
    REQUIRE_FALSE(e->choose(invitation(hostId)).has_value());
    REQUIRE(e->problems().isEmpty());
    QSignalSpy needed(e.get(), &ReplyEditor::passwordNeeded);
    QSignalSpy stopped(e.get(), &ReplyEditor::stopped);
    e->send();
    CHECK(e->busy());
    REQUIRE(needed.wait(5000));
    CHECK(needed.first().first().value<MailPassword>() == MailPassword::Imap);
    e->providePassword(MailPassword::Imap, std::nullopt);
    REQUIRE(stopped.count() == 1);
    CHECK(stopped.first().first().value<ReplyEditor::Stop>() == ReplyEditor::Stop::NoPassword);
    CHECK_FALSE(e->busy());
    CHECK(ReplyRepository(db, temp.clock()).byId(e->replyId())->state == ReplyState::Draft);
}

TEST_CASE_METHOD(EditorFixture,
                 "A reply opened and closed without a word typed leaves no draft, a draft can be discarded")
{
    auto untouched = editor();
    REQUIRE_FALSE(untouched->choose(invitation(hostId)).has_value());
    const qint64 first = untouched->replyId();
    CHECK(untouched->untouchedNew());
    REQUIRE(untouched->discard().ok());
    CHECK(ReplyRepository(db, temp.clock()).byId(first).error().code == StoreError::NotFound);

    // Typed in: kept, and no longer "untouched"; reopened later it is not new either.
    auto typed = editor();
    REQUIRE_FALSE(typed->choose(invitation(hostId)).has_value());
    typed->setBody(QStringLiteral("A line of my own"));
    CHECK_FALSE(typed->untouchedNew());
    const qint64 second = typed->replyId();
    typed.reset();
    auto reopened = editor();
    REQUIRE_FALSE(reopened->load(second).has_value());
    CHECK_FALSE(reopened->untouchedNew());
    // The host discards it on purpose.
    REQUIRE(reopened->discard().ok());
    CHECK(ReplyRepository(db, temp.clock()).byId(second).error().code == StoreError::NotFound);
}

} // namespace tsunagu
