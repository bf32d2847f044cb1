// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tsunagu {

// An IANA time zone for an applicant who lives abroad, read from what they wrote as country or region:
// "ドイツ" → Europe/Berlin, "アメリカ（ニューヨーク）" → America/New_York, "Europe/Berlin" as it is.
// A city beats its country. Countries with several zones and no city named (アメリカ, カナダ, オーストラリア,
// ロシア, インドネシア) give no hint: a wrong zone would invite someone at the wrong hour. Empty for Japan and for
// anything not recognised. Every answer is checked with QTimeZone, so an id the system does not know is never given.
QString timeZoneFor(const QString& countryOrRegion);

} // namespace tsunagu
