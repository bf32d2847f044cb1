// SPDX-License-Identifier: GPL-3.0-or-later
// Which label means which field: the Japanese defaults, a room's own labels, and the labels that must never
// become a canonical field (a real name is not the anonymous name).
#include "IntakeTestData.h"

#include "intake/LabelMapping.h"

#include <catch2/catch.hpp>

namespace tsunagu {
namespace {

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

TEST_CASE("The Japanese default labels map to their fields", "[intake][labels]")
{
    const LabelMapping mapping;
    const struct
    {
        const char* label;
        FieldKey key;
    } rows[] = {
        {"お名前", FieldKey::Name},
        {"名前", FieldKey::Name},
        {"ニックネーム", FieldKey::Name},
        {"ハンドルネーム", FieldKey::Name},
        {"呼ばれたい名前", FieldKey::Name},
        {"Name", FieldKey::Name},
        {"メールアドレス", FieldKey::ReplyAddress},
        {"メール", FieldKey::ReplyAddress},
        {"E-mail", FieldKey::ReplyAddress},
        {"Email", FieldKey::ReplyAddress},
        {"mail", FieldKey::ReplyAddress},
        {"連絡先メール", FieldKey::ReplyAddress},
        {"ご本人/ご家族", FieldKey::Category},
        {"区分", FieldKey::Category},
        {"立場", FieldKey::Category},
        {"参加区分", FieldKey::Category},
        {"どなたのご相談ですか", FieldKey::Category},
        {"性別", FieldKey::Gender},
        {"年代", FieldKey::AgeBand},
        {"年齢", FieldKey::AgeBand},
        {"お住まい", FieldKey::Region},
        {"地域", FieldKey::Region},
        {"都道府県", FieldKey::Region},
        {"居住地", FieldKey::Region},
        {"国", FieldKey::Country},
        {"お住まいの国", FieldKey::Country},
        {"タイムゾーン", FieldKey::TimeZone},
        {"時差", FieldKey::TimeZone},
        {"依存の対象", FieldKey::Concern},
        {"対象", FieldKey::Concern},
        {"お悩み", FieldKey::Concern},
        {"問題", FieldKey::Concern},
        {"紹介元", FieldKey::ReferralSource},
        {"どこで知りましたか", FieldKey::ReferralSource},
        {"きっかけ", FieldKey::ReferralSource},
        {"このルームを知ったきっかけ", FieldKey::ReferralSource},
        {"自己紹介", FieldKey::Introduction},
        {"メッセージ", FieldKey::Introduction},
        {"ご相談内容", FieldKey::Introduction},
        {"備考", FieldKey::Introduction},
        {"ひとこと", FieldKey::Introduction},
        {"希望ルーム", FieldKey::Room},
        {"ルーム", FieldKey::Room},
        {"参加希望", FieldKey::Room},
    };
    for (const auto& row : rows) {
        INFO(row.label);
        CHECK(mapping.keyFor(u8(row.label)) == row.key);
    }
}

TEST_CASE("Labels are compared with width, case, spaces and required markers folded", "[intake][labels]")
{
    const LabelMapping mapping;
    for (const char* label : {"お名前（必須）", "お名前(必須)", "お名前 ※", "お名前*", "お名前＊", "【必須】お名前",
                              "お 名 前", "お名前：", "ＮＡＭＥ", "name (required)"}) {
        INFO(label);
        CHECK(mapping.keyFor(u8(label)) == FieldKey::Name);
    }
    CHECK(mapping.keyFor(u8("Ｅ－ＭＡＩＬ")) == FieldKey::ReplyAddress);
    CHECK(LabelMapping::normalise(u8("メールアドレス（必須）")) == u8("メールアドレス"));
    CHECK(LabelMapping::normalise(u8(" Ｅ－ｍａｉｌ ＊ ")) == u8("e-mail"));
}

TEST_CASE("A label with notes or a question around a known word still maps", "[intake][labels]")
{
    const LabelMapping mapping;
    CHECK(mapping.keyFor(u8("お名前（ニックネーム可）")) == FieldKey::Name);
    CHECK(mapping.keyFor(u8("メールアドレス（確認用）")) == FieldKey::ReplyAddress);
    CHECK(mapping.keyFor(u8("このルームを知ったきっかけを教えてください")) == FieldKey::ReferralSource);
    CHECK(mapping.keyFor(u8("お住まいの国・地域")) == FieldKey::Country);
    CHECK(mapping.keyFor(u8("お住まいの都道府県")) == FieldKey::Region);
    CHECK(mapping.keyFor(u8("自己紹介・ご相談内容")) == FieldKey::Introduction);
    CHECK(mapping.keyFor(u8("参加を希望するルーム")) == FieldKey::Room);
    CHECK(mapping.keyFor(u8("ハンドル名")) == FieldKey::Name);
}

TEST_CASE("A real name, a phone number or a consent question never becomes a canonical field", "[intake][labels]")
{
    const LabelMapping mapping;
    CHECK(mapping.keyFor(u8("氏名")) == FieldKey::None);
    CHECK(mapping.keyFor(u8("お名前（本名）")) == FieldKey::None);
    CHECK(mapping.keyFor(u8("フルネーム")) == FieldKey::None);
    CHECK(mapping.keyFor(u8("連絡先（電話）")) == FieldKey::None);
    CHECK(mapping.keyFor(u8("ルームのガイドラインに同意します")) == FieldKey::None);
}

TEST_CASE("ASCII labels match whole, never inside another word", "[intake][labels]")
{
    const LabelMapping mapping;
    CHECK(mapping.keyFor(u8("Message")) == FieldKey::Introduction);
    CHECK(mapping.keyFor(u8("Stage")) == FieldKey::None); // not "age"
    CHECK(mapping.keyFor(u8("Username")) == FieldKey::None);
    CHECK(mapping.keyFor(u8("国籍の詳細")) == FieldKey::None); // one character is too little to search for
}

TEST_CASE("A room's own labels are added and win over the defaults", "[intake][labels]")
{
    LabelMapping mapping;
    CHECK(mapping.keyFor(u8("通称")) == FieldKey::None);
    mapping.add(u8("通称"), FieldKey::Name);
    CHECK(mapping.keyFor(u8("通称")) == FieldKey::Name);
    CHECK(mapping.keyFor(u8("通称（必須）")) == FieldKey::Name);

    // A room that really asks for a real name on purpose may map it; its exact label wins.
    REQUIRE(mapping.add(u8("氏名"), QStringLiteral("name")));
    CHECK(mapping.keyFor(u8("氏名")) == FieldKey::Name);

    // A room that uses "メッセージ" for something else.
    REQUIRE(mapping.add(u8("メッセージ"), QStringLiteral("")));
    CHECK(mapping.keyFor(u8("メッセージ")) == FieldKey::None);

    CHECK_FALSE(mapping.add(u8("好きな色"), QStringLiteral("favourite_colour")));
    CHECK(mapping.keyFor(u8("好きな色")) == FieldKey::None);
}

TEST_CASE("A mapping without defaults knows only what was added", "[intake][labels]")
{
    LabelMapping mapping = LabelMapping::withoutDefaults();
    CHECK(mapping.keyFor(u8("お名前")) == FieldKey::None);
    mapping.add(u8("Pseudonym"), FieldKey::Name);
    CHECK(mapping.keyFor(u8("pseudonym")) == FieldKey::Name);
    CHECK(mapping.exactKeyFor(u8("PSEUDONYM")) == FieldKey::Name);
}

} // namespace tsunagu
