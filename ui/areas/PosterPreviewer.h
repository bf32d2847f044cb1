// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/PosterRenderer.h"

#include <QImage>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QWaitCondition>

#include <optional>

namespace tsunagu::ui {

// Renders the poster designer's preview on a thread of its own, so typing in the designer never waits for the
// drawing. Only the newest request is drawn: requests made while one is being drawn replace each other.
class PosterPreviewer : public QObject
{
    Q_OBJECT

public:
    explicit PosterPreviewer(QObject* parent = nullptr);
    ~PosterPreviewer() override;

    void request(const PosterSpec& spec, double dotsPerMm);

Q_SIGNALS:
    // On the GUI thread; `serial` counts requests, so a test can wait for the answer to its own.
    void rendered(const QImage& image, const tsunagu::PosterOutcome& outcome, int serial);

private:
    void work();

    QThread* m_thread = nullptr;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::optional<PosterSpec> m_pending;
    double m_dotsPerMm = 3;
    int m_serial = 0;
    bool m_stopping = false;
};

} // namespace tsunagu::ui
