// SPDX-License-Identifier: GPL-3.0-or-later
// The twelve rooms of DESIGN.md §5 as intake sees them (fictional addresses), and the seed form texts.
#pragma once

#include "domain/Room.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Catch {
// Readable failures: the Japanese text itself rather than "{?}".
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& value)
    {
        return "[" + value.join(QStringLiteral(" | ")).toStdString() + "]";
    }
};
} // namespace Catch

namespace tsunagu::test {

inline Room intakeRoom(const char* code, const char* name, Audience audience, const char* reception)
{
    Room room;
    room.code = QString::fromUtf8(code);
    room.name = QString::fromUtf8(name);
    room.audience = audience;
    room.receptionAddress = QString::fromUtf8(reception);
    return room;
}

inline QVector<Room> intakeRooms()
{
    QVector<Room> rooms{
        intakeRoom("A", "Room A(アルコール・アノニマス系)", Audience::Persons, "room-a@example.jp"),
        intakeRoom("D", "Room D(アルコール当事者・断酒会系)", Audience::Persons, "room-d@example.jp"),
        intakeRoom("DA", "Room DA(アルコール・女性のみ)", Audience::WomenOnly, "room-da@example.jp"),
        intakeRoom("DF", "Room DF(アルコール・家族)", Audience::Families, "room-df@example.jp"),
        intakeRoom("N", "Room N(薬物・当事者)", Audience::Persons, "room-n@example.jp"),
        intakeRoom("N女", "Room N女(薬物・女性のみ)", Audience::WomenOnly, "room-n-women@example.jp"),
        intakeRoom("NF", "Room NF(薬物・家族)", Audience::Families, "room-nf@example.jp"),
        intakeRoom("G", "Room G(ギャンブル・当事者)", Audience::Persons, "room-g@example.jp"),
        intakeRoom("NG", "Room NG(ネット・ゲーム・当事者)", Audience::Persons, "room-ng@example.jp"),
        intakeRoom("E", "ルームE(摂食障害・当事者)", Audience::Persons, "room-e@example.jp"),
        intakeRoom("K", "ルームK(クレプトマニア・当事者)", Audience::Persons, "room-k@example.jp"),
        intakeRoom("三森", "三森自助グループの森(生きづらさ・AC)", Audience::Open, "mimori@example.jp"),
    };
    rooms[0].status = RoomStatus::Paused;
    rooms[5].status = RoomStatus::Paused;
    rooms[9].minorsReviewed = true;
    rooms[10].replyDeadlineDays = 5;
    return rooms;
}

inline Room intakeRoomByCode(const QString& code)
{
    for (const Room& room : intakeRooms()) {
        if (room.code == code)
            return room;
    }
    return {};
}

inline QString formText(const QString& fileName)
{
    QFile file(QStringLiteral(TSUNAGU_FORMS_DIR "/") + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace tsunagu::test
