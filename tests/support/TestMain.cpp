// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 runner that owns the Qt application, so tests can use widgets, signals and QSignalSpy::wait.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QLocale>

int main(int argc, char** argv)
{
    // Offscreen unless a test run asks for a real display (screenshots under Xvfb).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TsunaguTests"));
    QApplication::setApplicationName(QStringLiteral("tsunagu-tests"));
    // Tests assert on formatted numbers and dates; they choose their locale explicitly when it matters.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    return Catch::Session().run(argc, argv);
}
