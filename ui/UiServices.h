// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Prompter.h"
#include "intake/IntakePipeline.h"
#include "oauth/TokenSecretStore.h"
#include "receiving/MailWatcher.h"
#include "secrets/SecretStore.h"
#include "storage/ApplicantRepository.h"
#include "storage/BlockedAddressRepository.h"
#include "storage/ContactRepository.h"
#include "storage/HostRepository.h"
#include "storage/MailAccountRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/MessageRepository.h"
#include "storage/RoomRepository.h"

#include <QString>

#include <functional>

namespace tsunagu::ui {

class ProfileKeys;

// What the windows need from core, built by the composition root (app/) and passed down.
struct UiServices
{
    RoomRepository& rooms;
    HostRepository& hosts;
    ApplicantRepository& applicants;
    MeetingRepository& meetings;
    MemberRepository& members;
    ContactRepository& contacts;
    MessageRepository& messages;
    BlockedAddressRepository& blocked;
    IntakePipeline& intake;
    MailAccountRepository& mailAccounts;
    SecretStore& secrets; // passwords of mail accounts; says when one is kept for this session only
    Prompter& prompter;
    const Clock& clock;
    QString profileDirectory; // shown to the host: where their data lives
    QString uiStatePath;      // INI file for window geometry, view state and the language choice
    // Makes the watcher that keeps one account's mailbox current, with the real sockets and the store (the
    // caller's parent owns it). Tests give short intervals.
    std::function<MailWatcher*(QObject* parent)> makeMailWatcher;
    // The profile's database, for the reply composer (drafts, templates, sending).
    Database& database;
    // The same store as `secrets`, for what only signed-in (OAuth 2.0) accounts need: keeping the tokens of a new
    // sign-in and reading when it was last renewed. Null: sign-in is not offered.
    TokenSecretStore* tokens = nullptr;
    // The profile's data key for 設定 › プライバシー (set, change or remove the passphrase). Null: not offered.
    ProfileKeys* keys = nullptr;
};

} // namespace tsunagu::ui
