// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tsunagu {

// RFC 3676 format=flowed: joins soft-broken lines back into paragraphs (Apple Mail, Thunderbird, many phones),
// so a form value or a sentence wrapped by the sender's mailer reads as one line again.
class FlowedText
{
public:
    // text uses "\n" line ends. delSp: RFC 3676 §4.2 "DelSp=yes" (the space before a soft break is removed,
    // which CJK text needs because it has no spaces between words).
    static QString unflow(const QString& text, bool delSp);
};

} // namespace tsunagu
