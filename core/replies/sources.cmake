# SPDX-License-Identifier: GPL-3.0-or-later
# Reply templates and their placeholders (issue 5): catalogue, storage, rendering and the values of a reply.
target_sources(tsunagu_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DefaultTemplates.cpp ${CMAKE_CURRENT_LIST_DIR}/DefaultTemplates.h
    ${CMAKE_CURRENT_LIST_DIR}/Placeholder.cpp ${CMAKE_CURRENT_LIST_DIR}/Placeholder.h
    ${CMAKE_CURRENT_LIST_DIR}/ReplyAction.cpp ${CMAKE_CURRENT_LIST_DIR}/ReplyAction.h
    ${CMAKE_CURRENT_LIST_DIR}/ReplyContextBuilder.cpp ${CMAKE_CURRENT_LIST_DIR}/ReplyContextBuilder.h
    ${CMAKE_CURRENT_LIST_DIR}/ReplyDateText.cpp ${CMAKE_CURRENT_LIST_DIR}/ReplyDateText.h
    ${CMAKE_CURRENT_LIST_DIR}/ReplyTemplate.h
    ${CMAKE_CURRENT_LIST_DIR}/TemplateError.h
    ${CMAKE_CURRENT_LIST_DIR}/TemplateRenderer.cpp ${CMAKE_CURRENT_LIST_DIR}/TemplateRenderer.h
    ${CMAKE_CURRENT_LIST_DIR}/TemplateRepository.cpp ${CMAKE_CURRENT_LIST_DIR}/TemplateRepository.h
    ${CMAKE_CURRENT_LIST_DIR}/TemplateSyntax.cpp ${CMAKE_CURRENT_LIST_DIR}/TemplateSyntax.h
    ${CMAKE_CURRENT_LIST_DIR}/UpcomingMeetings.cpp ${CMAKE_CURRENT_LIST_DIR}/UpcomingMeetings.h)
# The shipped default templates, one file per action and language (first line the subject, blank line, body).
qt_add_resources(tsunagu_core tsunagu_core_templates
    PREFIX /tsunagu/templates
    BASE ${PROJECT_SOURCE_DIR}/resources/templates
    FILES
        ${PROJECT_SOURCE_DIR}/resources/templates/invite.ja.txt ${PROJECT_SOURCE_DIR}/resources/templates/invite.en.txt
        ${PROJECT_SOURCE_DIR}/resources/templates/hold.ja.txt ${PROJECT_SOURCE_DIR}/resources/templates/hold.en.txt
        ${PROJECT_SOURCE_DIR}/resources/templates/refer.ja.txt ${PROJECT_SOURCE_DIR}/resources/templates/refer.en.txt
        ${PROJECT_SOURCE_DIR}/resources/templates/decline.ja.txt
        ${PROJECT_SOURCE_DIR}/resources/templates/decline.en.txt
        ${PROJECT_SOURCE_DIR}/resources/templates/reminder.ja.txt
        ${PROJECT_SOURCE_DIR}/resources/templates/reminder.en.txt)
