// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/imap/ImapParser.h"

#include "mail/imap/ImapTokenReader.h"

#include <QTimeZone>

#include <cstring>
#include <limits>

namespace tsunagu {

namespace {

using namespace imapparse;

void expandSet(const QByteArray& set, std::vector<quint32>& out);

ImapResponseCode parseCode(const QByteArray& name, const QByteArray& arguments)
{
    ImapResponseCode code;
    code.name = name.toUpper();
    using Kind = ImapResponseCode::Kind;
    static const struct
    {
        const char* name;
        Kind kind;
    } kPlain[] = {
        {"ALERT", Kind::Alert},
        {"AUTHENTICATIONFAILED", Kind::AuthenticationFailed},
        {"NOMODSEQ", Kind::NoModSeq},
        {"READ-ONLY", Kind::ReadOnly},
        {"READ-WRITE", Kind::ReadWrite},
        {"TRYCREATE", Kind::TryCreate},
        {"NONEXISTENT", Kind::NonExistent},
        {"OVERQUOTA", Kind::OverQuota},
    };
    for (const auto& plain : kPlain) {
        if (code.name == plain.name) {
            code.kind = plain.kind;
            return code;
        }
    }
    code.kind = Kind::Other;
    // Arguments of a code we know but cannot read leave it as Other: a server quirk, not a reason to fail.
    try {
        Reader reader(arguments);
        if (code.name == "CAPABILITY") {
            while (!reader.atEnd()) {
                code.atoms.append(reader.readAtom().toUpper());
                reader.skipSpaces();
            }
            code.kind = Kind::Capability;
        } else if (code.name == "UIDVALIDITY" || code.name == "UIDNEXT" || code.name == "UNSEEN") {
            code.number = reader.readNumber32();
            code.kind = code.name == "UIDVALIDITY" ? Kind::UidValidity
                        : code.name == "UIDNEXT"   ? Kind::UidNext
                                                   : Kind::Unseen;
        } else if (code.name == "HIGHESTMODSEQ") {
            code.number = reader.readNumber();
            code.kind = Kind::HighestModSeq;
        } else if (code.name == "PERMANENTFLAGS") {
            code.atoms = reader.readAtomList();
            code.kind = Kind::PermanentFlags;
        } else if (code.name == "APPENDUID") {
            // RFC 4315 §3: APPENDUID uidvalidity uid-set (one UID unless MULTIAPPEND)
            code.number = reader.readNumber32();
            reader.skipSpaces();
            expandSet(reader.readAtom(), code.uids);
            code.kind = Kind::AppendUid;
        }
    } catch (const ParseError&) {
        code.kind = Kind::Other;
        code.atoms.clear();
        code.number = 0;
        code.uids.clear();
    }
    return code;
}

// resp-text = ["[" resp-text-code "]" SP] text (RFC 3501 §9)
void readResponseText(Reader& reader, ImapResponse& response)
{
    reader.skipSpaces();
    if (reader.accept('[')) {
        const QByteArray name = reader.readUntil(" ]");
        QByteArray arguments;
        // Arguments run to the next ']': no response code we read has one inside.
        if (reader.accept(' '))
            arguments = reader.readUntil("]");
        if (!reader.accept(']'))
            fail("unclosed response code");
        response.code = parseCode(name, arguments);
        reader.skipSpaces();
    }
    response.text = reader.rest();
}

bool readStatus(const QByteArray& word, ImapResponse::Status* status)
{
    const QByteArray upper = word.toUpper();
    if (upper == "OK")
        *status = ImapResponse::Status::Ok;
    else if (upper == "NO")
        *status = ImapResponse::Status::No;
    else if (upper == "BAD")
        *status = ImapResponse::Status::Bad;
    else if (upper == "PREAUTH")
        *status = ImapResponse::Status::PreAuth;
    else if (upper == "BYE")
        *status = ImapResponse::Status::Bye;
    else
        return false;
    return true;
}

// BODY[section]<origin> → section text and origin (RFC 3501 §7.4.2).
void splitSectionKey(const QByteArray& key, ImapBodySection& section)
{
    const qsizetype open = key.indexOf('[');
    const qsizetype close = key.lastIndexOf(']');
    if (open < 0 || close < open)
        fail("bad body section");
    section.section = key.mid(open + 1, close - open - 1).toUpper();
    const QByteArray tail = key.mid(close + 1);
    if (tail.isEmpty())
        return;
    if (tail.size() < 3 || !tail.startsWith('<') || !tail.endsWith('>'))
        fail("bad body section origin");
    const std::optional<quint64> origin = toNumber(tail.mid(1, tail.size() - 2));
    if (!origin)
        fail("bad body section origin");
    section.origin = origin;
}

void readFetch(Reader& reader, ImapFetchData& fetch)
{
    reader.skipSpaces();
    reader.expect('(');
    reader.skipSpaces();
    while (!reader.accept(')')) {
        if (reader.atEnd())
            fail("unclosed FETCH list");
        const QByteArray key = reader.readAtom();
        const QByteArray upper = key.toUpper();
        reader.skipSpaces();
        if (upper == "UID") {
            fetch.uid = reader.readNumber32();
        } else if (upper == "RFC822.SIZE") {
            fetch.size = reader.readNumber();
        } else if (upper == "FLAGS") {
            fetch.flags = reader.readAtomList();
        } else if (upper == "INTERNALDATE") {
            const std::optional<QByteArray> text = reader.readNString();
            fetch.internalDateText = text.value_or(QByteArray());
            fetch.internalDate = ImapParser::parseDateTime(fetch.internalDateText);
        } else if (upper == "MODSEQ") {
            // RFC 7162 §3.1.4: MODSEQ (n)
            reader.expect('(');
            reader.skipSpaces();
            fetch.modSeq = reader.readNumber();
            reader.skipSpaces();
            reader.expect(')');
        } else if ((upper.startsWith("BODY[") || upper.startsWith("BINARY[")) && upper.contains(']')) {
            ImapBodySection section;
            splitSectionKey(key, section);
            const std::optional<QByteArray> data = reader.readNString();
            section.nil = !data.has_value();
            section.data = data.value_or(QByteArray());
            if (upper.startsWith("BODY["))
                fetch.sections.push_back(std::move(section));
        } else {
            // ENVELOPE, BODYSTRUCTURE, X-GM-… and whatever else: read as a token and dropped.
            reader.readToken(1);
        }
        reader.skipSpaces();
    }
}

// RFC 4731 ESEARCH: ALL is a sequence set; expanded with a cap, since "1:4294967295" is a valid reply.
void expandSet(const QByteArray& set, std::vector<quint32>& out)
{
    constexpr size_t kMaxExpanded = 10 * 1000 * 1000;
    for (const QByteArray& part : set.split(',')) {
        const qsizetype colon = part.indexOf(':');
        const std::optional<quint64> first = toNumber(colon < 0 ? part : part.left(colon));
        const std::optional<quint64> last = colon < 0 ? first : toNumber(part.mid(colon + 1));
        if (!first || !last || *first > 0xffffffffULL || *last > 0xffffffffULL)
            fail("bad sequence set");
        const quint64 low = std::min(*first, *last);
        const quint64 high = std::max(*first, *last);
        if (high - low >= kMaxExpanded || out.size() + (high - low) >= kMaxExpanded)
            fail("sequence set too large");
        for (quint64 n = low; n <= high; ++n)
            out.push_back(quint32(n));
    }
}

void readUntagged(Reader& reader, ImapResponse& response)
{
    const QByteArray first = reader.readAtom();
    if (readStatus(first, &response.status)) {
        response.kind = ImapResponse::Kind::Status;
        readResponseText(reader, response);
        return;
    }
    const QByteArray upper = first.toUpper();
    if (const std::optional<quint64> number = toNumber(first)) {
        reader.skipSpaces();
        const QByteArray what = reader.readAtom().toUpper();
        if (*number > std::numeric_limits<quint32>::max())
            fail("message number out of range");
        response.number = *number;
        if (what == "EXISTS") {
            response.kind = ImapResponse::Kind::Exists;
        } else if (what == "RECENT") {
            response.kind = ImapResponse::Kind::Recent;
        } else if (what == "EXPUNGE") {
            response.kind = ImapResponse::Kind::Expunge;
        } else if (what == "FETCH") {
            response.kind = ImapResponse::Kind::Fetch;
            response.fetch.sequence = quint32(*number);
            readFetch(reader, response.fetch);
        } else {
            response.kind = ImapResponse::Kind::Other;
            response.atoms.append(what);
        }
        return;
    }
    if (upper == "CAPABILITY" || upper == "ENABLED") {
        response.kind = upper == "CAPABILITY" ? ImapResponse::Kind::Capability : ImapResponse::Kind::Enabled;
        reader.skipSpaces();
        while (!reader.atEnd()) {
            response.atoms.append(reader.readAtom().toUpper());
            reader.skipSpaces();
        }
    } else if (upper == "FLAGS") {
        response.kind = ImapResponse::Kind::Flags;
        reader.skipSpaces();
        response.atoms = reader.readAtomList();
    } else if (upper == "SEARCH") {
        response.kind = ImapResponse::Kind::Search;
        reader.skipSpaces();
        while (!reader.atEnd()) {
            if (reader.accept('(')) {
                // RFC 7162 §3.1.5: "(MODSEQ n)" after the numbers
                const QByteArray word = reader.readAtom().toUpper();
                reader.skipSpaces();
                if (word != "MODSEQ")
                    fail("unexpected item in SEARCH");
                response.searchModSeq = reader.readNumber();
                reader.skipSpaces();
                reader.expect(')');
            } else {
                response.numbers.push_back(reader.readNumber32());
            }
            reader.skipSpaces();
        }
    } else if (upper == "ESEARCH") {
        response.kind = ImapResponse::Kind::ESearch;
        reader.skipSpaces();
        if (reader.peek() == '(')
            reader.readToken(1); // (TAG "A5")
        reader.skipSpaces();
        while (!reader.atEnd()) {
            const QByteArray name = reader.readAtom().toUpper();
            reader.skipSpaces();
            if (name == "UID") {
                response.esearchUid = true;
            } else if (name == "ALL") {
                expandSet(reader.readAtom(), response.numbers);
            } else {
                reader.readToken(1); // MIN, MAX, COUNT, MODSEQ: not used
            }
            reader.skipSpaces();
        }
    } else if (upper == "LIST") {
        // RFC 3501 §7.2.2: LIST (attributes) separator-or-NIL name [extended data, RFC 5258 §3.5: skipped]
        response.kind = ImapResponse::Kind::List;
        reader.skipSpaces();
        response.list.attributes = reader.readAtomList();
        reader.skipSpaces();
        const std::optional<QByteArray> separator = reader.readNString();
        if (separator && separator->size() != 1)
            fail("LIST separator is not one character");
        response.list.separator = separator.value_or(QByteArray());
        reader.skipSpaces();
        response.list.name = reader.readAString();
    } else {
        // Unknown untagged data (LSUB, STATUS, NAMESPACE, ID, vendor extensions): skipped, never fatal.
        response.kind = ImapResponse::Kind::Other;
        response.atoms.append(upper);
    }
}

} // namespace

std::optional<ImapResponse> ImapParser::parse(const QByteArray& raw, Failure* failure)
{
    try {
        Reader reader(raw);
        ImapResponse response;
        if (reader.accept('+')) {
            // RFC 3501 §7.5: "+" [SP text]; Dovecot and others send "+ idling", "+ OK", or a bare "+".
            response.kind = ImapResponse::Kind::Continuation;
            reader.skipSpaces();
            response.text = reader.rest();
            return response;
        }
        if (reader.accept('*')) {
            if (!reader.skipSpaces())
                fail("expected a space after '*'");
            readUntagged(reader, response);
            return response;
        }
        response.tag = reader.readAtom();
        if (!reader.skipSpaces())
            fail("expected a space after the tag");
        if (!readStatus(reader.readAtom(), &response.status) || response.status == ImapResponse::Status::PreAuth)
            fail("tagged response without OK, NO, BAD or BYE");
        response.kind = ImapResponse::Kind::Status;
        readResponseText(reader, response);
        return response;
    } catch (const ParseError& error) {
        if (failure)
            failure->reason = error.reason;
        return std::nullopt;
    }
}

std::optional<std::vector<ImapToken>> ImapParser::tokenize(const QByteArray& raw, Failure* failure)
{
    try {
        Reader reader(raw);
        std::vector<ImapToken> tokens;
        reader.skipSpaces();
        while (!reader.atEnd()) {
            tokens.push_back(reader.readToken(0));
            reader.skipSpaces();
        }
        return tokens;
    } catch (const ParseError& error) {
        if (failure)
            failure->reason = error.reason;
        return std::nullopt;
    }
}

QDateTime ImapParser::parseDateTime(const QByteArray& text)
{
    // date-time = DQUOTE date-day-fixed "-" date-month "-" date-year SP time SP zone DQUOTE (RFC 3501 §9);
    // the day may be space-padded.
    const QByteArray trimmed = text.trimmed();
    const QList<QByteArray> parts = trimmed.split(' ');
    QList<QByteArray> fields;
    for (const QByteArray& part : parts) {
        if (!part.isEmpty())
            fields.append(part);
    }
    if (fields.size() != 3)
        return {};
    const QList<QByteArray> date = fields[0].split('-');
    const QList<QByteArray> time = fields[1].split(':');
    const QByteArray& zone = fields[2];
    if (date.size() != 3 || time.size() != 3 || zone.size() != 5 || (zone[0] != '+' && zone[0] != '-'))
        return {};
    static const char* const kMonths[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                          "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    int month = 0;
    for (int i = 0; i < 12; ++i) {
        if (date[1].toUpper() == kMonths[i])
            month = i + 1;
    }
    const std::optional<quint64> day = toNumber(date[0]);
    const std::optional<quint64> year = toNumber(date[2]);
    const std::optional<quint64> hour = toNumber(time[0]);
    const std::optional<quint64> minute = toNumber(time[1]);
    const std::optional<quint64> second = toNumber(time[2]);
    const std::optional<quint64> zoneHours = toNumber(zone.mid(1, 2));
    const std::optional<quint64> zoneMinutes = toNumber(zone.mid(3, 2));
    if (!month || !day || !year || !hour || !minute || !second || !zoneHours || !zoneMinutes || *year > 9999 ||
        *day > 31 || *hour > 23 || *minute > 59 || *second > 60 || *zoneMinutes > 59)
        return {};
    const QDate d(int(*year), month, int(*day));
    const QTime t(int(*hour), int(*minute), int(std::min<quint64>(*second, 59)));
    if (!d.isValid() || !t.isValid())
        return {};
    const int offset = int(*zoneHours * 3600 + *zoneMinutes * 60) * (zone[0] == '-' ? -1 : 1);
    return QDateTime(d, t, QTimeZone(offset));
}

} // namespace tsunagu
