// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/imap/ImapParser.h"

#include <catch2/catch.hpp>

using namespace tsunagu;

namespace {

ImapResponse parsed(const QByteArray& raw)
{
    ImapParser::Failure failure;
    const std::optional<ImapResponse> response = ImapParser::parse(raw, &failure);
    INFO(failure.reason.toStdString());
    REQUIRE(response.has_value());
    return *response;
}

bool fails(const QByteArray& raw)
{
    return !ImapParser::parse(raw).has_value();
}

} // namespace

TEST_CASE("Tokens: atoms, numbers, strings, literals, NIL and lists", "[imap][parser]")
{
    const auto tokens = ImapParser::tokenize("NIL \"NIL\" nil {3}\r\nNIL \\Seen 42 \"a\\\"b\\\\c\" (1 (2)) "
                                             "18446744073709551616 BODY[HEADER.FIELDS (MESSAGE-ID)]<0>");
    REQUIRE(tokens);
    REQUIRE(tokens->size() == 10);
    using Kind = ImapToken::Kind;
    CHECK((*tokens)[0].kind == Kind::Nil);
    CHECK((*tokens)[1].kind == Kind::String); // the string "NIL" is not NIL (RFC 3501 §4.5)
    CHECK((*tokens)[1].text == "NIL");
    CHECK((*tokens)[2].kind == Kind::Nil);
    CHECK((*tokens)[3].kind == Kind::Literal);
    CHECK((*tokens)[3].text == "NIL");
    CHECK((*tokens)[4].kind == Kind::Atom);
    CHECK((*tokens)[4].text == "\\Seen");
    CHECK((*tokens)[5].kind == Kind::Number);
    CHECK((*tokens)[5].number == 42);
    CHECK((*tokens)[6].text == "a\"b\\c");
    CHECK((*tokens)[7].kind == Kind::List);
    REQUIRE((*tokens)[7].children.size() == 2);
    CHECK((*tokens)[7].children[1].children[0].number == 2);
    CHECK((*tokens)[8].kind == Kind::Atom); // too large for a number: not silently wrapped
    CHECK((*tokens)[9].text == "BODY[HEADER.FIELDS (MESSAGE-ID)]<0>");
}

TEST_CASE("Tokens: malformed input fails cleanly", "[imap][parser]")
{
    CHECK_FALSE(ImapParser::tokenize("\"unterminated"));
    CHECK_FALSE(ImapParser::tokenize("\"line\r\nbreak\""));
    CHECK_FALSE(ImapParser::tokenize("(1 2"));
    CHECK_FALSE(ImapParser::tokenize("{10}\r\nshort"));
    CHECK_FALSE(ImapParser::tokenize("{x}\r\n"));
    CHECK_FALSE(ImapParser::tokenize("BODY[unclosed"));
    CHECK_FALSE(
        ImapParser::tokenize(QByteArray(ImapParser::kMaxDepth + 2, '(') + QByteArray(ImapParser::kMaxDepth + 2, ')')));
    CHECK(ImapParser::tokenize(QByteArray(ImapParser::kMaxDepth, '(') + QByteArray(ImapParser::kMaxDepth, ')')));
}

TEST_CASE("Status responses and response codes", "[imap][parser]")
{
    const ImapResponse tagged = parsed("A7 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n");
    CHECK(tagged.tag == "A7");
    CHECK(tagged.status == ImapResponse::Status::No);
    CHECK(tagged.code.kind == ImapResponseCode::Kind::AuthenticationFailed);
    CHECK(tagged.text == "Authentication failed.");

    const ImapResponse capability = parsed("* OK [CAPABILITY IMAP4rev1 sasl-ir AUTH=PLAIN] Dovecot ready.\r\n");
    CHECK(capability.code.kind == ImapResponseCode::Kind::Capability);
    CHECK(capability.code.atoms == QList<QByteArray>{"IMAP4REV1", "SASL-IR", "AUTH=PLAIN"});

    CHECK(parsed("* OK [UIDVALIDITY 4294967295] x").code.number == 4294967295ULL);
    CHECK(parsed("* OK [UIDVALIDITY 4294967296] x").code.kind == ImapResponseCode::Kind::Other); // out of range
    CHECK(parsed("* OK [HIGHESTMODSEQ 9223372036854775807] x").code.number == 9223372036854775807ULL);
    CHECK(parsed("* OK [HIGHESTMODSEQ 9223372036854775808] x").code.kind == ImapResponseCode::Kind::Other);
    CHECK(parsed("* OK [UIDNEXT 12] x").code.kind == ImapResponseCode::Kind::UidNext);
    CHECK(parsed("A1 OK [READ-ONLY] x").code.kind == ImapResponseCode::Kind::ReadOnly);
    CHECK(parsed("A1 NO [TRYCREATE] x").code.kind == ImapResponseCode::Kind::TryCreate);
    CHECK(parsed("A1 NO [NONEXISTENT] x").code.kind == ImapResponseCode::Kind::NonExistent);
    CHECK(parsed("A1 NO [OVERQUOTA] x").code.kind == ImapResponseCode::Kind::OverQuota);
    CHECK(parsed("* NO [ALERT] mind this").code.kind == ImapResponseCode::Kind::Alert);
    CHECK(parsed("* OK [PERMANENTFLAGS (\\Seen \\*)] x").code.atoms == QList<QByteArray>{"\\Seen", "\\*"});
    CHECK(parsed("* OK [X-VENDOR (a b) c] x").code.name == "X-VENDOR");
    CHECK(parsed("* PREAUTH hi").status == ImapResponse::Status::PreAuth);
    CHECK(parsed("* BYE bye").status == ImapResponse::Status::Bye);
    CHECK(parsed("A1 OK").text.isEmpty());
    CHECK(parsed("+ idling\r\n").kind == ImapResponse::Kind::Continuation);
    CHECK(parsed("+\r\n").kind == ImapResponse::Kind::Continuation);
    CHECK(fails("A1 MAYBE x\r\n"));
    CHECK(fails("A1 OK [ALERT x\r\n"));
    CHECK(fails("*OK x\r\n"));
}

TEST_CASE("Untagged data: CAPABILITY, EXISTS, SEARCH, ESEARCH, FLAGS, unknown", "[imap][parser]")
{
    CHECK(parsed("* CAPABILITY IMAP4rev1 IDLE\r\n").atoms == QList<QByteArray>{"IMAP4REV1", "IDLE"});
    const ImapResponse exists = parsed("* 23 EXISTS\r\n");
    CHECK(exists.kind == ImapResponse::Kind::Exists);
    CHECK(exists.number == 23);
    CHECK(parsed("* 5 EXPUNGE").kind == ImapResponse::Kind::Expunge);
    CHECK(parsed("* 0 RECENT").kind == ImapResponse::Kind::Recent);
    CHECK(fails("* 4294967296 EXISTS"));
    const ImapResponse search = parsed("* SEARCH 2 84 882 (MODSEQ 917162500)\r\n");
    CHECK(search.numbers == std::vector<quint32>{2, 84, 882});
    CHECK(search.searchModSeq == 917162500ULL);
    CHECK(parsed("* SEARCH\r\n").numbers.empty());
    CHECK(fails("* SEARCH 1 x"));
    const ImapResponse esearch = parsed("* ESEARCH (TAG \"A4\") UID COUNT 5 ALL 3:5,9,11:10\r\n");
    CHECK(esearch.esearchUid);
    CHECK(esearch.numbers == std::vector<quint32>{3, 4, 5, 9, 10, 11});
    CHECK(fails("* ESEARCH ALL 1:4294967295"));
    CHECK(parsed("* FLAGS (\\Seen $Junk)").atoms == QList<QByteArray>{"\\Seen", "$Junk"});
    const ImapResponse status = parsed("* STATUS INBOX (MESSAGES 3)\r\n");
    CHECK(status.kind == ImapResponse::Kind::Other);
    CHECK(status.atoms == QList<QByteArray>{"STATUS"});
    CHECK(parsed("* 3 XFOO bar").kind == ImapResponse::Kind::Other);
}

TEST_CASE("FETCH: UID, size, flags, date, MODSEQ, body sections, NIL", "[imap][parser]")
{
    const ImapResponse r = parsed("* 12 FETCH (UID 4827313 RFC822.SIZE 44827 FLAGS (\\Seen $Forwarded) "
                                  "INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" MODSEQ (624140003) "
                                  "ENVELOPE (\"date\" NIL ((NIL NIL \"a\" \"b\")) NIL NIL NIL NIL NIL NIL NIL) "
                                  "BODY[HEADER.FIELDS (MESSAGE-ID)] {4}\r\nab\r\n BODY[]<0> {3}\r\nxyz "
                                  "BODY[TEXT] NIL BODY[1] \"NIL\")\r\n");
    REQUIRE(r.kind == ImapResponse::Kind::Fetch);
    const ImapFetchData& f = r.fetch;
    CHECK(f.sequence == 12);
    CHECK(f.uid == 4827313U);
    CHECK(f.size == 44827U);
    CHECK(f.flags == QList<QByteArray>{"\\Seen", "$Forwarded"});
    CHECK(f.internalDate.toUTC().toString(Qt::ISODate) == QStringLiteral("1996-07-17T09:44:25Z"));
    CHECK(f.modSeq == 624140003U);
    REQUIRE(f.sections.size() == 4);
    CHECK(f.sections[0].section == "HEADER.FIELDS (MESSAGE-ID)");
    CHECK(f.sections[0].data == "ab\r\n");
    CHECK(f.sections[1].section.isEmpty());
    CHECK(f.sections[1].origin == 0U);
    CHECK(f.sections[1].data == "xyz");
    CHECK(f.sections[2].nil);
    CHECK_FALSE(f.sections[3].nil); // "NIL" the string
    CHECK(f.sections[3].data == "NIL");
    CHECK(fails("* 1 FETCH (UID 4294967296)"));
    CHECK(fails("* 1 FETCH (UID 5"));
    CHECK(fails("* 1 FETCH (BODY[] {9}\r\nshort)"));
    CHECK(fails("* 1 FETCH (BODY[]<x> NIL)"));
    CHECK(parsed("* 1 FETCH (INTERNALDATE \"garbage\")").fetch.internalDate.isNull());
}

TEST_CASE("INTERNALDATE forms", "[imap][parser]")
{
    CHECK(ImapParser::parseDateTime(" 1-Feb-2024 00:00:00 +0900").toUTC() ==
          QDateTime(QDate(2024, 1, 31), QTime(15, 0), Qt::UTC));
    CHECK_FALSE(ImapParser::parseDateTime("31-Feb-2024 00:00:00 +0000").isValid());
    CHECK_FALSE(ImapParser::parseDateTime("01-Foo-2024 00:00:00 +0000").isValid());
    CHECK_FALSE(ImapParser::parseDateTime("01-Jan-2024 00:00:00").isValid());
}

TEST_CASE("LIST and APPENDUID", "[imap][parser]")
{
    const ImapResponse sent = parsed("* LIST (\\HasNoChildren \\Sent) \".\" Sent\r\n");
    CHECK(sent.kind == ImapResponse::Kind::List);
    CHECK(sent.list.attributes == QList<QByteArray>{"\\HasNoChildren", "\\Sent"});
    CHECK(sent.list.separator == ".");
    CHECK(sent.list.name == "Sent");
    const ImapResponse nil = parsed("* LIST () NIL \"NIL\"\r\n");
    CHECK(nil.list.separator.isEmpty());
    CHECK(nil.list.name == "NIL"); // a mailbox named NIL, not a missing name
    const ImapResponse literalName =
        parsed("* LIST (\\Noselect) \"\\\\\" {6}\r\n[a b]) (\"CHILDINFO\" (\"SUBSCRIBED\"))\r\n");
    CHECK(literalName.list.separator == "\\");
    CHECK(literalName.list.name == "[a b])");
    CHECK(parsed("* list (\\Drafts) \"/\" \"[Gmail]/Drafts\"\r\n").list.name == "[Gmail]/Drafts");
    CHECK(fails("* LIST (\\Sent) \"..\" Sent\r\n"));
    CHECK(fails("* LIST (\\Sent \".\" Sent\r\n"));
    CHECK(fails("* LIST (\\Sent) \".\"\r\n"));

    const ImapResponse appended = parsed("A3 OK [APPENDUID 38505 3955] APPEND completed\r\n");
    CHECK(appended.code.kind == ImapResponseCode::Kind::AppendUid);
    CHECK(appended.code.number == 38505);
    CHECK(appended.code.uids == std::vector<quint32>{3955});
    // Unreadable arguments leave a known code as Other instead of failing the response.
    CHECK(parsed("A3 OK [APPENDUID x 1] done\r\n").code.kind == ImapResponseCode::Kind::Other);
    CHECK(parsed("A3 OK [APPENDUID 4294967296 1] done\r\n").code.kind == ImapResponseCode::Kind::Other);
    CHECK(parsed("A3 NO [TRYCREATE] no such mailbox\r\n").code.kind == ImapResponseCode::Kind::TryCreate);
}
