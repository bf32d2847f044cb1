// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "domain/ReplyTemplate.h"
#include "replies/TemplateError.h"
#include "storage/Database.h"
#include "storage/TemplateStore.h"

#include <QVector>

namespace tsunagu {

// The reply templates of the profile, with their rules: what may be saved, and which template a reply uses.
class TemplateRepository
{
public:
    TemplateRepository(Database& database, const Clock& clock)
        : m_store(database)
        , m_clock(clock)
    {}

    // Every template, by action, language, room, host and name.
    StoreResult<QVector<ReplyTemplate>> all() const;
    StoreResult<ReplyTemplate> byId(qint64 id) const;
    // The templates that apply to a reply from this host for this room, best first: room and host, then room,
    // then host, then generic; within each the default (name "") before named ones, then by name. roomId or
    // hostId 0 matches only templates for every room or host.
    StoreResult<QVector<ReplyTemplate>> matching(ReplyAction action, qint64 roomId, qint64 hostId,
                                                 const QString& language) const;
    // The first of matching(); NotFound when none applies.
    StoreResult<ReplyTemplate> forAction(ReplyAction action, qint64 roomId, qint64 hostId,
                                         const QString& language) const;
    // Inserts (id 0) or updates the template and stamps updated_at; returns its id. Refuses a secret placeholder
    // in a template that is not an invitation, unknown or unpaired tags, and a language other than ja/en.
    TemplateResult<qint64> save(const ReplyTemplate& replyTemplate);
    StoreResult<Done> remove(qint64 id);
    // Inserts each shipped default (generic, per action, ja and en) that is not there yet, in one transaction;
    // never overwrites a default the hosts edited. Returns how many were inserted.
    StoreResult<int> ensureDefaults();

    // The checks save() makes, for an editor that wants to tell before saving.
    static TemplateResult<Done> validate(const ReplyTemplate& replyTemplate);

    // What is wrong with a template's placeholders, for validate() and for the editor's live problems: tags that
    // name nothing or do not pair up (each once, as written), and secret placeholders (join link, meeting ID,
    // passcode, chat link) in a template that is not an invitation (each key once).
    struct PlaceholderFindings
    {
        QStringList unknown;
        QStringList misplacedSecrets;
    };
    static PlaceholderFindings placeholderFindings(const ReplyTemplate& replyTemplate);

private:
    TemplateStore m_store;
    const Clock& m_clock;
};

} // namespace tsunagu
