// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas/PostersArea.h"

#include "areas/PosterPreviewer.h"
#include "documents/PosterPdf.h"
#include "documents/PosterRoomText.h"
#include "models/ContactTableModel.h"
#include "text/DocumentText.h"
#include "text/ErrorText.h"
#include "text/Sentences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <optional>

namespace tsunagu::ui {
namespace {

// How sharp the preview is drawn: 3 dots per millimetre is an A4 page of 630 × 891, enough to read and quick to draw.
constexpr double s_previewDotsPerMm = 3.0;

QString themeWords(const QString& theme)
{
    if (theme == QLatin1String("alcohol"))
        return PostersArea::tr("Alcohol");
    if (theme == QLatin1String("drugs"))
        return PostersArea::tr("Drugs");
    if (theme == QLatin1String("gambling"))
        return PostersArea::tr("Gambling");
    if (theme == QLatin1String("gaming"))
        return PostersArea::tr("Internet and gaming");
    if (theme == QLatin1String("eating"))
        return PostersArea::tr("Eating disorders");
    if (theme == QLatin1String("kleptomania"))
        return PostersArea::tr("Kleptomania");
    if (theme == QLatin1String("ikizurasa"))
        return PostersArea::tr("Difficulties in living");
    return theme;
}

QPushButton* button(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}

} // namespace

PostersArea::PostersArea(UiServices& services, QWidget* parent)
    : AreaWidget(tr("Posters"), parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("postersArea"));

    // The designer: what goes on the poster.
    auto* designer = new QWidget(this);
    auto* form = new QFormLayout(designer);
    m_size = new QComboBox(designer);
    m_size->setObjectName(QStringLiteral("sizeCombo"));
    m_size->addItem(tr("A4 portrait"), int(PaperSize::A4));
    m_size->addItem(tr("A3 portrait"), int(PaperSize::A3));
    form->addRow(tr("Paper"), m_size);
    m_roomPreset = new QComboBox(designer);
    m_roomPreset->setObjectName(QStringLiteral("roomPresetCombo"));
    form->addRow(tr("Rooms"), m_roomPreset);
    m_roomList = new QListWidget(designer);
    m_roomList->setObjectName(QStringLiteral("posterRoomsList"));
    m_roomList->setMaximumHeight(140);
    form->addRow(QString(), m_roomList);
    m_title = new QLineEdit(PosterSpec::defaultTitle(), designer);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    form->addRow(tr("Title"), m_title);
    m_lead = new QPlainTextEdit(PosterSpec::defaultLead(), designer);
    m_lead->setObjectName(QStringLiteral("leadEdit"));
    m_lead->setMaximumHeight(90);
    form->addRow(tr("Lead text"), m_lead);
    m_tearOff = new QCheckBox(tr("Tear-off strips with the room and form address"), designer);
    m_tearOff->setObjectName(QStringLiteral("tearOffCheck"));
    form->addRow(QString(), m_tearOff);
    m_contact = new QComboBox(designer);
    m_contact->setObjectName(QStringLiteral("posterContactCombo"));
    form->addRow(tr("For"), m_contact);
    m_clinicLine = new QLineEdit(designer);
    m_clinicLine->setObjectName(QStringLiteral("clinicLineEdit"));
    m_clinicLine->setPlaceholderText(tr("e.g. ○○クリニック様 掲示用"));
    form->addRow(tr("Line for the place"), m_clinicLine);
    m_code = new QLineEdit(designer);
    m_code->setObjectName(QStringLiteral("referralCodeEdit"));
    m_code->setPlaceholderText(tr("Applicants write it as their referral source"));
    form->addRow(tr("Referral code"), m_code);
    const QDate today = services.clock.now().toTimeZone(QTimeZone("Asia/Tokyo")).date();
    m_version = new QLineEdit(QStringLiteral("%1年%2月版").arg(today.year()).arg(today.month()), designer);
    m_version->setObjectName(QStringLiteral("versionEdit"));
    form->addRow(tr("Version"), m_version);

    m_problems = new QLabel(designer);
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #8a3b12; }"));
    form->addRow(m_problems);

    auto* actions = new QHBoxLayout;
    auto* pdf = button(tr("Save as PDF…"), QStringLiteral("savePdfButton"), designer);
    auto* print = button(tr("Print…"), QStringLiteral("printButton"), designer);
    actions->addWidget(pdf);
    actions->addWidget(print);
    form->addRow(actions);
    auto* delivered = new QHBoxLayout;
    m_copies = new QSpinBox(designer);
    m_copies->setObjectName(QStringLiteral("copiesSpin"));
    m_copies->setRange(1, 500);
    m_copies->setSuffix(tr(" copies"));
    m_record = button(tr("Record as delivered"), QStringLiteral("recordDeliveryButton"), designer);
    delivered->addWidget(m_copies);
    delivered->addWidget(m_record);
    form->addRow(delivered);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("previewLabel"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(240, 340);
    m_preview->setStyleSheet(QStringLiteral("QLabel { background: #d9dedc; }"));

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(designer);
    scroll->setWidgetResizable(true);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(scroll);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    contentLayout()->addWidget(splitter, 3);

    // Where posters went.
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("totalLabel"));
    contentLayout()->addWidget(m_total);
    m_model = new PosterDeliveryTableModel(services.contacts, this);
    auto* view = makeTableView(m_model, QStringLiteral("deliveriesView"), this);
    contentLayout()->addWidget(view, 1);

    m_previewer = new PosterPreviewer(this);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(30); // typing a word redraws once, well within the 100 ms a change may take
    connect(m_debounce, &QTimer::timeout, this, [this] { m_previewer->request(spec(), s_previewDotsPerMm); });
    connect(m_previewer, &PosterPreviewer::rendered, this, &PostersArea::showPreview);

    connect(m_size, &QComboBox::currentIndexChanged, this, &PostersArea::schedulePreview);
    connect(m_roomPreset, &QComboBox::currentIndexChanged, this, &PostersArea::chooseRooms);
    connect(m_roomList, &QListWidget::itemChanged, this, &PostersArea::schedulePreview);
    connect(m_title, &QLineEdit::textChanged, this, &PostersArea::schedulePreview);
    connect(m_lead, &QPlainTextEdit::textChanged, this, &PostersArea::schedulePreview);
    connect(m_tearOff, &QCheckBox::toggled, this, &PostersArea::schedulePreview);
    connect(m_contact, &QComboBox::currentIndexChanged, this, &PostersArea::contactChosen);
    connect(m_clinicLine, &QLineEdit::textChanged, this, &PostersArea::schedulePreview);
    connect(m_code, &QLineEdit::textChanged, this, &PostersArea::schedulePreview);
    connect(m_version, &QLineEdit::textChanged, this, &PostersArea::schedulePreview);
    connect(pdf, &QPushButton::clicked, this, &PostersArea::savePdf);
    connect(print, &QPushButton::clicked, this, &PostersArea::print);
    connect(m_record, &QPushButton::clicked, this, &PostersArea::recordDelivery);
}

StoreResult<Done> PostersArea::reload()
{
    auto rooms = m_services.rooms.all();
    if (!rooms)
        return rooms.error();
    auto contacts = m_services.contacts.all();
    if (!contacts)
        return contacts.error();
    auto loaded = m_model->reload();
    if (!loaded)
        return loaded;

    const bool first = m_rooms.isEmpty();
    m_rooms = rooms.value();
    {
        const QSignalBlocker presetBlock(m_roomPreset);
        const QSignalBlocker listBlock(m_roomList);
        const QVariant preset = m_roomPreset->currentData();
        QSet<qint64> checked;
        for (int i = 0; i < m_roomList->count(); ++i) {
            if (m_roomList->item(i)->checkState() == Qt::Checked)
                checked.insert(m_roomList->item(i)->data(Qt::UserRole).toLongLong());
        }
        m_roomPreset->clear();
        m_roomPreset->addItem(tr("All rooms that meet"), QStringLiteral("all"));
        QStringList themes;
        for (const Room& room : m_rooms) {
            if (!themes.contains(room.theme) && !room.theme.isEmpty())
                themes.append(room.theme);
        }
        for (const QString& theme : themes)
            m_roomPreset->addItem(tr("All %1 rooms").arg(themeWords(theme)), QString(QStringLiteral("theme:") + theme));
        m_roomPreset->addItem(tr("Rooms chosen below"), QStringLiteral("chosen"));
        m_roomList->clear();
        for (const Room& room : m_rooms) {
            auto* item = new QListWidgetItem(room.name, m_roomList);
            item->setData(Qt::UserRole, room.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            const bool on = first ? room.status == RoomStatus::Active : checked.contains(room.id);
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
        m_roomPreset->setCurrentIndex(first ? 0 : std::max(0, m_roomPreset->findData(preset)));
    }
    {
        const QSignalBlocker block(m_contact);
        const qint64 chosen = m_contact->currentData().toLongLong();
        m_contact->clear();
        m_contact->addItem(tr("No particular place"), qint64(0));
        for (const ContactRow& row : contacts.value())
            m_contact->addItem(row.contact.organisation, row.contact.id);
        m_contact->setCurrentIndex(std::max(0, m_contact->findData(chosen)));
    }
    m_record->setEnabled(m_contact->currentData().toLongLong() != 0);

    int copies = 0;
    QSet<qint64> places;
    for (const PosterDeliveryRow& row : m_model->rows()) {
        copies += row.delivery.copies;
        places.insert(row.delivery.contactId);
    }
    m_total->setText(Sentences::join(tr("%n poster(s) delivered", nullptr, copies),
                                     tr("to %n place(s).", nullptr, int(places.size()))));
    schedulePreview();
    return Done{};
}

void PostersArea::chooseRooms()
{
    const QString preset = m_roomPreset->currentData().toString();
    if (preset != QLatin1String("chosen")) {
        const QSignalBlocker block(m_roomList);
        for (int i = 0; i < m_roomList->count() && i < m_rooms.size(); ++i) {
            const Room& room = m_rooms.at(i);
            bool on = room.status == RoomStatus::Active;
            if (preset.startsWith(QLatin1String("theme:")))
                on = on && room.theme == preset.mid(6);
            m_roomList->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
    }
    schedulePreview();
}

void PostersArea::contactChosen()
{
    const qint64 id = m_contact->currentData().toLongLong();
    m_record->setEnabled(id != 0);
    if (id == 0) {
        m_clinicLine->clear();
        m_code->clear();
        return;
    }
    auto contact = m_services.contacts.find(id);
    if (!contact)
        return;
    // The line a clinic's poster carries, in the form Japanese notices use: 「○○様 掲示用」.
    m_clinicLine->setText(contact->organisation + QStringLiteral("様 掲示用"));
    m_code->setText(contact->referralCode);
}

PosterSpec PostersArea::spec() const
{
    PosterSpec spec;
    spec.size = PaperSize(m_size->currentData().toInt());
    spec.title = m_title->text().trimmed();
    spec.lead = m_lead->toPlainText().trimmed();
    for (int i = 0; i < m_roomList->count() && i < m_rooms.size(); ++i) {
        if (m_roomList->item(i)->checkState() == Qt::Checked)
            spec.rooms.append(PosterRoomText::from(m_rooms.at(i)));
    }
    spec.tearOff = m_tearOff->isChecked();
    spec.clinicLine = m_clinicLine->text().trimmed();
    spec.referralCode = m_code->text().trimmed();
    spec.version = m_version->text().trimmed();
    return spec;
}

void PostersArea::schedulePreview()
{
    // A room ticked by hand makes the choice the host's own.
    if (sender() == m_roomList && m_roomPreset->currentData().toString() != QLatin1String("chosen")) {
        const QSignalBlocker block(m_roomPreset);
        m_roomPreset->setCurrentIndex(m_roomPreset->findData(QStringLiteral("chosen")));
    }
    m_debounce->start();
}

void PostersArea::showPreview(const QImage& image, const PosterOutcome& outcome, int serial)
{
    m_image = image;
    m_outcome = outcome;
    m_shownSerial = serial;
    const QSize room = m_preview->size() - QSize(8, 8);
    m_preview->setPixmap(QPixmap::fromImage(image.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    const QString problems = problemsText(outcome);
    m_problems->setText(problems);
    m_problems->setVisible(!problems.isEmpty());
    Q_EMIT previewShown(serial);
}

void PostersArea::resizeEvent(QResizeEvent* event)
{
    AreaWidget::resizeEvent(event);
    if (!m_image.isNull()) {
        const QSize room = m_preview->size() - QSize(8, 8);
        m_preview->setPixmap(QPixmap::fromImage(m_image.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
}

QString PostersArea::problemsText(const PosterOutcome& outcome) const
{
    QStringList lines;
    for (const PosterProblem& p : outcome.problems) {
        switch (p.kind) {
        case PosterProblem::Kind::NoFormUrl:
            lines << tr("Room %1 has no application form address: the poster says the form is being prepared and "
                        "prints no QR code. Add the address in Settings → Rooms.")
                         .arg(p.roomCode);
            break;
        case PosterProblem::Kind::UrlTooLong:
            lines << tr("The form address of room %1 is too long for a QR code that scans at poster size: no code "
                        "is printed. A shorter address (a link shortener of the form service) fixes it.")
                         .arg(p.roomCode);
            break;
        case PosterProblem::Kind::TextShrunk:
            lines << tr("The text was made %1 % smaller to fit the page.").arg(qRound((1 - outcome.textScale) * 100));
            break;
        case PosterProblem::Kind::TextCut:
            lines << (p.roomCode.isEmpty()
                          ? tr("The title and lead text are too long for the page even at the smallest size: "
                               "please shorten them.")
                          : tr("The text of room %1 does not fit even at the smallest size: choose A3, fewer rooms "
                               "or no tear-off strips.")
                                .arg(p.roomCode));
            break;
        }
    }
    if (spec().rooms.isEmpty())
        lines << tr("Choose at least one room for the poster.");
    return lines.join(QLatin1Char('\n'));
}

void PostersArea::savePdf()
{
    const PosterSpec poster = spec();
    if (poster.rooms.isEmpty()) {
        m_services.prompter.inform(this, tr("Save poster"), tr("Choose at least one room for the poster."));
        return;
    }
    const QString path =
        m_services.prompter.chooseSaveFile(this, tr("Save poster"), tr("poster.pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    // Drawn and written on a worker thread: a twelve-room A3 poster takes a noticeable moment.
    struct Job
    {
        std::optional<DocumentResult> result;
        PosterOutcome outcome;
    };
    auto job = std::make_shared<Job>();
    QThread* worker =
        QThread::create([job, path, poster] { job->result = PosterPdf::write(path, poster, &job->outcome); });
    setEnabled(false);
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, job, path] {
        setEnabled(true);
        if (!job->result || !job->result->ok()) {
            const auto& error = job->result->error();
            m_services.prompter.inform(this, tr("Save poster"), DocumentText::failure(error.code, path, error.detail));
            return;
        }
        QString text = tr("The poster was saved to %1.").arg(path);
        const QString problems = problemsText(job->outcome);
        if (!problems.isEmpty())
            text += QStringLiteral("\n\n") + problems;
        m_services.prompter.inform(this, tr("Save poster"), text);
    });
    worker->start();
}

void PostersArea::print()
{
    const PosterSpec poster = spec();
    // The printer lives as long as the dialog's connection that holds it.
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(poster.title);
    // The poster is laid out on the whole sheet; the printer's unprintable edge falls in its margins.
    printer->setFullPage(true);
    printer->setPageSize(pageSizeOf(poster.size));
    auto* dialog = new QPrintPreviewDialog(printer.get(), this);
    dialog->setObjectName(QStringLiteral("printPreviewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
            [poster, printer](QPrinter* device) { PosterRenderer::render(*device, poster); });
    dialog->open();
}

void PostersArea::recordDelivery()
{
    const qint64 contactId = m_contact->currentData().toLongLong();
    if (contactId == 0)
        return;
    PosterDelivery delivery;
    delivery.contactId = contactId;
    delivery.deliveredOn = m_services.clock.now().toTimeZone(QTimeZone("Asia/Tokyo")).date();
    const PosterSpec poster = spec();
    delivery.posterVersion =
        poster.version + (poster.size == PaperSize::A3 ? QStringLiteral(" A3") : QStringLiteral(" A4"));
    delivery.copies = m_copies->value();
    delivery.method = DeliveryMethod::Handed;
    if (auto added = m_services.contacts.addPosterDelivery(delivery); !added) {
        m_services.prompter.inform(this, ErrorText::title(added.error().code),
                                   ErrorText::explanation(added.error().code, m_services.profileDirectory));
        return;
    }
    refresh();
}

} // namespace tsunagu::ui
