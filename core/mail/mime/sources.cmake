# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(tsunagu_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MimeMessage.h
    ${CMAKE_CURRENT_LIST_DIR}/MimeParser.h)
