// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/SeriesDialog.h"

#include "common/FormProblems.h"
#include "schedule/Recurrence.h"
#include "schedule/ScheduleText.h"
#include "text/DisplayText.h"
#include "text/ErrorText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace tsunagu::ui {
namespace {

// RFC 5545 §3.3.10 weekday codes for Qt::Monday (1) … Qt::Sunday (7).
const char* const s_dayCodes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

int dayOfCode(const QString& code)
{
    for (int i = 0; i < 7; ++i) {
        if (code == QLatin1String(s_dayCodes[i]))
            return i + 1;
    }
    return 0;
}

// The parts of a rule this dialog writes itself: FREQ, INTERVAL, BYDAY; anything else makes it Custom.
SeriesDialog::Shape shapeOf(const QString& rule, QVector<int>* days, QVector<int>* positions)
{
    if (rule.isEmpty())
        return SeriesDialog::ExtraOnly;
    QString freq;
    int interval = 1;
    QStringList byDay;
    for (const QString& part : rule.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0).toUpper();
        const QString value = part.section(QLatin1Char('='), 1).toUpper();
        if (key == QLatin1String("FREQ"))
            freq = value;
        else if (key == QLatin1String("INTERVAL"))
            interval = value.toInt();
        else if (key == QLatin1String("BYDAY"))
            byDay = value.split(QLatin1Char(','));
        else
            return SeriesDialog::Custom;
    }
    for (const QString& token : byDay) {
        const int day = dayOfCode(token.right(2));
        const QString position = token.chopped(2);
        if (day == 0)
            return SeriesDialog::Custom;
        if (!days->contains(day))
            days->append(day);
        if (!position.isEmpty()) {
            const int p = position.toInt();
            if (p < 1 || p > 5)
                return SeriesDialog::Custom;
            if (!positions->contains(p))
                positions->append(p);
        }
    }
    if (freq == QLatin1String("WEEKLY") && positions->isEmpty() && !days->isEmpty())
        return interval == 1   ? SeriesDialog::Weekly
               : interval == 2 ? SeriesDialog::EveryOtherWeek
                               : SeriesDialog::Custom;
    // Every weekday at every position: the rule must be exactly what ruleOf() writes back.
    if (freq == QLatin1String("MONTHLY") && !positions->isEmpty() && byDay.size() == days->size() * positions->size()) {
        if (interval == 1)
            return SeriesDialog::MonthlyOnWeeks;
        if (interval == 2)
            return SeriesDialog::EveryTwoMonths;
    }
    days->clear();
    positions->clear();
    return SeriesDialog::Custom;
}

} // namespace

QString SeriesDialog::ruleOf(Shape shape, const QVector<int>& days, const QVector<int>& positions)
{
    QStringList byDay;
    switch (shape) {
    case Weekly:
    case EveryOtherWeek:
        for (int day = 1; day <= 7; ++day) {
            if (days.contains(day))
                byDay.append(QLatin1String(s_dayCodes[day - 1]));
        }
        if (byDay.isEmpty())
            return {};
        return QStringLiteral("FREQ=WEEKLY;") + (shape == EveryOtherWeek ? QStringLiteral("INTERVAL=2;") : QString()) +
               QStringLiteral("BYDAY=") + byDay.join(QLatin1Char(','));
    case MonthlyOnWeeks:
    case EveryTwoMonths:
        for (int day = 1; day <= 7; ++day) {
            for (int p = 1; p <= 5; ++p) {
                if (days.contains(day) && positions.contains(p))
                    byDay.append(QString::number(p) + QLatin1String(s_dayCodes[day - 1]));
            }
        }
        if (byDay.isEmpty())
            return {};
        return QStringLiteral("FREQ=MONTHLY;") + (shape == EveryTwoMonths ? QStringLiteral("INTERVAL=2;") : QString()) +
               QStringLiteral("BYDAY=") + byDay.join(QLatin1Char(','));
    case ExtraOnly:
    case Custom:
        break;
    }
    return {};
}

SeriesDialog::SeriesDialog(MeetingRepository& meetings, const QVector<Room>& rooms, const MeetingSeries& series,
                           QWidget* parent)
    : QDialog(parent)
    , m_meetings(meetings)
    , m_id(series.id)
{
    setObjectName(QStringLiteral("seriesDialog"));
    setWindowTitle(series.id == 0 ? tr("Add a meeting series") : tr("Change the meeting series"));
    auto* form = new QFormLayout;
    m_room = new QComboBox(this);
    m_room->setObjectName(QStringLiteral("seriesRoomCombo"));
    for (const Room& room : rooms)
        m_room->addItem(room.code + QStringLiteral(" — ") + room.name, room.id);
    m_room->setEnabled(series.id == 0);
    form->addRow(tr("&Room:"), m_room);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("seriesTitleEdit"));
    form->addRow(tr("&Title:"), m_title);
    m_start = new QDateTimeEdit(this);
    m_start->setObjectName(QStringLiteral("firstStartEdit"));
    m_start->setDisplayFormat(DisplayText::dateTimeFormat());
    m_start->setTimeSpec(Qt::LocalTime);
    m_start->setCalendarPopup(true);
    form->addRow(tr("First &meeting (Japan time):"), m_start);
    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("durationSpin"));
    m_duration->setRange(10, 600);
    m_duration->setSingleStep(10);
    m_duration->setSuffix(tr(" min"));
    form->addRow(tr("&Duration:"), m_duration);
    m_beginner = new QSpinBox(this);
    m_beginner->setObjectName(QStringLiteral("beginnerSpin"));
    m_beginner->setRange(0, 120);
    m_beginner->setSingleStep(5);
    m_beginner->setSuffix(tr(" min before"));
    m_beginner->setSpecialValueText(tr("none"));
    form->addRow(tr("&Beginner time:"), m_beginner);

    m_shape = new QComboBox(this);
    m_shape->setObjectName(QStringLiteral("shapeCombo"));
    m_shape->addItem(tr("Every week on the days chosen"), Weekly);
    m_shape->addItem(tr("Every other week on the days chosen"), EveryOtherWeek);
    m_shape->addItem(tr("Every month on the weeks and days chosen"), MonthlyOnWeeks);
    m_shape->addItem(tr("Every two months on the weeks and days chosen"), EveryTwoMonths);
    m_shape->addItem(tr("No fixed repetition (extra meetings only)"), ExtraOnly);
    m_shape->addItem(tr("A rule typed in (RRULE)"), Custom);
    form->addRow(tr("&Repeats:"), m_shape);
    auto* dayRow = new QHBoxLayout;
    const QStringList dayNames{tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun")};
    for (int day = 1; day <= 7; ++day) {
        auto* box = new QCheckBox(dayNames.at(day - 1), this);
        box->setObjectName(QStringLiteral("day%1Check").arg(day));
        m_days.append(box);
        dayRow->addWidget(box);
    }
    form->addRow(tr("Days:"), dayRow);
    auto* weekRow = new QHBoxLayout;
    for (int p = 1; p <= 5; ++p) {
        auto* box = new QCheckBox(tr("week %1").arg(p), this);
        box->setObjectName(QStringLiteral("week%1Check").arg(p));
        m_positions.append(box);
        weekRow->addWidget(box);
    }
    form->addRow(tr("Weeks of the month:"), weekRow);
    m_rule = new QLineEdit(this);
    m_rule->setObjectName(QStringLiteral("ruleEdit"));
    form->addRow(tr("R&ULE (RFC 5545):"), m_rule);
    m_words = new QLabel(this);
    m_words->setObjectName(QStringLiteral("scheduleWordsLabel"));
    form->addRow(tr("In words:"), m_words);

    // Join details are sent only to screened applicants: hidden while the host does not ask to see them.
    m_joinUrl = new QLineEdit(this);
    m_joinUrl->setObjectName(QStringLiteral("joinUrlEdit"));
    m_meetingId = new QLineEdit(this);
    m_meetingId->setObjectName(QStringLiteral("meetingIdEdit"));
    m_passcode = new QLineEdit(this);
    m_passcode->setObjectName(QStringLiteral("passcodeEdit"));
    for (QLineEdit* secret : {m_joinUrl, m_meetingId, m_passcode})
        secret->setEchoMode(QLineEdit::Password);
    m_showSecrets = new QCheckBox(tr("&Show the join details"), this);
    m_showSecrets->setObjectName(QStringLiteral("showSecretsCheck"));
    form->addRow(tr("Join &link (secret):"), m_joinUrl);
    form->addRow(tr("Meeting &ID (secret):"), m_meetingId);
    form->addRow(tr("&Passcode (secret):"), m_passcode);
    form->addRow(QString(), m_showSecrets);

    m_paused = new QCheckBox(tr("&Paused"), this);
    m_paused->setObjectName(QStringLiteral("pausedCheck"));
    m_pauseNote = new QLineEdit(this);
    m_pauseNote->setObjectName(QStringLiteral("pauseNoteEdit"));
    m_resumeOn = new QDateEdit(this);
    m_resumeOn->setObjectName(QStringLiteral("resumeOnEdit"));
    m_resumeOn->setDisplayFormat(DisplayText::dateFormat());
    m_resumeOn->setCalendarPopup(true);
    m_resumeOn->setMinimumDate(QDate(2000, 1, 1));
    m_resumeOn->setSpecialValueText(tr("not known"));
    form->addRow(QString(), m_paused);
    form->addRow(tr("Why paused:"), m_pauseNote);
    form->addRow(tr("Meets again from:"), m_resumeOn);

    m_problems = FormProblems::makeLabel(QStringLiteral("seriesProblemsLabel"), this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    fill(series);
    connect(m_shape, &QComboBox::currentIndexChanged, this, &SeriesDialog::shapeChanged);
    for (QCheckBox* box : m_days + m_positions)
        connect(box, &QCheckBox::toggled, this, &SeriesDialog::shapeChanged);
    for (QLineEdit* edit : {m_title, m_rule})
        connect(edit, &QLineEdit::textChanged, this, &SeriesDialog::update);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &SeriesDialog::update);
    connect(m_duration, &QSpinBox::valueChanged, this, &SeriesDialog::update);
    connect(m_beginner, &QSpinBox::valueChanged, this, &SeriesDialog::update);
    connect(m_paused, &QCheckBox::toggled, this, &SeriesDialog::update);
    connect(m_showSecrets, &QCheckBox::toggled, this, [this](bool shown) {
        for (QLineEdit* secret : {m_joinUrl, m_meetingId, m_passcode})
            secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SeriesDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    shapeChanged();
}

void SeriesDialog::fill(const MeetingSeries& series)
{
    m_room->setCurrentIndex(qMax(0, m_room->findData(series.roomId)));
    m_title->setText(series.title);
    const QDateTime start = series.firstStart.isValid() ? series.firstStart.toTimeZone(QTimeZone("Asia/Tokyo"))
                                                        : QDateTime(QDate::currentDate(), QTime(19, 0));
    m_start->setDateTime(QDateTime(start.date(), start.time()));
    m_duration->setValue(series.durationMinutes);
    m_beginner->setValue(series.beginnerOffsetMinutes);
    QVector<int> days;
    QVector<int> positions;
    const Shape shape = series.id == 0 && series.rrule.isEmpty() ? Weekly : shapeOf(series.rrule, &days, &positions);
    {
        const QSignalBlocker blocker(m_shape);
        m_shape->setCurrentIndex(m_shape->findData(shape));
    }
    for (int day = 1; day <= 7; ++day)
        m_days.at(day - 1)->setChecked(days.contains(day));
    for (int p = 1; p <= 5; ++p)
        m_positions.at(p - 1)->setChecked(positions.contains(p));
    m_rule->setText(series.rrule);
    m_joinUrl->setText(series.joinUrl);
    m_meetingId->setText(series.meetingId);
    m_passcode->setText(series.passcode);
    m_paused->setChecked(series.status == SeriesStatus::Paused);
    m_pauseNote->setText(series.pauseNote);
    m_resumeOn->setDate(series.resumeOn.isValid() ? series.resumeOn : m_resumeOn->minimumDate());
}

void SeriesDialog::shapeChanged()
{
    const auto shape = Shape(m_shape->currentData().toInt());
    const bool days = shape != ExtraOnly && shape != Custom;
    const bool weeks = shape == MonthlyOnWeeks || shape == EveryTwoMonths;
    for (QCheckBox* box : m_days)
        box->setEnabled(days);
    for (QCheckBox* box : m_positions)
        box->setEnabled(weeks);
    // The rule is written from the choices, and typed only for a rule of another shape.
    m_rule->setReadOnly(shape != Custom);
    if (shape != Custom) {
        QVector<int> chosenDays;
        QVector<int> chosenWeeks;
        for (int i = 0; i < 7; ++i) {
            if (m_days.at(i)->isChecked())
                chosenDays.append(i + 1);
        }
        for (int i = 0; i < 5; ++i) {
            if (m_positions.at(i)->isChecked())
                chosenWeeks.append(i + 1);
        }
        const QSignalBlocker blocker(m_rule);
        m_rule->setText(ruleOf(shape, chosenDays, chosenWeeks));
    }
    update();
}

MeetingSeries SeriesDialog::series() const
{
    MeetingSeries s;
    s.id = m_id;
    s.roomId = m_room->currentData().toLongLong();
    s.title = m_title->text().trimmed();
    s.rrule = m_rule->text().trimmed();
    if (s.rrule.startsWith(QLatin1String("RRULE:"), Qt::CaseInsensitive))
        s.rrule = s.rrule.mid(6);
    const QDateTime local = m_start->dateTime();
    s.firstStart = QDateTime(local.date(), local.time(), QTimeZone("Asia/Tokyo"));
    s.durationMinutes = m_duration->value();
    s.beginnerOffsetMinutes = m_beginner->value();
    s.joinUrl = m_joinUrl->text().trimmed();
    s.meetingId = m_meetingId->text().trimmed();
    s.passcode = m_passcode->text().trimmed();
    s.status = m_paused->isChecked() ? SeriesStatus::Paused : SeriesStatus::Active;
    s.pauseNote = m_paused->isChecked() ? m_pauseNote->text().trimmed() : QString();
    s.resumeOn =
        m_paused->isChecked() && m_resumeOn->date() != m_resumeOn->minimumDate() ? m_resumeOn->date() : QDate();
    return s;
}

QStringList SeriesDialog::problems(QDateTime* firstStart) const
{
    const MeetingSeries s = series();
    const auto shape = Shape(m_shape->currentData().toInt());
    QStringList lines;
    if (s.roomId == 0)
        lines << tr("Choose the room.");
    if (s.title.isEmpty())
        lines << tr("Give the series a title.");
    if (shape != ExtraOnly && s.rrule.isEmpty()) {
        lines << (shape == Custom ? tr("Type the rule, or choose another repetition.")
                  : shape == Weekly || shape == EveryOtherWeek
                      ? tr("Choose at least one day of the week.")
                      : tr("Choose at least one week of the month and one day."));
        return lines;
    }
    auto first = Recurrence::firstOccurrence(s.rrule, s.firstStart);
    if (!first) {
        switch (first.error().code) {
        case RecurrenceError::Malformed:
            lines << tr("The calendar library does not accept this rule (%1). Check it against RFC 5545, or choose "
                        "a repetition from the list.")
                         .arg(s.rrule);
            break;
        case RecurrenceError::NeverOccurs:
            lines << tr("This rule never gives a meeting (for example 30 February). Nothing would be on the "
                        "calendar: change the rule.");
            break;
        case RecurrenceError::NoStart:
            lines << tr("Choose the first meeting's date and time.");
            break;
        }
    } else if (firstStart) {
        *firstStart = first.value();
    }
    return lines;
}

void SeriesDialog::update()
{
    m_pauseNote->setEnabled(m_paused->isChecked());
    m_resumeOn->setEnabled(m_paused->isChecked());
    QDateTime first;
    const QStringList lines = problems(&first);
    MeetingSeries s = series();
    if (first.isValid())
        s.firstStart = first;
    // The window's language (UiLanguage makes it the default locale).
    const QString language = QLocale().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
    m_words->setText(lines.isEmpty() ? ScheduleText::describe(s, language) : QString());
    FormProblems::show(m_problems, m_buttons, lines);
}

void SeriesDialog::save()
{
    QDateTime first;
    const QStringList lines = problems(&first);
    if (!lines.isEmpty()) {
        FormProblems::show(m_problems, m_buttons, lines);
        return;
    }
    MeetingSeries s = series();
    // libical counts INTERVAL from DTSTART: the first start is the first real meeting of the rule.
    s.firstStart = first;
    qint64 id = m_id;
    if (m_id == 0) {
        auto added = m_meetings.insertSeries(s);
        if (!added) {
            FormProblems::show(m_problems, m_buttons, {ErrorText::title(added.error().code)});
            return;
        }
        id = added.value();
    } else {
        auto changed = m_meetings.updateSeries(s);
        if (!changed) {
            FormProblems::show(m_problems, m_buttons, {ErrorText::title(changed.error().code)});
            return;
        }
    }
    Q_EMIT seriesSaved(id);
    accept();
}

} // namespace tsunagu::ui
