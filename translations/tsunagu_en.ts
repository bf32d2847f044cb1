<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttendanceCommand</name>
    <message numerus="yes">
        <source>%1 %2: %n participant(s) counted</source>
        <translation>
            <numerusform>%1 %2: %n participant counted</numerusform>
            <numerusform>%1 %2: %n participants counted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsCommand</name>
    <message numerus="yes">
        <source>%n poster(s)</source>
        <translation>
            <numerusform>%n poster</numerusform>
            <numerusform>%n posters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s) from %1 (%2).</source>
        <translation>
            <numerusform>Imported %n contact from %1 (%2).</numerusform>
            <numerusform>Imported %n contacts from %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n contact(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n contact to %1.</numerusform>
            <numerusform>Wrote %n contacts to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JoinDetailsNotice</name>
    <message numerus="yes">
        <source>%n applicant(s) got no draft: no reply address or no invitation template.</source>
        <translation>
            <numerusform>%n applicant got no draft: no reply address or no invitation template.</numerusform>
            <numerusform>%n applicants got no draft: no reply address or no invitation template.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) with the new details are ready in 返信 (Replies) instead.</source>
        <translation>
            <numerusform>%n draft with the new details is ready in 返信 (Replies) instead.</numerusform>
            <numerusform>%n drafts with the new details are ready in 返信 (Replies) instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The notice went to %n applicant(s) in BCC.</source>
        <translation>
            <numerusform>The notice went to %n applicant in BCC.</numerusform>
            <numerusform>The notice went to %n applicants in BCC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>BCC: %n applicant(s), whose addresses nobody else sees</source>
        <translation>
            <numerusform>BCC: %n applicant, whose address nobody else sees</numerusform>
            <numerusform>BCC: %n applicants, whose addresses nobody else sees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applicant(s) were sent the old details. How should they be told of the new ones?</source>
        <translation>
            <numerusform>%n applicant was sent the old details. How should they be told of the new ones?</numerusform>
            <numerusform>%n applicants were sent the old details. How should they be told of the new ones?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) with the new details are ready in 返信 (Replies).</source>
        <translation>
            <numerusform>%n draft with the new details is ready in 返信 (Replies).</numerusform>
            <numerusform>%n drafts with the new details are ready in 返信 (Replies).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PosterCommand</name>
    <message numerus="yes">
        <source>Wrote a poster of %n room(s) to %1.</source>
        <translation>
            <numerusform>Wrote a poster of %n room to %1.</numerusform>
            <numerusform>Wrote a poster of %n rooms to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPdfCommand</name>
    <message numerus="yes">
        <source>Wrote the report of %n meeting(s) to %1.</source>
        <translation>
            <numerusform>Wrote the report of %n meeting to %1.</numerusform>
            <numerusform>Wrote the report of %n meetings to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterCommand</name>
    <message numerus="yes">
        <source>Wrote the roster of %n member(s) for %1 to %2.</source>
        <translation>
            <numerusform>Wrote the roster of %n member for %1 to %2.</numerusform>
            <numerusform>Wrote the roster of %n members for %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message numerus="yes">
        <source>%1: %n new mail(s)</source>
        <translation>
            <numerusform>%1: %n new mail</numerusform>
            <numerusform>%1: %n new mails</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ApplicantTableModel</name>
    <message numerus="yes">
        <source>Past the room&apos;s promise to reply within %n day(s)</source>
        <translation>
            <numerusform>Past the room&apos;s promise to reply within %n day</numerusform>
            <numerusform>Past the room&apos;s promise to reply within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::AttendanceDialog</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ComposeDialog</name>
    <message numerus="yes">
        <source>The applicant&apos;s calendar app shows the room&apos;s next %n meeting(s) at their times. The link and passcode are in it only when this mail gives them.</source>
        <translation>
            <numerusform>The applicant&apos;s calendar app shows the room&apos;s next meeting at its time. The link and passcode are in it only when this mail gives them.</numerusform>
            <numerusform>The applicant&apos;s calendar app shows the room&apos;s next %n meetings at their times. The link and passcode are in it only when this mail gives them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ContactPage</name>
    <message numerus="yes">
        <source>Poster %1, %n copies, %2</source>
        <translation>
            <numerusform>Poster %1, %n copy, %2</numerusform>
            <numerusform>Poster %1, %n copies, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ContactsArea</name>
    <message numerus="yes">
        <source>%n contact(s) imported (the file was %1).</source>
        <translation>
            <numerusform>%n contact imported (the file was %1).</numerusform>
            <numerusform>%n contacts imported (the file was %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were already in the directory and were skipped.</source>
        <translation>
            <numerusform>%n row was already in the directory and was skipped.</numerusform>
            <numerusform>%n rows were already in the directory and were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had no organisation name and were skipped.</source>
        <translation>
            <numerusform>%n row had no organisation name and was skipped.</numerusform>
            <numerusform>%n rows had no organisation name and were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::DeleteApplicantDialog</name>
    <message numerus="yes">
        <source>Also delete their %n original mail(s) on the mail server (gone for every host who shares the mailbox)</source>
        <translation>
            <numerusform>Also delete their original mail on the mail server (gone for every host who shares the mailbox)</numerusform>
            <numerusform>Also delete their %n original mails on the mail server (gone for every host who shares the mailbox)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The mail account of %n original mail(s) no longer exists, so they were left on the server.</source>
        <translation>
            <numerusform>The mail account of %n original mail no longer exists, so it was left on the server.</numerusform>
            <numerusform>The mail account of %n original mails no longer exists, so they were left on the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n original mail(s) were deleted on the server.</source>
        <translation>
            <numerusform>%n original mail was deleted on the server.</numerusform>
            <numerusform>%n original mails were deleted on the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n original mail(s) were left on the server because their mailbox was recreated since they arrived: delete them in your mail program.</source>
        <translation>
            <numerusform>%n original mail was left on the server because its mailbox was recreated since it arrived: delete it in your mail program.</numerusform>
            <numerusform>%n original mails were left on the server because their mailbox was recreated since they arrived: delete them in your mail program.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::IntakeArea</name>
    <message numerus="yes">
        <source>%n application(s) waiting for a reply.</source>
        <translation>
            <numerusform>%n application waiting for a reply.</numerusform>
            <numerusform>%n applications waiting for a reply.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past the room&apos;s reply deadline (shown in red).</source>
        <translation>
            <numerusform>%n past the room&apos;s reply deadline (shown in red).</numerusform>
            <numerusform>%n past the room&apos;s reply deadline (shown in red).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::MailImporter</name>
    <message numerus="yes">
        <source>%n new application(s)</source>
        <translation>
            <numerusform>%n new application</numerusform>
            <numerusform>%n new applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) from an address already known</source>
        <translation>
            <numerusform>%n application from an address already known</numerusform>
            <numerusform>%n applications from an address already known</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) from applicants</source>
        <translation>
            <numerusform>%n reply from an applicant</numerusform>
            <numerusform>%n replies from applicants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n mail(s).</source>
        <translation>
            <numerusform>Imported %n mail.</numerusform>
            <numerusform>Imported %n mails.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are not applications</source>
        <translation>
            <numerusform>%n of them is not an application</numerusform>
            <numerusform>%n of them are not applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to look at in Unclassified</source>
        <translation>
            <numerusform>%n to look at in Unclassified</numerusform>
            <numerusform>%n to look at in Unclassified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spam</source>
        <translation>
            <numerusform>%n spam</numerusform>
            <numerusform>%n spam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) had been imported before and were skipped.</source>
        <translation>
            <numerusform>%n mail had been imported before and was skipped.</numerusform>
            <numerusform>%n mails had been imported before and were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused:</source>
        <translation>
            <numerusform>%n file refused:</numerusform>
            <numerusform>%n files refused:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) were not read. What was imported before the cancel stays.</source>
        <translation>
            <numerusform>Cancelled: %n file was not read. What was imported before the cancel stays.</numerusform>
            <numerusform>Cancelled: %n files were not read. What was imported before the cancel stays.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::OccurrenceTableModel</name>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n attended</numerusform>
            <numerusform>%n attended</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::PostersArea</name>
    <message numerus="yes">
        <source>%n poster(s) delivered</source>
        <translation>
            <numerusform>%n poster delivered</numerusform>
            <numerusform>%n posters delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>to %n place(s).</source>
        <translation>
            <numerusform>to %n place.</numerusform>
            <numerusform>to %n places.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ReportsArea</name>
    <message numerus="yes">
        <source>%1 to %2: %n meeting(s)</source>
        <translation>
            <numerusform>%1 to %2: %n meeting</numerusform>
            <numerusform>%1 to %2: %n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n meeting(s) held, %2 attended in total, about %3 per meeting; first-timers %4, new members %5.</source>
        <translation>
            <numerusform>%1: %n meeting held, %2 attended in total, about %3 per meeting; first-timers %4, new members %5.</numerusform>
            <numerusform>%1: %n meetings held, %2 attended in total, about %3 per meeting; first-timers %4, new members %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::RoomDialog</name>
    <message numerus="yes">
        <source>Self-introductions and the texts of replies and applications are deleted %n day(s) after the applicant&apos;s outcome is decided. The applicant, their status and every count stay.</source>
        <translation>
            <numerusform>Self-introductions and the texts of replies and applications are deleted %n day after the applicant&apos;s outcome is decided. The applicant, their status and every count stay.</numerusform>
            <numerusform>Self-introductions and the texts of replies and applications are deleted %n days after the applicant&apos;s outcome is decided. The applicant, their status and every count stay.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::RostersArea</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The roster of %n member(s) was saved to %1.</source>
        <translation>
            <numerusform>The roster of %n member was saved to %1.</numerusform>
            <numerusform>The roster of %n members was saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ZoomImportDialog</name>
    <message numerus="yes">
        <source>Participants: %n</source>
        <translation>
            <numerusform>Participants: %n</numerusform>
            <numerusform>Participants: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Participants: %n (%1)</source>
        <translation>
            <numerusform>Participants: %n (%1)</numerusform>
            <numerusform>Participants: %n (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>first time %n</source>
        <translation>
            <numerusform>first time %n</numerusform>
            <numerusform>first time %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>left out: %n</source>
        <translation>
            <numerusform>left out: %n</numerusform>
            <numerusform>left out: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>left out: %n (%1)</source>
        <translation>
            <numerusform>left out: %n (%1)</numerusform>
            <numerusform>left out: %n (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The attendance of the meeting on %1 is already recorded. Replace it with the %n participant(s) of this list?</source>
        <translation>
            <numerusform>The attendance of the meeting on %1 is already recorded. Replace it with the %n participant of this list?</numerusform>
            <numerusform>The attendance of the meeting on %1 is already recorded. Replace it with the %n participants of this list?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ZoomImportModel</name>
    <message numerus="yes">
        <source>Counted (%n joins added up)</source>
        <translation>
            <numerusform>Counted (%n join added up)</numerusform>
            <numerusform>Counted (%n joins added up)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not counted: under %n minute(s)</source>
        <translation>
            <numerusform>Not counted: under %n minute</numerusform>
            <numerusform>Not counted: under %n minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
