// SPDX-License-Identifier: GPL-3.0-or-later
#include "replies/ReplyDateText.h"

#include <QLocale>

namespace tsunagu {
namespace {

bool isEnglish(const QString& language)
{
    return language == QLatin1String("en");
}

QString japaneseWeekday(int dayOfWeek)
{
    static const QString s_days = QStringLiteral("月火水木金土日");
    return dayOfWeek >= 1 && dayOfWeek <= 7 ? QString(s_days.at(dayOfWeek - 1)) : QString();
}

QString hhmm(const QTime& time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

// "19:00〜21:00" (or "19:00–21:00" in English) of a meeting in the zone `start` carries.
QString timeRange(const QDateTime& start, int durationMinutes, const QString& language)
{
    if (durationMinutes <= 0)
        return hhmm(start.time());
    const QString dash = isEnglish(language) ? QStringLiteral("–") : QStringLiteral("〜");
    return hhmm(start.time()) + dash + hhmm(start.addSecs(60 * qint64(durationMinutes)).time());
}

QString dayAndTimes(const QDateTime& start, int durationMinutes, const QString& language)
{
    if (isEnglish(language))
        return ReplyDateText::englishDate(start.date()) + QStringLiteral(", ") +
               timeRange(start, durationMinutes, language);
    return ReplyDateText::japaneseDate(start.date()) + QLatin1Char(' ') + timeRange(start, durationMinutes, language);
}

} // namespace

QTimeZone ReplyDateText::japan()
{
    return QTimeZone("Asia/Tokyo");
}

QString ReplyDateText::japaneseDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1年%2月%3日(%4)")
        .arg(QString::number(date.year()), QString::number(date.month()), QString::number(date.day()),
             japaneseWeekday(date.dayOfWeek()));
}

QString ReplyDateText::japaneseDateTime(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return {};
    return japaneseDate(dateTime.date()) + QLatin1Char(' ') + hhmm(dateTime.time());
}

QString ReplyDateText::englishDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    // The C locale has the English day and month abbreviations on every system.
    return QLocale::c().toString(date, QStringLiteral("ddd d MMM yyyy"));
}

QString ReplyDateText::englishDateTime(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return {};
    return englishDate(dateTime.date()) + QStringLiteral(", ") + hhmm(dateTime.time());
}

QString ReplyDateText::date(const QDate& date, const QString& language)
{
    return isEnglish(language) ? englishDate(date) : japaneseDate(date);
}

QString ReplyDateText::zoneName(const QTimeZone& zone, const QDateTime& at, const QString& language)
{
    const QLocale locale = isEnglish(language) ? QLocale(QLocale::English, QLocale::UnitedStates)
                                               : QLocale(QLocale::Japanese, QLocale::Japan);
    const QString name = zone.displayName(at, QTimeZone::LongName, locale);
    // Without time-zone names (no ICU data) Qt falls back to the id or an offset: the id alone says it better.
    if (name.isEmpty() || name == QString::fromLatin1(zone.id()) || name.startsWith(QLatin1String("UTC")))
        return {};
    return name;
}

QString ReplyDateText::meetingLine(const QDateTime& start, int durationMinutes, const QString& viewerZone,
                                   const QString& language)
{
    if (!start.isValid())
        return {};
    const bool english = isEnglish(language);
    const QDateTime inJapan = start.toTimeZone(japan());
    const QString japanText = dayAndTimes(inJapan, durationMinutes, language);

    const QTimeZone zone(viewerZone.trimmed().toUtf8());
    const bool otherClock =
        !viewerZone.trimmed().isEmpty() && zone.isValid() && zone.offsetFromUtc(start) != japan().offsetFromUtc(start);
    if (!otherClock)
        return english ? QString(japanText + QStringLiteral(" (Japan time)")) : japanText;

    const QDateTime inZone = start.toTimeZone(zone);
    const QString id = QString::fromUtf8(zone.id());
    const QString name = zoneName(zone, inZone, language);
    const QString zoneText = dayAndTimes(inZone, durationMinutes, language);
    QString zoneLabel = id;
    if (!name.isEmpty())
        zoneLabel = english ? QString(name + QStringLiteral(", ") + id) : QString(name + QLatin1Char(' ') + id);
    if (english)
        return japanText + QStringLiteral(" (Japan time) / ") + zoneText + QStringLiteral(" (") + zoneLabel +
               QLatin1Char(')');
    return japanText + QStringLiteral("（日本時間）／") + zoneText + QStringLiteral("（") + zoneLabel +
           QStringLiteral("）");
}

} // namespace tsunagu
