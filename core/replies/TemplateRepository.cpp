// SPDX-License-Identifier: GPL-3.0-or-later
#include "replies/TemplateRepository.h"

#include "replies/DefaultTemplates.h"
#include "replies/Placeholder.h"
#include "replies/TemplateSyntax.h"

namespace tsunagu {

StoreResult<QVector<ReplyTemplate>> TemplateRepository::all() const
{
    return m_store.all();
}

StoreResult<ReplyTemplate> TemplateRepository::byId(qint64 id) const
{
    return m_store.byId(id);
}

StoreResult<QVector<ReplyTemplate>> TemplateRepository::matching(ReplyAction action, qint64 roomId, qint64 hostId,
                                                                 const QString& language) const
{
    return m_store.matching(action, roomId, hostId, language);
}

StoreResult<ReplyTemplate> TemplateRepository::forAction(ReplyAction action, qint64 roomId, qint64 hostId,
                                                         const QString& language) const
{
    auto candidates = matching(action, roomId, hostId, language);
    if (!candidates)
        return candidates.error();
    if (candidates->isEmpty())
        return StoreFailure{StoreError::NotFound,
                            QStringLiteral("no %1 template in %2").arg(replyActionKey(action), language)};
    return candidates->first();
}

TemplateRepository::PlaceholderFindings TemplateRepository::placeholderFindings(const ReplyTemplate& t)
{
    PlaceholderFindings found;
    QStringList keys;
    for (const QString& text : {t.subject, t.body}) {
        const TemplateSyntax::References refs = TemplateSyntax::references(text);
        keys += refs.keys;
        found.unknown += refs.unknown;
    }
    found.unknown.removeDuplicates();
    if (t.action != ReplyAction::Invite) {
        for (const QString& key : keys) {
            if (PlaceholderCatalogue::isSecret(key) && !found.misplacedSecrets.contains(key))
                found.misplacedSecrets.append(key);
        }
    }
    return found;
}

TemplateResult<Done> TemplateRepository::validate(const ReplyTemplate& t)
{
    if (t.language != QLatin1String("ja") && t.language != QLatin1String("en"))
        return TemplateFailure{TemplateError::InvalidLanguage, t.language};
    const PlaceholderFindings found = placeholderFindings(t);
    if (!found.misplacedSecrets.isEmpty())
        return TemplateFailure{TemplateError::SecretNotAllowed, found.misplacedSecrets.join(QStringLiteral(", "))};
    if (!found.unknown.isEmpty())
        return TemplateFailure{TemplateError::UnknownPlaceholder, found.unknown.join(QStringLiteral(", "))};
    return Done{};
}

TemplateResult<qint64> TemplateRepository::save(const ReplyTemplate& t)
{
    auto valid = validate(t);
    if (!valid)
        return valid.error();
    auto written = m_store.write(t, m_clock.now());
    if (written)
        return written.value();
    const StoreFailure& failure = written.error();
    // The unique index templates_unique: same action, room, host, language and name.
    if (failure.code == StoreError::ConstraintViolated && failure.detail.contains(QLatin1String("UNIQUE")))
        return TemplateFailure{TemplateError::Duplicate, failure.detail};
    if (failure.code == StoreError::NotFound)
        return TemplateFailure{TemplateError::NotFound, failure.detail};
    return TemplateFailure{TemplateError::StoreFailed, failure.detail};
}

StoreResult<Done> TemplateRepository::remove(qint64 id)
{
    return m_store.remove(id);
}

StoreResult<int> TemplateRepository::ensureDefaults()
{
    const QVector<ReplyTemplate> defaults = DefaultTemplates::all();
    if (defaults.isEmpty())
        return StoreFailure{StoreError::NotFound, QStringLiteral("default templates missing from the build")};
    return m_store.insertMissingDefaults(defaults, m_clock.now());
}

} // namespace tsunagu
