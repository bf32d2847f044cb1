// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/IntakeListsLoader.h"

#include "storage/Database.h"
#include "storage/HostRepository.h"
#include "storage/MessageRepository.h"
#include "storage/RoomRepository.h"

#include <QThread>

#include <memory>
#include <optional>
#include <utility>

namespace tsunagu::ui {
namespace {

struct Job
{
    IntakeLists lists;
    std::optional<StoreFailure> failure;
};

// On the worker thread: every query 受付 needs, through `database`.
std::optional<StoreFailure> read(Database& database, const Clock& clock, IntakeLists& lists)
{
    auto hosts = HostRepository(database).all();
    if (!hosts)
        return hosts.error();
    lists.hosts = std::move(hosts).value();
    auto rooms = RoomRepository(database).all();
    if (!rooms)
        return rooms.error();
    const ApplicantList applicants(database);
    auto awaiting = applicants.awaitingCountByRoom();
    if (!awaiting)
        return awaiting.error();
    lists.rooms.reserve(rooms->size());
    for (const Room& room : rooms.value())
        lists.rooms.append({room, awaiting->value(room.id)});
    auto waiting = applicants.waitingCounts(clock.now());
    if (!waiting)
        return waiting.error();
    lists.waiting = waiting.value();
    const MessageRepository messages(database);
    for (auto [classification, into] :
         {std::pair{Classification::Unclassified, &lists.unclassified}, std::pair{Classification::Spam, &lists.spam},
          std::pair{Classification::Ignored, &lists.ignored}}) {
        auto found = messages.withClassification(classification);
        if (!found)
            return found.error();
        *into = std::move(found).value();
    }
    return std::nullopt;
}

} // namespace

IntakeListsLoader::IntakeListsLoader(QString databasePath, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_clock(clock)
{}

IntakeListsLoader::~IntakeListsLoader()
{
    if (m_thread) {
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
}

void IntakeListsLoader::request()
{
    if (m_thread) {
        m_again = true;
        return;
    }
    startRead();
}

void IntakeListsLoader::startRead()
{
    m_again = false;
    ++m_readsStarted;
    auto job = std::make_shared<Job>();
    m_thread = QThread::create([job, path = m_databasePath, &clock = m_clock, hook = m_readHook] {
        if (hook)
            hook();
        // SQLite connections are per thread (STYLE.md §16): this one opens, reads and closes here.
        Database::Options options;
        options.checkIntegrity = false; // the window's own connection checked the file when the profile opened
        auto database = Database::open(path, options);
        if (!database) {
            job->failure = database.error();
            return;
        }
        job->failure = read(*database.value(), clock, job->lists);
    });
    m_thread->setObjectName(QStringLiteral("intakeListsRead"));
    connect(m_thread, &QThread::finished, this, [this, job] {
        m_thread->deleteLater();
        m_thread = nullptr;
        // A request made meanwhile wants newer lists: read again, and show these until then (a steady stream of
        // requests never leaves the lists unshown).
        if (m_again)
            startRead();
        if (job->failure)
            Q_EMIT failed(*job->failure);
        else
            Q_EMIT loaded(job->lists);
    });
    m_thread->start();
}

} // namespace tsunagu::ui
