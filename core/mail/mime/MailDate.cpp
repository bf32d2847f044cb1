// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mime/MailDate.h"

#include <QList>

#include <cstring>

namespace tsunagu {

namespace {

constexpr int kMaxTokens = 32; // a date has about eight; the rest of a hostile header is ignored

const char* const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
const char* const kMonthNames[] = {"january", "february", "march",     "april",   "may",      "june",
                                   "july",    "august",   "september", "october", "november", "december"};

struct Zone
{
    const char* name;
    int minutes;
};

// RFC 5322 §4.3 obs-zone, plus the zone names Japanese and European mailers write.
const Zone kZones[] = {
    {"ut", 0},        {"utc", 0},       {"gmt", 0},       {"z", 0},         {"est", -5 * 60}, {"edt", -4 * 60},
    {"cst", -6 * 60}, {"cdt", -5 * 60}, {"mst", -7 * 60}, {"mdt", -6 * 60}, {"pst", -8 * 60}, {"pdt", -7 * 60},
    {"jst", 9 * 60},  {"kst", 9 * 60},  {"hkt", 8 * 60},  {"sgt", 8 * 60},  {"cet", 60},      {"cest", 120},
    {"met", 60},      {"mest", 120},    {"bst", 60},      {"eet", 120},     {"eest", 180},    {"wet", 0},
    {"west", 60},     {"aest", 600},    {"aedt", 660},    {"nzst", 720},    {"nzdt", 780},    {"hst", -600},
    {"akst", -540},   {"akdt", -480},
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int monthFromName(const QByteArray& word)
{
    if (word.size() < 3 || word.size() > 9)
        return 0;
    for (int m = 0; m < 12; ++m) {
        if (std::strncmp(word.constData(), kMonths[m], 3) == 0 &&
            std::strncmp(kMonthNames[m], word.constData(), std::size_t(word.size())) == 0)
            return m + 1;
    }
    // "Sept"
    if (word == "sept")
        return 9;
    return 0;
}

bool zoneFromName(const QByteArray& word, int* minutes)
{
    for (const Zone& zone : kZones) {
        if (word == zone.name) {
            *minutes = zone.minutes;
            return true;
        }
    }
    // RFC 5322 §4.3: military single letters are unreliable and SHOULD be read as -0000.
    if (word.size() == 1 && word != "j") {
        *minutes = 0;
        return true;
    }
    return false;
}

// "+0900", "-0500", "+09:00", "+900"
bool numericZone(const QByteArray& token, int* minutes)
{
    if (token.size() < 4 || (token[0] != '+' && token[0] != '-'))
        return false;
    QByteArray digits;
    for (qsizetype i = 1; i < token.size(); ++i) {
        if (isDigit(token[i]))
            digits.append(token[i]);
        else if (token[i] != ':' || i != 3)
            return false;
    }
    if (digits.size() == 3)
        digits.prepend('0');
    if (digits.size() != 4)
        return false;
    const int hours = digits.left(2).toInt();
    const int mins = digits.mid(2).toInt();
    if (hours > 14 || mins > 59)
        return false;
    *minutes = (hours * 60 + mins) * (token[0] == '-' ? -1 : 1);
    return true;
}

struct Number
{
    int value;
    int digits;
};

} // namespace

MailDate::Parsed MailDate::parse(const QByteArray& raw)
{
    Parsed parsed;
    const QByteArray trimmed = raw.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 4096)
        return parsed;

    // ISO 8601 from web forms: "2024-03-05T19:00:00+09:00".
    if (trimmed.size() >= 19 && isDigit(trimmed[0]) && trimmed[4] == '-' && trimmed[10] == 'T') {
        const QDateTime iso = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::ISODate);
        if (iso.isValid()) {
            parsed.dateTime = iso;
            parsed.zoneKnown = iso.timeSpec() != Qt::LocalTime;
            if (!parsed.zoneKnown)
                parsed.dateTime.setTimeSpec(Qt::UTC);
            return parsed;
        }
    }

    // Tokens: comments dropped (nesting counted), split on whitespace and commas; "-", "/" and "." split
    // dates like 05-Mar-2024 or 2024/03/05, but "+0900"/"-0500" stay whole.
    QList<QByteArray> tokens;
    {
        QByteArray current;
        int depth = 0;
        auto flush = [&]() {
            if (!current.isEmpty() && tokens.size() < kMaxTokens)
                tokens.append(current);
            current.clear();
        };
        for (qsizetype i = 0; i < trimmed.size() && tokens.size() < kMaxTokens; ++i) {
            const char c = trimmed[i];
            if (c == '(') {
                flush();
                ++depth;
            } else if (c == ')') {
                if (depth > 0)
                    --depth;
            } else if (depth > 0) {
                continue;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',') {
                flush();
            } else if ((c == '+' || c == '-') && current.isEmpty() && i + 1 < trimmed.size() &&
                       isDigit(trimmed[i + 1]) && !tokens.isEmpty() && tokens.constLast().contains(':')) {
                current.append(c); // zone after the time
            } else if (c == '-' || c == '/' || (c == '.' && !current.contains(':'))) {
                flush();
            } else {
                current.append(c);
            }
        }
        flush();
    }

    int day = 0;
    int month = 0;
    int year = -1;
    int yearDigits = 0;
    int hour = -1;
    int minute = 0;
    int second = 0;
    int zoneMinutes = 0;
    bool zone = false;
    bool pm = false;
    bool am = false;
    QList<Number> numbers;
    for (const QByteArray& token : std::as_const(tokens)) {
        if (token.contains(':') && hour < 0 && isDigit(token[0])) {
            const QList<QByteArray> parts = token.split(':');
            bool ok1 = false;
            bool ok2 = false;
            bool ok3 = true;
            hour = parts.value(0).toInt(&ok1);
            minute = parts.value(1).toInt(&ok2);
            if (parts.size() > 2)
                second = parts.value(2).left(2).toInt(&ok3);
            if (!ok1 || !ok2 || !ok3 || parts.size() > 3)
                return parsed;
            continue;
        }
        int minutes = 0;
        if (!zone && numericZone(token, &minutes)) {
            zone = true;
            zoneMinutes = minutes;
            continue;
        }
        if (isAlpha(token[0])) {
            const QByteArray word = token.toLower();
            const int m = monthFromName(word);
            if (m && !month) {
                month = m;
            } else if (word == "pm") {
                pm = true;
            } else if (word == "am") {
                am = true;
            } else if (!zone && zoneFromName(word, &minutes)) {
                zone = true;
                zoneMinutes = minutes;
            } else if (word.startsWith("gmt") || word.startsWith("utc")) {
                int offset = 0;
                if (numericZone(word.mid(3), &offset) && !zone) {
                    zone = true;
                    zoneMinutes = offset;
                }
            }
            continue; // weekdays and anything else
        }
        bool ok = false;
        const int value = token.size() <= 6 ? token.toInt(&ok) : 0;
        if (ok && value >= 0)
            numbers.append(Number{value, int(token.size())});
    }

    if (month) {
        // Day and year around a month name: the year is the first number of three or more digits, or the
        // second number (RFC 5322 order day month year).
        int yearIndex = -1;
        for (int k = 0; k < numbers.size(); ++k) {
            if (numbers[k].digits >= 3) {
                yearIndex = k;
                break;
            }
        }
        if (yearIndex < 0 && numbers.size() >= 2)
            yearIndex = 1;
        if (yearIndex < 0)
            return parsed;
        year = numbers[yearIndex].value;
        yearDigits = numbers[yearIndex].digits;
        for (int k = 0; k < numbers.size(); ++k) {
            if (k != yearIndex) {
                day = numbers[k].value;
                break;
            }
        }
    } else if (numbers.size() >= 3 && numbers[0].digits == 4) {
        year = numbers[0].value; // 2024/03/05, 2024-03-05 19:00
        yearDigits = 4;
        month = numbers[1].value;
        day = numbers[2].value;
    } else {
        return parsed;
    }

    // RFC 5322 §4.3: two-digit years 00–49 are 2000–2049, 50–99 are 1950–1999; three digits add 1900.
    if (yearDigits <= 2)
        year += year < 50 ? 2000 : 1900;
    else if (yearDigits == 3)
        year += 1900;
    if (pm && hour >= 1 && hour < 12)
        hour += 12;
    if (am && hour == 12)
        hour = 0;
    if (hour < 0) {
        hour = 0; // a date without a time
        minute = 0;
    }
    if (second == 60)
        second = 59; // leap second
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid() || year < 1000 || year > 9999)
        return parsed;
    parsed.zoneKnown = zone;
    // A fixed offset, not a QTimeZone: building a zone object costs more than parsing the whole header.
    parsed.dateTime = QDateTime(date, time, Qt::OffsetFromUTC, zoneMinutes * 60);
    return parsed;
}

} // namespace tsunagu
