// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

namespace tsunagu {
namespace {

SecretFailure failureOf(const QKeychain::Job& job)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return {SecretError::NotFound, job.errorString()};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {SecretError::Denied, job.errorString()};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {SecretError::Unavailable, job.errorString()};
    case QKeychain::OtherError:
        // QtKeychain on Linux without a session bus reports OtherError with the D-Bus connection error ("Cannot
        // autolaunch D-Bus without X11 $DISPLAY", "Could not connect: …") rather than NoBackendAvailable: for the
        // host it is the same "no keychain on this computer".
        for (const char* sign : {"D-Bus", "DBus", "Could not connect"}) {
            if (job.errorString().contains(QLatin1String(sign), Qt::CaseInsensitive))
                return {SecretError::Unavailable, job.errorString()};
        }
        return {SecretError::Failed, job.errorString()};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoError:
        break;
    }
    return {SecretError::Failed, job.errorString()};
}

template <typename JobType>
JobType* makeJob(const QString& service, const QString& key)
{
    auto* job = new JobType(service); // deletes itself after finished (autoDelete)
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

void KeychainSecretStore::read(const QString& key, QObject* context, ReadCallback done)
{
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError) {
            done(failureOf(*finished));
            return;
        }
        done(static_cast<QKeychain::ReadPasswordJob*>(finished)->textData());
    });
    job->start();
}

void KeychainSecretStore::write(const QString& key, const QString& secret, QObject* context, WriteCallback done)
{
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError)
            done(failureOf(*finished));
        else
            done(SecretLocation::Keychain);
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& key, QObject* context, RemoveCallback done)
{
    auto* job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job* finished) {
        if (finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound)
            done(std::nullopt);
        else
            done(failureOf(*finished));
    });
    job->start();
}

} // namespace tsunagu
