# SPDX-License-Identifier: GPL-3.0-or-later
# Passwords of mail accounts: the abstract store, the OS keychain (QtKeychain) and the in-memory session fallback.
target_sources(tsunagu_core PRIVATE
    mail/secrets/FallbackSecretStore.cpp mail/secrets/FallbackSecretStore.h
    mail/secrets/KeychainSecretStore.cpp mail/secrets/KeychainSecretStore.h
    mail/secrets/SecretStore.h
    mail/secrets/SessionSecretStore.cpp mail/secrets/SessionSecretStore.h)
target_link_libraries(tsunagu_core PRIVATE qt6keychain)
