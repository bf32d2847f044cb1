// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiServices.h"
#include "domain/Meeting.h"

#include <QCoreApplication>
#include <QVector>

class QWidget;

namespace tsunagu::ui {

// A meeting series' join details (join URL, meeting ID, passcode) or a room's chat link changed. The change goes
// into the audit log ("secret.changed" for the room), and the host is offered to tell every applicant who was sent
// the old details, in the way they choose: a draft each (sent from 返信 like any reply), or one mail now with all
// of them in BCC, shown in full before it goes. Nothing is sent without the host.
class JoinDetailsNotice
{
    Q_DECLARE_TR_FUNCTIONS(JoinDetailsNotice)

public:
    enum class What
    {
        JoinDetails,
        ChatLink,
    };

    static bool changed(const MeetingSeries& before, const MeetingSeries& after);
    // After the series was saved: compares `before` with what is stored now. A new series, or one whose details
    // stayed, needs nothing.
    static void afterSave(QWidget* parent, UiServices& services, const MeetingSeries& before);
    // The offer itself, for `holders` read before the change was recorded; `name` is the series' title or the
    // room's code, `seriesId` the series whose details changed (0 for the chat link): the notice gives its new
    // details. A BCC notice is sent in the background; the host hears the outcome when it ends.
    static void offer(QWidget* parent, UiServices& services, qint64 roomId, const QString& name, What what,
                      const QVector<qint64>& holders, qint64 seriesId = 0);
};

} // namespace tsunagu::ui
