# SPDX-License-Identifier: GPL-3.0-or-later
# SMTP client (issue 5): sending replies over implicit TLS or strict STARTTLS.
target_sources(tsunagu_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SmtpCapabilities.cpp ${CMAKE_CURRENT_LIST_DIR}/SmtpCapabilities.h
    ${CMAKE_CURRENT_LIST_DIR}/SmtpEncoder.cpp ${CMAKE_CURRENT_LIST_DIR}/SmtpEncoder.h
    ${CMAKE_CURRENT_LIST_DIR}/SmtpError.h
    ${CMAKE_CURRENT_LIST_DIR}/SmtpReply.cpp ${CMAKE_CURRENT_LIST_DIR}/SmtpReply.h
    ${CMAKE_CURRENT_LIST_DIR}/SmtpReplyReader.cpp ${CMAKE_CURRENT_LIST_DIR}/SmtpReplyReader.h
    ${CMAKE_CURRENT_LIST_DIR}/SmtpSession.cpp ${CMAKE_CURRENT_LIST_DIR}/SmtpSession.h
    ${CMAKE_CURRENT_LIST_DIR}/SmtpSessionSteps.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SmtpTypes.h)
