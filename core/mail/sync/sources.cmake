# SPDX-License-Identifier: GPL-3.0-or-later
# Mailbox sync: IMAP session → fetched mail kept as it came → read through intake on a worker thread, resumable
# (issue 4).
target_sources(tsunagu_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/FetchedMailRepository.cpp ${CMAKE_CURRENT_LIST_DIR}/FetchedMailRepository.h
    ${CMAKE_CURRENT_LIST_DIR}/IntakeWorker.cpp ${CMAKE_CURRENT_LIST_DIR}/IntakeWorker.h
    ${CMAKE_CURRENT_LIST_DIR}/MailboxSync.cpp ${CMAKE_CURRENT_LIST_DIR}/MailboxSync.h
    ${CMAKE_CURRENT_LIST_DIR}/MailboxSyncFetch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MailWatcher.cpp ${CMAKE_CURRENT_LIST_DIR}/MailWatcher.h
    ${CMAKE_CURRENT_LIST_DIR}/SyncReport.h)
