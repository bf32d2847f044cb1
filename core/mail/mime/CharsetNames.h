// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace tsunagu {

// Charset labels as mail writes them → the names QStringDecoder (ICU) opens. Our table comes first: ICU does
// not know CP50220/CP50221/CP50222/ISO-2022-JP-MS, and for a few labels a superset reads real mail better
// (ISO-2022-JP → ISO-2022-JP-2 for JIS X 0212; ISO-8859-1 → windows-1252 as the WHATWG Encoding Standard does;
// GB2312 → GBK). Anything else is asked of ICU, which knows hundreds of aliases.
class CharsetNames
{
public:
    static constexpr const char* kIso2022Jp = "ISO-2022-JP-2";
    static constexpr const char* kShiftJis = "Shift_JIS"; // ICU's Shift_JIS decodes as CP932 (NEC/IBM rows)
    static constexpr const char* kEucJp = "EUC-JP";
    static constexpr const char* kUtf8 = "UTF-8";
    static constexpr const char* kWindows1252 = "windows-1252";

    // Label lower-cased, unquoted, RFC 2231 §5 "*language" suffix dropped; empty when nobody knows it.
    static QByteArray decoderName(const QByteArray& label);
};

} // namespace tsunagu
