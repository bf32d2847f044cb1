// SPDX-License-Identifier: GPL-3.0-or-later
// What the host reads in the applicant's row: category, gender, age band and the minor flag, and the time zone
// offered for someone abroad.
#include "IntakeTestData.h"

#include "intake/AgeBand.h"
#include "intake/Normalisers.h"
#include "intake/TextFold.h"
#include "intake/TimeZoneHint.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

namespace tsunagu {
namespace {

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

TEST_CASE("Category text becomes the applicant's category", "[intake][normalise]")
{
    const struct
    {
        const char* text;
        Category category;
    } rows[] = {
        {"本人", Category::Person},
        {"ご本人", Category::Person},
        {"当事者", Category::Person},
        {"本人（当事者）", Category::Person},
        {"Myself", Category::Person},
        {"家族", Category::Family},
        {"ご家族", Category::Family},
        {"妻", Category::Family},
        {"夫", Category::Family},
        {"母", Category::Family},
        {"父親", Category::Family},
        {"親", Category::Family},
        {"配偶者", Category::Family},
        {"子ども", Category::Family},
        {"家族（夫がアルコール依存症です）", Category::Family},
        {"本人の妻", Category::Family},
        {"当事者の母", Category::Family},
        {"当事者家族", Category::Family},
        {"本人ではありません（姉です）", Category::Family},
        {"Family member", Category::Family},
        {"支援者", Category::Supporter},
        {"医療関係者", Category::Supporter},
        {"援助職（精神保健福祉士）", Category::Supporter},
        {"クリニックのスタッフ", Category::Supporter},
        {"カウンセラー", Category::Supporter},
        {"その他", Category::Other},
        {"", Category::Unknown},
        {"はい", Category::Unknown},
        {"大丈夫です", Category::Unknown},
    };
    for (const auto& row : rows) {
        INFO(row.text);
        CHECK(categoryFromText(u8(row.text)) == row.category);
    }
}

TEST_CASE("Normalisers read the beginning of an answer only", "[intake][normalise]")
{
    const QString padding(maxAnswerChars, u'x');
    CHECK(categoryFromText(u8("家族") + padding) == Category::Family);
    CHECK(categoryFromText(padding + u8("家族")) == Category::Unknown);
    CHECK(readGender(padding + u8("女性")) == DeclaredGender::Other);
    CHECK(timeZoneFor(padding + u8("ドイツ")).isEmpty());
    CHECK(readAge(padding + u8("17歳")).minor == MinorStatus::Unknown);
}

TEST_CASE("Gender stays as written and is read by identity", "[intake][normalise]")
{
    for (const char* female : {"女性", "女", "female", "Female", "F", "Ｆ", "woman", "性自認が女性", "女性です",
                               "性自認が女性です（戸籍上は男性）", "MtF", "トランス女性"}) {
        INFO(female);
        CHECK(isFemale(u8(female)));
        CHECK_FALSE(isMale(u8(female)));
    }
    for (const char* male : {"男性", "男", "male", "M", "ｍａｌｅ", "FtM"}) {
        INFO(male);
        CHECK(isMale(u8(male)));
        CHECK_FALSE(isFemale(u8(male)));
    }
    for (const char* other : {"回答しない", "Xジェンダー", "男女どちらでもない", "ノンバイナリー"}) {
        INFO(other);
        CHECK(readGender(u8(other)) == DeclaredGender::Other);
        CHECK_FALSE(isFemale(u8(other)));
        CHECK_FALSE(isMale(u8(other)));
    }
    CHECK(readGender(QString()) == DeclaredGender::Unstated);
    CHECK(readGender(u8("　")) == DeclaredGender::Unstated);
}

TEST_CASE("Age text becomes a ten-year band", "[intake][normalise]")
{
    const struct
    {
        const char* text;
        const char* band;
    } rows[] = {
        {"20代", "20代"},
        {"２０代", "20代"},
        {"20代前半", "20代"},
        {"二十代", "20代"},
        {"25歳", "20代"},
        {"２５才", "20代"},
        {"25", "20代"},
        {"30's", "30代"},
        {"40s", "40代"},
        {"アラフォー", "40代"},
        {"60代以上", "60代"},
        {"70歳以上", "70代"},
        {"20〜29歳", "20代"},
        {"17歳", "10代"},
        {"10代", "10代"},
        {"十代", "10代"},
        {"未成年", "未成年"},
        {"8歳", "10歳未満"},
        {"ひみつ", "ひみつ"},
        {" 秘密 ", "秘密"},
        {"1990年生まれ", "1990年生まれ"},
        {"", ""},
    };
    for (const auto& row : rows) {
        INFO(row.text);
        CHECK(normaliseAgeBand(u8(row.text)) == u8(row.band));
    }
    CHECK(readAge(u8("34歳")).years == 34);
    CHECK(readAge(u8("30代")).years == -1);
}

TEST_CASE("Minors: under 18 is a minor, the band 10代 possibly one, 18 and 19 are adults", "[intake][normalise]")
{
    for (const char* minor : {"17歳", "１７歳", "15", "未成年", "中学生", "18歳未満", "8歳"}) {
        INFO(minor);
        CHECK(readAge(u8(minor)).minor == MinorStatus::Minor);
        CHECK(isMinor(u8(minor)));
        CHECK(isClearMinor(u8(minor)));
    }
    for (const char* possibly : {"10代", "１０代", "十代", "高校生", "20歳未満"}) {
        INFO(possibly);
        CHECK(readAge(u8(possibly)).minor == MinorStatus::PossiblyMinor);
        CHECK(isMinor(u8(possibly)));
        CHECK_FALSE(isClearMinor(u8(possibly)));
    }
    for (const char* adult : {"18歳", "19歳", "20代", "40代", "65歳"}) {
        INFO(adult);
        CHECK(readAge(u8(adult)).minor == MinorStatus::Adult);
        CHECK_FALSE(isMinor(u8(adult)));
    }
    CHECK(readAge(u8("ひみつ")).minor == MinorStatus::Unknown);
    CHECK_FALSE(isMinor(QString()));
}

TEST_CASE("A country or city abroad suggests a time zone the system knows", "[intake][normalise]")
{
    const struct
    {
        const char* text;
        const char* zone;
    } rows[] = {
        {"ドイツ", "Europe/Berlin"},
        {"ドイツ（デュッセルドルフ）", "Europe/Berlin"},
        {"アメリカ（ニューヨーク）", "America/New_York"},
        {"アメリカ（ロサンゼルス）", "America/Los_Angeles"},
        {"アメリカ ワシントン州", "America/Los_Angeles"},
        {"シンガポール", "Asia/Singapore"},
        {"イギリス", "Europe/London"},
        {"英国・ロンドン", "Europe/London"},
        {"オーストラリア（シドニー）", "Australia/Sydney"},
        {"Australia (Sydney)", "Australia/Sydney"},
        {"I live in New York", "America/New_York"},
        {"ＵＫ", "Europe/London"},
        {"タイ", "Asia/Bangkok"},
        {"インド", "Asia/Kolkata"},
        {"ハワイ", "Pacific/Honolulu"},
        {"Europe/Berlin", "Europe/Berlin"},
        {"America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"},
        {"タイムゾーンは Asia/Singapore です", "Asia/Singapore"},
    };
    for (const auto& row : rows) {
        INFO(row.text);
        const QString zone = timeZoneFor(u8(row.text));
        CHECK(zone == QString::fromLatin1(row.zone));
        CHECK(QTimeZone(zone.toLatin1()).isValid());
    }
}

TEST_CASE("No time zone is guessed for Japan, an ambiguous country or a look-alike word", "[intake][normalise]")
{
    for (const char* text : {"東京都", "大阪府", "日本", "中国地方（広島県）", "アメリカ", "カナダ", "オーストラリア",
                             "インドネシア", "Ukraine", "タイムゾーン", "Europe/Atlantis", ""}) {
        INFO(text);
        CHECK(timeZoneFor(u8(text)).isEmpty());
    }
}

} // namespace tsunagu
