// SPDX-License-Identifier: GPL-3.0-or-later
// The seed form texts under tests/data/forms, read end to end as the host would see them: name, address,
// category, room, age band and minor flag, time zone, and whether it is a form at all.
#include "IntakeTestData.h"

#include "intake/AgeBand.h"
#include "intake/FormFieldExtractor.h"
#include "intake/Normalisers.h"
#include "intake/ReplyAddressChooser.h"
#include "intake/RoomMatcher.h"
#include "intake/TimeZoneHint.h"

#include <catch2/catch.hpp>

#include <QDir>

namespace tsunagu {
namespace {

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

struct Expected
{
    const char* file;
    const char* subject; // as the form service writes it
    bool isForm;
    const char* name;
    const char* address; // after ReplyAddressChooser::addressIn
    Category category;
    const char* room; // from the form's room field, else the subject
    const char* ageBand;
    bool minor;
    const char* timeZone;
};

const Expected s_expected[] = {
    {"01_formmail_room_d_brackets.txt", "【依存症オンラインルーム】参加申し込みがありました", true, "たけのこ",
     "takenoko.demo@example.jp", Category::Person, "D", "50代", false, ""},
    {"02_cf7_room_da_colon.txt", "依存症オンラインルーム \"RoomDA 参加申し込み\"", true, "さくら",
     "sakura.demo@example.jp", Category::Unknown, "DA", "40代", false, ""},
    {"03_google_forms_df_family.txt", "Room DF 参加申し込み に新しい回答があります", true, "みかん",
     "mikan.family@example.org", Category::Family, "DF", "60代", false, ""},
    {"04_room_n_abroad_germany.txt", "Room N 参加申し込みフォーム", true, "ヨハン", "johann.demo@example.org",
     Category::Person, "N", "30代", false, "Europe/Berlin"},
    {"05_room_nf_bullets.txt", "Room NF（薬物・家族）へのお申し込み", true, "なのはな", "nanohana.demo@example.jp",
     Category::Family, "NF", "50代", false, ""},
    {"06_room_e_minor_fullwidth.txt", "ルームE 参加申込", true, "ゆず", "yuzu.demo@example.jp", Category::Person, "E",
     "10代", true, ""},
    {"07_room_k_table_tabs.txt", "ルームK 参加申し込み", true, "くすのき", "kusunoki.demo@example.jp", Category::Person,
     "K", "30代", false, ""},
    {"08_room_g_english.txt", "New submission: Room G application", true, "Kenji", "kenji.demo@example.org",
     Category::Person, "G", "40代", false, "Australia/Sydney"},
    {"09_letter_not_a_form.txt", "Room Gに参加したいです", false, "", "", Category::Unknown, "G", "", false, ""},
    {"10_reply_with_quoted_form.txt", "Re: Room G ミーティングのご案内", false, "", "", Category::Unknown, "G", "",
     false, ""},
    {"11_room_ng_required_markers.txt", "[フォーム] 参加申し込み", true, "ぴこ", "pico.demo@example.jp",
     Category::Person, "NG", "20代", false, "America/New_York"},
    {"12_mimori_paragraphs.txt", "三森自助グループの森 参加申し込み", true, "ことり", "kotori.demo@example.jp",
     Category::Unknown, "三森", "", false, ""},
    {"13_room_n_women_identity.txt", "Room N女 参加希望", true, "あおい", "aoi.demo@example.org", Category::Unknown,
     "N女", "30代", false, ""},
    // Two rooms named in the room field: the host chooses.
    {"14_room_d_real_name_and_phone.txt", "参加申し込み", true, "はなみずき", "hanamizuki.demo@example.jp",
     Category::Family, "", "", false, ""},
};

} // namespace

TEST_CASE("Every seed form reads as the host expects", "[intake][corpus]")
{
    const QVector<Room> rooms = test::intakeRooms();
    for (const Expected& e : s_expected) {
        INFO(e.file);
        const QString text = test::formText(u8(e.file));
        REQUIRE_FALSE(text.isEmpty());
        const FormFields fields = FormFieldExtractor().extract(text);
        CHECK(fields.isForm() == e.isForm);
        CHECK(fields.value(FieldKey::Name) == u8(e.name));
        CHECK(ReplyAddressChooser::addressIn(fields.value(FieldKey::ReplyAddress)) == u8(e.address));
        CHECK(categoryFromText(fields.value(FieldKey::Category)) == e.category);
        CHECK(RoomMatcher::match(u8(e.subject), fields, rooms) == u8(e.room));
        const QString age = fields.value(FieldKey::AgeBand);
        CHECK(normaliseAgeBand(age) == u8(e.ageBand));
        CHECK(isMinor(age) == e.minor);
        const QString where = fields.value(FieldKey::Country).isEmpty() ? fields.value(FieldKey::Region)
                                                                        : fields.value(FieldKey::Country);
        CHECK(timeZoneFor(where) == QString::fromLatin1(e.timeZone));
    }
}

TEST_CASE("Seed forms keep every labelled line, the real name and phone number under their own labels",
          "[intake][corpus]")
{
    const FormFields fields = FormFieldExtractor().extract(test::formText(u8("14_room_d_real_name_and_phone.txt")));
    REQUIRE(fields.size() == 7);
    CHECK(fields.fields().at(0).label == u8("氏名（本名・スタッフのみ閲覧）"));
    CHECK(fields.fields().at(0).key == FieldKey::None);
    CHECK(fields.fields().at(2).label == u8("電話番号"));
    CHECK(fields.fields().at(2).key == FieldKey::None);
    CHECK(fields.value(FieldKey::Name) == u8("はなみずき"));

    const FormFields mimori = FormFieldExtractor().extract(test::formText(u8("12_mimori_paragraphs.txt")));
    CHECK(mimori.value(FieldKey::Introduction) ==
          u8("子どもの頃から人の顔色ばかりうかがって生きてきました。\n\n"
             "最近になってアダルトチルドレンという言葉を知り、\n同じような人と文字で話してみたいと思いました。"));
    CHECK(mimori.fields().last() == FormField{u8("ガイドラインに同意しますか"), u8("はい"), FieldKey::None});

    const FormFields english = FormFieldExtractor().extract(test::formText(u8("08_room_g_english.txt")));
    CHECK(english.value(FieldKey::Introduction) ==
          u8("I live in Sydney. I would like to join the Thursday meeting.\nIt is late evening here, which suits me."));
}

TEST_CASE("The seed corpus has a dozen or more fictional forms", "[intake][corpus]")
{
    const QStringList files = QDir(QStringLiteral(TSUNAGU_FORMS_DIR)).entryList({QStringLiteral("*.txt")});
    CHECK(files.size() >= 12);
    CHECK(files.size() == int(std::size(s_expected)));
    for (const QString& file : files) {
        INFO(file.toStdString());
        const QString text = test::formText(file);
        // Only example.org / example.jp addresses.
        for (qsizetype at = text.indexOf(u'@'); at >= 0; at = text.indexOf(u'@', at + 1)) {
            const QString rest = text.mid(at + 1, 12);
            CHECK((rest.startsWith(QLatin1String("example.org")) || rest.startsWith(QLatin1String("example.jp")) ||
                   rest.startsWith(u'ｅ')));
        }
    }
}

} // namespace tsunagu
