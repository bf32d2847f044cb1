# SPDX-License-Identifier: GPL-3.0-or-later
# Connections shared by IMAP and SMTP: endpoint, the socket interface and its QSslSocket implementation, TLS policy.
target_sources(tsunagu_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CertificateInfo.cpp ${CMAKE_CURRENT_LIST_DIR}/CertificateInfo.h
    ${CMAKE_CURRENT_LIST_DIR}/Endpoint.h
    ${CMAKE_CURRENT_LIST_DIR}/MailSocket.h
    ${CMAKE_CURRENT_LIST_DIR}/SslMailSocket.cpp ${CMAKE_CURRENT_LIST_DIR}/SslMailSocket.h
    ${CMAKE_CURRENT_LIST_DIR}/TlsPolicy.cpp ${CMAKE_CURRENT_LIST_DIR}/TlsPolicy.h)
