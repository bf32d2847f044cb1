// SPDX-License-Identifier: GPL-3.0-or-later
// Form fields as the host sees them in the details pane: every label kept, the canonical ones recognised,
// values trimmed with their line breaks, and letters or quoted mail not mistaken for forms.
#include "IntakeTestData.h"

#include "intake/FormFieldExtractor.h"

#include <catch2/catch.hpp>

namespace tsunagu {
namespace {

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

FormFields extract(const char* text)
{
    return FormFieldExtractor().extract(u8(text));
}

} // namespace

TEST_CASE("Every label style of Japanese form mail gives the same fields", "[intake][form]")
{
    const char* const styles[] = {
        "お名前: さくら\nメールアドレス: sakura.demo@example.jp\n",
        "お名前：さくら\nメールアドレス：sakura.demo@example.jp\n",
        "お名前 ： さくら\nメールアドレス　：　sakura.demo@example.jp\n",
        "【お名前】さくら\n【メールアドレス】sakura.demo@example.jp\n",
        "【お名前】\nさくら\n【メールアドレス】\nsakura.demo@example.jp\n",
        "■お名前\nさくら\n■メールアドレス\nsakura.demo@example.jp\n",
        "●お名前\n  さくら\n\n●メールアドレス\n  sakura.demo@example.jp\n",
        "◆お名前\nさくら\n◆メールアドレス\nsakura.demo@example.jp\n",
        "[お名前]\nさくら\n[メールアドレス]\nsakura.demo@example.jp\n",
        "［お名前］\nさくら\n［メールアドレス］\nsakura.demo@example.jp\n",
        "お名前\tさくら\nメールアドレス\tsakura.demo@example.jp\n",
        "1. お名前：さくら\n2. メールアドレス：sakura.demo@example.jp\n",
        "・お名前：さくら\n・メールアドレス：sakura.demo@example.jp\n",
    };
    for (const char* text : styles) {
        INFO(text);
        const FormFields fields = extract(text);
        REQUIRE(fields.size() == 2);
        CHECK(fields.fields().at(0).label == u8("お名前"));
        CHECK(fields.fields().at(0).key == FieldKey::Name);
        CHECK(fields.value(FieldKey::Name) == u8("さくら"));
        CHECK(fields.value(FieldKey::ReplyAddress) == u8("sakura.demo@example.jp"));
        CHECK(fields.isForm());
    }
}

TEST_CASE("Required markers, full-width letters and notes in labels do not hide the field", "[intake][form]")
{
    const FormFields fields = extract("お名前（必須）：ぴこ\n"
                                      "【必須】メールアドレス：pico.demo@example.jp\n"
                                      "ご本人／ご家族※：本人\n"
                                      "年代*：２０代\n"
                                      "Ｅ－ｍａｉｌ（確認用）：pico.demo@example.jp\n"
                                      "どこでこのルームを知りましたか？：主治医\n");
    REQUIRE(fields.size() == 6);
    CHECK(fields.fields().at(0).label == u8("お名前（必須）")); // as written
    CHECK(fields.fields().at(0).key == FieldKey::Name);
    CHECK(fields.fields().at(1).label == u8("メールアドレス"));
    CHECK(fields.fields().at(2).key == FieldKey::Category);
    CHECK(fields.fields().at(3).key == FieldKey::AgeBand);
    CHECK(fields.fields().at(4).key == FieldKey::ReplyAddress);
    CHECK(fields.fields().at(5).key == FieldKey::ReferralSource);
    CHECK(fields.values(FieldKey::ReplyAddress).size() == 2);
}

TEST_CASE("Multi-line values run until the next label, a separator or the form footer", "[intake][form]")
{
    const FormFields fields = extract("自己紹介：\n"
                                      "  はじめまして。\n"
                                      "  夫の飲酒のことで悩んでいます。\n"
                                      "\n"
                                      "  よろしくお願いします。\n"
                                      "----------------\n"
                                      "このメールは自動送信されています。\n"
                                      "お問い合わせはウェブサイトから。\n");
    REQUIRE(fields.size() == 1);
    CHECK(fields.value(FieldKey::Introduction) ==
          u8("はじめまして。\n夫の飲酒のことで悩んでいます。\n\nよろしくお願いします。"));

    const FormFields heavy = extract("【ご相談内容】\n一行目\n二行目\n━━━━━━━━\n【備考】なし\n");
    CHECK(heavy.value(FieldKey::Introduction) == u8("一行目\n二行目"));
    CHECK(heavy.values(FieldKey::Introduction) == QStringList{u8("一行目\n二行目"), u8("なし")});

    const FormFields inlineStart = extract("自己紹介：はじめまして。\n断酒して三年です。\nお名前：まつ\n");
    CHECK(inlineStart.value(FieldKey::Introduction) == u8("はじめまして。\n断酒して三年です。"));
    CHECK(inlineStart.value(FieldKey::Name) == u8("まつ"));
}

TEST_CASE("A short field ends at a blank line, a self-introduction keeps its paragraphs", "[intake][form]")
{
    const FormFields fields = extract("メールアドレス：kaede.demo@example.jp\n"
                                      "\n"
                                      "よろしくお願いします。\n");
    CHECK(fields.value(FieldKey::ReplyAddress) == u8("kaede.demo@example.jp"));

    const FormFields intro = extract("自己紹介：はじめまして。\n\n二段落目です。\n");
    CHECK(intro.value(FieldKey::Introduction) == u8("はじめまして。\n\n二段落目です。"));
}

TEST_CASE("A short value beside its label is complete, lines under it stay out of it", "[intake][form]")
{
    const FormFields fields = extract("お名前：はな\n"
                                      "年代を教えてください（例: 30代）\n"
                                      "依存の対象：\n"
                                      "・アルコール\n"
                                      "・ギャンブル\n"
                                      "【お住まい】\n"
                                      "東京都\n"
                                      "（23区外）\n");
    CHECK(fields.value(FieldKey::Name) == u8("はな"));
    CHECK(fields.value(FieldKey::Concern) == u8("・アルコール\n・ギャンブル"));
    CHECK(fields.value(FieldKey::Region) == u8("東京都\n（23区外）"));
    CHECK_FALSE(fields.contains(FieldKey::AgeBand)); // an instruction, not a label
}

TEST_CASE("Inside a self-introduction a sentence with a colon stays text, a known label starts a field",
          "[intake][form]")
{
    const FormFields fields = extract("自己紹介：\n"
                                      "主治医に言われたこと：「一人で抱えないで」\n"
                                      "それで申し込みました。\n"
                                      "年代：40代\n");
    REQUIRE(fields.size() == 2);
    CHECK(fields.value(FieldKey::Introduction) ==
          u8("主治医に言われたこと：「一人で抱えないで」\nそれで申し込みました。"));
    CHECK(fields.value(FieldKey::AgeBand) == u8("40代"));
}

TEST_CASE("Empty values are kept as empty fields", "[intake][form]")
{
    const FormFields fields = extract("お名前：ゆき\n性別：\n年代：\nメール：yuki.demo@example.jp\n");
    REQUIRE(fields.size() == 4);
    CHECK(fields.contains(FieldKey::Gender));
    CHECK(fields.values(FieldKey::Gender) == QStringList{QString()});
    CHECK(fields.value(FieldKey::Gender).isEmpty());
    CHECK(fields.value(FieldKey::ReplyAddress) == u8("yuki.demo@example.jp"));

    const FormFields block = extract("【性別】\n【年代】\n30代\n");
    CHECK(block.values(FieldKey::Gender) == QStringList{QString()});
    CHECK(block.value(FieldKey::AgeBand) == u8("30代"));
}

TEST_CASE("Unknown labels are kept, never dropped", "[intake][form]")
{
    const FormFields fields = extract("お名前：そら\n好きな季節：秋\n送信日時：2026/01/10 23:41:07\n");
    REQUIRE(fields.size() == 3);
    CHECK(fields.fields().at(1) == FormField{u8("好きな季節"), u8("秋"), FieldKey::None});
    CHECK(fields.fields().at(2).value == u8("2026/01/10 23:41:07"));
}

TEST_CASE("A room's own label is recognised once the room adds it", "[intake][form]")
{
    const char* text = "通称：つばめ\nメール：tsubame.demo@example.jp\n";
    CHECK(extract(text).value(FieldKey::Name).isEmpty());
    LabelMapping mapping;
    mapping.add(u8("通称"), FieldKey::Name);
    const FormFields fields = FormFieldExtractor(mapping).extract(u8(text));
    CHECK(fields.value(FieldKey::Name) == u8("つばめ"));
}

TEST_CASE("A letter is not a form", "[intake][form]")
{
    const FormFields fields = extract("Room Gのご担当者さま\n\n"
                                      "はじめまして、こうじと申します。\n"
                                      "木曜の22:00からなら参加できそうです。\n"
                                      "詳しくは https://example.org/info をご覧ください、と言われました。\n"
                                      "結論から言うと、参加したいです：よろしくお願いします。\n\n"
                                      "こうじ\n");
    CHECK(fields.isEmpty());
    CHECK_FALSE(fields.isForm());
}

TEST_CASE("Quoted lines of an earlier mail are never fields", "[intake][form]")
{
    const FormFields fields = extract("ありがとうございます。参加します。\n\n"
                                      "2026年1月13日(火) 21:05 Room G 受付 <room-g@example.jp>:\n"
                                      "> 日時: 2026年1月15日(木) 22:00〜23:00\n"
                                      ">お名前: こうじ\n"
                                      "＞ メールアドレス: koji.demo@example.jp\n");
    CHECK(fields.isEmpty());
    CHECK_FALSE(fields.isForm());
}

TEST_CASE("A signature or an Outlook original-message header ends the form", "[intake][form]")
{
    const FormFields signature = extract("お名前：あゆ\nメール：ayu.demo@example.jp\n-- \n所属：どこか\n電話：000\n");
    CHECK(signature.size() == 2);

    const FormFields outlook = extract("参加します。\n\n-----Original Message-----\n差出人: 受付\n件名: ご案内\n");
    CHECK(outlook.isEmpty());
}

TEST_CASE("A form needs at least two known fields, or one among several", "[intake][form]")
{
    CHECK_FALSE(extract("日時: 2026年1月15日\n").isForm());
    CHECK_FALSE(extract("お名前: ゆう\n").isForm());
    CHECK(extract("お名前: ゆう\nメール: yu.demo@example.jp\n").isForm());
    CHECK(extract("お名前: ゆう\n好きな色: 青\n好きな季節: 春\n").isForm());
}

TEST_CASE("Line breaks of every platform are read alike", "[intake][form]")
{
    const FormFields crlf = extract("お名前：みお\r\n自己紹介：一行目\r\n二行目\r\n");
    CHECK(crlf.value(FieldKey::Introduction) == u8("一行目\n二行目"));
    const FormFields cr = extract("お名前：みお\r自己紹介：一行目\r二行目\r");
    CHECK(cr.value(FieldKey::Introduction) == u8("一行目\n二行目"));
}

TEST_CASE("A huge text is read only up to the cap", "[intake][form]")
{
    QString text = u8("お名前：ながい\n\n");
    text += QString(FormFieldExtractor::maxChars, u'あ');
    text += u8("\nメール：late.demo@example.jp\n");
    const FormFields fields = FormFieldExtractor().extract(text);
    CHECK(fields.value(FieldKey::Name) == u8("ながい"));
    CHECK_FALSE(fields.contains(FieldKey::ReplyAddress));
}

TEST_CASE("Hostile text finishes and yields at most one field per line", "[intake][form]")
{
    const QString colons(100000, u'：');
    CHECK(FormFieldExtractor().extract(colons).isEmpty());

    QString manyLabels;
    for (int i = 0; i < 20000; ++i)
        manyLabels += u8("【お名前】");
    const FormFields oneLine = FormFieldExtractor().extract(manyLabels);
    CHECK(oneLine.size() <= 1);

    QString manyLines;
    for (int i = 0; i < 20000; ++i)
        manyLines += u8("■項目\n");
    CHECK(FormFieldExtractor().extract(manyLines).size() == 20000);
}

TEST_CASE("Field keys have stable names for storage", "[intake][form]")
{
    CHECK(fieldKeyName(FieldKey::Name) == QLatin1String("name"));
    CHECK(fieldKeyName(FieldKey::ReplyAddress) == QLatin1String("reply_address"));
    CHECK(fieldKeyName(FieldKey::None).isEmpty());
    for (FieldKey key : {FieldKey::Name, FieldKey::ReplyAddress, FieldKey::Category, FieldKey::Gender,
                         FieldKey::AgeBand, FieldKey::Region, FieldKey::Country, FieldKey::TimeZone, FieldKey::Concern,
                         FieldKey::ReferralSource, FieldKey::Introduction, FieldKey::Room}) {
        bool ok = false;
        CHECK(fieldKeyFromName(fieldKeyName(key), &ok) == key);
        CHECK(ok);
    }
    bool ok = true;
    fieldKeyFromName(QStringLiteral("favourite_colour"), &ok);
    CHECK_FALSE(ok);
}

} // namespace tsunagu
