// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiving/AnsweredElsewhere.h"

#include "mail/imap/ImapSession.h"
#include "storage/ApplicantRepository.h"

#include <QHash>

namespace tsunagu {

bool AnsweredElsewhere::answered(const QStringList& flags)
{
    for (const QString& flag : flags) {
        if (flag.compare(QLatin1String("\\Answered"), Qt::CaseInsensitive) == 0 ||
            flag.startsWith(QLatin1String("$Tsunagu"), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void AnsweredElsewhere::check(ImapSession& session, Database& database, const Clock& clock, const MailAccount& account,
                              quint32 uidValidity, std::function<void(int)> done)
{
    ApplicantRepository applicants(database, clock);
    auto waiting = applicants.awaitingOnServer(account.id, account.folder, uidValidity);
    if (!waiting || waiting->isEmpty()) {
        done(0);
        return;
    }
    QHash<quint32, qint64> applicantOf;
    std::vector<quint32> uids;
    for (const auto& [applicantId, uid] : waiting.value()) {
        applicantOf.insert(uid, applicantId);
        uids.push_back(uid);
    }
    session.fetchFlags(uids, [&database, &clock, applicantOf, done](ImapResult<QList<MessageFlags>> flags) {
        if (!flags) {
            done(0);
            return;
        }
        ApplicantRepository store(database, clock);
        int noticed = 0;
        for (const MessageFlags& message : flags.value()) {
            if (!answered(message.flags) || !applicantOf.contains(message.uid))
                continue;
            if (store.noteAnsweredElsewhere(applicantOf.value(message.uid), clock.now()))
                ++noticed;
        }
        done(noticed);
    });
}

} // namespace tsunagu
