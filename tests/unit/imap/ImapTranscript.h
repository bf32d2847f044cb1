// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Transcript.h"
#include "mail/imap/ImapSession.h"

namespace tsunagu::test {

// Scripted IMAP conversations: the shared transcript engine (tests/support/Transcript.h) played against
// ImapSession.

// Starts the calls under test; callbacks append what happened to events.
using Scenario = std::function<void(ImapSession& session, QStringList& events)>;

// imap.example.org (or 127.0.0.1 for PlainLocal), port by mode, user host@example.org, 10 s timeout.
Endpoint testEndpoint(SecurityMode mode = SecurityMode::ImplicitTls);

// splitAt: -1 server bytes per step as written; 0 one byte at a time; n > 0 cut once at that server offset.
ReplayResult replay(const std::vector<Step>& steps, const Scenario& scenario, qsizetype splitAt, int expectedEvents,
                    const ImapSession::Options& options = {});

// Every split; REQUIREs that each run writes the transcript's client bytes and produces expectedEvents.
void replayEverySplit(const std::vector<Step>& steps, const Scenario& scenario, const QStringList& expectedEvents,
                      const ImapSession::Options& options = {});

QString describe(const ImapError& error);

} // namespace tsunagu::test
