// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Room.h"
#include "intake/FormFieldExtractor.h"
#include "intake/IntakePipeline.h"
#include "intake/RoomMatcher.h"
#include "mail/mime/MimeParser.h"

#include <QByteArray>
#include <QPair>
#include <QStringList>
#include <QVector>

namespace tsunagu {

// Reads mail for one set of rooms: MIME, form fields, room, reply address, classification and hints — everything
// IntakePipeline::understand() does, with what does not change from one mail to the next (the rooms' patterns,
// the label mapping and what it has already looked up) built once. A sync of ten thousand mails keeps one reader;
// one reader per thread, since the label lookups it remembers are not shared.
class IntakeReader
{
public:
    // `extraLabels`: the rooms' own form labels (label, field key name).
    IntakeReader(QVector<Room> rooms, const QVector<QPair<QString, QString>>& extraLabels = {},
                 MimeParser::Options options = {});

    Understanding read(const QByteArray& raw, const IntakeSource& source) const;

private:
    QVector<Room> m_rooms;
    MimeParser::Options m_options;
    FormFieldExtractor m_extractor;
    RoomMatcher m_matcher;
    QStringList m_ownAddresses;
};

} // namespace tsunagu
