// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequireServer.h"

#include <iostream>
#include <stdexcept>

namespace tsunagu::test {

namespace {

// Ends the test case; not Catch's own failure type, which a REQUIRE around the call would report a second time.
class ServerMissing : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

bool underCi()
{
    return qEnvironmentVariable("CI").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

} // namespace

void requireServer(const QString& what, bool available)
{
    if (available)
        return;
    // The same exception either way (Catch2 reports it alike inside and outside a REQUIRE); under CI=true it is
    // worded without the marker, so ctest reports a failure.
    const std::string why =
        underCi() ? what.toStdString() + " is not available, and under CI=true every test that needs it must run"
                  : std::string(TSUNAGU_SKIP_MARKER) + " " + what.toStdString() + " is not available";
    // On stdout as well as in the exception, so ctest sees it whatever Catch2 reporter writes the results.
    std::cout << why << std::endl;
    throw ServerMissing(why);
}

} // namespace tsunagu::test
