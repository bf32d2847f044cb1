// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiServices.h"
#include "domain/Meeting.h"

#include <QCoreApplication>

class QWidget;

namespace tsunagu::ui {

// A meeting series' join details (join URL, meeting ID, passcode) were changed in the series editor. As for a
// room's chat link: the change goes into the audit log ("secret.changed" for the series' room), and the host is
// offered a draft for each applicant who was sent the old details, with the new ones; nothing is sent by itself.
class JoinDetailsNotice
{
    Q_DECLARE_TR_FUNCTIONS(JoinDetailsNotice)

public:
    static bool changed(const MeetingSeries& before, const MeetingSeries& after);
    // After the series was saved: compares `before` with what is stored now. A new series, or one whose details
    // stayed, needs nothing.
    static void afterSave(QWidget* parent, UiServices& services, const MeetingSeries& before);
};

} // namespace tsunagu::ui
