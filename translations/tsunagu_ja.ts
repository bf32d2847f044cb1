<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ApplicantsCommand</name>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>表の代わりに JSON 形式で出力します。</translation>
    </message>
    <message>
        <source>Only applicants of room CODE (&quot;none&quot; for those without a room).</source>
        <translation>指定した&lt;コード&gt;のルームの申込者だけを表示します(ルームが未定の申込者は none を指定します)。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Only applicants with status S (new, checking, invited, attending, on_hold, referred, not_eligible, withdrawn).</source>
        <translation>指定した&lt;状態&gt;の申込者だけを表示します(new, checking, invited, attending, on_hold, referred, not_eligible, withdrawn のいずれか)。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>List applicants.</source>
        <translation>申込者を一覧表示します。</translation>
    </message>
    <message>
        <source>Usage: tsunagu applicants list [--room CODE] [--status S] [--json]</source>
        <translation>使い方: tsunagu applicants list [--room コード] [--status 状態] [--json]</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>「%1」という状態はありません。</translation>
    </message>
    <message>
        <source>There is no room &quot;%1&quot;. Run tsunagu rooms list to see the rooms.</source>
        <translation>「%1」というルームはありません。ルームの一覧は tsunagu rooms list で確認できます。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Keep the data in DIR instead of the usual folder.</source>
        <translation>通常のフォルダではなく、指定した&lt;フォルダ&gt;にデータを保存します。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <source>Open a demo with fictional data (in a temporary folder, or in the --profile folder when it is empty).</source>
        <translation>架空のデータでデモを開きます(一時フォルダを使います。--profile で指定したフォルダが空の場合は、そのフォルダを使います)。</translation>
    </message>
    <message>
        <source>Show Tsunagu in LANG: ja (Japanese) or en (English).</source>
        <translation>つなぐを指定した&lt;言語&gt;で表示します: ja(日本語)または en(英語)。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Command to run instead of the window.</source>
        <translation>ウィンドウを開く代わりに実行するコマンド。</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[コマンド]</translation>
    </message>
    <message>
        <source>Run tsunagu --help to see what is possible.</source>
        <translation>使い方は tsunagu --help で確認できます。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ja or en.</source>
        <translation>「%1」という言語は使えません。ja または en を指定してください。</translation>
    </message>
    <message>
        <source>Tsunagu: intake, meetings and referrals for the hosts of online peer-support rooms.

Commands:
  rooms list [--json]
      List every room with its schedule, form and reply deadline.
  applicants list [--room CODE] [--status S] [--json]
      List applicants with their form fields, status, waiting days and hints.
  import FILE.eml… [--room CODE] [--json]
      Take saved or forwarded mail in, as intake does for the mailbox.
  mail inspect FILE.eml [--json]
      Show what Tsunagu understands of a mail, without storing it.
  mail bench DIR [--rounds N]
      Measure how fast the mails in DIR are parsed and classified.</source>
        <translation>つなぐ: オンラインのピアサポートルームのホストのための、受付・ミーティング・紹介の管理ツールです。

コマンド:
  rooms list [--json]
      すべてのルームを、日程・申し込みフォーム・返信期限とあわせて一覧表示します。
  applicants list [--room コード] [--status 状態] [--json]
      申込者を、フォームの記入内容・状態・待ち日数・確認事項とあわせて一覧表示します。
  import FILE.eml… [--room コード] [--json]
      保存したメールや転送されたメールを、受付がメールボックスから取り込むときと同じように取り込みます。
  mail inspect FILE.eml [--json]
      つなぐがメールをどう読み取るかを、保存せずに表示します。
  mail bench フォルダ [--rounds 回数]
      フォルダ内のメールの解析と分類にかかる時間を計測します。</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Persons</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>家族</translation>
    </message>
    <message>
        <source>Women only</source>
        <translation>女性のみ</translation>
    </message>
    <message>
        <source>Open to all</source>
        <translation>どなたでも</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>休止中</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家族</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>支援者</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未記入</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>確認中</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>招待済</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>参加中</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Referred to another room</source>
        <translation>他ルーム紹介</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>辞退</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>休眠中</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>退会</translation>
    </message>
    <message>
        <source>Specialist medical institution</source>
        <translation>専門医療機関</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>クリニック</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>病院</translation>
    </message>
    <message>
        <source>Probation office</source>
        <translation>保護観察所</translation>
    </message>
    <message>
        <source>Public health centre</source>
        <translation>保健所</translation>
    </message>
    <message>
        <source>Mental health and welfare centre</source>
        <translation>精神保健福祉センター</translation>
    </message>
    <message>
        <source>Recovery facility</source>
        <translation>回復施設</translation>
    </message>
    <message>
        <source>Self-help group</source>
        <translation>自助グループ</translation>
    </message>
    <message>
        <source>Family association</source>
        <translation>家族会</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>行政</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Legal and debt advice</source>
        <translation>法律・債務相談</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <extracomment>Date and time format (QDateTime::toString). Japanese: yyyy年M月d日(ddd) HH:mm</extracomment>
        <translation>yyyy年M月d日(ddd) HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>Date format (QDate::toString). Japanese: yyyy年M月d日(ddd)</extracomment>
        <translation>yyyy年M月d日(ddd)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <comment>room status</comment>
        <translation>活動中</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>member status</comment>
        <translation>参加中</translation>
    </message>
    <message>
        <source>Women-only room, but the form does not say female</source>
        <translation>女性専用ルームですが、性別が女性と書かれていません</translation>
    </message>
    <message>
        <source>Family room, but the applicant writes as the person</source>
        <translation>家族向けルームですが、本人として申し込まれています</translation>
    </message>
    <message>
        <source>Room for persons, but the applicant writes as a family member</source>
        <translation>本人向けルームですが、家族として申し込まれています</translation>
    </message>
    <message>
        <source>A minor, by the age on the form</source>
        <translation>記入された年齢では未成年です</translation>
    </message>
    <message>
        <source>May be a minor: this room reviews minors case by case</source>
        <translation>未成年の可能性があります(このルームでは、未成年の方の参加を個別に検討します)</translation>
    </message>
    <message>
        <source>A supporter or professional: the room decides on observers case by case</source>
        <translation>支援者または専門職の方です(見学の受け入れは、ルームで個別に判断します)</translation>
    </message>
    <message>
        <source>You blocked this address before</source>
        <translation>以前にブロックしたアドレスです</translation>
    </message>
    <message>
        <source>Applied before from the same address: merge or keep both</source>
        <translation>同じアドレスから以前にも申し込みがあります(1件にまとめるか、両方残すかを選んでください)</translation>
    </message>
    <message>
        <source>The room is paused</source>
        <translation>このルームは休止中です</translation>
    </message>
    <message>
        <source>The application names no room: choose one</source>
        <translation>申し込みにルームの指定がありません(ルームを選んでください)</translation>
    </message>
    <message>
        <source>No address to reply to was found</source>
        <translation>返信先のアドレスが見つかりません</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Applies as</source>
        <translation>申込区分</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齢</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>依存の対象</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>紹介元</translation>
    </message>
    <message>
        <source>Self-introduction</source>
        <translation>自己紹介</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>ルーム</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Tsunagu cannot save in its folder</source>
        <translation>つなぐのフォルダに保存できません</translation>
    </message>
    <message>
        <source>Tsunagu is already open</source>
        <translation>つなぐは既に開いています</translation>
    </message>
    <message>
        <source>The data file is not a Tsunagu file</source>
        <translation>つなぐのデータファイルではありません</translation>
    </message>
    <message>
        <source>The data file is damaged</source>
        <translation>データファイルが壊れています</translation>
    </message>
    <message>
        <source>The data was saved by a newer Tsunagu</source>
        <translation>新しいバージョンのつなぐで保存されたデータです</translation>
    </message>
    <message>
        <source>Tsunagu could not update its data file</source>
        <translation>データファイルを更新できませんでした</translation>
    </message>
    <message>
        <source>Tsunagu could not read or save data</source>
        <translation>データを読み込みまたは保存できませんでした</translation>
    </message>
    <message>
        <source>This change does not fit the data already saved</source>
        <translation>保存済みのデータと食い違う変更です</translation>
    </message>
    <message>
        <source>The item no longer exists</source>
        <translation>この項目は見つかりません</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created or written to. Check that the disk is connected and not full, and that your user account may write there, or start Tsunagu with --profile and another folder.</source>
        <translation>フォルダ %1 を作成できないか、書き込みができません。ディスクが接続されていて空き容量があること、お使いのユーザーアカウントにそのフォルダへの書き込み権限があることを確認してください。または、--profile で別のフォルダを指定して、つなぐを起動してください。</translation>
    </message>
    <message>
        <source>Another Tsunagu window is using the data in %1. Switch to that window, or close it and try again. Nothing was changed.</source>
        <translation>%1 のデータは、別のつなぐのウィンドウで使用中です。そのウィンドウに切り替えるか、そのウィンドウを閉じてからもう一度お試しください。データは何も変更されていません。</translation>
    </message>
    <message>
        <source>The file %1 is not a Tsunagu data file, so Tsunagu did not open or change it. If you copied another file there by mistake, move it away and start Tsunagu again.</source>
        <translation>ファイル %1 はつなぐのデータファイルではないため、開かず、変更もしていません。誤って別のファイルをコピーした場合は、そのファイルを別の場所へ移してから、つなぐをもう一度起動してください。</translation>
    </message>
    <message>
        <source>The file %1 is damaged, so Tsunagu did not open or change it. Restore it from your backup, or keep it safe and ask for help before deleting it.</source>
        <translation>ファイル %1 が壊れているため、開かず、変更もしていません。バックアップから元に戻してください。バックアップがない場合は、ファイルを削除せずに保管したまま、詳しい方に相談してください。</translation>
    </message>
    <message>
        <source>The data in %1 was saved by a newer version of Tsunagu. Install that version (or newer) to open it. This version did not change the file.</source>
        <translation>%1 のデータは、新しいバージョンのつなぐで保存されています。開くには、そのバージョン以降のつなぐをインストールしてください。このバージョンではファイルを変更していません。</translation>
    </message>
    <message>
        <source>Updating the data in %1 to this version failed and was undone; the file is as it was. Check that the disk is not full and try again.</source>
        <translation>%1 のデータをこのバージョン用に更新できなかったため、更新を取り消しました。ファイルは元のままです。ディスクの空き容量を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Reading or saving the data in %1 failed. Check that the disk is connected and not full, then try again.</source>
        <translation>%1 のデータを読み込みまたは保存できませんでした。ディスクが接続されていて空き容量があることを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The change was not saved because it conflicts with data that is already there.</source>
        <translation>既に保存されているデータと食い違うため、この変更は保存されませんでした。</translation>
    </message>
    <message>
        <source>It may have been removed in the meantime. Reload and try again.</source>
        <translation>その間に削除された可能性があります。再読み込みしてから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>MailCommand</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON 形式で出力します。</translation>
    </message>
    <message>
        <source>Parse the folder N times (bench).</source>
        <translation>bench で、フォルダ内のメールを指定した&lt;回数&gt;だけ繰り返し解析します。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>回数</translation>
    </message>
    <message>
        <source>inspect FILE.eml, or bench DIR</source>
        <translation>inspect FILE.eml または bench フォルダ</translation>
    </message>
    <message>
        <source>Usage: tsunagu mail inspect FILE.eml [--json] | tsunagu mail bench DIR [--rounds N]</source>
        <translation>使い方: tsunagu mail inspect FILE.eml [--json] | tsunagu mail bench フォルダ [--rounds 回数]</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>件名: %1</translation>
    </message>
    <message>
        <source>From: %1 &lt;%2&gt;</source>
        <translation>差出人: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Classification: %1</source>
        <translation>分類: %1</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>ルーム: %1</translation>
    </message>
    <message>
        <source>(the host chooses)</source>
        <translation>(ホストが選びます)</translation>
    </message>
    <message>
        <source>Reply address: %1</source>
        <translation>返信先: %1</translation>
    </message>
    <message>
        <source>  Uncertain (%1): %2</source>
        <translation>  不確かな箇所(%1): %2</translation>
    </message>
    <message>
        <source>No .eml files in %1.</source>
        <translation>%1 に .eml ファイルがありません。</translation>
    </message>
    <message>
        <source>The mails are for room CODE.</source>
        <translation>メールを、指定した&lt;コード&gt;のルームへの申し込みとして扱います。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Mail files (.eml) to import.</source>
        <translation>取り込むメールのファイル(.eml)。</translation>
    </message>
    <message>
        <source>Usage: tsunagu import FILE.eml… [--room CODE] [--json]</source>
        <translation>使い方: tsunagu import FILE.eml… [--room コード] [--json]</translation>
    </message>
    <message>
        <source>There is no room &quot;%1&quot;. Run tsunagu rooms list to see the rooms.</source>
        <translation>「%1」というルームはありません。ルームの一覧は tsunagu rooms list で確認できます。</translation>
    </message>
</context>
<context>
    <name>MailImporter</name>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1: ファイルを読み込めません(%2)。</translation>
    </message>
    <message>
        <source>%1: the file is larger than 100 MB, too large to be a single mail.</source>
        <translation>%1: 100 MB を超えるファイルは、1通のメールとして取り込めません。</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: ファイルが空です。</translation>
    </message>
    <message numerus="yes">
        <source>%n new application(s)</source>
        <translation>
            <numerusform>新しい申し込み%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) from an address already known</source>
        <translation>
            <numerusform>以前と同じアドレスからの申し込み%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) from applicants</source>
        <translation>
            <numerusform>申込者からの返信%n通</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) to look at (unclassified)</source>
        <translation>
            <numerusform>確認が必要なメール%n通(未分類)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spam mail(s)</source>
        <translation>
            <numerusform>迷惑メール%n通</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n mail(s): </source>
        <translation>
            <numerusform>メールを%n通取り込みました: </numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>No new mail was imported.</source>
        <translation>新しく取り込んだメールはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) had been imported before and were skipped.</source>
        <translation>
            <numerusform>取り込み済みのメール%n通は、取り込みませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>取り込めなかったファイル:</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <source>Import mail</source>
        <translation>メールの取り込み</translation>
    </message>
    <message>
        <source>Mail files (*.eml *.msg *.txt);;All files (*)</source>
        <translation>メールのファイル (*.eml *.msg *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Attach to an applicant</source>
        <translation>申込者に紐づける</translation>
    </message>
    <message>
        <source>Which applicant wrote this mail?</source>
        <translation>このメールはどの申込者からのものですか？</translation>
    </message>
</context>
<context>
    <name>RoomsCommand</name>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>表の代わりに JSON 形式で出力します。</translation>
    </message>
    <message>
        <source>List every room.</source>
        <translation>すべてのルームを一覧表示します。</translation>
    </message>
    <message>
        <source>Usage: tsunagu rooms list [--json]</source>
        <translation>使い方: tsunagu rooms list [--json]</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown command &quot;%1&quot;. Run tsunagu --help to see the commands.</source>
        <translation>「%1」というコマンドはありません。使えるコマンドは tsunagu --help で確認できます。</translation>
    </message>
    <message>
        <source>Tsunagu</source>
        <translation>つなぐ</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ApplicantDetails</name>
    <message>
        <source>Show the raw source…</source>
        <translation>元のメール(ソース)を表示…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Choose an applicant to see the application.</source>
        <translation>申込者を選ぶと、申し込みの内容が表示されます。</translation>
    </message>
    <message>
        <source>This applicant could not be read.</source>
        <translation>この申込者のデータを読み込めませんでした。</translation>
    </message>
    <message>
        <source>%1 — received %2</source>
        <translation>%1 — %2 受付</translation>
    </message>
    <message>
        <source>A field Tsunagu does not know; kept as written.</source>
        <translation>つなぐが認識できない項目のため、記入されたとおりに残しています。</translation>
    </message>
    <message>
        <source>No mail is stored for this applicant.</source>
        <translation>この申込者のメールは保存されていません。</translation>
    </message>
    <message>
        <source>Some of this mail&apos;s characters had to be guessed. If the text looks wrong, compare it with the raw source.</source>
        <translation>このメールには、推測して表示している文字があります。文章がおかしいときは、元のメール(ソース)と見比べてください。</translation>
    </message>
    <message>
        <source>Raw source of the mail</source>
        <translation>メールのソース</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>両方残す</translation>
    </message>
    <message>
        <source>Both applications stay, for example when the same person applies to a second room.</source>
        <translation>両方の申し込みを残します。同じ方が別のルームにも申し込んだ場合などに選んでください。</translation>
    </message>
    <message>
        <source>Merge into the earlier application</source>
        <translation>前の申し込みにまとめる</translation>
    </message>
    <message>
        <source>This mail joins the earlier application, and this entry leaves the lists.</source>
        <translation>このメールを前の申し込みにまとめ、この申し込みは一覧から外します。</translation>
    </message>
    <message>
        <source>Applicant #%1 applied before from the same address.</source>
        <translation>同じアドレスから以前にも申し込みがあります(申込者 #%1)。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ApplicantTableModel</name>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>ルーム</translation>
    </message>
    <message>
        <source>Not yet chosen</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>Applies as</source>
        <translation>申込区分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受付日時</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待ち日数</translation>
    </message>
    <message numerus="yes">
        <source>Past the room&apos;s promise to reply within %n day(s)</source>
        <translation>
            <numerusform>ルームの返信期限(%n日以内)を過ぎています</numerusform>
        </translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>紹介元</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>確認事項</translation>
    </message>
    <message>
        <source>; </source>
        <translation>/</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(名前なし)</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ApplicantsArea</name>
    <message>
        <source>Applicants</source>
        <translation>申込者</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Search by name, room or referral…</source>
        <translation>名前・ルーム・紹介元で検索…</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状態(&amp;S):</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::AreaWidget</name>
    <message>
        <source>What is shown may be out of date; nothing was changed. Check that the disk is connected and not full, then choose View → Reload.</source>
        <translation>表示中の内容は最新ではない可能性があります。データは何も変更されていません。ディスクが接続されていて空き容量があることを確認してから、「表示」メニューの「再読み込み」を選んでください。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::AttendanceSummaryModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>ルーム</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>開催回数</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者数</translation>
    </message>
    <message>
        <source>Per meeting</source>
        <translation>1回あたり</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>家族</translation>
    </message>
    <message>
        <source>First-timers</source>
        <translation>初参加</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ContactTableModel</name>
    <message>
        <source>Organisation</source>
        <translation>機関・団体名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最終連絡日</translation>
    </message>
    <message>
        <source>Posters</source>
        <translation>ポスター</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>紹介数</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ContactsArea</name>
    <message>
        <source>Contacts</source>
        <translation>連携先</translation>
    </message>
    <message>
        <source>Search by organisation, kind, region or person…</source>
        <translation>機関・団体名、種別、地域、担当者で検索…</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::HostTableModel</name>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>担当ルーム</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separator between room codes in a list</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::IntakeArea</name>
    <message>
        <source>Intake</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>No application is waiting for a reply.</source>
        <translation>返信待ちの申し込みはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) waiting for a reply.</source>
        <translation>
            <numerusform>返信待ちの申し込みが%n件あります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past the room&apos;s reply deadline (shown in red).</source>
        <translation>
            <numerusform>そのうち%n件は、ルームの返信期限を過ぎています(赤字で表示)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for a reply</source>
        <translation>返信待ち</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>未分類</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>迷惑メール</translation>
    </message>
    <message>
        <source>Make an applicant</source>
        <translation>申込者にする</translation>
    </message>
    <message>
        <source>This mail is an application: create an applicant from it.</source>
        <translation>このメールを申し込みとして扱い、申込者を登録します。</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>無視する</translation>
    </message>
    <message>
        <source>Hide this mail from intake. It stays stored and can be found again.</source>
        <translation>このメールを受付に表示しないようにします。メールは保存されたままなので、あとで探すこともできます。</translation>
    </message>
    <message>
        <source>Unclassified (%1)</source>
        <translation>未分類(%1)</translation>
    </message>
    <message>
        <source>Spam (%1)</source>
        <translation>迷惑メール(%1)</translation>
    </message>
    <message>
        <source>Attach to an applicant…</source>
        <translation>申込者に紐づける…</translation>
    </message>
    <message>
        <source>An applicant wrote this mail: keep it with their application.</source>
        <translation>申込者から届いたメールです。その方の申し込みと一緒に保存します。</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>ルーム未定</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::MainWindow</name>
    <message>
        <source>Intake</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>申込者</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>ミーティング</translation>
    </message>
    <message>
        <source>Rosters</source>
        <translation>名簿</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連携先</translation>
    </message>
    <message>
        <source>Posters</source>
        <translation>ポスター</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>集計</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Tsunagu</source>
        <translation>つなぐについて(&amp;A)</translation>
    </message>
    <message>
        <source>About Tsunagu</source>
        <translation>つなぐについて</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Tsunagu&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Intake, meetings and referrals for the hosts of online peer-support rooms.&lt;/p&gt;&lt;p&gt;Your data stays on this computer in:&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;つなぐ&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;オンラインのピアサポートルームのホストのための、受付・ミーティング・紹介の管理ツールです。&lt;/p&gt;&lt;p&gt;データはこのパソコン内の次の場所に保存されています:&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;GNU General Public License バージョン3以降のもとで提供しています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tsunagu</source>
        <translation>つなぐ</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>返信待ち%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>、期限超過%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import mail…</source>
        <translation>メールを取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Import mail</source>
        <translation>メールの取り込み</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::MeetingsArea</name>
    <message>
        <source>Meetings</source>
        <translation>ミーティング</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>今後7日間</translation>
    </message>
    <message>
        <source>Next 4 weeks</source>
        <translation>今後4週間</translation>
    </message>
    <message>
        <source>Next 6 weeks</source>
        <translation>今後6週間</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示期間(&amp;S):</translation>
    </message>
    <message>
        <source>Times are Japan time.</source>
        <translation>時刻はすべて日本時間です。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::MemberTableModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>ルーム</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>参加開始日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::MessageTableModel</name>
    <message>
        <source>Received</source>
        <translation>受付日時</translation>
    </message>
    <message>
        <source>From</source>
        <translation>差出人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Marked as spam by the mail server</source>
        <translation>メールサーバーが迷惑メールと判定</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::OccurrenceTableModel</name>
    <message>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>ルーム</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>ミーティング</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>Beginner time</source>
        <translation>ビギナータイム</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1から</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n人参加</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::PosterDeliveryTableModel</name>
    <message>
        <source>Delivered</source>
        <translation>配布日</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>機関・団体名</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>ポスター</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>枚数</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::PostersArea</name>
    <message>
        <source>Posters</source>
        <translation>ポスター</translation>
    </message>
    <message numerus="yes">
        <source>%n poster(s) delivered</source>
        <translation>
            <numerusform>ポスターを計%n枚配布しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>to %n place(s).</source>
        <translation>
            <numerusform>配布先は%nか所です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ReportsArea</name>
    <message>
        <source>Reports</source>
        <translation>集計</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>過去4週間</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>過去3か月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n meeting(s)</source>
        <translation>
            <numerusform>%1〜%2: ミーティングを%n回開催しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>and %1 participants in all.</source>
        <translation>参加者はのべ%1人です。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::RoomTableModel</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>ルーム</translation>
    </message>
    <message>
        <source>For</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Reply within</source>
        <translation>返信期限</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>返信待ち</translation>
    </message>
    <message>
        <source>Application form</source>
        <translation>申し込みフォーム</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::RostersArea</name>
    <message>
        <source>Rosters</source>
        <translation>名簿</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>ルーム(&amp;R):</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>すべてのルーム</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::SettingsArea</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>ルーム</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>パソコンの設定に合わせる</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The new language is used the next time Tsunagu starts.</source>
        <translation>新しい言語は、次につなぐを起動したときから使われます。</translation>
    </message>
</context>
</TS>
