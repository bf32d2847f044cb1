// SPDX-License-Identifier: GPL-3.0-or-later
// Rendering a template with values: filled, missing, misspelt, secret, optional sections, never recursive.
#include "StorageTestSupport.h"

#include "replies/Placeholder.h"
#include "replies/TemplateRenderer.h"

#include <catch2/catch.hpp>

using namespace tsunagu;

namespace {

ReplyTemplate makeTemplate(ReplyAction action, const QString& subject, const QString& body,
                           const QString& language = QStringLiteral("ja"))
{
    ReplyTemplate t;
    t.action = action;
    t.language = language;
    t.subject = subject;
    t.body = body;
    return t;
}

RenderContext contextOf(std::initializer_list<std::pair<const char*, QString>> values)
{
    RenderContext context;
    for (const auto& [key, value] : values)
        context.values.insert(QString::fromLatin1(key), value);
    return context;
}

} // namespace

TEST_CASE("Rendering puts each value where its placeholder stands")
{
    const ReplyTemplate t =
        makeTemplate(ReplyAction::Reminder, QStringLiteral("【{{room_name}}】次回のご案内"),
                     QStringLiteral("{{applicant_name}}さん\n{{ meeting_name }}は{{next_meetings}}です。"
                                    "\n{{host_signature}}"));
    const Rendered r =
        TemplateRenderer::render(t, contextOf({{"room_name", QStringLiteral("ルームK")},
                                               {"applicant_name", QStringLiteral("こだま")},
                                               {"meeting_name", QStringLiteral("月曜ミーティング")},
                                               {"next_meetings", QStringLiteral("2026年11月23日(月) 19:00")},
                                               {"host_signature", QStringLiteral("受付 みどり")}}));
    CHECK(r.subject == QStringLiteral("【ルームK】次回のご案内"));
    CHECK(r.body == QStringLiteral("こだまさん\n月曜ミーティングは2026年11月23日(月) 19:00です。\n受付 みどり"));
    CHECK(r.missing.isEmpty());
    CHECK(r.unknown.isEmpty());
    CHECK(r.secretsUsed.isEmpty());
    CHECK_FALSE(r.secretNotAllowed);
    CHECK(r.sendable());
}

TEST_CASE("A placeholder without a value shows a visible marker and is listed as missing")
{
    const ReplyTemplate ja = makeTemplate(ReplyAction::Hold, QStringLiteral("{{room_name}}より"),
                                          QStringLiteral("{{applicant_name}}さん\n{{question}}\n{{applicant_name}}"));
    // No room name at all, a blank nickname: both count as missing.
    const Rendered r = TemplateRenderer::render(ja, contextOf({{"applicant_name", QStringLiteral("  ")}}));
    CHECK(r.subject == QStringLiteral("【未入力: ルーム名】より"));
    CHECK(r.body == QStringLiteral("【未入力: 呼び名】さん\n【未入力: ホストからの質問】\n【未入力: 呼び名】"));
    CHECK(r.missing ==
          QStringList{QStringLiteral("room_name"), QStringLiteral("applicant_name"), QStringLiteral("question")});
    CHECK_FALSE(r.body.contains(QLatin1String("{{")));
    CHECK_FALSE(r.sendable());
    CHECK(TemplateRenderer::markersIn(r.body).size() == 3);

    const ReplyTemplate en =
        makeTemplate(ReplyAction::Hold, {}, QStringLiteral("Dear {{applicant_name}},"), QStringLiteral("en"));
    const Rendered english = TemplateRenderer::render(en, {});
    CHECK(english.body == QStringLiteral("Dear [Missing: Nickname],"));
    CHECK(english.missing == QStringList{QStringLiteral("applicant_name")});
    CHECK(TemplateRenderer::markersIn(english.body) == QStringList{QStringLiteral("[Missing: Nickname]")});
}

TEST_CASE("A misspelt placeholder is reported and marked instead of vanishing")
{
    const ReplyTemplate t = makeTemplate(ReplyAction::Reminder, {},
                                         QStringLiteral("{{aplicant_name}}さん {{}} {{#chat_lnk}}x{{/chat_lnk}}"));
    const Rendered r = TemplateRenderer::render(t, contextOf({{"applicant_name", QStringLiteral("こだま")}}));
    CHECK(r.unknown == QStringList{QStringLiteral("aplicant_name"), QString(), QStringLiteral("#chat_lnk"),
                                   QStringLiteral("/chat_lnk")});
    CHECK(r.body.startsWith(QStringLiteral("【不明な差し込み: aplicant_name】さん")));
    CHECK_FALSE(r.body.contains(QLatin1String("{{")));
    CHECK(r.missing.isEmpty());
    CHECK_FALSE(r.sendable());
}

TEST_CASE("Values are inserted as they are and never expanded again")
{
    const ReplyTemplate t =
        makeTemplate(ReplyAction::Invite, {}, QStringLiteral("{{applicant_name}}さん / {{room_guidelines}}"));
    const Rendered r = TemplateRenderer::render(t, contextOf({{"applicant_name", QStringLiteral("{{passcode}}")},
                                                              {"room_guidelines", QStringLiteral("{{#x}}{{")},
                                                              {"passcode", QStringLiteral("secret-123")}}));
    CHECK(r.body == QStringLiteral("{{passcode}}さん / {{#x}}{{"));
    CHECK_FALSE(r.body.contains(QLatin1String("secret-123")));
    CHECK(r.secretsUsed.isEmpty());
    CHECK(r.unknown.isEmpty());
    CHECK(r.missing.isEmpty());
}

TEST_CASE("Secret values go only into invitations")
{
    const RenderContext context = contextOf({{"passcode", QStringLiteral("pc-4711")},
                                             {"join_link", QStringLiteral("https://meet.example.org/j/1")},
                                             {"applicant_name", QStringLiteral("こだま")}});
    const QString body = QStringLiteral("{{applicant_name}}さん\nパスコード: {{passcode}}\n"
                                        "{{#join_link}}リンク: {{join_link}}\n{{/join_link}}おわり");

    const Rendered invite = TemplateRenderer::render(makeTemplate(ReplyAction::Invite, {}, body), context);
    CHECK(invite.body ==
          QStringLiteral("こだまさん\nパスコード: pc-4711\nリンク: https://meet.example.org/j/1\nおわり"));
    CHECK(invite.secretsUsed == QStringList{QStringLiteral("passcode"), QStringLiteral("join_link")});
    CHECK_FALSE(invite.secretNotAllowed);

    for (ReplyAction action : {ReplyAction::Hold, ReplyAction::Refer, ReplyAction::Decline, ReplyAction::Reminder}) {
        INFO(replyActionKey(action).toStdString());
        const Rendered r = TemplateRenderer::render(makeTemplate(action, {}, body), context);
        CHECK_FALSE(r.body.contains(QLatin1String("pc-4711")));
        CHECK_FALSE(r.body.contains(QLatin1String("meet.example.org")));
        CHECK(r.body.contains(QStringLiteral("【この返信には入れられません: パスコード】")));
        CHECK(r.secretNotAllowed);
        CHECK(r.secretsUsed.isEmpty());
        CHECK_FALSE(r.sendable());
    }
}

TEST_CASE("The rendered body tells where each secret sits")
{
    const ReplyTemplate t =
        makeTemplate(ReplyAction::Invite, {},
                     QStringLiteral("{{applicant_name}}さん\nID: {{meeting_id}}\nパスコード: {{passcode}}\n"));
    const Rendered r = TemplateRenderer::render(t, contextOf({{"applicant_name", QStringLiteral("こだま")},
                                                              {"meeting_id", QStringLiteral("900 1234")},
                                                              {"passcode", QStringLiteral("pc-4711")}}));
    const QVector<RenderedSpan> secrets = r.secretSpans();
    REQUIRE(secrets.size() == 2);
    CHECK(secrets.at(0).key == QStringLiteral("meeting_id"));
    CHECK(r.body.mid(secrets.at(0).start, secrets.at(0).length) == QStringLiteral("900 1234"));
    CHECK(secrets.at(1).key == QStringLiteral("passcode"));
    CHECK(r.body.mid(secrets.at(1).start, secrets.at(1).length) == QStringLiteral("pc-4711"));
    // The nickname is a value span, not a secret one.
    REQUIRE(r.bodySpans.size() == 3);
    CHECK(r.bodySpans.at(0).kind == RenderedSpan::Kind::Value);
    CHECK(r.body.mid(r.bodySpans.at(0).start, r.bodySpans.at(0).length) == QStringLiteral("こだま"));
}

TEST_CASE("Optional sections appear only when their placeholder has a value and leave no empty lines")
{
    const ReplyTemplate t = makeTemplate(ReplyAction::Invite, {},
                                         QStringLiteral("はじめに\n"
                                                        "{{#beginner_time}}\n"
                                                        "ビギナータイム: {{beginner_time}}\n"
                                                        "{{/beginner_time}}\n"
                                                        "  {{^chat_link}}  \n"
                                                        "チャットはありません。\n"
                                                        "{{/chat_link}}\n"
                                                        "おわり"));
    const Rendered without = TemplateRenderer::render(t, {});
    CHECK(without.body == QStringLiteral("はじめに\nチャットはありません。\nおわり"));
    CHECK(without.missing.isEmpty());

    const Rendered with =
        TemplateRenderer::render(t, contextOf({{"beginner_time", QStringLiteral("19:30〜20:00")},
                                               {"chat_link", QStringLiteral("https://chat.example.org/x")}}));
    CHECK(with.body == QStringLiteral("はじめに\nビギナータイム: 19:30〜20:00\nおわり"));
    // A section guard that was not printed is not a secret sent.
    CHECK(with.secretsUsed.isEmpty());
}

TEST_CASE("Sections nest")
{
    const ReplyTemplate t = makeTemplate(
        ReplyAction::Invite, {},
        QStringLiteral("[{{#room_guidelines}}A{{#chat_link}}B{{chat_link}}{{/chat_link}}C{{/room_guidelines}}]"));
    CHECK(TemplateRenderer::render(t, {}).body == QStringLiteral("[]"));
    CHECK(TemplateRenderer::render(t, contextOf({{"room_guidelines", QStringLiteral("g")}})).body ==
          QStringLiteral("[AC]"));
    const Rendered both = TemplateRenderer::render(
        t, contextOf({{"room_guidelines", QStringLiteral("g")}, {"chat_link", QStringLiteral("L")}}));
    CHECK(both.body == QStringLiteral("[ABLC]"));
    CHECK(both.secretsUsed == QStringList{QStringLiteral("chat_link")});
    CHECK(both.unknown.isEmpty());
}

TEST_CASE("A section that is never closed is reported")
{
    const ReplyTemplate t = makeTemplate(ReplyAction::Invite, {}, QStringLiteral("a{{#room_guidelines}}b"));
    const Rendered r = TemplateRenderer::render(t, contextOf({{"room_guidelines", QStringLiteral("g")}}));
    CHECK(r.unknown == QStringList{QStringLiteral("#room_guidelines")});
    CHECK(r.body == QStringLiteral("ab【不明な差し込み: #room_guidelines】"));
}

TEST_CASE("The placeholder catalogue has stable unique keys and labels in both languages")
{
    QStringList keys;
    QStringList secrets;
    for (const Placeholder& p : PlaceholderCatalogue::all()) {
        CHECK_FALSE(p.labelJa.isEmpty());
        CHECK_FALSE(p.labelEn.isEmpty());
        CHECK_FALSE(keys.contains(p.key));
        keys.append(p.key);
        if (p.secret)
            secrets.append(p.key);
    }
    for (const char* key :
         {"applicant_name", "room_name", "room_code", "host_name", "host_signature", "chat_link", "meeting_name",
          "next_meetings", "beginner_time", "join_link", "meeting_id", "passcode", "room_guidelines", "reply_deadline",
          "application_form_url", "other_room_name", "other_room_description", "other_room_form_url"})
        CHECK(keys.contains(QString::fromLatin1(key)));
    CHECK(secrets == QStringList{QStringLiteral("chat_link"), QStringLiteral("join_link"), QStringLiteral("meeting_id"),
                                 QStringLiteral("passcode")});
    CHECK(PlaceholderCatalogue::find(QStringLiteral("applicant_name"))->labelJa == QStringLiteral("呼び名"));
    CHECK(PlaceholderCatalogue::find(QStringLiteral("nope")) == nullptr);
}
