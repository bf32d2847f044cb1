// SPDX-License-Identifier: GPL-3.0-or-later
// Spam is recognised from the markers mail servers write, with the reason the host sees on the spam list.
#include "IntakeTestData.h"

#include "intake/SpamCheck.h"

#include <catch2/catch.hpp>

namespace tsunagu {
namespace {

RawHeaderList headers(std::initializer_list<QPair<const char*, const char*>> list)
{
    RawHeaderList result;
    result << qMakePair(QByteArray("From"), QByteArray("someone@example.org"));
    for (const auto& [name, value] : list)
        result << qMakePair(QByteArray(name), QByteArray(value));
    return result;
}

} // namespace

TEST_CASE("Server spam markers make a mail spam, with the marker as the reason", "[intake][spam]")
{
    const struct
    {
        const char* name;
        const char* value;
        const char* reason;
    } rows[] = {
        {"X-Spam-Flag", "YES", "X-Spam-Flag: YES"},
        {"x-spam-flag", " yes", "x-spam-flag: yes"},
        {"X-Spam-Status", "Yes, score=7.1 required=5.0 tests=HTML_MESSAGE",
         "X-Spam-Status: Yes, score=7.1 "
         "required=5.0 tests=HTML_MESSAGE"},
        {"X-Spam", "yes", "X-Spam: yes"},
        {"X-Spam-Level", "*****", "X-Spam-Level: *****"},
        {"X-Spam-Level", "************", "X-Spam-Level: ************"},
        {"X-Spam-Verdict", "SPAM", "X-Spam-Verdict: SPAM"},
        {"X-SES-Spam-Verdict", "FAIL", "X-SES-Spam-Verdict: FAIL"},
        {"X-Spamd-Result", "default: True [12.40 / 6.00]", "X-Spamd-Result: default: True [12.40 / 6.00]"},
        {"X-Rspamd-Action", "add header", "X-Rspamd-Action: add header"},
        {"X-Forefront-Antispam-Report", "CIP:192.0.2.1;SCL:5;SFV:SPM;",
         "X-Forefront-Antispam-Report: CIP:192.0.2.1;SCL:5;SFV:SPM;"},
        {"X-MS-Exchange-Organization-SCL", "9", "X-MS-Exchange-Organization-SCL: 9"},
    };
    for (const auto& row : rows) {
        INFO(row.name << ": " << row.value);
        const SpamVerdict verdict = SpamCheck::check(headers({{row.name, row.value}}));
        CHECK(verdict.isSpam);
        CHECK(verdict.reason == QString::fromUtf8(row.reason));
    }
}

TEST_CASE("Markers that say not spam, or too few stars, leave the mail alone", "[intake][spam]")
{
    const struct
    {
        const char* name;
        const char* value;
    } rows[] = {
        {"X-Spam-Flag", "NO"},
        {"X-Spam-Status", "No, score=1.2 required=5.0"},
        {"X-Spam", "no"},
        {"X-Spam-Level", "****"},
        {"X-Spam-Level", ""},
        {"X-Spam-Verdict", "PASS"},
        {"X-Spamd-Result", "default: False [0.50 / 6.00]"},
        {"X-Rspamd-Action", "no action"},
        {"X-Forefront-Antispam-Report", "CIP:192.0.2.1;SCL:1;SFV:NSPM;"},
        {"X-MS-Exchange-Organization-SCL", "-1"},
        {"Subject", "X-Spam-Flag: YES"}, // a header's text, not the header
    };
    for (const auto& row : rows) {
        INFO(row.name << ": " << row.value);
        const SpamVerdict verdict = SpamCheck::check(headers({{row.name, row.value}}));
        CHECK_FALSE(verdict.isSpam);
        CHECK(verdict.reason.isEmpty());
    }
    CHECK_FALSE(SpamCheck::check(RawHeaderList()).isSpam);
}

TEST_CASE("The star threshold can be set", "[intake][spam]")
{
    CHECK_FALSE(SpamCheck::check(headers({{"X-Spam-Level", "*******"}}), QString(), 8).isSpam);
    CHECK(SpamCheck::check(headers({{"X-Spam-Level", "********"}}), QString(), 8).isSpam);
}

TEST_CASE("A provider's spam tag in the subject makes a mail spam", "[intake][spam]")
{
    for (const char* subject : {"[SPAM] 高収入のお知らせ", "***SPAM*** win", "{Spam?} offer", "[meiwaku] 当選",
                                "【迷惑メール】ご当選", "［ＳＰＡＭ］ 案内"}) {
        INFO(subject);
        const SpamVerdict verdict = SpamCheck::check(RawHeaderList(), QString::fromUtf8(subject));
        CHECK(verdict.isSpam);
        CHECK(verdict.reason.startsWith(QLatin1String("subject tagged ")));
    }
    CHECK_FALSE(SpamCheck::check(RawHeaderList(), QString::fromUtf8("Room N 参加申し込み（迷惑でなければ）")).isSpam);
}

TEST_CASE("The check reads a parsed mail's raw headers and subject", "[intake][spam]")
{
    MimeMessage mail;
    mail.subject = QString::fromUtf8("Room G 参加申し込み");
    mail.rawHeaders = headers({{"X-Spam-Status", "No, score=0.1"}});
    CHECK_FALSE(SpamCheck::check(mail).isSpam);
    mail.rawHeaders << qMakePair(QByteArray("X-Spam-Flag"), QByteArray("YES"));
    const SpamVerdict verdict = SpamCheck::check(mail);
    CHECK(verdict.isSpam);
    CHECK(verdict.reason == QLatin1String("X-Spam-Flag: YES"));
}

TEST_CASE("A long marker value is cut short in the reason", "[intake][spam]")
{
    const QByteArray value = "Yes, score=99.9 " + QByteArray(500, 'x');
    const SpamVerdict verdict = SpamCheck::check(headers({{"X-Spam-Status", value.constData()}}));
    CHECK(verdict.isSpam);
    CHECK(verdict.reason.size() <= 81);
}

} // namespace tsunagu
