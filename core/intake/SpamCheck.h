// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/RawHeaders.h"
#include "mail/mime/MimeMessage.h"

#include <QString>

namespace tsunagu {

struct SpamVerdict
{
    bool isSpam = false;
    QString reason; // the marker that decided, e.g. "X-Spam-Flag: YES"; empty when not spam
};

// Reads the verdict a mail server already wrote into the headers. Spam is lowered to the spam list for the host,
// never deleted; this only says so and why. Markers read:
//   X-Spam-Flag: YES, X-Spam-Status: Yes, … (SpamAssassin), X-Spam-Level with at least `starThreshold` stars,
//   X-Spam: yes, X-Spam-Verdict / X-SES-Spam-Verdict: SPAM|FAIL, X-Spamd-Result: default: True and
//   X-Rspamd-Action / X-Spam-Action other than "no action" / "greylist" (rspamd), X-Forefront-Antispam-Report
//   SFV:SPM|SFV:BLK and X-MS-Exchange-Organization-SCL ≥ 5 (Microsoft), and subjects tagged by a provider
//   ("[SPAM]", "***SPAM***", "{Spam?}", "[meiwaku]", "【迷惑メール】").
class SpamCheck
{
public:
    static constexpr int defaultStarThreshold = 5; // SpamAssassin's default required score

    static SpamVerdict check(const MimeMessage& message, int starThreshold = defaultStarThreshold);
    static SpamVerdict check(const RawHeaderList& headers, const QString& subject = QString(),
                             int starThreshold = defaultStarThreshold);
};

} // namespace tsunagu
