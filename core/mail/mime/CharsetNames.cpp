// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mime/CharsetNames.h"

#include <QStringDecoder>

namespace tsunagu {

namespace {

struct Alias
{
    const char* label;
    const char* decoder;
};

// Labels seen in real mail that ICU does not know, or knows as something less useful for mail.
const Alias kAliases[] = {
    {"iso-2022-jp", CharsetNames::kIso2022Jp},
    {"iso2022jp", CharsetNames::kIso2022Jp},
    {"csiso2022jp", CharsetNames::kIso2022Jp},
    {"iso-2022-jp-1", CharsetNames::kIso2022Jp},
    {"iso-2022-jp-2", CharsetNames::kIso2022Jp},
    {"iso-2022-jp-3", CharsetNames::kIso2022Jp},
    {"iso-2022-jp-2004", CharsetNames::kIso2022Jp},
    {"iso-2022-jp-ms", CharsetNames::kIso2022Jp},
    {"iso-2022-jp-ext", CharsetNames::kIso2022Jp},
    {"cp50220", CharsetNames::kIso2022Jp},
    {"cp50221", CharsetNames::kIso2022Jp},
    {"cp50222", CharsetNames::kIso2022Jp},
    {"x-windows-iso2022jp", CharsetNames::kIso2022Jp},
    {"jis", CharsetNames::kIso2022Jp},
    {"jis7", CharsetNames::kIso2022Jp},
    {"shift_jis", CharsetNames::kShiftJis},
    {"shift-jis", CharsetNames::kShiftJis},
    {"shiftjis", CharsetNames::kShiftJis},
    {"sjis", CharsetNames::kShiftJis},
    {"s-jis", CharsetNames::kShiftJis},
    {"x-sjis", CharsetNames::kShiftJis},
    {"ms_kanji", CharsetNames::kShiftJis},
    {"csshiftjis", CharsetNames::kShiftJis},
    {"cp932", CharsetNames::kShiftJis},
    {"ms932", CharsetNames::kShiftJis},
    {"windows-31j", CharsetNames::kShiftJis},
    {"windows-932", CharsetNames::kShiftJis},
    {"x-ms-cp932", CharsetNames::kShiftJis},
    {"shift_jisx0213", CharsetNames::kShiftJis},
    {"shift_jis-2004", CharsetNames::kShiftJis},
    {"sjis-open", CharsetNames::kShiftJis},
    {"sjis-win", CharsetNames::kShiftJis},
    {"euc-jp", CharsetNames::kEucJp},
    {"eucjp", CharsetNames::kEucJp},
    {"x-euc-jp", CharsetNames::kEucJp},
    {"x-eucjp", CharsetNames::kEucJp},
    {"euc-jp-ms", CharsetNames::kEucJp},
    {"eucjp-ms", CharsetNames::kEucJp},
    {"eucjp-win", CharsetNames::kEucJp},
    {"eucjp-open", CharsetNames::kEucJp},
    {"euc-jis-2004", CharsetNames::kEucJp},
    {"euc-jisx0213", CharsetNames::kEucJp},
    {"cseucpkdfmtjapanese", CharsetNames::kEucJp},
    {"utf-8", CharsetNames::kUtf8},
    {"utf8", CharsetNames::kUtf8},
    {"unicode-1-1-utf-8", CharsetNames::kUtf8},
    {"x-unicode20utf8", CharsetNames::kUtf8},
    {"iso-8859-1", CharsetNames::kWindows1252},
    {"iso8859-1", CharsetNames::kWindows1252},
    {"iso_8859-1", CharsetNames::kWindows1252},
    {"latin1", CharsetNames::kWindows1252},
    {"l1", CharsetNames::kWindows1252},
    {"us-ascii", "US-ASCII"},
    {"ascii", "US-ASCII"},
    {"gb2312", "GBK"},
    {"ks_c_5601-1987", "windows-949"},
};

QByteArray normalizedLabel(const QByteArray& label)
{
    QByteArray name = label.trimmed().toLower();
    if (name.size() >= 2 && (name.startsWith('"') || name.startsWith('\'')) && name.back() == name.front())
        name = name.mid(1, name.size() - 2).trimmed();
    // RFC 2231 §5: "charset*language" in encoded-words.
    const qsizetype star = name.indexOf('*');
    if (star >= 0)
        name.truncate(star);
    return name;
}

} // namespace

QByteArray CharsetNames::decoderName(const QByteArray& label)
{
    const QByteArray name = normalizedLabel(label);
    if (name.isEmpty() || name.size() > 64)
        return {};
    for (const Alias& alias : kAliases) {
        if (name == alias.label)
            return QByteArray(alias.decoder);
    }
    QStringDecoder probe(name.constData());
    if (!probe.isValid())
        return {};
    const char* canonical = probe.name();
    return canonical ? QByteArray(canonical) : name;
}

} // namespace tsunagu
