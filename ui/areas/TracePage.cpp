// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas/TracePage.h"

#include "common/UiLog.h"
#include "mail/net/NetLog.h"
#include "mail/net/TraceFile.h"

#include <QCheckBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace tsunagu::ui {

TracePage::TracePage(UiServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("tracePage"));
    auto* form = new QFormLayout(this);
    m_enabled = new QCheckBox(tr("&Write a protocol trace"), this);
    m_enabled->setObjectName(QStringLiteral("traceCheckBox"));
    // Started by tsunagu --trace FILE: shown as on, and left to the command line.
    m_enabled->setChecked(lcTrace().isDebugEnabled());
    m_enabled->setEnabled(!m_enabled->isChecked());
    form->addRow(m_enabled);
    m_path = new QLineEdit(
        QDir::toNativeSeparators(QDir(services.profileDirectory).filePath(QStringLiteral("protocol-trace.txt"))), this);
    m_path->setObjectName(QStringLiteral("tracePathEdit"));
    m_path->setEnabled(m_enabled->isEnabled());
    form->addRow(tr("&File:"), m_path);
    m_note = new QLabel(tr("What Tsunagu and the mail servers say to each other, for a bug report. Passwords, "
                           "addresses and mail text are left out. The trace stops when the window closes."),
                        this);
    m_note->setObjectName(QStringLiteral("traceNoteLabel"));
    m_note->setWordWrap(true);
    form->addRow(m_note);
    connect(m_enabled, &QCheckBox::toggled, this, &TracePage::toggled);
}

TracePage::~TracePage() = default;

void TracePage::toggled(bool on)
{
    m_path->setEnabled(!on);
    if (!on) {
        m_trace.reset();
        qCInfo(lcUi) << "protocol trace off";
        return;
    }
    auto opened = TraceFile::open(QDir::fromNativeSeparators(m_path->text().trimmed()), m_services.clock);
    if (!opened) {
        m_note->setText(tr("The trace cannot be written there: %1. Choose another file.").arg(opened.error().detail));
        const QSignalBlocker blocker(m_enabled);
        m_enabled->setChecked(false);
        m_path->setEnabled(true);
        return;
    }
    m_trace = std::move(opened.value());
    qCInfo(lcUi) << "protocol trace on";
    m_note->setText(tr("Writing the trace. It covers connections opened from now on."));
}

} // namespace tsunagu::ui
