// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ActivityText.h"

#include "text/DisplayText.h"

#include <QCoreApplication>

namespace tsunagu::ui {

QString ActivityText::watcherState(MailWatcher::State state, const QDateTime& nextAttemptAt)
{
    switch (state) {
    case MailWatcher::State::Stopped:
        return QCoreApplication::translate("MailAccountText", "Not receiving");
    case MailWatcher::State::Syncing:
        return QCoreApplication::translate("MailAccountText", "Receiving…");
    case MailWatcher::State::Watching:
        return QCoreApplication::translate("MailAccountText",
                                           "Waiting for new mail (the server tells Tsunagu at once)");
    case MailWatcher::State::Polling:
        return QCoreApplication::translate("MailAccountText", "Checks for new mail again at %1")
            .arg(DisplayText::time(nextAttemptAt.time()));
    case MailWatcher::State::BackingOff:
        return QCoreApplication::translate("MailAccountText", "Could not receive; tries again at %1")
            .arg(DisplayText::time(nextAttemptAt.time()));
    case MailWatcher::State::NeedsAttention:
        return QCoreApplication::translate("MailAccountText", "Stopped until you act (see below)");
    }
    return {};
}

QString ActivityText::step(ReplySender::Step step)
{
    switch (step) {
    case ReplySender::Step::Checking:
        return QCoreApplication::translate("ReplyText", "Checking…");
    case ReplySender::Step::Sending:
        return QCoreApplication::translate("ReplyText", "Sending…");
    case ReplySender::Step::Filing:
        return QCoreApplication::translate("ReplyText", "Saving a copy on the server…");
    case ReplySender::Step::Marking:
        return QCoreApplication::translate("ReplyText", "Marking the application as answered…");
    }
    return {};
}

} // namespace tsunagu::ui
