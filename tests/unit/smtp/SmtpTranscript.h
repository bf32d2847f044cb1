// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Transcript.h"
#include "mail/smtp/SmtpSession.h"

namespace tsunagu::test::smtpscript {

// Scripted SMTP conversations: the shared transcript engine (tests/support/Transcript.h) played against
// SmtpSession.

// Starts the delivery under test; callbacks append what happened to events (see describe()).
using Scenario = std::function<void(SmtpSession& session, QStringList& events)>;

// smtp.example.org (or 127.0.0.1 for PlainLocal), port by mode, user host@example.org, 10 s timeout.
Endpoint testEndpoint(SecurityMode mode = SecurityMode::ImplicitTls);

// splitAt: -1 server bytes per step as written; 0 one byte at a time; n > 0 cut once at that server offset.
ReplayResult replay(const std::vector<Step>& steps, const Scenario& scenario, qsizetype splitAt, int expectedEvents);

// Every split; REQUIREs that each run writes the transcript's client bytes and produces expectedEvents.
void replayEverySplit(const std::vector<Step>& steps, const Scenario& scenario, const QStringList& expectedEvents);

const char* codeName(SmtpErrorCode code);
// "sent a@x,b@y: <server reply>" or "<Code> <reply code> <enhanced status> <recipient>" (empty parts left out).
QString describe(const SmtpResult<SmtpReceipt>& result);

} // namespace tsunagu::test::smtpscript
