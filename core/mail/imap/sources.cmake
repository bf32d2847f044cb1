# SPDX-License-Identifier: GPL-3.0-or-later
# IMAP client (RFC 3501): framer → pure parser → encoder → session. Reads, and for replies only adds (APPEND, +FLAGS).
target_sources(tsunagu_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ImapCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/ImapEncoder.cpp ${CMAKE_CURRENT_LIST_DIR}/ImapEncoder.h
    ${CMAKE_CURRENT_LIST_DIR}/ImapError.h
    ${CMAKE_CURRENT_LIST_DIR}/ImapFramer.cpp ${CMAKE_CURRENT_LIST_DIR}/ImapFramer.h
    ${CMAKE_CURRENT_LIST_DIR}/ImapParser.cpp ${CMAKE_CURRENT_LIST_DIR}/ImapParser.h
    ${CMAKE_CURRENT_LIST_DIR}/ImapTokenReader.h
    ${CMAKE_CURRENT_LIST_DIR}/ImapResponse.h
    ${CMAKE_CURRENT_LIST_DIR}/ImapSession.cpp ${CMAKE_CURRENT_LIST_DIR}/ImapSession.h
    ${CMAKE_CURRENT_LIST_DIR}/ImapSessionConnect.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ImapSessionParts.h
    ${CMAKE_CURRENT_LIST_DIR}/ImapSessionReplies.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ImapSessionTasks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ImapToken.h
    ${CMAKE_CURRENT_LIST_DIR}/ImapTypes.h)
