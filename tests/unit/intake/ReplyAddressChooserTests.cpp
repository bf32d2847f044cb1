// SPDX-License-Identifier: GPL-3.0-or-later
// The address the host's answer goes to: the applicant's, never the form service's no-reply sender or a room's
// own reception address.
#include "IntakeTestData.h"

#include "intake/ReplyAddressChooser.h"

#include <catch2/catch.hpp>

namespace tsunagu {
namespace {

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

FormFields mailField(const char* value)
{
    return FormFields({FormField{u8("メールアドレス"), u8(value), FieldKey::ReplyAddress}});
}

MimeMessage mail(const char* from, const char* replyTo = nullptr)
{
    MimeMessage m;
    m.from = {MailAddress{u8("フォーム"), u8(from)}};
    if (replyTo)
        m.replyTo = {MailAddress{QString(), u8(replyTo)}};
    return m;
}

QStringList ownAddresses()
{
    QStringList own;
    for (const Room& room : test::intakeRooms())
        own << room.receptionAddress;
    return own;
}

} // namespace

TEST_CASE("The form's mail field comes first, then Reply-To, then From", "[intake][reply]")
{
    const MimeMessage both = mail("hinata.sender@example.org", "hinata.replyto@example.org");

    ReplyAddressChoice choice = ReplyAddressChooser::choose(mailField("hinata.form@example.jp"), both);
    CHECK(choice.address == QLatin1String("hinata.form@example.jp"));
    CHECK(choice.source == ReplyAddressChoice::Source::FormField);

    choice = ReplyAddressChooser::choose(FormFields(), both);
    CHECK(choice.address == QLatin1String("hinata.replyto@example.org"));
    CHECK(choice.source == ReplyAddressChoice::Source::ReplyTo);

    choice = ReplyAddressChooser::choose(FormFields(), mail("hinata.sender@example.org"));
    CHECK(choice.address == QLatin1String("hinata.sender@example.org"));
    CHECK(choice.source == ReplyAddressChoice::Source::From);
}

TEST_CASE("A form service's no-reply sender is never taken as the applicant", "[intake][reply]")
{
    for (const char* sender : {"noreply@forms.example.org", "no-reply@example.org", "no_reply@example.jp",
                               "donotreply@example.org", "do-not-reply@example.org", "MAILER-DAEMON@example.org",
                               "wordpress@rooms.example.org", "forms-receipts-noreply@example.org",
                               "noreply-forms@example.jp", "bounces+123@example.org", "www-data@example.org"}) {
        INFO(sender);
        CHECK(ReplyAddressChooser::isNoReplySender(u8(sender)));
        const ReplyAddressChoice choice = ReplyAddressChooser::choose(FormFields(), mail(sender, sender));
        CHECK(choice.address.isEmpty());
        CHECK(choice.source == ReplyAddressChoice::Source::None);
        CHECK(choice.skipped.size() == 2);
    }
    CHECK_FALSE(ReplyAddressChooser::isNoReplySender(u8("reply.hanako@example.jp")));
    CHECK_FALSE(ReplyAddressChooser::isNoReplySender(u8("noriko@example.jp")));

    const ReplyAddressChoice choice =
        ReplyAddressChooser::choose(FormFields(), mail("noreply@forms.example.org", "tsubasa.demo@example.jp"));
    CHECK(choice.address == QLatin1String("tsubasa.demo@example.jp"));
}

TEST_CASE("A room's own reception address is not the applicant", "[intake][reply]")
{
    // A form that sends as the room, and a referral forwarded by another room's host.
    const ReplyAddressChoice fromRoom =
        ReplyAddressChooser::choose(FormFields(), mail("Room-DA@Example.jp"), ownAddresses());
    CHECK(fromRoom.address.isEmpty());
    CHECK(fromRoom.skipped == QStringList{QStringLiteral("From: a room's own reception address")});

    const ReplyAddressChoice referral =
        ReplyAddressChooser::choose(mailField("nagi.demo@example.jp"), mail("room-d@example.jp"), ownAddresses());
    CHECK(referral.address == QLatin1String("nagi.demo@example.jp"));
}

TEST_CASE("An invalid form address falls back to the headers and says why", "[intake][reply]")
{
    const ReplyAddressChoice choice =
        ReplyAddressChooser::choose(mailField("hotaru@example"), mail("noreply@example.org", "hotaru@example.jp"));
    CHECK(choice.address == QLatin1String("hotaru@example.jp"));
    CHECK(choice.source == ReplyAddressChoice::Source::ReplyTo);
    CHECK(choice.skipped == QStringList{QStringLiteral("form mail field: no valid address")});
}

TEST_CASE("Addresses are read the way people type them into forms", "[intake][reply]")
{
    const struct
    {
        const char* typed;
        const char* address;
    } rows[] = {
        {"sakura.demo@example.jp", "sakura.demo@example.jp"},
        {"  sakura.demo@example.jp  ", "sakura.demo@example.jp"},
        {"ｓａｋｕｒａ．ｄｅｍｏ＠ｅｘａｍｐｌｅ．ｊｐ", "sakura.demo@example.jp"},
        {"mailto:sakura.demo@example.jp", "sakura.demo@example.jp"},
        {"<sakura.demo@example.jp>", "sakura.demo@example.jp"},
        {"sakura.demo@example.jp（PC）", "sakura.demo@example.jp"},
        {"PC: sakura.demo@example.jp / 携帯: sakura.mobile@example.jp", "sakura.demo@example.jp"},
        {"Sakura.Demo@Example.JP", "Sakura.Demo@Example.JP"},
        {"taro..demo.@example.jp", "taro..demo.@example.jp"}, // an old Japanese carrier address
        {"sakura.demo@example.jp.", "sakura.demo@example.jp"},
        {"sakura.demo＠example.jp", "sakura.demo@example.jp"},
        {"sakura", ""},
        {"sakura@", ""},
        {"@example.jp", ""},
        {"sakura@example", ""},
        {"sakura@exa mple.jp", ""},
        {"さくら@example.jp", ""},
        {"", ""},
    };
    for (const auto& row : rows) {
        INFO(row.typed);
        CHECK(ReplyAddressChooser::addressIn(u8(row.typed)) == u8(row.address));
    }
    CHECK(ReplyAddressChooser::isValidAddress(u8("a@example.org")));
    CHECK_FALSE(ReplyAddressChooser::isValidAddress(u8("a b@example.org")));
    CHECK_FALSE(ReplyAddressChooser::isValidAddress(u8("a@@example.org")));
    CHECK_FALSE(ReplyAddressChooser::isValidAddress(u8("a@example.o")));
    CHECK_FALSE(ReplyAddressChooser::isValidAddress(u8("a@-example.org")));
    CHECK_FALSE(ReplyAddressChooser::isValidAddress(QString(65, u'a') + QStringLiteral("@example.org")));
}

TEST_CASE("Nothing usable anywhere gives no address", "[intake][reply]")
{
    const ReplyAddressChoice choice = ReplyAddressChooser::choose(FormFields(), MimeMessage());
    CHECK(choice.address.isEmpty());
    CHECK(choice.source == ReplyAddressChoice::Source::None);
    CHECK(ReplyAddressChooser::isUsable(u8("ren.demo@example.jp")));
    CHECK_FALSE(ReplyAddressChooser::isUsable(u8("room-k@example.jp"), ownAddresses()));
}

} // namespace tsunagu
