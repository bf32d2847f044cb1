// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/JoinDetailsNotice.h"

#include "sending/SecretChangeNotice.h"
#include "storage/AuditReader.h"
#include "text/ErrorText.h"

namespace tsunagu::ui {

bool JoinDetailsNotice::changed(const MeetingSeries& before, const MeetingSeries& after)
{
    return before.joinUrl.trimmed() != after.joinUrl.trimmed() ||
           before.meetingId.trimmed() != after.meetingId.trimmed() ||
           before.passcode.trimmed() != after.passcode.trimmed();
}

void JoinDetailsNotice::afterSave(QWidget* parent, UiServices& services, const MeetingSeries& before)
{
    if (before.id == 0)
        return;
    auto after = services.meetings.series(before.id);
    if (!after || !changed(before, after.value()))
        return;
    // The holders are those of the room whose details they were sent; the change is not recorded yet, so the
    // audit log still names them.
    QVector<qint64> holders;
    if (auto found = AuditReader(services.database).secretHolders(before.roomId))
        holders = found.value();
    SecretChangeNotice notice(services.database, services.clock);
    const bool wanted =
        !holders.isEmpty() &&
        services.prompter.confirm(
            parent, tr("The join details of %1 changed").arg(after->title),
            tr("%n applicant(s) were sent the old join details. Prepare a draft with the new ones for each of them? "
               "Nothing is sent until you send the drafts in 返信 (Replies).",
               nullptr, int(holders.size())),
            tr("Prepare drafts"));
    if (!wanted) {
        (void)notice.recordChange(before.roomId);
        return;
    }
    auto prepared = notice.prepare(before.roomId, holders);
    if (!prepared) {
        services.prompter.inform(parent, ErrorText::title(prepared.error().code),
                                 ErrorText::explanation(prepared.error().code, services.profileDirectory));
        return;
    }
    QString text = tr("%n draft(s) with the new join details are ready in 返信 (Replies).", nullptr,
                      int(prepared->replyIds.size()));
    if (!prepared->notPrepared.isEmpty())
        text += QLatin1Char('\n') + tr("%n applicant(s) got no draft: no reply address or no invitation template.",
                                       nullptr, int(prepared->notPrepared.size()));
    services.prompter.inform(parent, tr("Notices prepared"), text);
}

} // namespace tsunagu::ui
