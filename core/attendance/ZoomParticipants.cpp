// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/ZoomParticipants.h"

#include "common/Csv.h"

#include <QHash>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace tsunagu {
namespace {

// The columns of a participant header, found by what they say rather than where they are.
struct Columns
{
    int name = -1;
    int email = -1;
    int join = -1;
    int leave = -1;
    int duration = -1;
    int guest = -1;
    bool total = false; // "Total Duration": one row per person already
    bool japanese = false;
    bool sentenceCase = false;
};

QString norm(const QString& cell)
{
    // Headers come with full-width brackets in the Japanese UI and with odd spacing; fold both.
    return cell.normalized(QString::NormalizationForm_KC).simplified().toLower();
}

Columns columnsOf(const QStringList& row)
{
    Columns c;
    for (int i = 0; i < row.size(); ++i) {
        const QString h = norm(row.at(i));
        if (c.name < 0 && (h.startsWith(QLatin1String("name")) || h.startsWith(QStringLiteral("名前")) ||
                           h.startsWith(QStringLiteral("ユーザー名")) || h == QLatin1String("participant"))) {
            c.name = i;
            c.japanese = h.startsWith(QStringLiteral("名前")) || h.startsWith(QStringLiteral("ユーザー名"));
            c.sentenceCase = row.at(i).contains(QLatin1String("(original name)"));
        } else if (c.email < 0 && (h.contains(QLatin1String("email")) || h.contains(QStringLiteral("メール")))) {
            c.email = i;
        } else if (c.join < 0 && (h.startsWith(QLatin1String("join time")) || h.startsWith(QStringLiteral("参加時")))) {
            c.join = i;
        } else if (c.leave < 0 &&
                   (h.startsWith(QLatin1String("leave time")) || h.startsWith(QStringLiteral("退出時")))) {
            c.leave = i;
        } else if (c.duration < 0 && (h.contains(QLatin1String("duration")) || h.contains(QStringLiteral("所要時間")) ||
                                      h.contains(QStringLiteral("合計時間")))) {
            c.duration = i;
            c.total = h.contains(QLatin1String("total")) || h.contains(QStringLiteral("合計"));
        } else if (c.guest < 0 && (h == QLatin1String("guest") || h == QStringLiteral("ゲスト"))) {
            c.guest = i;
        }
    }
    return c;
}

bool isHeader(const Columns& c)
{
    return c.name >= 0 && c.duration >= 0;
}

// A meeting block: one header row starting "Meeting ID" (or ミーティングID), its values in the next row.
struct MeetingBlock
{
    QString topic;
    QDateTime start;
    QString hostEmail;
};

MeetingBlock meetingBlock(const QVector<QStringList>& rows, int headerRow)
{
    MeetingBlock block;
    for (int r = 0; r + 1 < headerRow; ++r) {
        const QStringList& head = rows.at(r);
        const QString first = norm(head.value(0));
        if (!first.startsWith(QLatin1String("meeting id")) && !first.startsWith(QStringLiteral("ミーティングid")))
            continue;
        const QStringList& values = rows.at(r + 1);
        for (int i = 0; i < head.size(); ++i) {
            const QString h = norm(head.at(i));
            if (h == QLatin1String("topic") || h == QStringLiteral("トピック"))
                block.topic = values.value(i).trimmed();
            else if (h == QLatin1String("start time") || h == QStringLiteral("開始時刻") ||
                     h == QStringLiteral("開始時間"))
                block.start = ZoomParticipants::parseTime(values.value(i));
            else if (h.contains(QLatin1String("email")) || h.contains(QStringLiteral("メール")))
                block.hostEmail = values.value(i).trimmed().toLower();
        }
        break;
    }
    return block;
}

// "Name (original name)": the name a person chose in the meeting, with the account name in brackets.
QString displayName(const QString& cell)
{
    QString name = cell.trimmed();
    static const QChar open[] = {QLatin1Char('('), QChar(0xFF08)};
    for (QChar o : open) {
        const int at = name.lastIndexOf(o);
        if (at > 0 && (name.endsWith(QLatin1Char(')')) || name.endsWith(QChar(0xFF09))))
            return name.left(at).trimmed();
    }
    return name;
}

bool parseMinutes(const QString& text, int* minutes)
{
    bool ok = false;
    const double value = norm(text).toDouble(&ok);
    if (!ok || value < 0 || value > 100000)
        return false;
    *minutes = int(value + 0.5);
    return true;
}

bool yes(const QString& text)
{
    const QString t = norm(text);
    return t == QLatin1String("yes") || t == QStringLiteral("はい") || t == QLatin1String("true");
}

} // namespace

QString ZoomParticipants::foldName(const QString& name)
{
    return name.normalized(QString::NormalizationForm_KC).simplified().toCaseFolded();
}

QDateTime ZoomParticipants::parseTime(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    static const char* const formats[] = {
        "MM/dd/yyyy hh:mm:ss AP", "M/d/yyyy h:mm:ss AP", "MM/dd/yyyy hh:mm AP", "M/d/yyyy h:mm AP",
        "yyyy/MM/dd HH:mm:ss",    "yyyy/M/d H:mm:ss",    "yyyy-MM-dd HH:mm:ss", "yyyy/MM/dd HH:mm",
        "MM/dd/yyyy HH:mm:ss",    "M/d/yyyy H:mm:ss",    "MM/dd/yyyy HH:mm",
    };
    const QLocale c = QLocale::c();
    for (const char* format : formats) {
        QDateTime at = c.toDateTime(t, QString::fromLatin1(format));
        if (at.isValid()) {
            at.setTimeZone(QTimeZone("Asia/Tokyo"));
            return at;
        }
    }
    return {};
}

Result<ZoomParticipantList, ZoomCsvError> ZoomParticipants::read(const QByteArray& bytes,
                                                                 const ZoomImportOptions& options)
{
    using Failure = Error<ZoomCsvError>;
    const Csv::DecodedText decoded = Csv::decode(bytes);
    const QVector<QStringList> rows = Csv::parse(decoded.text);
    if (rows.size() > s_maxRows)
        return Failure{ZoomCsvError::TooLarge, QString::number(rows.size())};

    int headerRow = -1;
    Columns columns;
    for (int r = 0; r < rows.size() && r < 50; ++r) {
        columns = columnsOf(rows.at(r));
        if (isHeader(columns)) {
            headerRow = r;
            break;
        }
    }
    if (headerRow < 0)
        return Failure{ZoomCsvError::NotAParticipantList, QStringLiteral("no participant header")};

    ZoomParticipantList list;
    list.encoding = decoded.encoding;
    const MeetingBlock block = meetingBlock(rows, headerRow);
    list.topic = block.topic;
    if (columns.total)
        list.layout = QStringLiteral("unique-users");
    else if (block.start.isValid() || !block.topic.isEmpty())
        list.layout = QStringLiteral("meeting-block");
    else if (columns.japanese)
        list.layout = QStringLiteral("japanese");
    else if (columns.sentenceCase)
        list.layout = QStringLiteral("sentence-case");
    else
        list.layout = QStringLiteral("classic");

    QStringList hostNames;
    for (const QString& name : options.hostNames)
        hostNames.append(foldName(name));

    // Merged by name and address (when there is one): the same person rejoining after a dropped connection.
    QHash<QString, int> index;
    QVector<ZoomParticipant> people;
    QVector<bool> isHost;
    QDateTime earliest;
    for (int r = headerRow + 1; r < rows.size(); ++r) {
        const QStringList& row = rows.at(r);
        if (row.size() == 1 && row.first().trimmed().isEmpty())
            continue; // a blank line
        const QString name = displayName(row.value(columns.name));
        if (name.isEmpty())
            continue;
        ++list.rowsRead;
        int minutes = 0;
        if (!parseMinutes(row.value(columns.duration), &minutes))
            return Failure{ZoomCsvError::BadRow,
                           QStringLiteral("row %1: duration \"%2\"").arg(r + 1).arg(row.value(columns.duration))};
        QDateTime join;
        QDateTime leave;
        if (columns.join >= 0) {
            join = parseTime(row.value(columns.join));
            if (!join.isValid())
                return Failure{ZoomCsvError::BadRow,
                               QStringLiteral("row %1: join time \"%2\"").arg(r + 1).arg(row.value(columns.join))};
        }
        if (columns.leave >= 0)
            leave = parseTime(row.value(columns.leave));
        const QString email = columns.email >= 0 ? row.value(columns.email).trimmed().toLower() : QString();
        const QString key = foldName(name) + QLatin1Char('\n') + email;
        auto found = index.constFind(key);
        if (found == index.constEnd()) {
            found = index.insert(key, int(people.size()));
            people.append({name, 0, 0, join, leave, false});
            const bool host =
                (!block.hostEmail.isEmpty() && email == block.hostEmail) || hostNames.contains(foldName(name));
            isHost.append(host);
        }
        ZoomParticipant& p = people[found.value()];
        p.minutes += minutes;
        p.joins += 1;
        if (join.isValid() && (!p.firstJoin.isValid() || join < p.firstJoin))
            p.firstJoin = join;
        if (leave.isValid() && (!p.lastLeave.isValid() || leave > p.lastLeave))
            p.lastLeave = leave;
        if (columns.guest >= 0 && yes(row.value(columns.guest)))
            p.guest = true;
        if (join.isValid() && (!earliest.isValid() || join < earliest))
            earliest = join;
    }
    if (people.isEmpty())
        return Failure{ZoomCsvError::NoParticipants, QStringLiteral("no participant rows")};

    for (int i = 0; i < people.size(); ++i) {
        const ZoomParticipant& p = people.at(i);
        if (isHost.at(i))
            list.leftOut.append({p.name, p.minutes, ZoomLeftOut::Reason::Host});
        else if (p.minutes < options.minimumMinutes)
            list.leftOut.append({p.name, p.minutes, ZoomLeftOut::Reason::TooShort});
        else
            list.participants.append(p);
    }
    std::stable_sort(list.participants.begin(), list.participants.end(),
                     [](const ZoomParticipant& a, const ZoomParticipant& b) {
                         if (a.firstJoin != b.firstJoin)
                             return a.firstJoin < b.firstJoin;
                         return a.name < b.name;
                     });
    list.meetingDate = block.start.isValid() ? block.start.date() : earliest.date();
    return list;
}

} // namespace tsunagu
