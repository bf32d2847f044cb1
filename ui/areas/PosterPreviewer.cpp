// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas/PosterPreviewer.h"

#include <QMetaObject>
#include <QMutexLocker>

namespace tsunagu::ui {

PosterPreviewer::PosterPreviewer(QObject* parent)
    : QObject(parent)
{
    m_thread = QThread::create([this] { work(); });
    m_thread->setObjectName(QStringLiteral("posterPreview"));
    m_thread->start();
}

PosterPreviewer::~PosterPreviewer()
{
    {
        const QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
    delete m_thread;
}

void PosterPreviewer::request(const PosterSpec& spec, double dotsPerMm)
{
    const QMutexLocker lock(&m_mutex);
    m_pending = spec;
    m_dotsPerMm = dotsPerMm;
    ++m_serial;
    m_wake.wakeAll();
}

void PosterPreviewer::work()
{
    for (;;) {
        PosterSpec spec;
        double dotsPerMm = 3;
        int serial = 0;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_pending && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_stopping)
                return;
            spec = *m_pending;
            m_pending.reset();
            dotsPerMm = m_dotsPerMm;
            serial = m_serial;
        }
        PosterOutcome outcome;
        const QImage image = PosterRenderer::preview(spec, dotsPerMm, &outcome);
        // Handed to the GUI thread; dropped there if this object is gone.
        QMetaObject::invokeMethod(
            this, [this, image, outcome, serial] { Q_EMIT rendered(image, outcome, serial); }, Qt::QueuedConnection);
    }
}

} // namespace tsunagu::ui
