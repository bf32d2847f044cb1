# SPDX-License-Identifier: GPL-3.0-or-later
# Composing, sending and recording replies (issue 5).
target_sources(tsunagu_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AnsweredElsewhere.cpp ${CMAKE_CURRENT_LIST_DIR}/AnsweredElsewhere.h
    ${CMAKE_CURRENT_LIST_DIR}/ReferralNotice.cpp ${CMAKE_CURRENT_LIST_DIR}/ReferralNotice.h
    ${CMAKE_CURRENT_LIST_DIR}/ReplyDrafter.cpp ${CMAKE_CURRENT_LIST_DIR}/ReplyDrafter.h
    ${CMAKE_CURRENT_LIST_DIR}/ReplySender.cpp ${CMAKE_CURRENT_LIST_DIR}/ReplySender.h
    ${CMAKE_CURRENT_LIST_DIR}/ReplySenderMailbox.cpp ${CMAKE_CURRENT_LIST_DIR}/ReplySenderParts.h
    ${CMAKE_CURRENT_LIST_DIR}/SendFailures.cpp)
