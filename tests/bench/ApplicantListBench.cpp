// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark, run by hand (see README.md): the applicant list of the window in a large profile, read as the window's
// worker reads it (ApplicantListWorker): the count and the first page of 200 rows, then the next page of 500 as the
// list scrolls, for the default order (longest wait first), by name both ways, and a search by a part of a name.
//
//   cmake --build --preset dev --target tsunagu_applicant_list_bench
//   build/dev/tests/bench/tsunagu_applicant_list_bench PROFILE_DIR [PASSPHRASE_FILE] [RUNS]
//
// A profile made by make_applicant_profile.py (names 仮名000001 …) and, for a sealed one, sealed with
// `tsunagu passphrase set` (run-seal-bench.sh does both). Prints the median and the worst of RUNS (default 5).
#include "storage/ApplicantList.h"
#include "storage/Profile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace tsunagu;

namespace {

void report(const char* what, QVector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    std::printf("%-58s median %8.1f ms   worst %8.1f ms   (%d runs)\n", what, ms.at(ms.size() / 2), ms.last(),
                int(ms.size()));
    std::fflush(stdout);
}

ApplicantListQuery listQuery(ApplicantListQuery::Order order, bool descending, const QString& search = {})
{
    ApplicantListQuery query;
    query.order = order;
    query.descending = descending;
    query.search = search;
    return query;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: %s PROFILE_DIR [PASSPHRASE_FILE] [RUNS]\n", argv[0]);
        return 2;
    }
    ProfileUnlock unlock;
    if (args.size() > 2 && !args.at(2).isEmpty()) {
        QFile file(args.at(2));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read the passphrase file\n");
            return 2;
        }
        unlock.passphrase = QString::fromUtf8(file.readAll()).trimmed();
    }
    const int runs = args.size() > 3 ? std::max(1, args.at(3).toInt()) : 5;
    auto profile = Profile::open(args.at(1), unlock);
    if (!profile) {
        std::fprintf(stderr, "cannot open the profile: %s\n", qPrintable(profile.error().detail));
        return 1;
    }
    ApplicantList applicants(profile.value()->database());
    const auto total = applicants.count({});
    if (!total) {
        std::fprintf(stderr, "cannot count: %s\n", qPrintable(total.error().detail));
        return 1;
    }
    std::printf("%d applicants, %s profile\n", total.value(), profile.value()->isSealed() ? "sealed" : "plain");

    const auto measure = [&](const char* what, const std::function<bool()>& step) {
        QVector<double> ms;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            if (!step()) {
                std::printf("%-58s FAILED\n", what);
                return;
            }
            ms << timer.nsecsElapsed() / 1e6;
        }
        report(what, ms);
    };
    // What the window does when the list opens or its order or search changes, and when it scrolls.
    const auto firstPage = [&applicants](const ApplicantListQuery& query, int* found = nullptr) {
        auto count = applicants.count(query);
        auto page = applicants.page(query, 0, 200);
        if (found && count)
            *found = count.value();
        return count.ok() && page.ok() && (page->size() == std::min(200, count.value()));
    };
    const auto nextPage = [&applicants](const ApplicantListQuery& query) {
        auto page = applicants.page(query, 200, 500);
        return page.ok() && !page->isEmpty();
    };
    using Order = ApplicantListQuery::Order;
    measure("first page, longest wait first (the default)", [&] { return firstPage(listQuery(Order::Waiting, true)); });
    measure("first page, received, newest first", [&] { return firstPage(listQuery(Order::Received, true)); });
    measure("first page, by name A→Z", [&] { return firstPage(listQuery(Order::Name, false)); });
    measure("first page, by name Z→A", [&] { return firstPage(listQuery(Order::Name, true)); });
    measure("next page (200-699), by name A→Z", [&] { return nextPage(listQuery(Order::Name, false)); });
    int found = 0;
    measure("search a part of a name (\"仮名0999\"), default order",
            [&] { return firstPage(listQuery(Order::Waiting, true, QStringLiteral("仮名0999")), &found); });
    std::printf("  (the search finds %d applicants)\n", found);
    measure("search a part of a name, by name",
            [&] { return firstPage(listQuery(Order::Name, false, QStringLiteral("仮名0999"))); });
    measure("search that finds nobody (\"だれでもない\")",
            [&] { return firstPage(listQuery(Order::Waiting, true, QStringLiteral("だれでもない")), &found); });
    return 0;
}
