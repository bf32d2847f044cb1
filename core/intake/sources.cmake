# SPDX-License-Identifier: GPL-3.0-or-later
# Intake: form fields, room, reply address, spam verdict and eligibility hints from a parsed mail (pure, headless).
target_sources(tsunagu_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AgeBand.cpp ${CMAKE_CURRENT_LIST_DIR}/AgeBand.h
    ${CMAKE_CURRENT_LIST_DIR}/EligibilityHints.cpp ${CMAKE_CURRENT_LIST_DIR}/EligibilityHints.h
    ${CMAKE_CURRENT_LIST_DIR}/FormFieldExtractor.cpp ${CMAKE_CURRENT_LIST_DIR}/FormFieldExtractor.h
    ${CMAKE_CURRENT_LIST_DIR}/FormFields.cpp ${CMAKE_CURRENT_LIST_DIR}/FormFields.h
    ${CMAKE_CURRENT_LIST_DIR}/FormLineReader.cpp ${CMAKE_CURRENT_LIST_DIR}/FormLineReader.h
    ${CMAKE_CURRENT_LIST_DIR}/IntakeReader.cpp ${CMAKE_CURRENT_LIST_DIR}/IntakeReader.h
    ${CMAKE_CURRENT_LIST_DIR}/LabelMapping.cpp ${CMAKE_CURRENT_LIST_DIR}/LabelMapping.h
    ${CMAKE_CURRENT_LIST_DIR}/Normalisers.cpp ${CMAKE_CURRENT_LIST_DIR}/Normalisers.h
    ${CMAKE_CURRENT_LIST_DIR}/RawHeaders.cpp ${CMAKE_CURRENT_LIST_DIR}/RawHeaders.h
    ${CMAKE_CURRENT_LIST_DIR}/ReplyAddressChooser.cpp ${CMAKE_CURRENT_LIST_DIR}/ReplyAddressChooser.h
    ${CMAKE_CURRENT_LIST_DIR}/RoomMatcher.cpp ${CMAKE_CURRENT_LIST_DIR}/RoomMatcher.h
    ${CMAKE_CURRENT_LIST_DIR}/SpamCheck.cpp ${CMAKE_CURRENT_LIST_DIR}/SpamCheck.h
    ${CMAKE_CURRENT_LIST_DIR}/TextFold.cpp ${CMAKE_CURRENT_LIST_DIR}/TextFold.h
    ${CMAKE_CURRENT_LIST_DIR}/TimeZoneHint.cpp ${CMAKE_CURRENT_LIST_DIR}/TimeZoneHint.h)
