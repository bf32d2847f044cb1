# SPDX-License-Identifier: GPL-3.0-or-later
# MIME parsing on Qt (issue 3): raw RFC 5322 bytes → MimeMessage; composing (issue 5): OutgoingMail → bytes.
target_sources(tsunagu_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AddressListParser.cpp ${CMAKE_CURRENT_LIST_DIR}/AddressListParser.h
    ${CMAKE_CURRENT_LIST_DIR}/AddressValidator.cpp ${CMAKE_CURRENT_LIST_DIR}/AddressValidator.h
    ${CMAKE_CURRENT_LIST_DIR}/BodyReader.cpp ${CMAKE_CURRENT_LIST_DIR}/BodyReader.h
    ${CMAKE_CURRENT_LIST_DIR}/CharsetDecoder.cpp ${CMAKE_CURRENT_LIST_DIR}/CharsetDecoder.h
    ${CMAKE_CURRENT_LIST_DIR}/CharsetNames.cpp ${CMAKE_CURRENT_LIST_DIR}/CharsetNames.h
    ${CMAKE_CURRENT_LIST_DIR}/DecodingNotes.h
    ${CMAKE_CURRENT_LIST_DIR}/EncodedWordWriter.cpp ${CMAKE_CURRENT_LIST_DIR}/EncodedWordWriter.h
    ${CMAKE_CURRENT_LIST_DIR}/EncodedWords.cpp ${CMAKE_CURRENT_LIST_DIR}/EncodedWords.h
    ${CMAKE_CURRENT_LIST_DIR}/FlowedText.cpp ${CMAKE_CURRENT_LIST_DIR}/FlowedText.h
    ${CMAKE_CURRENT_LIST_DIR}/HeaderParser.cpp ${CMAKE_CURRENT_LIST_DIR}/HeaderParser.h
    ${CMAKE_CURRENT_LIST_DIR}/HeaderTokens.cpp ${CMAKE_CURRENT_LIST_DIR}/HeaderTokens.h
    ${CMAKE_CURRENT_LIST_DIR}/HeaderWriter.cpp ${CMAKE_CURRENT_LIST_DIR}/HeaderWriter.h
    ${CMAKE_CURRENT_LIST_DIR}/HtmlToText.cpp ${CMAKE_CURRENT_LIST_DIR}/HtmlToText.h
    ${CMAKE_CURRENT_LIST_DIR}/JapaneseDecoder.cpp ${CMAKE_CURRENT_LIST_DIR}/JapaneseDecoder.h
    ${CMAKE_CURRENT_LIST_DIR}/JapaneseEncoder.cpp ${CMAKE_CURRENT_LIST_DIR}/JapaneseEncoder.h
    ${CMAKE_CURRENT_LIST_DIR}/MailDate.cpp ${CMAKE_CURRENT_LIST_DIR}/MailDate.h
    ${CMAKE_CURRENT_LIST_DIR}/MimeComposer.cpp ${CMAKE_CURRENT_LIST_DIR}/MimeComposer.h
    ${CMAKE_CURRENT_LIST_DIR}/MimeMessage.cpp ${CMAKE_CURRENT_LIST_DIR}/MimeMessage.h
    ${CMAKE_CURRENT_LIST_DIR}/MimeParser.cpp ${CMAKE_CURRENT_LIST_DIR}/MimeParser.h
    ${CMAKE_CURRENT_LIST_DIR}/MimePart.h
    ${CMAKE_CURRENT_LIST_DIR}/MimeTreeBuilder.cpp ${CMAKE_CURRENT_LIST_DIR}/MimeTreeBuilder.h
    ${CMAKE_CURRENT_LIST_DIR}/OutgoingMail.h
    ${CMAKE_CURRENT_LIST_DIR}/ParameterWriter.cpp ${CMAKE_CURRENT_LIST_DIR}/ParameterWriter.h
    ${CMAKE_CURRENT_LIST_DIR}/PartWriter.cpp ${CMAKE_CURRENT_LIST_DIR}/PartWriter.h
    ${CMAKE_CURRENT_LIST_DIR}/Rfc2231.cpp ${CMAKE_CURRENT_LIST_DIR}/Rfc2231.h
    ${CMAKE_CURRENT_LIST_DIR}/TransferDecoding.cpp ${CMAKE_CURRENT_LIST_DIR}/TransferDecoding.h
    ${CMAKE_CURRENT_LIST_DIR}/TransferEncoder.cpp ${CMAKE_CURRENT_LIST_DIR}/TransferEncoder.h)
