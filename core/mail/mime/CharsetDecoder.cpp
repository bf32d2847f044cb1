// SPDX-License-Identifier: GPL-3.0-or-later
//
// Charset decoding for mail, with the fallback order Tsunagu uses when the label is missing or wrong.
//
// Decoders are opened by name (QStringDecoder(const char*), i.e. ICU): QStringConverter::encodingForName()
// does not know the Japanese charsets. Measured on Debian 12 / Qt 6.4: ICU's "ISO-2022-JP(-2)" decodes the
// NEC row 13 (①, ㈱, Ⅰ) and NEC-selected IBM extensions (髙, 﨑) that CP50220/CP50221 produce, and ESC ( I
// half-width kana; ICU's "Shift_JIS" behaves as CP932. CP50220, CP50221, CP50222 and ISO-2022-JP-MS are not
// known to ICU by those names, so the alias table below maps them (and the other ISO-2022-JP labels) to
// "ISO-2022-JP-2", a superset that also reads JIS X 0212 (ESC $ ( D).
//
// Fallback order, first match wins:
//  1. 7-bit bytes without ESC: ASCII, whatever the label says (UTF-7/16/32 labels excepted).
//  2. 7-bit bytes with an ISO-2022-JP designation (ESC $ B, ESC $ @, ESC $ ( D, ESC ( I): ISO-2022-JP. Mail
//     labelled us-ascii, or not at all, but written in JIS is common from old Japanese mailers.
//  3. The declared charset, if it decodes the bytes without error — unless the bytes are well-formed UTF-8
//     with multibyte sequences (two or more for a Japanese label, one for a single-byte label): form services
//     that label UTF-8 output "Shift_JIS" or "ISO-8859-1" are common, while real Shift_JIS/EUC-JP/Latin text
//     is almost never well-formed UTF-8 by accident.
//  4. Well-formed UTF-8.
//  5. Shift_JIS (CP932) or EUC-JP, whichever decodes without error and reads more like Japanese (kana, kanji,
//     full-width forms score 4; half-width kana 1, since EUC-JP read as Shift_JIS is all half-width kana;
//     a lone kanji between Latin letters 0; private use and C1 controls count against). Required: a positive
//     score; a tie goes to Shift_JIS, the more common in mail from phones.
//  6. Nothing decoded cleanly: the candidate (declared, ISO-2022-JP, UTF-8, Shift_JIS, EUC-JP) with the fewest
//     replacement characters, if at most one in ten of its non-ASCII characters is one (a long text with one
//     broken byte, or a text cut at the size cap, reads better this way than as windows-1252 mojibake).
//  7. windows-1252, which maps every byte to a character, so nothing is lost.
// Steps 2–7 set an Outcome other than Clean and a note, so the message is marked as a best guess.
//
// Also: "iso-8859-1" and "latin1" read as windows-1252 (WHATWG Encoding Standard: the C1 range is never meant);
// ESC ( J (JIS X 0201 Roman) reads as ASCII, because ICU would turn "~" into "‾" and break URLs; SO/SI
// half-width kana (CP50222) is rewritten to ESC ( I before decoding.
//
// Wave dash: ICU maps JIS 0x2141 (Shift_JIS 0x8160, EUC-JP 0xA1C1) to U+FF5E FULLWIDTH TILDE, the Microsoft
// mapping. JIS X 0208 names that code WAVE DASH, and Japanese readers expect 〜 (U+301C), so text decoded from
// ISO-2022-JP, Shift_JIS or EUC-JP has U+FF5E replaced by U+301C for display. UTF-8 text keeps the sender's code
// points. (Encoding back is the composer's business: DESIGN.md §4.)
#include "mail/mime/CharsetDecoder.h"

#include "mail/mime/CharsetNames.h"
#include "mail/mime/JapaneseDecoder.h"

#include <QStringDecoder>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <unordered_map>

namespace tsunagu {

namespace {

const char* const kIso2022Jp = CharsetNames::kIso2022Jp;
const char* const kShiftJis = CharsetNames::kShiftJis;
const char* const kEucJp = CharsetNames::kEucJp;
const char* const kUtf8 = CharsetNames::kUtf8;
const char* const kWindows1252 = CharsetNames::kWindows1252;

bool isJapaneseLegacy(const char* decoder)
{
    return std::strcmp(decoder, kIso2022Jp) == 0 || std::strcmp(decoder, kShiftJis) == 0 ||
           std::strcmp(decoder, kEucJp) == 0;
}

// ISO-2022-JP as real mailers write it, rewritten into what ICU reads:
//  - ESC ( J (JIS X 0201 Roman) becomes ESC ( B, see the top of this file;
//  - SO/SI half-width kana (CP50222) become ESC ( I / ESC ( B;
//  - RFC 1468 wants every line to end in ASCII, and ICU resets to ASCII at a line break; some mailers stay in
//    JIS X 0208 across lines, so the designation in force is repeated after the line break (as nkf reads it).
QByteArray prepareIso2022Jp(const QByteArray& bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + 16);
    QByteArray designation; // the escape sequence in force, empty for ASCII
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = bytes.at(i);
        if (c == '\x1b' && i + 2 < size) {
            const char a = bytes.at(i + 1);
            const char b = bytes.at(i + 2);
            if (a == '(' && (b == 'J' || b == 'B')) {
                out.append("\x1b(B");
                designation.clear();
                i += 2;
                continue;
            }
            if (a == '$' && b == '(' && i + 3 < size) {
                designation = bytes.mid(i, 4);
                out.append(designation);
                i += 3;
                continue;
            }
            if ((a == '$' && (b == 'B' || b == '@')) || (a == '(' && b == 'I')) {
                designation = bytes.mid(i, 3);
                out.append(designation);
                i += 2;
                continue;
            }
            out.append(c);
        } else if (c == '\x0e') {
            designation = QByteArrayLiteral("\x1b(I");
            out.append(designation);
        } else if (c == '\x0f') {
            designation.clear();
            out.append("\x1b(B");
        } else {
            out.append(c);
            if (c == '\n' && !designation.isEmpty())
                out.append(designation);
        }
    }
    return out;
}

struct Attempt
{
    QString text;
    bool ok = false;      // decoder exists and reported no error
    int replacements = 0; // U+FFFD in the output
    int nonAscii = 0;     // characters above U+007F in the output
};

// The three Japanese charsets go through JapaneseDecoder's tables (filled from ICU, so the characters are the
// same); ICU itself reads everything else, and the ISO-2022-JP-2 designations those tables do not cover.
//
// Opening an ICU converter by name costs more than decoding a whole form mail with it, so each thread keeps one
// stateless decoder per name. Qt 6.4's resetState() does not make an ICU decoder usable again, and hasError()
// sticks once set, so a decoder that met an error is dropped and opened anew on its next use.
std::unordered_map<std::string, std::unique_ptr<QStringDecoder>>& decoderCache()
{
    thread_local std::unordered_map<std::string, std::unique_ptr<QStringDecoder>> decoders;
    return decoders;
}

QStringDecoder& cachedDecoder(const char* decoderName)
{
    std::unique_ptr<QStringDecoder>& decoder = decoderCache()[decoderName];
    if (!decoder)
        decoder = std::make_unique<QStringDecoder>(decoderName, QStringConverter::Flag::Stateless);
    return *decoder;
}

Attempt attempt(const char* decoderName, const QByteArray& input)
{
    Attempt result;
    if (isJapaneseLegacy(decoderName)) {
        const JapaneseDecoder::Charset charset =
            std::strcmp(decoderName, kShiftJis) == 0 ? JapaneseDecoder::Charset::ShiftJis
            : std::strcmp(decoderName, kEucJp) == 0  ? JapaneseDecoder::Charset::EucJp
                                                     : JapaneseDecoder::Charset::Iso2022Jp;
        JapaneseDecoder::Output fast = JapaneseDecoder::decode(charset, input);
        if (fast.handled) {
            result.text = std::move(fast.text);
            result.ok = fast.ok;
            result.replacements = fast.replacements;
            result.nonAscii = fast.nonAscii;
            return result;
        }
    }
    QStringDecoder& decoder = cachedDecoder(decoderName);
    if (!decoder.isValid())
        return result;
    const bool iso2022 = std::strcmp(decoderName, kIso2022Jp) == 0;
    result.text = decoder.decode(iso2022 ? prepareIso2022Jp(input) : input);
    result.ok = !decoder.hasError();
    if (!result.ok)
        decoderCache().erase(decoderName);
    const bool japanese = isJapaneseLegacy(decoderName);
    if (result.ok && !japanese)
        return result; // the counts below only weigh attempts that failed (steps 2 and 6)
    for (QChar& c : result.text) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            continue;
        ++result.nonAscii;
        if (u == 0xFFFD)
            ++result.replacements;
        else if (japanese && u == 0xFF5E)
            c = QChar(0x301C); // wave dash, see the top of this file
    }
    return result;
}

bool isJapaneseChar(char16_t u)
{
    return (u >= 0x3000 && u <= 0x30FF)     // CJK symbols, hiragana, katakana
           || (u >= 0x3400 && u <= 0x4DBF)  // CJK extension A
           || (u >= 0x4E00 && u <= 0x9FFF)  // CJK unified ideographs
           || (u >= 0xF900 && u <= 0xFAFF)  // CJK compatibility ideographs (﨑)
           || (u >= 0xFF01 && u <= 0xFF60)  // full-width forms
           || (u >= 0x2460 && u <= 0x24FF)  // ①
           || (u >= 0x3200 && u <= 0x33FF)  // ㈱ ㍉
           || (u >= 0x2160 && u <= 0x217F); // Ⅰ
}

bool isLatinLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

// How much a decoded text reads like Japanese; see step 5 at the top of this file.
int japaneseScore(const QString& text)
{
    int score = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u < 0x80)
            continue;
        if (isJapaneseChar(u)) {
            const bool lone =
                i > 0 && i + 1 < text.size() && isLatinLetter(text.at(i - 1)) && isLatinLetter(text.at(i + 1));
            score += lone ? 0 : 4;
        } else if (u >= 0xFF61 && u <= 0xFF9F) {
            score += 1; // half-width kana: carrier mail uses it, but EUC-JP misread as Shift_JIS is all of it
        } else if (u == 0xFFFD || (u >= 0xE000 && u <= 0xF8FF) || u < 0xA0) {
            score -= 8;
        } else {
            score -= 1;
        }
    }
    return score;
}

// Number of multibyte sequences in well-formed UTF-8, -1 when not well-formed.
int utf8MultibyteSequences(const char* data, qsizetype size)
{
    const auto* p = reinterpret_cast<const unsigned char*>(data);
    int sequences = 0;
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0; // overlong
            if (c == 0xED)
                high = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            if (c == 0xF4)
                high = 0x8F;
        } else {
            return -1;
        }
        if (i + length > size)
            return -1;
        if (p[i + 1] < low || p[i + 1] > high)
            return -1;
        for (int k = 2; k < length; ++k) {
            if (p[i + k] < 0x80 || p[i + k] > 0xBF)
                return -1;
        }
        i += length;
        ++sequences;
    }
    return sequences;
}

bool isSingleByteFamily(const QByteArray& decoderName)
{
    const QByteArray lower = decoderName.toLower();
    return lower.startsWith("iso-8859") || lower.startsWith("windows-125") || lower.startsWith("koi8") ||
           lower == "us-ascii";
}

bool isAsciiIncompatible(const QByteArray& decoderName)
{
    const QByteArray lower = decoderName.toLower();
    return lower.startsWith("utf-7") || lower.startsWith("utf-16") || lower.startsWith("utf-32") ||
           lower.startsWith("ucs-2");
}

QString describeLabel(const QByteArray& label)
{
    return QString::fromLatin1(label.left(40));
}

CharsetDecoder::Result guessed(Attempt&& attempt, const char* charset, const QByteArray& label, bool labelKnown)
{
    CharsetDecoder::Result result;
    result.text = std::move(attempt.text);
    result.charset = charset;
    const QString name = QString::fromLatin1(charset);
    if (label.trimmed().isEmpty()) {
        result.outcome = CharsetDecoder::Outcome::Unlabelled;
        result.note = QStringLiteral("no charset label; read as ") + name;
    } else if (!labelKnown) {
        result.outcome = CharsetDecoder::Outcome::Unlabelled;
        result.note =
            QStringLiteral("unknown charset \"") + describeLabel(label) + QStringLiteral("\"; read as ") + name;
    } else {
        result.outcome = CharsetDecoder::Outcome::Mislabelled;
        result.note = QStringLiteral("labelled ") + describeLabel(label) + QStringLiteral(" but bytes are ") + name;
    }
    return result;
}

} // namespace

QByteArray CharsetDecoder::decoderName(const QByteArray& label)
{
    return CharsetNames::decoderName(label);
}

bool CharsetDecoder::isValidUtf8(const char* data, qsizetype size)
{
    return utf8MultibyteSequences(data, size) >= 0;
}

bool CharsetDecoder::hasEightBit(const char* data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        if (static_cast<unsigned char>(data[i]) >= 0x80)
            return true;
    }
    return false;
}

bool CharsetDecoder::hasIso2022JpEscape(const char* data, qsizetype size)
{
    const void* found = size > 0 ? std::memchr(data, 0x1b, std::size_t(size)) : nullptr;
    while (found) {
        const qsizetype i = static_cast<const char*>(found) - data;
        if (i + 2 < size) {
            const char a = data[i + 1];
            const char b = data[i + 2];
            if ((a == '$' && (b == 'B' || b == '@' || b == '(')) || (a == '(' && (b == 'I' || b == 'J')))
                return true;
        }
        if (i + 1 >= size)
            break;
        found = std::memchr(data + i + 1, 0x1b, std::size_t(size - i - 1));
    }
    return false;
}

CharsetDecoder::Result CharsetDecoder::decode(const QByteArray& bytes, const QByteArray& label)
{
    Result result;
    if (bytes.isEmpty())
        return result;
    const QByteArray declared = decoderName(label);
    const bool labelKnown = !declared.isEmpty();
    const char* data = bytes.constData();
    const qsizetype size = bytes.size();
    const bool eightBit = hasEightBit(data, size);

    // 1. ASCII.
    if (!eightBit && !(labelKnown && isAsciiIncompatible(declared))) {
        const bool shiftOut = declared == kIso2022Jp && std::memchr(data, 0x0e, std::size_t(size)) != nullptr;
        if (!hasIso2022JpEscape(data, size) && !shiftOut) {
            result.text = QString::fromLatin1(bytes);
            result.charset = "US-ASCII";
            return result;
        }
        // 2. ISO-2022-JP escapes in 7-bit text.
        Attempt jis = attempt(kIso2022Jp, bytes);
        if (jis.ok) {
            if (declared == kIso2022Jp) {
                result.text = std::move(jis.text);
                result.charset = kIso2022Jp;
                return result;
            }
            return guessed(std::move(jis), kIso2022Jp, label, labelKnown);
        }
        if (jis.replacements * 10 <= jis.nonAscii) {
            result.text = std::move(jis.text);
            result.charset = kIso2022Jp;
            result.outcome = Outcome::Damaged;
            result.note = QStringLiteral("broken ISO-2022-JP; best guess with ") + QString::number(jis.replacements) +
                          QStringLiteral(" unreadable character(s)");
            return result;
        }
        result.text = QString::fromLatin1(bytes);
        result.charset = "US-ASCII";
        result.outcome = Outcome::Damaged;
        result.note = QStringLiteral("broken ISO-2022-JP escape sequences; shown as ASCII");
        return result;
    }

    // 3. The declared charset.
    // Counted only when a step needs it: mail labelled UTF-8 that decodes cleanly never does.
    int utf8Sequences = -2;
    const auto multibyteSequences = [&] {
        if (utf8Sequences == -2)
            utf8Sequences = eightBit ? utf8MultibyteSequences(data, size) : 0;
        return utf8Sequences;
    };
    Attempt declaredAttempt;
    if (labelKnown) {
        declaredAttempt = attempt(declared.constData(), bytes);
        const bool declaredIsUtf8 = declared == kUtf8;
        const int utf8Needed = isSingleByteFamily(declared) ? 1 : 2;
        const bool looksUtf8 = !declaredIsUtf8 && multibyteSequences() >= utf8Needed;
        if (declaredAttempt.ok && !looksUtf8) {
            result.text = std::move(declaredAttempt.text);
            result.charset = declared;
            return result;
        }
    }

    // 4. UTF-8.
    if (multibyteSequences() > 0) {
        Attempt utf8 = attempt(kUtf8, bytes);
        if (utf8.ok)
            return guessed(std::move(utf8), kUtf8, label, labelKnown);
    }

    // 5. Shift_JIS (CP932) or EUC-JP.
    Attempt sjis = attempt(kShiftJis, bytes);
    Attempt euc = attempt(kEucJp, bytes);
    const int sjisScore = sjis.ok ? japaneseScore(sjis.text) : 0;
    const int eucScore = euc.ok ? japaneseScore(euc.text) : 0;
    if (sjis.ok && sjisScore > 0 && sjisScore >= eucScore)
        return guessed(std::move(sjis), kShiftJis, label, labelKnown);
    if (euc.ok && eucScore > 0)
        return guessed(std::move(euc), kEucJp, label, labelKnown);

    // 6. Best damaged guess.
    struct Candidate
    {
        Attempt* tried;
        const char* name;
    };
    Attempt jisAttempt;
    if (hasIso2022JpEscape(data, size))
        jisAttempt = attempt(kIso2022Jp, bytes);
    Attempt utf8Attempt = attempt(kUtf8, bytes);
    QByteArray declaredName = declared;
    const Candidate candidates[] = {{&declaredAttempt, declaredName.constData()},
                                    {&jisAttempt, kIso2022Jp},
                                    {&utf8Attempt, kUtf8},
                                    {&sjis, kShiftJis},
                                    {&euc, kEucJp}};
    const Candidate* best = nullptr;
    for (const Candidate& candidate : candidates) {
        const Attempt& a = *candidate.tried;
        if (a.text.isEmpty() || a.replacements == 0)
            continue; // not tried, or clean but judged implausible above
        if (a.replacements * 10 > a.nonAscii)
            continue;
        if (!best || a.replacements < best->tried->replacements)
            best = &candidate;
    }
    if (best) {
        result.text = std::move(best->tried->text);
        result.charset = best->name;
        result.outcome = Outcome::Damaged;
        result.note = QStringLiteral("bytes do not fit ") +
                      (labelKnown ? describeLabel(label) : QString::fromLatin1(best->name)) +
                      QStringLiteral("; best guess ") + QString::fromLatin1(best->name) + QStringLiteral(" with ") +
                      QString::number(best->tried->replacements) + QStringLiteral(" unreadable character(s)");
        return result;
    }

    // 7. windows-1252 keeps every byte as a character.
    return guessed(attempt(kWindows1252, bytes), kWindows1252, label, labelKnown);
}

} // namespace tsunagu
