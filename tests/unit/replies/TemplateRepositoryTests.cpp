// SPDX-License-Identifier: GPL-3.0-or-later
// The template store: shipped defaults, which template a reply uses, and what a template may contain.
#include "RepositoryFixture.h"

#include "replies/DefaultTemplates.h"
#include "replies/TemplateRenderer.h"
#include "replies/TemplateRepository.h"
#include "replies/TemplateSyntax.h"

#include <catch2/catch.hpp>

using namespace tsunagu;
using namespace tsunagu::test;

namespace {

struct TemplateFixture : RepositoryFixture
{
    TemplateRepository templates{db, temp.clock()};

    qint64 saveTemplate(ReplyAction action, qint64 roomId, qint64 hostId, const QString& name, const QString& body,
                        const QString& language = QStringLiteral("ja"))
    {
        ReplyTemplate t;
        t.action = action;
        t.roomId = roomId;
        t.hostId = hostId;
        t.language = language;
        t.name = name;
        t.subject = QStringLiteral("件名");
        t.body = body;
        auto id = templates.save(t);
        INFO(id.error().detail.toStdString());
        REQUIRE(id.ok());
        return id.value();
    }

    QString bestBody(ReplyAction action, qint64 roomId, qint64 hostId)
    {
        auto found = templates.forAction(action, roomId, hostId, QStringLiteral("ja"));
        INFO(found.error().detail.toStdString());
        REQUIRE(found.ok());
        return found->body;
    }
};

} // namespace

TEST_CASE_METHOD(TemplateFixture, "ensureDefaults gives one template per action and language and is idempotent")
{
    auto first = templates.ensureDefaults();
    INFO(first.error().detail.toStdString());
    REQUIRE(first.ok());
    CHECK(first.value() == 10);
    CHECK(rowCount(db, QStringLiteral("templates")) == 10);

    auto all = templates.all();
    REQUIRE(all.ok());
    QStringList seen;
    for (const ReplyTemplate& t : all.value()) {
        CHECK(t.roomId == 0);
        CHECK(t.hostId == 0);
        CHECK(t.name.isEmpty());
        CHECK_FALSE(t.subject.isEmpty());
        CHECK_FALSE(t.body.isEmpty());
        CHECK(t.updatedAt == temp.clock().now());
        seen.append(replyActionKey(t.action) + QLatin1Char('.') + t.language);
    }
    CHECK(seen == QStringList{QStringLiteral("invite.ja"), QStringLiteral("invite.en"), QStringLiteral("hold.ja"),
                              QStringLiteral("hold.en"), QStringLiteral("refer.ja"), QStringLiteral("refer.en"),
                              QStringLiteral("decline.ja"), QStringLiteral("decline.en"), QStringLiteral("reminder.ja"),
                              QStringLiteral("reminder.en")});

    // A host edits the Japanese invitation and deletes the English reminder; running again restores only the
    // deleted one and keeps the edit.
    ReplyTemplate edited = all->first();
    edited.body = QStringLiteral("{{applicant_name}}さん、ようこそ。");
    REQUIRE(templates.save(edited).ok());
    REQUIRE(templates.remove(all->last().id).ok());

    auto again = templates.ensureDefaults();
    REQUIRE(again.ok());
    CHECK(again.value() == 1);
    CHECK(rowCount(db, QStringLiteral("templates")) == 10);
    CHECK(bestBody(ReplyAction::Invite, 0, 0) == QStringLiteral("{{applicant_name}}さん、ようこそ。"));
    auto third = templates.ensureDefaults();
    REQUIRE(third.ok());
    CHECK(third.value() == 0);
}

TEST_CASE("Every shipped default is valid and only the invitation carries secrets")
{
    const QVector<ReplyTemplate> defaults = DefaultTemplates::all();
    REQUIRE(defaults.size() == 10);
    for (const ReplyTemplate& t : defaults) {
        INFO(QString(replyActionKey(t.action) + QLatin1Char('.') + t.language).toStdString());
        auto valid = TemplateRepository::validate(t);
        INFO(valid.error().detail.toStdString());
        CHECK(valid.ok());
        const QStringList keys = TemplateSyntax::references(t.subject + QLatin1Char('\n') + t.body).keys;
        CHECK(keys.contains(QStringLiteral("applicant_name")));
        CHECK(keys.contains(QStringLiteral("host_signature")));
        const bool secrets = keys.contains(QStringLiteral("passcode")) || keys.contains(QStringLiteral("join_link")) ||
                             keys.contains(QStringLiteral("meeting_id")) || keys.contains(QStringLiteral("chat_link"));
        CHECK(secrets == (t.action == ReplyAction::Invite));
        if (t.language == QLatin1String("ja"))
            CHECK((t.body.contains(QStringLiteral("ありがとうございます")) ||
                   t.body.contains(QStringLiteral("お待ちしています"))));
    }
    const auto invite = DefaultTemplates::find(ReplyAction::Invite, QStringLiteral("ja"));
    REQUIRE(invite.has_value());
    CHECK(invite->subject == QStringLiteral("【{{room_name}}】ご参加のご案内"));
    CHECK(invite->body.contains(QStringLiteral("無理のない範囲で")));
    CHECK(invite->body.startsWith(QStringLiteral("{{applicant_name}}さん\n")));
}

TEST_CASE_METHOD(TemplateFixture, "The most specific template wins: room and host, room, host, then generic")
{
    const qint64 roomE = addRoom(QStringLiteral("E"));
    const qint64 roomK = addRoom(QStringLiteral("K"), 1);
    const qint64 mina = addHost(QStringLiteral("ミナ"), {QStringLiteral("E"), QStringLiteral("K")});
    const qint64 sora = addHost(QStringLiteral("ソラ"), {QStringLiteral("E")});
    REQUIRE(templates.ensureDefaults().ok());
    const QString generic = bestBody(ReplyAction::Hold, roomE, mina);
    CHECK(generic == DefaultTemplates::find(ReplyAction::Hold, QStringLiteral("ja"))->body);

    saveTemplate(ReplyAction::Hold, 0, mina, QString(), QStringLiteral("host"));
    saveTemplate(ReplyAction::Hold, 0, mina, QStringLiteral("短い版"), QStringLiteral("host named"));
    CHECK(bestBody(ReplyAction::Hold, roomE, mina) == QStringLiteral("host"));
    CHECK(bestBody(ReplyAction::Hold, roomE, sora) == generic);

    const qint64 roomOnly = saveTemplate(ReplyAction::Hold, roomE, 0, QString(), QStringLiteral("room"));
    CHECK(bestBody(ReplyAction::Hold, roomE, mina) == QStringLiteral("room"));
    CHECK(bestBody(ReplyAction::Hold, roomE, sora) == QStringLiteral("room"));
    CHECK(bestBody(ReplyAction::Hold, roomK, mina) == QStringLiteral("host"));
    CHECK(bestBody(ReplyAction::Hold, 0, 0) == generic);

    // A named template at the most specific level still wins over a less specific default…
    saveTemplate(ReplyAction::Hold, roomE, mina, QStringLiteral("丁寧版"), QStringLiteral("room+host named"));
    CHECK(bestBody(ReplyAction::Hold, roomE, mina) == QStringLiteral("room+host named"));
    // …and the default of that level comes before it.
    saveTemplate(ReplyAction::Hold, roomE, mina, QString(), QStringLiteral("room+host"));
    CHECK(bestBody(ReplyAction::Hold, roomE, mina) == QStringLiteral("room+host"));
    CHECK(bestBody(ReplyAction::Hold, roomE, sora) == QStringLiteral("room"));

    auto candidates = templates.matching(ReplyAction::Hold, roomE, mina, QStringLiteral("ja"));
    REQUIRE(candidates.ok());
    QStringList order;
    for (const ReplyTemplate& t : candidates.value())
        order.append(t.body);
    CHECK(order == QStringList{QStringLiteral("room+host"), QStringLiteral("room+host named"), QStringLiteral("room"),
                               QStringLiteral("host"), QStringLiteral("host named"), generic});

    // Other actions and languages are not mixed in.
    CHECK(bestBody(ReplyAction::Decline, roomE, mina) ==
          DefaultTemplates::find(ReplyAction::Decline, QStringLiteral("ja"))->body);
    auto english = templates.forAction(ReplyAction::Hold, roomE, mina, QStringLiteral("en"));
    REQUIRE(english.ok());
    CHECK(english->language == QStringLiteral("en"));

    REQUIRE(templates.remove(roomOnly).ok());
    CHECK(bestBody(ReplyAction::Hold, roomE, sora) == generic);
}

TEST_CASE_METHOD(TemplateFixture, "Without any template for the action the lookup says NotFound")
{
    auto found = templates.forAction(ReplyAction::Invite, 0, 0, QStringLiteral("ja"));
    REQUIRE_FALSE(found.ok());
    CHECK(found.error().code == StoreError::NotFound);
}

TEST_CASE_METHOD(TemplateFixture, "A secret placeholder in a template that is not an invitation is refused")
{
    for (ReplyAction action : {ReplyAction::Hold, ReplyAction::Refer, ReplyAction::Decline, ReplyAction::Reminder}) {
        INFO(replyActionKey(action).toStdString());
        ReplyTemplate t;
        t.action = action;
        t.subject = QStringLiteral("ご案内");
        t.body = QStringLiteral("{{applicant_name}}さん\nパスコードは {{passcode}} です。");
        auto saved = templates.save(t);
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().code == TemplateError::SecretNotAllowed);
        CHECK(saved.error().detail == QStringLiteral("passcode"));

        // Also in the subject, and as the guard of an optional section.
        t.body = QStringLiteral("{{#chat_link}}チャットがあります{{/chat_link}}");
        t.subject = QStringLiteral("{{join_link}}");
        saved = templates.save(t);
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().code == TemplateError::SecretNotAllowed);
        CHECK(saved.error().detail == QStringLiteral("join_link, chat_link"));
    }
    CHECK(rowCount(db, QStringLiteral("templates")) == 0);

    ReplyTemplate invite;
    invite.action = ReplyAction::Invite;
    invite.body = QStringLiteral("パスコードは {{passcode}} です。");
    auto saved = templates.save(invite);
    REQUIRE(saved.ok());

    // Turning the saved invitation into a reminder is refused as well, and leaves it unchanged.
    invite.id = saved.value();
    invite.action = ReplyAction::Reminder;
    auto changed = templates.save(invite);
    REQUIRE_FALSE(changed.ok());
    CHECK(changed.error().code == TemplateError::SecretNotAllowed);
    auto stored = templates.byId(saved.value());
    REQUIRE(stored.ok());
    CHECK(stored->action == ReplyAction::Invite);
}

TEST_CASE_METHOD(TemplateFixture, "Saving checks placeholders, language and uniqueness and stamps the time")
{
    ReplyTemplate t;
    t.action = ReplyAction::Reminder;
    t.body = QStringLiteral("{{aplicant_name}}さん {{#room_guidelines}}");
    auto saved = templates.save(t);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().code == TemplateError::UnknownPlaceholder);
    CHECK(saved.error().detail == QStringLiteral("aplicant_name, #room_guidelines"));

    t.body = QStringLiteral("{{applicant_name}}さん");
    t.language = QStringLiteral("fr");
    saved = templates.save(t);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().code == TemplateError::InvalidLanguage);

    t.language = QStringLiteral("en");
    saved = templates.save(t);
    REQUIRE(saved.ok());
    auto duplicate = templates.save(t);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().code == TemplateError::Duplicate);

    temp.clock().set(temp.clock().now().addDays(1));
    t.id = saved.value();
    t.subject = QStringLiteral("Next meetings");
    REQUIRE(templates.save(t).ok());
    auto stored = templates.byId(t.id);
    REQUIRE(stored.ok());
    CHECK(stored->subject == QStringLiteral("Next meetings"));
    CHECK(stored->language == QStringLiteral("en"));
    CHECK(stored->updatedAt == temp.clock().now());

    t.id = 9999;
    auto missing = templates.save(t);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == TemplateError::NotFound);
    CHECK(templates.remove(9999).error().code == StoreError::NotFound);
}
