// SPDX-License-Identifier: GPL-3.0-or-later
#include "replies/Placeholder.h"

namespace tsunagu {
namespace {

Placeholder entry(const char* key, const QString& ja, const char* en, bool secret = false, bool hostInput = false)
{
    return {QString::fromLatin1(key), ja, QString::fromLatin1(en), secret, hostInput};
}

QVector<Placeholder> makeCatalogue()
{
    return {
        entry("applicant_name", QStringLiteral("呼び名"), "Nickname"),
        entry("room_name", QStringLiteral("ルーム名"), "Room name"),
        entry("room_code", QStringLiteral("ルームの略称"), "Room code"),
        entry("host_name", QStringLiteral("ホストの名前"), "Host name"),
        entry("host_signature", QStringLiteral("署名"), "Signature"),
        entry("meeting_name", QStringLiteral("ミーティング名"), "Meeting name"),
        entry("next_meetings", QStringLiteral("次回以降の日程"), "Next meetings"),
        entry("beginner_time", QStringLiteral("ビギナータイム"), "Beginner time"),
        entry("room_guidelines", QStringLiteral("ルームのお約束"), "Room guidelines"),
        entry("chat_link", QStringLiteral("チャットの参加リンク"), "Chat link", true),
        entry("join_link", QStringLiteral("ミーティングの参加リンク"), "Meeting link", true),
        entry("meeting_id", QStringLiteral("ミーティングID"), "Meeting ID", true),
        entry("passcode", QStringLiteral("パスコード"), "Passcode", true),
        entry("reply_deadline", QStringLiteral("お返事の目安の日付"), "Reply by"),
        entry("application_form_url", QStringLiteral("申し込みフォームのURL"), "Application form"),
        entry("other_room_name", QStringLiteral("紹介先のルーム名"), "Other room's name"),
        entry("other_room_description", QStringLiteral("紹介先のルームの説明"), "Other room's description"),
        entry("other_room_schedule", QStringLiteral("紹介先のルームの日程"), "Other room's schedule"),
        entry("other_room_form_url", QStringLiteral("紹介先の申し込みフォームのURL"), "Other room's application form"),
        entry("question", QStringLiteral("ホストからの質問"), "Your question", false, true),
    };
}

} // namespace

QString Placeholder::label(const QString& language) const
{
    return language == QLatin1String("en") ? labelEn : labelJa;
}

const QVector<Placeholder>& PlaceholderCatalogue::all()
{
    static const QVector<Placeholder> s_catalogue = makeCatalogue();
    return s_catalogue;
}

const Placeholder* PlaceholderCatalogue::find(const QString& key)
{
    for (const Placeholder& placeholder : all()) {
        if (placeholder.key == key)
            return &placeholder;
    }
    return nullptr;
}

bool PlaceholderCatalogue::isSecret(const QString& key)
{
    const Placeholder* placeholder = find(key);
    return placeholder && placeholder->secret;
}

} // namespace tsunagu
