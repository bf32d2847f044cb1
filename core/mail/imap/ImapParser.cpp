// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/imap/ImapParser.h"

#include <QTimeZone>

#include <cstring>
#include <limits>

namespace tsunagu {

namespace {

// Thrown inside the parser only; parse() turns it into a Failure (STYLE.md §8).
struct ParseError
{
    QString reason;
};

[[noreturn]] void fail(const char* why)
{
    throw ParseError{QString::fromLatin1(why)};
}

constexpr quint64 kMaxNumber = quint64(std::numeric_limits<qint64>::max()); // RFC 7162 §7: mod-sequences are 63-bit

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Where an atom stops (RFC 3501 §9 atom-specials), leniently: '%' and '*' are kept so "\*" reads as a flag.
bool endsAtom(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u <= 0x20 || u == 0x7f || c == '(' || c == ')' || c == '{' || c == '"' || c == ']';
}

std::optional<quint64> toNumber(const QByteArray& digits)
{
    if (digits.isEmpty())
        return std::nullopt;
    quint64 value = 0;
    for (char c : digits) {
        if (!isDigit(c))
            return std::nullopt;
        const auto digit = quint64(c - '0');
        if (value > (kMaxNumber - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
    }
    return value;
}

// A bounds-checked cursor over one response.
class Reader
{
public:
    explicit Reader(const QByteArray& raw)
        : m_data(raw.constData())
        , m_size(raw.size())
    {
        // The framer leaves the final line ending on; it is not part of the syntax we read.
        if (m_size > 0 && m_data[m_size - 1] == '\n')
            --m_size;
        if (m_size > 0 && m_data[m_size - 1] == '\r')
            --m_size;
    }

    bool atEnd() const { return m_pos >= m_size; }
    char peek() const { return atEnd() ? '\0' : m_data[m_pos]; }
    void expect(char c)
    {
        if (peek() != c || atEnd())
            throw ParseError{QStringLiteral("expected '%1' at offset %2").arg(QLatin1Char(c)).arg(m_pos)};
        ++m_pos;
    }
    bool accept(char c)
    {
        if (atEnd() || m_data[m_pos] != c)
            return false;
        ++m_pos;
        return true;
    }
    // One SP separates tokens (RFC 3501 §9); some servers send two, which costs nothing to accept.
    bool skipSpaces()
    {
        const qint64 start = m_pos;
        while (!atEnd() && m_data[m_pos] == ' ')
            ++m_pos;
        return m_pos > start;
    }
    QByteArray readUntil(const char* stops)
    {
        const qint64 start = m_pos;
        while (!atEnd() && !std::strchr(stops, m_data[m_pos]))
            ++m_pos;
        return QByteArray(m_data + start, int(m_pos - start));
    }
    QByteArray rest()
    {
        const QByteArray text(m_data + m_pos, int(m_size - m_pos));
        m_pos = m_size;
        return text;
    }

    // An atom; brackets inside it ("BODY[HEADER.FIELDS (MESSAGE-ID)]<0>") are read to their matching ']'.
    QByteArray readAtom()
    {
        const qint64 start = m_pos;
        while (!atEnd()) {
            const char c = m_data[m_pos];
            if (c == '[') {
                int depth = 0;
                while (!atEnd()) {
                    const char d = m_data[m_pos];
                    if (d == '\r' || d == '\n')
                        fail("line break inside brackets");
                    if (d == '[')
                        ++depth;
                    else if (d == ']' && --depth == 0)
                        break;
                    ++m_pos;
                }
                if (atEnd())
                    fail("unclosed bracket");
                ++m_pos;
                continue;
            }
            if (endsAtom(c))
                break;
            ++m_pos;
        }
        if (m_pos == start)
            throw ParseError{QStringLiteral("expected an atom at offset %1").arg(m_pos)};
        return QByteArray(m_data + start, int(m_pos - start));
    }

    quint64 readNumber()
    {
        const QByteArray digits = readAtom();
        const std::optional<quint64> value = toNumber(digits);
        if (!value)
            fail("expected a number that fits");
        return *value;
    }

    quint32 readNumber32()
    {
        const quint64 value = readNumber();
        if (value > std::numeric_limits<quint32>::max())
            fail("32-bit number out of range");
        return quint32(value);
    }

    ImapToken readToken(int depth)
    {
        if (depth > ImapParser::kMaxDepth)
            fail("lists nested too deeply");
        ImapToken token;
        switch (peek()) {
        case '(':
            ++m_pos;
            token.kind = ImapToken::Kind::List;
            skipSpaces();
            while (!accept(')')) {
                if (atEnd())
                    fail("unclosed list");
                token.children.push_back(readToken(depth + 1));
                skipSpaces();
            }
            return token;
        case '"':
            token.kind = ImapToken::Kind::String;
            token.text = readQuoted();
            return token;
        case '{':
            token.kind = ImapToken::Kind::Literal;
            token.text = readLiteral();
            return token;
        default:
            break;
        }
        token.text = readAtom();
        if (token.text.compare("NIL", Qt::CaseInsensitive) == 0) {
            token.kind = ImapToken::Kind::Nil;
            token.text.clear();
        } else if (const std::optional<quint64> number = toNumber(token.text)) {
            token.kind = ImapToken::Kind::Number;
            token.number = *number;
        } else {
            token.kind = ImapToken::Kind::Atom; // digits too large for a number stay an atom
        }
        return token;
    }

    // RFC 3501 §4.3 quoted string: '\' escapes '"' and '\'; CR and LF cannot occur.
    QByteArray readQuoted()
    {
        expect('"');
        QByteArray text;
        while (true) {
            if (atEnd())
                fail("unterminated quoted string");
            const char c = m_data[m_pos++];
            if (c == '"')
                return text;
            if (c == '\r' || c == '\n')
                fail("line break in quoted string");
            if (c == '\\') {
                if (atEnd())
                    fail("unterminated quoted string");
                text.append(m_data[m_pos++]);
                continue;
            }
            text.append(c);
        }
    }

    // RFC 3501 §4.3 literal: {N} CRLF and N bytes.
    QByteArray readLiteral()
    {
        expect('{');
        const qint64 start = m_pos;
        while (!atEnd() && isDigit(m_data[m_pos]))
            ++m_pos;
        const std::optional<quint64> size = toNumber(QByteArray(m_data + start, int(m_pos - start)));
        if (!size)
            fail("bad literal size");
        accept('+');
        expect('}');
        accept('\r');
        expect('\n');
        if (*size > quint64(m_size - m_pos))
            fail("literal runs past the response");
        const QByteArray bytes(m_data + m_pos, int(*size));
        m_pos += qint64(*size);
        return bytes;
    }

    // nstring: string, literal or NIL (RFC 3501 §9).
    std::optional<QByteArray> readNString()
    {
        if (peek() == '"')
            return readQuoted();
        if (peek() == '{')
            return readLiteral();
        const QByteArray atom = readAtom();
        if (atom.compare("NIL", Qt::CaseInsensitive) != 0)
            fail("expected a string or NIL");
        return std::nullopt;
    }

    QList<QByteArray> readAtomList()
    {
        expect('(');
        QList<QByteArray> atoms;
        skipSpaces();
        while (!accept(')')) {
            if (atEnd())
                fail("unclosed list");
            atoms.append(readAtom());
            skipSpaces();
        }
        return atoms;
    }

private:
    const char* m_data;
    qint64 m_size;
    qint64 m_pos = 0;
};

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
        }
    } catch (const ParseError&) {
        code.kind = Kind::Other;
        code.atoms.clear();
        code.number = 0;
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
    } else {
        // Unknown untagged data (LIST, STATUS, NAMESPACE, ID, vendor extensions): skipped, never fatal.
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
