// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mime/JapaneseDecoder.h"

#include "mail/mime/CharsetNames.h"

#include <QStringDecoder>

#include <array>
#include <memory>
#include <mutex>
#include <vector>

namespace tsunagu {

namespace {

constexpr char16_t kUnmapped = 0xFFFF; // not a character, so free to mean "no mapping"
constexpr char16_t kReplacement = 0xFFFD;
constexpr char16_t kFullwidthTilde = 0xFF5E;
constexpr char16_t kWaveDash = 0x301C;

// Characters for byte sequences, asked of ICU. A converter that met an error stays in error in Qt 6.4, so it is
// opened anew after one.
class IcuProbe
{
public:
    explicit IcuProbe(const char* name)
        : m_name(name)
    {
        reopen();
    }

    // One character for one sequence; kUnmapped when ICU reports an error or gives anything but one BMP character.
    char16_t charFor(QByteArrayView sequence)
    {
        const QString text = decode(sequence);
        if (m_failed || text.size() != 1)
            return kUnmapped;
        return tableValue(text.at(0).unicode());
    }

    // A whole row at once: `prefix`, then `count` sequences of `width` bytes, then `suffix` — one ICU call instead
    // of `count`, which matters because filling the tables this way is most of their cost. Unassigned sequences
    // come back as U+FFFD in their place; when ICU's output does not line up one character per sequence, each
    // sequence of the row is asked alone.
    void row(QByteArrayView prefix, const QByteArray& sequences, int width, QByteArrayView suffix, char16_t* out)
    {
        const int count = int(sequences.size() / width);
        QByteArray input;
        input.reserve(prefix.size() + sequences.size() + suffix.size());
        input.append(prefix).append(sequences).append(suffix);
        const QString text = decode(input);
        if (text.size() == count) {
            for (int i = 0; i < count; ++i)
                out[i] = tableValue(text.at(i).unicode());
            return;
        }
        for (int i = 0; i < count; ++i) {
            QByteArray one;
            one.append(prefix).append(sequences.constData() + i * width, width).append(suffix);
            out[i] = charFor(one);
        }
    }

private:
    QString decode(QByteArrayView bytes)
    {
        QString text = m_decoder->decode(bytes);
        m_failed = m_decoder->hasError();
        if (m_failed)
            reopen();
        return text;
    }
    static char16_t tableValue(char16_t c)
    {
        if (c == kReplacement || (c >= 0xD800 && c <= 0xDFFF))
            return kUnmapped;
        return c == kFullwidthTilde ? kWaveDash : c; // see CharsetDecoder.cpp on the wave dash
    }
    void reopen() { m_decoder = std::make_unique<QStringDecoder>(m_name, QStringConverter::Flag::Stateless); }

    const char* m_name;
    std::unique_ptr<QStringDecoder> m_decoder;
    bool m_failed = false;
};

// A 94 × 94 plane (rows and cells 0x21–0x7E, as ISO 2022 numbers them).
using Plane = std::array<char16_t, 94 * 94>;

int planeIndex(unsigned char first, unsigned char second)
{
    return (first - 0x21) * 94 + (second - 0x21);
}

// Shift_JIS as CP932: single bytes and lead/trail pairs.
struct ShiftJisTables
{
    std::array<char16_t, 256> single{};
    std::array<bool, 256> lead{};
    std::vector<char16_t> pairs = std::vector<char16_t>(0x10000, kUnmapped); // (lead << 8) | trail

    ShiftJisTables()
    {
        IcuProbe icu(CharsetNames::kShiftJis);
        for (int b = 0; b < 256; ++b) {
            lead[b] = (b >= 0x81 && b <= 0x9F) || (b >= 0xE0 && b <= 0xFC);
            if (b < 0x80) {
                single[b] = char16_t(b);
            } else if (!lead[b]) {
                const char byte = char(b);
                single[b] = icu.charFor(QByteArrayView(&byte, 1));
            } else {
                single[b] = kUnmapped;
            }
        }
        QByteArray sequences;
        std::array<char16_t, 189> row{};
        for (int l = 0x81; l <= 0xFC; ++l) {
            if (!lead[l])
                continue;
            sequences.clear();
            for (int t = 0x40; t <= 0xFC; ++t)
                sequences.append(char(l)).append(char(t == 0x7F ? 0x40 : t)); // 0x7F is never a trail byte
            icu.row({}, sequences, 2, {}, row.data());
            for (int t = 0x40; t <= 0xFC; ++t)
                pairs[(l << 8) | t] = t == 0x7F ? kUnmapped : row[t - 0x40];
        }
    }
};

// EUC-JP: JIS X 0208 (with the NEC and IBM rows ICU knows) in two bytes, half-width kana after SS2 (0x8E),
// JIS X 0212 after SS3 (0x8F).
struct EucJpTables
{
    std::array<char16_t, 256> single{};
    Plane jis0208{};
    Plane jis0212{};
    std::array<char16_t, 0x60> kana{}; // second byte 0xA0–0xFF after SS2

    EucJpTables()
    {
        IcuProbe icu(CharsetNames::kEucJp);
        for (int b = 0; b < 256; ++b) {
            if (b < 0x80) {
                single[b] = char16_t(b);
            } else if (b == 0x8E || b == 0x8F || (b >= 0xA1 && b <= 0xFE)) {
                single[b] = kUnmapped; // starts a multi-byte sequence
            } else {
                const char byte = char(b);
                single[b] = icu.charFor(QByteArrayView(&byte, 1));
            }
        }
        QByteArray twoBytes;
        QByteArray threeBytes;
        for (int r = 0x21; r <= 0x7E; ++r) {
            twoBytes.clear();
            threeBytes.clear();
            for (int c = 0x21; c <= 0x7E; ++c) {
                twoBytes.append(char(r | 0x80)).append(char(c | 0x80));
                threeBytes.append('\x8f').append(char(r | 0x80)).append(char(c | 0x80));
            }
            icu.row({}, twoBytes, 2, {}, &jis0208[planeIndex(r, 0x21)]);
            icu.row({}, threeBytes, 3, {}, &jis0212[planeIndex(r, 0x21)]);
        }
        for (int b = 0xA0; b <= 0xFF; ++b) {
            const char two[2] = {'\x8e', char(b)};
            kana[b - 0xA0] = icu.charFor(QByteArrayView(two, 2));
        }
    }
};

// ISO-2022-JP: the two 94 × 94 sets ICU's ISO-2022-JP-2 reads after ESC $ B and ESC $ ( D.
struct Iso2022JpTables
{
    Plane jis0208{};
    Plane jis0212{};

    Iso2022JpTables()
    {
        IcuProbe icu(CharsetNames::kIso2022Jp);
        QByteArray pairs;
        for (int r = 0x21; r <= 0x7E; ++r) {
            pairs.clear();
            for (int c = 0x21; c <= 0x7E; ++c)
                pairs.append(char(r)).append(char(c));
            icu.row("\x1b$B", pairs, 2, "\x1b(B", &jis0208[planeIndex(r, 0x21)]);
            icu.row("\x1b$(D", pairs, 2, "\x1b(B", &jis0212[planeIndex(r, 0x21)]);
        }
    }
};

template <typename Tables>
const Tables& tables()
{
    static const Tables built; // C++11 §6.7: initialised once, thread-safe
    return built;
}

// Collects output characters and the counts CharsetDecoder's fallback order weighs.
class Writer
{
public:
    explicit Writer(qsizetype capacity)
        : m_text(capacity, Qt::Uninitialized)
        , m_out(reinterpret_cast<char16_t*>(m_text.data()))
    {}

    void put(char16_t c)
    {
        if (c >= 0x80)
            ++m_nonAscii;
        m_out[m_length++] = c;
    }
    // Copies the run of ASCII bytes from `i` on, the bulk of most mail; returns where it stopped.
    qsizetype putAscii(const unsigned char* p, qsizetype i, qsizetype size)
    {
        char16_t* out = m_out + m_length;
        const qsizetype from = i;
        while (i < size && p[i] < 0x80)
            *out++ = p[i++];
        m_length += i - from;
        return i;
    }
    // Copies `count` bytes known to be ASCII.
    void putAsciiRun(const unsigned char* p, qsizetype count)
    {
        char16_t* out = m_out + m_length;
        for (qsizetype k = 0; k < count; ++k)
            out[k] = p[k];
        m_length += count;
    }
    void putMapped(char16_t c) { c == kUnmapped ? replacement() : put(c); }
    void replacement()
    {
        ++m_replacements;
        put(kReplacement);
    }

    JapaneseDecoder::Output finish()
    {
        m_text.truncate(m_length);
        JapaneseDecoder::Output output;
        output.text = std::move(m_text);
        output.handled = true;
        output.ok = m_replacements == 0;
        output.replacements = m_replacements;
        output.nonAscii = m_nonAscii;
        return output;
    }

private:
    QString m_text;
    char16_t* m_out;
    qsizetype m_length = 0;
    int m_replacements = 0;
    int m_nonAscii = 0;
};

JapaneseDecoder::Output decodeShiftJis(QByteArrayView bytes)
{
    const ShiftJisTables& t = tables<ShiftJisTables>();
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype size = bytes.size();
    Writer out(size);
    for (qsizetype i = 0; i < size; ++i) {
        i = out.putAscii(p, i, size);
        // Runs of double-byte characters, the rest of most Japanese text.
        while (i + 1 < size && t.lead[p[i]]) {
            const char16_t c = t.pairs[(p[i] << 8) | p[i + 1]];
            if (c == kUnmapped)
                break;
            out.put(c);
            i += 2;
        }
        if (i >= size)
            break;
        if (p[i] < 0x80) {
            --i; // ASCII again: the loop's putAscii takes it
            continue;
        }
        const unsigned char b = p[i];
        if (!t.lead[b]) {
            out.putMapped(t.single[b]);
        } else if (i + 1 < size) {
            const char16_t c = t.pairs[(b << 8) | p[i + 1]];
            if (c != kUnmapped) {
                out.put(c);
                ++i;
            } else {
                // A trail byte that is ASCII starts the next character; anything else is part of the bad pair.
                out.replacement();
                if (p[i + 1] >= 0x40)
                    ++i;
            }
        } else {
            out.replacement(); // lead byte cut off at the end
        }
    }
    return out.finish();
}

JapaneseDecoder::Output decodeEucJp(QByteArrayView bytes)
{
    const EucJpTables& t = tables<EucJpTables>();
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype size = bytes.size();
    Writer out(size);
    const auto isHigh = [](unsigned char b) {
        return b >= 0xA1 && b <= 0xFE;
    };
    for (qsizetype i = 0; i < size; ++i) {
        i = out.putAscii(p, i, size);
        if (i == size)
            break;
        const unsigned char b = p[i];
        if (isHigh(b)) {
            if (i + 1 < size && isHigh(p[i + 1])) {
                out.putMapped(t.jis0208[planeIndex(b & 0x7F, p[i + 1] & 0x7F)]);
                ++i;
            } else {
                out.replacement();
            }
        } else if (b == 0x8E) {
            if (i + 1 < size && p[i + 1] >= 0xA0) {
                out.putMapped(t.kana[p[i + 1] - 0xA0]);
                ++i;
            } else {
                out.replacement();
            }
        } else if (b == 0x8F) {
            if (i + 2 < size && isHigh(p[i + 1]) && isHigh(p[i + 2])) {
                out.putMapped(t.jis0212[planeIndex(p[i + 1] & 0x7F, p[i + 2] & 0x7F)]);
                i += 2;
            } else {
                out.replacement();
            }
        } else {
            out.putMapped(t.single[b]);
        }
    }
    return out.finish();
}

JapaneseDecoder::Output decodeIso2022Jp(QByteArrayView bytes)
{
    enum class Mode
    {
        Ascii,
        Jis0208,
        Jis0212,
        Kana,
    };
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype size = bytes.size();
    const Iso2022JpTables* t = nullptr; // filled on the first double-byte character: most mail is ASCII
    Writer out(size);
    Mode mode = Mode::Ascii;
    for (qsizetype i = 0; i < size; ++i) {
        // The two states text spends its time in, without the per-byte questions below.
        if (mode == Mode::Ascii) {
            qsizetype j = i;
            while (j < size && p[j] < 0x80 && p[j] != 0x1B && p[j] != 0x0E && p[j] != 0x0F)
                ++j;
            out.putAsciiRun(p + i, j - i);
            i = j;
        } else if (mode == Mode::Jis0208 || mode == Mode::Jis0212) {
            if (!t)
                t = &tables<Iso2022JpTables>();
            const Plane& plane = mode == Mode::Jis0208 ? t->jis0208 : t->jis0212;
            while (i + 1 < size && p[i] >= 0x21 && p[i] <= 0x7E && p[i + 1] >= 0x21 && p[i + 1] <= 0x7E) {
                out.putMapped(plane[planeIndex(p[i], p[i + 1])]);
                i += 2;
            }
        }
        if (i >= size)
            break;
        const unsigned char b = p[i];
        if (b == 0x1B) {
            const qsizetype rest = size - i - 1;
            const char a = rest >= 1 ? char(p[i + 1]) : '\0';
            const char c = rest >= 2 ? char(p[i + 2]) : '\0';
            if (a == '(' && (c == 'B' || c == 'J')) { // ASCII, or JIS X 0201 Roman read as ASCII
                mode = Mode::Ascii;
                i += 2;
            } else if (a == '(' && c == 'I') {
                mode = Mode::Kana;
                i += 2;
            } else if (a == '$' && (c == 'B' || c == '@')) {
                mode = Mode::Jis0208;
                i += 2;
            } else if (a == '$' && c == '(' && rest >= 3 && p[i + 3] == 'D') {
                mode = Mode::Jis0212;
                i += 3;
            } else if (a == '$' && c == '(' && rest >= 3 && p[i + 3] == 'B') {
                mode = Mode::Jis0208; // ESC $ ( B: the long form of ESC $ B
                i += 3;
            } else {
                return {}; // another ISO-2022-JP-2 set, or a broken escape: ICU decides
            }
            continue;
        }
        if (b == 0x0E || b == 0x0F) { // SO … SI: half-width kana, then ASCII again (CP50222)
            mode = b == 0x0E ? Mode::Kana : Mode::Ascii;
            continue;
        }
        if (b >= 0x80) {
            out.replacement(); // 8-bit bytes have no place in ISO-2022-JP
            continue;
        }
        if (b <= 0x20 || b == 0x7F || mode == Mode::Ascii) {
            // Controls and spaces pass through in every mode; the mode outlives line breaks (nkf reads it so;
            // RFC 1468 wants a return to ASCII before the line ends, which some mailers forget).
            out.put(b);
            continue;
        }
        if (mode == Mode::Kana) {
            if (b <= 0x5F)
                out.put(char16_t(0xFF61 + (b - 0x21)));
            else
                out.replacement();
            continue;
        }
        if (i + 1 >= size || p[i + 1] <= 0x20 || p[i + 1] >= 0x7F) {
            out.replacement(); // half a double-byte character
            continue;
        }
        if (!t)
            t = &tables<Iso2022JpTables>();
        const Plane& plane = mode == Mode::Jis0208 ? t->jis0208 : t->jis0212;
        out.putMapped(plane[planeIndex(b, p[i + 1])]);
        ++i;
    }
    return out.finish();
}

} // namespace

JapaneseDecoder::Output JapaneseDecoder::decode(Charset charset, QByteArrayView bytes)
{
    switch (charset) {
    case Charset::Iso2022Jp:
        return decodeIso2022Jp(bytes);
    case Charset::ShiftJis:
        return decodeShiftJis(bytes);
    case Charset::EucJp:
        return decodeEucJp(bytes);
    }
    return {};
}

} // namespace tsunagu
