// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Room.h"
#include "storage/Database.h"

#include <QPair>
#include <QVector>

namespace tsunagu {

class RoomRepository
{
public:
    explicit RoomRepository(Database& database)
        : m_database(database)
    {}

    StoreResult<QVector<Room>> all() const; // in the rooms' own order
    StoreResult<Room> byCode(const QString& code) const;
    // The mail account the room receives on; 0 when none (or no such room).
    StoreResult<qint64> mailAccountOf(qint64 roomId) const;
    StoreResult<qint64> insert(const Room& room);
    StoreResult<Done> update(const Room& room);
    // Refused (ConstraintViolated) while applicants still belong to the room.
    StoreResult<Done> remove(qint64 id);
    // The room's own application-form labels and the field each means ("ハンドル名" → "name").
    StoreResult<QVector<QPair<QString, QString>>> formLabels(qint64 roomId) const;
    StoreResult<Done> setFormLabel(qint64 roomId, const QString& label, const QString& fieldKey);

private:
    Database& m_database;
};

} // namespace tsunagu
