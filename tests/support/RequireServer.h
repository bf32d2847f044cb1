// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tsunagu::test {

// The one policy for tests that need an outside program (Dovecot, aiosmtpd, a keyring daemon, …): when it is
// available the test goes on. When it is not, under CI=true the test fails, since CI installs every one of them and
// a skip there would hide that the real-server half never ran. Elsewhere the test case ends here and prints
// "TSUNAGU-SKIP: <what> is not available", which ctest reports as skipped (TSUNAGU_SKIP_MARKER in
// tests/CMakeLists.txt), never as passed. Catch2 2 has no skip of its own, so the test case ends with an
// exception: a run outside ctest shows it as failed with that message. Works anywhere inside a running test case,
// fixture constructors included.
void requireServer(const QString& what, bool available);

} // namespace tsunagu::test
