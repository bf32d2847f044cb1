// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReplyTemplate.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QVector>

namespace tsunagu {

// The rows of the `templates` table. The rules a template must follow (placeholders, secrets, languages) are
// replies' TemplateRepository's, which is what the rest of Tsunagu uses; this is only its SQL.
class TemplateStore
{
public:
    explicit TemplateStore(Database& database)
        : m_database(database)
    {}

    // Every template: actions in the order the UI lists them, Japanese before English, then room, host, name.
    StoreResult<QVector<ReplyTemplate>> all() const;
    StoreResult<ReplyTemplate> byId(qint64 id) const;
    // The templates for this action and language that apply to the room and host (0: only those for every room
    // or host), most specific first: room and host, room, host, generic; the default (name "") before named ones.
    StoreResult<QVector<ReplyTemplate>> matching(ReplyAction action, qint64 roomId, qint64 hostId,
                                                 const QString& language) const;
    // Inserts (id 0) or updates the row, stamped `at`; returns its id. ConstraintViolated with "UNIQUE" in the
    // detail when another template has the same action, room, host, language and name; NotFound for an update of a
    // row that is gone.
    StoreResult<qint64> write(const ReplyTemplate& replyTemplate, const QDateTime& at);
    StoreResult<Done> remove(qint64 id);
    // Inserts each template whose generic default (no room, no host, name "") of its action and language is
    // missing, in one transaction; never overwrites one. Returns how many were inserted.
    StoreResult<int> insertMissingDefaults(const QVector<ReplyTemplate>& defaults, const QDateTime& at);

private:
    Database& m_database;
};

} // namespace tsunagu
