<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AccountCommand</name>
    <message>
        <source>The account&apos;s name, as Tsunagu shows it.</source>
        <translation>つなぐで表示するアカウント名です。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The IMAP server: imaps://USER@HOST:PORT for implicit TLS, imap://USER@HOST:PORT with --starttls, or imap:// alone for a server on this computer without encryption.</source>
        <translation>IMAP サーバーです。暗号化(TLS)で接続する場合は imaps://ユーザー@ホスト:ポート、STARTTLS の場合は --starttls を付けて imap://ユーザー@ホスト:ポート を指定します。--starttls なしの imap:// は、このパソコン上のサーバーに暗号化なしで接続する場合だけ使えます。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The user name, instead of the one in the URL.</source>
        <translation>URL に含まれるものの代わりに使うユーザー名です。</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>The folder the applications arrive in (default INBOX).</source>
        <translation>申し込みが届くフォルダです(省略時は INBOX)。</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <source>Codes of the rooms whose applications arrive in this account, separated by commas.</source>
        <translation>このアカウントに申し込みが届くルームのコードです。カンマで区切って指定します。</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Upgrade an imap:// connection with STARTTLS.</source>
        <translation>imap:// の接続を STARTTLS で暗号化します。</translation>
    </message>
    <message>
        <source>Also trust the CA certificate in FILE (PEM) for this server.</source>
        <translation>このサーバーについて、ファイル(PEM 形式)にある CA 証明書も信頼します。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Trust exactly the server certificate with this SHA-256 fingerprint.</source>
        <translation>この SHA-256 フィンガープリントを持つサーバー証明書だけを信頼します。</translation>
    </message>
    <message>
        <source>sha256:HEX</source>
        <translation>sha256:16進数</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input and keep it in the keychain.</source>
        <translation>パスワードを標準入力の1行目から読み取り、キーチェーンに保存します。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IMAP address. Write it as imaps://USER@HOST:PORT, for example imaps://room-d@example.org@imap.example.org:993.</source>
        <translation>「%1」は IMAP のアドレスではありません。imaps://ユーザー@ホスト:ポート の形で、たとえば imaps://room-d@example.org@imap.example.org:993 のように指定してください。</translation>
    </message>
    <message>
        <source>--starttls goes with imap://, not imaps:// (which is encrypted from the start).</source>
        <translation>--starttls は imap:// と一緒に使います。imaps:// は最初から暗号化されているため、--starttls は不要です。</translation>
    </message>
    <message>
        <source>Give either --ca-file or --pin, not both.</source>
        <translation>--ca-file と --pin は、どちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 には PEM 形式の証明書が含まれていません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint. Write it as sha256: followed by 64 hexadecimal digits.</source>
        <translation>「%1」は SHA-256 のフィンガープリントではありません。sha256: に続けて 16 進数 64 桁で指定してください。</translation>
    </message>
    <message>
        <source>There is no room &quot;%1&quot;. Run tsunagu rooms list to see the rooms.</source>
        <translation>「%1」というルームはありません。ルームの一覧は tsunagu rooms list で確認できます。</translation>
    </message>
    <message>
        <source>There is already a mail account named &quot;%1&quot;.</source>
        <translation>「%1」という名前のメールアカウントは既にあります。</translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>標準入力からパスワードが渡されませんでした。</translation>
    </message>
    <message>
        <source>Added the mail account &quot;%1&quot; (%2 on %3:%4).</source>
        <translation>メールアカウント「%1」を追加しました(%3:%4 の %2)。</translation>
    </message>
    <message>
        <source>The password is kept in the keychain.</source>
        <translation>パスワードはキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>The password was not saved. Give it each time you receive mail, with tsunagu sync --password-stdin.</source>
        <translation>パスワードは保存されていません。メールを受信するたびに tsunagu sync --password-stdin で指定してください。</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>表の代わりに JSON で出力します。</translation>
    </message>
    <message>
        <source>Usage: tsunagu account list [--json]</source>
        <translation>使い方: tsunagu account list [--json]</translation>
    </message>
    <message>
        <source>The account to remove.</source>
        <translation>削除するアカウントです。</translation>
    </message>
    <message>
        <source>Usage: tsunagu account remove NAME</source>
        <translation>使い方: tsunagu account remove 名前</translation>
    </message>
    <message>
        <source>There is no mail account named &quot;%1&quot;. Run tsunagu account list to see them.</source>
        <translation>「%1」という名前のメールアカウントはありません。一覧は tsunagu account list で確認できます。</translation>
    </message>
    <message>
        <source>Removed the mail account &quot;%1&quot;. Its rooms stay, but receive no mail until you add them to another account.</source>
        <translation>メールアカウント「%1」を削除しました。ルームはそのまま残りますが、別のアカウントに割り当てるまでメールは届きません。</translation>
    </message>
    <message>
        <source>Remove the entry &quot;Tsunagu&quot; for this account from the keychain yourself.</source>
        <translation>キーチェーンから、このアカウントの「Tsunagu」の項目を手動で削除してください。</translation>
    </message>
    <message>
        <source>The SMTP server for replies: smtps://USER@HOST:PORT for implicit TLS, smtp://USER@HOST:PORT with --smtp-starttls, or smtp:// alone for a server on this computer without encryption.</source>
        <translation>返信の送信に使う SMTP サーバーです。暗号化(TLS)で接続する場合は smtps://USER@HOST:PORT、STARTTLS の場合は --smtp-starttls を付けて smtp://USER@HOST:PORT を指定します。--smtp-starttls なしの smtp:// は、このパソコン上のサーバーに暗号化なしで接続する場合だけ使えます。</translation>
    </message>
    <message>
        <source>Upgrade an smtp:// connection with STARTTLS.</source>
        <translation>smtp:// の接続を STARTTLS で暗号化します。</translation>
    </message>
    <message>
        <source>The SMTP password differs from the IMAP one: read it from the next line of standard input.</source>
        <translation>SMTP のパスワードが IMAP のものと異なる場合に使います。SMTP のパスワードを標準入力の次の行から読み取ります。</translation>
    </message>
    <message>
        <source>The sender name applicants see, for example &quot;Room D 受付&quot;.</source>
        <translation>申込者に表示される差出人名です(例:「Room D 受付」)。</translation>
    </message>
    <message>
        <source>The sender address, when it is not the user name.</source>
        <translation>差出人のアドレスです。ユーザー名と異なる場合に指定します。</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>How replies are encoded: utf8 (default) or iso2022jp for old phones.</source>
        <translation>返信の文字コードです。utf8(省略時)か、古い携帯電話向けの iso2022jp を指定します。</translation>
    </message>
    <message>
        <source>CHARSET</source>
        <translation>文字コード</translation>
    </message>
    <message>
        <source>Where copies of sent replies go (found on the server when not given).</source>
        <translation>送信した返信の控えを保存するフォルダです(省略時はサーバー上で探します)。</translation>
    </message>
    <message>
        <source>Where drafts go (found on the server when not given).</source>
        <translation>下書きを保存するフォルダです(省略時はサーバー上で探します)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SMTP address. Write it as smtps://USER@HOST:PORT, for example smtps://room-d@example.org@smtp.example.org:465.</source>
        <translation>「%1」は SMTP のアドレスではありません。smtps://USER@HOST:PORT の形で、たとえば smtps://room-d@example.org@smtp.example.org:465 のように指定してください。</translation>
    </message>
    <message>
        <source>--smtp-starttls goes with smtp://, not smtps:// (which is encrypted from the start).</source>
        <translation>--smtp-starttls は smtp:// と一緒に使います。smtps:// は最初から暗号化されているため、--smtp-starttls は不要です。</translation>
    </message>
    <message>
        <source>--smtp-starttls and --smtp-password-stdin go with --smtp.</source>
        <translation>--smtp-starttls と --smtp-password-stdin は、--smtp と一緒に指定してください。</translation>
    </message>
    <message>
        <source>--charset is utf8 or iso2022jp.</source>
        <translation>--charset には utf8 または iso2022jp を指定してください。</translation>
    </message>
    <message>
        <source>No SMTP password was given on standard input.</source>
        <translation>標準入力から SMTP のパスワードが渡されませんでした。</translation>
    </message>
    <message>
        <source>Replies are sent through %1:%2 as %3.</source>
        <translation>返信は %1:%2 を通して、差出人 %3 として送信します。</translation>
    </message>
    <message>
        <source>Sign in through the browser instead of a password: microsoft (Outlook.com, Hotmail), google (Gmail) or custom. Then run tsunagu account sign-in NAME.</source>
        <translation>パスワードの代わりにブラウザーでサインインします: microsoft(Outlook.com、Hotmail)、google(Gmail)、custom のいずれかです。そのあと tsunagu account sign-in NAME を実行してください。</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>PROVIDER</translation>
    </message>
    <message>
        <source>The client ID registered for Tsunagu, when this build has none or another one should be used.</source>
        <translation>Tsunagu 用に登録したクライアント ID です。このビルドに組み込まれていないとき、または別の ID を使うときに指定します。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>With --oauth custom: where the browser signs in.</source>
        <translation>--oauth custom のとき: ブラウザーでサインインするアドレスです。</translation>
    </message>
    <message>
        <source>With --oauth custom: where sign-ins become tokens.</source>
        <translation>--oauth custom のとき: サインインをトークンに引き換えるアドレスです。</translation>
    </message>
    <message>
        <source>The scopes to ask for, separated by spaces (the provider&apos;s mail scopes by default).</source>
        <translation>求めるスコープをスペース区切りで指定します(既定はプロバイダーのメール用スコープです)。</translation>
    </message>
    <message>
        <source>SCOPES</source>
        <translation>SCOPES</translation>
    </message>
    <message>
        <source>Usage: tsunagu account add --name NAME --imap imaps://USER@HOST:PORT [--folder INBOX] [--rooms D,DA] [--starttls] [--ca-file FILE | --pin sha256:HEX] [--password-stdin] [--smtp smtps://USER@HOST:PORT | --smtp smtp://USER@HOST:PORT --smtp-starttls] [--smtp-password-stdin] [--oauth microsoft|google|custom …]</source>
        <translation>使い方: tsunagu account add --name NAME --imap imaps://USER@HOST:PORT [--folder INBOX] [--rooms D,DA] [--starttls] [--ca-file FILE | --pin sha256:HEX] [--password-stdin] [--smtp smtps://USER@HOST:PORT | --smtp smtp://USER@HOST:PORT --smtp-starttls] [--smtp-password-stdin] [--oauth microsoft|google|custom …]</translation>
    </message>
    <message>
        <source>--oauth-client-id, --oauth-authorize-url, --oauth-token-url and --oauth-scopes go with --oauth.</source>
        <translation>--oauth-client-id、--oauth-authorize-url、--oauth-token-url、--oauth-scopes は --oauth と一緒に指定してください。</translation>
    </message>
    <message>
        <source>--oauth is microsoft, google or custom.</source>
        <translation>--oauth には microsoft、google、custom のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>An account with --oauth has no password: leave out --password-stdin and sign in with tsunagu account sign-in NAME.</source>
        <translation>--oauth のアカウントにはパスワードがありません。--password-stdin を外し、tsunagu account sign-in NAME でサインインしてください。</translation>
    </message>
    <message>
        <source>--oauth custom needs --oauth-authorize-url and --oauth-token-url.</source>
        <translation>--oauth custom には --oauth-authorize-url と --oauth-token-url が必要です。</translation>
    </message>
    <message>
        <source>--oauth-authorize-url and --oauth-token-url go with --oauth custom.</source>
        <translation>--oauth-authorize-url と --oauth-token-url は --oauth custom と一緒に指定してください。</translation>
    </message>
    <message>
        <source>Sign in with %1 next: tsunagu account sign-in &quot;%2&quot;</source>
        <translation>次に %1 でサインインしてください: tsunagu account sign-in &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Usage:
  tsunagu account add --name NAME --imap imaps://USER@HOST:PORT [--folder INBOX] [--rooms D,DA] [--starttls] [--ca-file FILE | --pin sha256:HEX] [--password-stdin]
      [--smtp smtps://USER@HOST:PORT | --smtp smtp://USER@HOST:PORT --smtp-starttls] [--smtp-password-stdin] [--from-name NAME] [--from ADDRESS] [--charset utf8|iso2022jp] [--sent-folder FOLDER] [--drafts-folder FOLDER]
      [--oauth microsoft|google|custom [--oauth-client-id ID] [--oauth-authorize-url URL --oauth-token-url URL] [--oauth-scopes &quot;SCOPES&quot;]]
  tsunagu account sign-in NAME [--no-browser]
  tsunagu account list [--json]
  tsunagu account remove NAME</source>
        <translation>使い方:
  tsunagu account add --name NAME --imap imaps://USER@HOST:PORT [--folder INBOX] [--rooms D,DA] [--starttls] [--ca-file FILE | --pin sha256:HEX] [--password-stdin]
      [--smtp smtps://USER@HOST:PORT | --smtp smtp://USER@HOST:PORT --smtp-starttls] [--smtp-password-stdin] [--from-name NAME] [--from ADDRESS] [--charset utf8|iso2022jp] [--sent-folder FOLDER] [--drafts-folder FOLDER]
      [--oauth microsoft|google|custom [--oauth-client-id ID] [--oauth-authorize-url URL --oauth-token-url URL] [--oauth-scopes &quot;SCOPES&quot;]]
  tsunagu account sign-in NAME [--no-browser]
  tsunagu account list [--json]
  tsunagu account remove NAME</translation>
    </message>
    <message>
        <source>Usage: tsunagu account add|sign-in|list|remove … (tsunagu account --help shows the details)</source>
        <translation>使い方: tsunagu account add|sign-in|list|remove …(詳しくは tsunagu account --help で確認できます)</translation>
    </message>
    <message>
        <source>The account to sign in.</source>
        <translation>サインインするアカウントです。</translation>
    </message>
    <message>
        <source>Do not open the browser: only print the address to open.</source>
        <translation>ブラウザーを開かず、開くアドレスだけを表示します。</translation>
    </message>
    <message>
        <source>Usage: tsunagu account sign-in NAME [--no-browser]</source>
        <translation>使い方: tsunagu account sign-in NAME [--no-browser]</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; signs in with a password, not through the browser. Add it with --oauth microsoft, google or custom to sign in this way.</source>
        <translation>アカウント「%1」はパスワードでログインするアカウントで、ブラウザーではサインインしません。この方法でサインインするには、--oauth microsoft、google、custom のいずれかを付けて追加してください。</translation>
    </message>
    <message>
        <source>The sign-in worked but could not be kept; receiving needs a keychain for signed-in accounts.</source>
        <translation>サインインはできましたが、保存できませんでした。サインインしたアカウントでメールを受信するにはキーチェーンが必要です。</translation>
    </message>
    <message>
        <source>Signed in: &quot;%1&quot; now receives and sends with %2 without asking again.</source>
        <translation>サインインしました。「%1」は今後、確認なしで %2 のアカウントで受信・送信します。</translation>
    </message>
    <message>
        <source>Open this address in a browser and sign in as %1 (Tsunagu waits up to 5 minutes):</source>
        <translation>このアドレスをブラウザーで開き、%1 としてサインインしてください(つなぐは最大 5 分間待ちます):</translation>
    </message>
    <message>
        <source>The browser could not be opened: open the address above yourself.</source>
        <translation>ブラウザーを開けませんでした。上のアドレスをご自分で開いてください。</translation>
    </message>
</context>
<context>
    <name>ApplicantsCommand</name>
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
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>「%1」という状態はありません。</translation>
    </message>
    <message>
        <source>There is no room &quot;%1&quot;. Run tsunagu rooms list to see the rooms.</source>
        <translation>「%1」というルームはありません。ルームの一覧は tsunagu rooms list で確認できます。</translation>
    </message>
    <message>
        <source>%1 received mails have not been read yet, so their applicants are not listed: tsunagu sync, or opening the window, reads them.</source>
        <translation>受信したメールのうち %1 件はまだ読み込まれていないため、その申込者は一覧にありません。tsunagu sync を実行するか、ウィンドウを開くと読み込みます。</translation>
    </message>
    <message>
        <source>There is no applicant %1. tsunagu applicants list shows them with their ids.</source>
        <translation>申込者 %1 はいません。申込者と番号の一覧は tsunagu applicants list で確認できます。</translation>
    </message>
    <message>
        <source>Applicant %1 was answered already or their status changed, so they stay an applicant.</source>
        <translation>申込者 %1 にはすでに返信しているか、状態が変わっているため、申込者のままにしました。</translation>
    </message>
    <message>
        <source>The mail of applicant %1 is back in 未分類 (unclassified).</source>
        <translation>申込者 %1 のメールを未分類に戻しました。</translation>
    </message>
    <message>
        <source>There is no host named %1. tsunagu hosts list shows the hosts.</source>
        <translation>「%1」という名前のホストはいません。ホストの一覧は tsunagu hosts list で確認できます。</translation>
    </message>
    <message>
        <source>Say what to change: --status, --room or --note.</source>
        <translation>変更する内容を --status、--room、--note のいずれかで指定してください。</translation>
    </message>
    <message>
        <source>Applicant %1: %2.</source>
        <translation>申込者 %1: %2。</translation>
    </message>
    <message>
        <source>With set: a note on the status change, or the applicant&apos;s notes when no status is given.</source>
        <translation>set のとき: 状態の変更に添えるメモです。状態を指定しないときは申込者のメモになります。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>With set --status: the host who made the change.</source>
        <translation>set --status のとき: 変更したホストです。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>行う操作です。</translation>
    </message>
    <message>
        <source>Print JSON instead of a table: every applicant&apos;s room, anonymous name, status, form fields (self-introduction included) and hints; reply addresses only with --with-addresses.</source>
        <translation>表ではなく JSON で出力します。各申込者のルーム、匿名の名前、状態、フォームの項目（自己紹介を含む）とヒントを含みます。返信先アドレスは --with-addresses を付けたときだけ含みます。</translation>
    </message>
    <message>
        <source>With list --json: include the reply addresses (recorded in the audit log).</source>
        <translation>list --json と一緒に使います。返信先アドレスも含めます（監査ログに記録されます）。</translation>
    </message>
    <message>
        <source>With delete: delete the applicant&apos;s original mails on the mail server too.</source>
        <translation>delete と一緒に使います。申込者の元のメールをメールサーバーからも削除します。</translation>
    </message>
    <message>
        <source>With delete: do not ask (needed when not run from a terminal).</source>
        <translation>delete と一緒に使います。確認せずに削除します（端末から実行しないときは必要です）。</translation>
    </message>
    <message>
        <source>With delete --also-on-server: read the mail password from standard input.</source>
        <translation>delete --also-on-server と一緒に使います。メールのパスワードを標準入力から読み取ります。</translation>
    </message>
    <message>
        <source>The applicant (set, unclassify, delete).</source>
        <translation>対象の申込者（set、unclassify、delete）。</translation>
    </message>
    <message>
        <source>Usage: tsunagu applicants list [--room CODE] [--status S] [--json] | applicants set ID [--status S] [--room CODE|none] [--note TEXT] [--host NAME] | applicants unclassify ID | applicants delete ID [--also-on-server] [--yes]</source>
        <translation>使い方: tsunagu applicants list [--room CODE] [--status S] [--json] | applicants set ID [--status S] [--room CODE|none] [--note TEXT] [--host NAME] | applicants unclassify ID | applicants delete ID [--also-on-server] [--yes]</translation>
    </message>
    <message>
        <source>--with-addresses goes with --json.</source>
        <translation>--with-addresses は --json と一緒に使ってください。</translation>
    </message>
</context>
<context>
    <name>ApplicantsDeleteCommand</name>
    <message>
        <source>Deleted %1 original mail(s) on the server.</source>
        <translation>サーバー上の元のメールを %1 通削除しました。</translation>
    </message>
    <message>
        <source>The mail server cannot delete single messages safely (it lacks UIDPLUS), so the original mails were left there: delete them in your mail program.</source>
        <translation>このメールサーバーはメールを1通ずつ安全に削除できない（UIDPLUS に対応していない）ため、元のメールはサーバーに残っています。お使いのメールソフトで削除してください。</translation>
    </message>
    <message>
        <source>%1 original mail(s) were left on the server because their mailbox was recreated since they arrived: delete them in your mail program.</source>
        <translation>受信後にメールボックスが作り直されたため、元のメール %1 通はサーバーに残っています。お使いのメールソフトで削除してください。</translation>
    </message>
    <message>
        <source>The original mails could not be deleted on the server (%1): delete them in your mail program.</source>
        <translation>サーバー上の元のメールを削除できませんでした（%1）。お使いのメールソフトで削除してください。</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>接続できません</translation>
    </message>
    <message>
        <source>The mail account of some original mails no longer exists, so they were left on the server.</source>
        <translation>一部の元のメールはメールアカウントがもう登録されていないため、サーバーに残っています。</translation>
    </message>
    <message>
        <source>%1: no password is saved for this account, so the original mails were left on the server (give it with --password-stdin).</source>
        <translation>%1: このアカウントのパスワードが保存されていないため、元のメールはサーバーに残っています（--password-stdin で渡してください）。</translation>
    </message>
    <message>
        <source>There is no applicant %1. tsunagu applicants list shows them with their ids.</source>
        <translation>申込者 %1 はいません。申込者と番号の一覧は tsunagu applicants list で確認できます。</translation>
    </message>
    <message>
        <source>Applicant %1 was deleted already.</source>
        <translation>申込者 %1 はすでに削除されています。</translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>標準入力からパスワードが渡されませんでした。</translation>
    </message>
    <message>
        <source>Deleting an applicant cannot be undone: add --yes to confirm.</source>
        <translation>申込者の削除は元に戻せません。確認のため --yes を付けてください。</translation>
    </message>
    <message>
        <source>Delete applicant %1? Their self-introduction, form, address, name, notes, %2 mail(s), %3 reply/replies and drafts and %4 referral(s) are deleted from Tsunagu; their room, status and dates stay, without a name, so counts and reports do not change.%5 [y/N]</source>
        <translation>申込者 %1 を削除しますか？ 自己紹介、フォームの内容、アドレス、名前、メモ、メール %2 通、返信と下書き %3 件、紹介 %4 件を Tsunagu から削除します。ルーム・状態・日付は名前なしで残るため、件数と集計は変わりません。%5 [y/N]</translation>
    </message>
    <message>
        <source> Their %1 original mail(s) are deleted on the mail server too.</source>
        <translation> メールサーバー上の元のメール %1 通も削除します。</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>何も削除していません。</translation>
    </message>
    <message>
        <source>Applicant %1 was deleted: %2 mail(s), %3 reply/replies and drafts and %4 referral(s) are gone; the room, status and dates stay for the counts.</source>
        <translation>申込者 %1 を削除しました。メール %2 通、返信と下書き %3 件、紹介 %4 件を削除しました。件数のためにルーム・状態・日付は残しています。</translation>
    </message>
    <message>
        <source>Their %1 original mail(s) are still on the mail server.</source>
        <translation>元のメール %1 通はメールサーバーに残っています。</translation>
    </message>
    <message>
        <source>There were no original mails on a server to delete.</source>
        <translation>サーバー上に削除する元のメールはありませんでした。</translation>
    </message>
</context>
<context>
    <name>AttendanceCommand</name>
    <message>
        <source>There is no room with the code %1.</source>
        <translation>コードが %1 のルームはありません。</translation>
    </message>
    <message>
        <source>--%1 needs a date such as 2026-12-01.</source>
        <translation>--%1 には 2026-12-01 のような日付を指定してください。</translation>
    </message>
    <message>
        <source>This file is not a Zoom participant list Tsunagu can read (%1). Export it again from Zoom: Reports → Usage → Participants → Export.</source>
        <translation>このファイルは、つなぐが読み込めるZoomの参加者リストではありません(%1)。Zoomの「レポート → 使用状況 → 参加者 → エクスポート」からもう一度書き出してください。</translation>
    </message>
    <message>
        <source>The room has no meeting on %1 (or it was cancelled). Nothing was saved.</source>
        <translation>%1 にはこのルームのミーティングがありません(または中止になっています)。何も保存していません。</translation>
    </message>
    <message>
        <source>This list is from the meeting of %1, not of %2. Nothing was saved.</source>
        <translation>このリストは %2 ではなく %1 のミーティングのものです。何も保存していません。</translation>
    </message>
    <message>
        <source>Attendance for the meeting of %1 is already recorded. Nothing was saved; add --replace to overwrite it.</source>
        <translation>%1 のミーティングの参加記録はすでにあります。何も保存していません。上書きする場合は --replace を付けてください。</translation>
    </message>
    <message>
        <source>The attendance could not be saved: %1</source>
        <translation>参加記録を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Usage: tsunagu attendance import FILE.csv --room CODE --date DATE [--min-minutes N] [--host-name NAME] [--replace] [--dry-run] [--json]</source>
        <translation>使い方: tsunagu attendance import ファイル.csv --room コード --date 日付 [--min-minutes 分] [--host-name 名前] [--replace] [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>--min-minutes needs a number of minutes from 0 to 600.</source>
        <translation>--min-minutes には 0〜600 の分数を指定してください。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>the file is larger than 32 MB</source>
        <translation>ファイルが32MBを超えています</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n participant(s) counted</source>
        <translation>
            <numerusform>%1 %2: 参加者 %n 名を数えました</numerusform>
        </translation>
    </message>
    <message>
        <source>Persons %1, families %2, supporters %3, others %4; %5 matched to members; left out: %6 host, %7 under the minimum.</source>
        <translation>本人 %1、家族 %2、支援者・見学 %3、その他 %4。名簿と一致 %5。除外: ホスト %6、最短時間未満 %7。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Not saved (--dry-run).</source>
        <translation>保存していません(--dry-run)。</translation>
    </message>
    <message>
        <source>Usage: tsunagu attendance record --room CODE --date DATE [--persons N] [--families N] [--supporters N] [--others N] [--first-timers N] [--replace]</source>
        <translation>使い方: tsunagu attendance record --room コード --date 日付 [--persons 人数] [--families 人数] [--supporters 人数] [--others 人数] [--first-timers 人数] [--replace]</translation>
    </message>
    <message>
        <source>--%1 needs a number from 0 to 100000.</source>
        <translation>--%1 には 0〜100000 の数を指定してください。</translation>
    </message>
    <message>
        <source>There cannot be more first-timers than participants.</source>
        <translation>初参加の人数が参加者の人数を超えることはできません。</translation>
    </message>
    <message>
        <source>%1 %2: %3 participants recorded.</source>
        <translation>%1 %2: 参加者 %3 名を記録しました。</translation>
    </message>
    <message>
        <source>The room the meeting belongs to.</source>
        <translation>ミーティングのルーム。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>The date of the meeting (YYYY-MM-DD, Japan time).</source>
        <translation>ミーティングの日付(YYYY-MM-DD、日本時間)。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>N</source>
        <translation>数</translation>
    </message>
    <message>
        <source>A name the host joins under, left out (may be repeated).</source>
        <translation>ホストが参加するときの名前。この名前は数えません(複数指定できます)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Overwrite attendance already recorded for that meeting.</source>
        <translation>そのミーティングの既存の参加記録を上書きします。</translation>
    </message>
    <message>
        <source>Show what would be counted without saving anything.</source>
        <translation>何も保存せずに、数える内容だけを表示します。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>テキストの代わりにJSONで表示します。</translation>
    </message>
    <message>
        <source>How many came in this category.</source>
        <translation>この区分の参加人数。</translation>
    </message>
    <message>
        <source>Import a Zoom participant list, or record counts typed in.</source>
        <translation>Zoomの参加者リストを取り込むか、入力した人数を記録します。</translation>
    </message>
    <message>
        <source>Usage: tsunagu attendance import FILE.csv --room CODE --date DATE [--json]
       tsunagu attendance record --room CODE --date DATE --persons N …</source>
        <translation>使い方: tsunagu attendance import ファイル.csv --room コード --date 日付 [--json]
        tsunagu attendance record --room コード --date 日付 --persons 人数 …</translation>
    </message>
    <message>
        <source>The room (CODE), or all.</source>
        <translation>ルーム(コード)、またはすべて(all)。</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>期間の初日(YYYY-MM-DD)。</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation>期間の最終日(YYYY-MM-DD)。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSONで表示します。</translation>
    </message>
    <message>
        <source>Write the report as CSV for Excel to FILE.</source>
        <translation>集計をExcel用のCSVとして指定したファイルに書き出します。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Usage: tsunagu report --room CODE|all --from DATE --to DATE [--json | --csv FILE]</source>
        <translation>使い方: tsunagu report --room コード|all --from 日付 --to 日付 [--json | --csv ファイル]</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to の日付が --from より前になっています。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>ルーム</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>開催回数</translation>
    </message>
    <message>
        <source>Total attendance</source>
        <translation>延べ参加者数</translation>
    </message>
    <message>
        <source>Average per meeting</source>
        <translation>1回あたりの平均</translation>
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
        <source>Supporters/visitors</source>
        <translation>支援者・見学</translation>
    </message>
    <message>
        <source>Others/unclassified</source>
        <translation>その他・未分類</translation>
    </message>
    <message>
        <source>Persons %</source>
        <translation>本人(%)</translation>
    </message>
    <message>
        <source>Families %</source>
        <translation>家族(%)</translation>
    </message>
    <message>
        <source>Supporters/visitors %</source>
        <translation>支援者・見学(%)</translation>
    </message>
    <message>
        <source>Others/unclassified %</source>
        <translation>その他・未分類(%)</translation>
    </message>
    <message>
        <source>First-timers</source>
        <translation>初参加</translation>
    </message>
    <message>
        <source>Members joined</source>
        <translation>新しいメンバー</translation>
    </message>
    <message>
        <source>Median first reply (hours)</source>
        <translation>最初の返信までの時間の中央値(時間)</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>全ルーム</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>ミーティング</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者数</translation>
    </message>
    <message>
        <source>%1, %2 to %3: %4 meetings, %5 attended in total, about %6 per meeting; persons %7 %, families %8 %, supporters/visitors %9 %, others %10 %.</source>
        <translation>%1、%2〜%3: 開催 %4 回、延べ %5 名、1回あたり約 %6 名。本人 %7%、家族 %8%、支援者・見学 %9%、その他 %10%。</translation>
    </message>
    <message>
        <source>Leave out people who stayed fewer minutes (by default the room&apos;s minimum, see rooms set --min-minutes).</source>
        <translation>参加時間がこの分数に満たない人を除外します(既定はルームの最短参加時間です。rooms set --min-minutes を参照してください)。</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>表の代わりに JSON で出力します。</translation>
    </message>
    <message>
        <source>Only entries on or after DATE (YYYY-MM-DD, Japan time).</source>
        <translation>DATE（YYYY-MM-DD、日本時間）以降の記録だけを表示します。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>行う操作です。</translation>
    </message>
    <message>
        <source>Usage: tsunagu audit list [--json] [--since DATE]</source>
        <translation>使い方: tsunagu audit list [--json] [--since DATE]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as 2026-12-01.</source>
        <translation>「%1」は日付ではありません。2026-12-01 のように書いてください。</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Read the passphrase from the first line of FILE instead of asking for it.</source>
        <translation>パスフレーズを尋ねる代わりに、ファイル FILE の 1 行目から読み取ります。</translation>
    </message>
    <message>
        <source>The backup file to write (one file, encrypted).</source>
        <translation>書き出すバックアップファイル(暗号化された 1 つのファイル)。</translation>
    </message>
    <message>
        <source>Name the one file to write: tsunagu backup FILE</source>
        <translation>書き出すファイルを 1 つ指定してください: tsunagu backup FILE</translation>
    </message>
    <message>
        <source>Replace the data of a profile that has some (it is kept until the restore has succeeded).</source>
        <translation>データのあるプロファイルのデータを置き換えます(復元が成功するまで元のデータは残します)。</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>復元するバックアップファイル。</translation>
    </message>
    <message>
        <source>Name the one backup file to restore: tsunagu restore FILE</source>
        <translation>復元するバックアップファイルを 1 つ指定してください: tsunagu restore FILE</translation>
    </message>
    <message>
        <source>The demo profile is temporary: name the profile to restore into with --profile DIR.</source>
        <translation>デモ用プロファイルは一時的なものです。復元先のプロファイルを --profile DIR で指定してください。</translation>
    </message>
    <message>
        <source>The data was restored, but its key could not be written beside it (%1): the restored profile cannot open its sealed data. Restore again once the folder can be written.</source>
        <translation>データは復元しましたが、その鍵をプロファイルのフォルダーに書き込めませんでした（%1）。このままでは復元したプロファイルの保護されたデータを開けません。フォルダーに書き込めるようにしてから、もう一度復元してください。</translation>
    </message>
    <message>
        <source>The restored profile opens with the backup&apos;s passphrase (--passphrase-file); tsunagu passphrase change sets another.</source>
        <translation>復元したプロファイルは、バックアップのパスフレーズで開きます（--passphrase-file）。別のパスフレーズにするには tsunagu passphrase change を使ってください。</translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message>
        <source>The file %1 cannot be read. Check that it exists and that you may open it.</source>
        <translation>ファイル %1 を読み取れません。ファイルがあること、開く権限があることを確認してください。</translation>
    </message>
    <message>
        <source>%1 is not a Tsunagu backup. Choose the file that &quot;Create backup&quot; wrote.</source>
        <translation>%1 はつなぐのバックアップではありません。「バックアップを作成」で書き出したファイルを選んでください。</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Tsunagu. Update Tsunagu, then restore it; nothing was changed.</source>
        <translation>バックアップ %1 は新しいバージョンのつなぐで作成されています。つなぐを更新してから復元してください。何も変更していません。</translation>
    </message>
    <message>
        <source>The passphrase does not open the backup %1. Check it (upper and lower case count) and try again; nothing was changed.</source>
        <translation>このパスフレーズではバックアップ %1 を開けません。パスフレーズ(大文字と小文字は区別されます)を確かめて、もう一度お試しください。何も変更していません。</translation>
    </message>
    <message>
        <source>The backup %1 is incomplete: the file ends too early, perhaps because copying it was interrupted. Copy it again from where you keep it; nothing was changed.</source>
        <translation>バックアップ %1 は不完全です。ファイルが途中で終わっています(コピーが中断された可能性があります)。保管場所からもう一度コピーしてください。何も変更していません。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: part of it was changed after it was written, so it cannot be trusted. Use another copy of it; nothing was changed.</source>
        <translation>バックアップ %1 は壊れています。書き出した後に一部が変わっているため、信頼できません。別のコピーをお使いください。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 cannot be written. Choose a folder you may write to; nothing was changed.</source>
        <translation>%1 に書き込めません。書き込めるフォルダーを選んでください。何も変更していません。</translation>
    </message>
    <message>
        <source>The disk is full, so %1 could not be written. Free some space or choose another drive; no partial file was left.</source>
        <translation>ディスクがいっぱいのため、%1 を書き込めませんでした。空き容量を作るか、別のドライブを選んでください。書きかけのファイルは残していません。</translation>
    </message>
    <message>
        <source>Tsunagu&apos;s data in %1 could not be read for the backup (or the restored copy could not be opened). Nothing was changed.</source>
        <translation>%1 にあるつなぐのデータをバックアップのために読み取れませんでした(または、復元したデータを開けませんでした)。何も変更していません。</translation>
    </message>
    <message>
        <source>The profile %1 already holds data. Restore into a new profile (--profile with a new folder), or add --replace to replace its data with the backup.</source>
        <translation>プロファイル %1 にはすでにデータがあります。新しいプロファイルに復元する(--profile に新しいフォルダーを指定する)か、--replace を付けてデータをバックアップの内容に置き換えてください。</translation>
    </message>
    <message>
        <source>Tsunagu is open on the profile %1. Close it first, then restore.</source>
        <translation>プロファイル %1 はつなぐで開かれています。先につなぐを閉じてから復元してください。</translation>
    </message>
    <message>
        <source>The encryption library (libsodium) could not start. Reinstall Tsunagu.</source>
        <translation>暗号化ライブラリ(libsodium)を開始できませんでした。つなぐを再インストールしてください。</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2), encrypted with your passphrase. Keep the passphrase safe: without it the backup cannot be opened.</source>
        <translation>バックアップを %1 (%2) に書き出しました。パスフレーズで暗号化されています。パスフレーズは大切に保管してください。パスフレーズがないとバックアップを開けません。</translation>
    </message>
    <message>
        <source>The backup was restored into %1.</source>
        <translation>バックアップを %1 に復元しました。</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was written.</source>
        <translation>2 回入力したパスフレーズが一致しません。何も書き出していません。</translation>
    </message>
    <message>
        <source>The passphrase is empty. A backup needs a passphrase.</source>
        <translation>パスフレーズが空です。バックアップにはパスフレーズが必要です。</translation>
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
        <source>Write what is said with the mail servers into FILE, to attach to a bug report. Passwords, addresses and mail text are left out.</source>
        <translation>メールサーバーとのやり取りを&lt;ファイル&gt;に書き出します（不具合の報告に添付できます）。パスワード、メールアドレス、メールの本文は含まれません。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>List every room with its schedule, form and reply deadline.</source>
        <translation>すべてのルームを、日程・申し込みフォーム・返信期限とあわせて一覧表示します。</translation>
    </message>
    <message>
        <source>Take saved or forwarded mail in, as intake does for the mailbox.</source>
        <translation>保存したメールや転送されたメールを、メールボックスの受付と同じように取り込みます。</translation>
    </message>
    <message>
        <source>Show what Tsunagu understands of a mail, without storing it.</source>
        <translation>メールをつなぐがどう読み取るかを、保存せずに表示します。</translation>
    </message>
    <message>
        <source>Measure how fast the mails in DIR are parsed and classified.</source>
        <translation>DIR 内のメールの解析と分類にかかる時間を測ります。</translation>
    </message>
    <message>
        <source>Add a mail account that applications arrive in (account add --help for more).</source>
        <translation>申し込みが届くメールアカウントを追加します(詳しくは account add --help で確認できます)。</translation>
    </message>
    <message>
        <source>List the mail accounts and the rooms that receive on each.</source>
        <translation>メールアカウントと、それぞれで受信するルームを一覧表示します。</translation>
    </message>
    <message>
        <source>Remove a mail account and its saved password.</source>
        <translation>メールアカウントと、保存されたパスワードを削除します。</translation>
    </message>
    <message>
        <source>Receive new mail from the accounts&apos; mailboxes (never marks, moves or deletes anything there); --fetch-only downloads now and reads later.</source>
        <translation>各アカウントのメールボックスから新しいメールを受信します(メールボックス内のメールに印を付けたり、移動・削除したりすることはありません)。--fetch-only はダウンロードだけを先に行い、読み込みは後で行います。</translation>
    </message>
    <message>
        <source>Answer an applicant from the room&apos;s template (reply --help for more).</source>
        <translation>ルームのテンプレートを使って申込者に返信します(詳しくは reply --help で確認できます)。</translation>
    </message>
    <message>
        <source>Tsunagu: intake, meetings and referrals for the hosts of online peer-support rooms.</source>
        <translation>つなぐ: オンラインのピアサポートルームのホストのための、受付・ミーティング・紹介の管理ツールです。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Add, change (reply deadline, form address, chat link, pause or resume…) or remove a room (rooms --help for the options).</source>
        <translation>ルームを追加・変更(返信期限、申し込みフォームのアドレス、チャットのリンク、休止・再開など)・削除します(オプションは rooms --help で確認できます)。</translation>
    </message>
    <message>
        <source>List the hosts and the rooms each one answers for.</source>
        <translation>ホストと、それぞれが担当するルームを一覧表示します。</translation>
    </message>
    <message>
        <source>Add, change or remove a host.</source>
        <translation>ホストを追加・変更・削除します。</translation>
    </message>
    <message>
        <source>Sign in with Microsoft (Outlook.com), Google or another provider instead of a password.</source>
        <translation>パスワードの代わりに、Microsoft(Outlook.com)、Google などのアカウントでサインインします。</translation>
    </message>
    <message>
        <source>List the referral directory, with posters delivered and applicants referred.</source>
        <translation>連携先の一覧を、届けたポスターの枚数と紹介された申込者の数とともに表示します。</translation>
    </message>
    <message>
        <source>Bring in a spreadsheet of contacts (UTF-8 or Shift_JIS), write one for Excel, or one contact as a vCard.</source>
        <translation>連携先の表(UTF-8 または Shift_JIS)を取り込む、Excel 用に書き出す、または1件を vCard にします。</translation>
    </message>
    <message>
        <source>Write a poster about the rooms with a QR code to each application form.</source>
        <translation>ルームを案内するポスターを、各申し込みフォームへのQRコード付きで PDF に書き出します。</translation>
    </message>
    <message>
        <source>Change an applicant&apos;s status (with a note), room or notes; or put a letter taken as an application back in 未分類.</source>
        <translation>申込者の状態(メモつき)・ルーム・メモを変更します。申し込みとして扱われたお便りを未分類に戻すこともできます。</translation>
    </message>
    <message>
        <source>List the coming meetings (Japan time, with the offset), cancelled and moved ones marked.</source>
        <translation>今後のミーティングを一覧表示します(日本時間、時差付き)。中止・変更になった回には印が付きます。</translation>
    </message>
    <message>
        <source>Write a room&apos;s meetings as an iCalendar file for calendar apps.</source>
        <translation>ルームのミーティングを、カレンダーアプリ用のiCalendarファイルに書き出します。</translation>
    </message>
    <message>
        <source>Count a meeting&apos;s participants from a Zoom participant list (attendance --help for more).</source>
        <translation>Zoomの参加者リストからミーティングの参加者を数えます(詳しくは attendance --help で確認できます)。</translation>
    </message>
    <message>
        <source>Record a meeting&apos;s attendance counts typed in.</source>
        <translation>入力した人数を、ミーティングの参加記録として保存します。</translation>
    </message>
    <message>
        <source>Write the whole profile to one file, encrypted with a passphrase.</source>
        <translation>プロファイル全体を、パスフレーズで暗号化した 1 つのファイルに書き出します。</translation>
    </message>
    <message>
        <source>Restore a backup into a new profile (--replace: over this one&apos;s data, kept until the restore has succeeded).</source>
        <translation>バックアップを新しいプロファイルに復元します(--replace: このプロファイルのデータを置き換えます。復元が成功するまで元のデータは残します)。</translation>
    </message>
    <message>
        <source>Write versions, counts, settings and recent log lines for a bug report, without personal data.</source>
        <translation>不具合の報告用に、バージョン、件数、設定、最近のログを書き出します(個人のデータは含みません)。</translation>
    </message>
    <message>
        <source>Read the profile&apos;s passphrase from the first line of FILE (also: the environment variable TSUNAGU_PASSPHRASE_FILE). A new profile gets this passphrase and its applicants&apos; data is sealed with it.</source>
        <translation>プロファイルのパスフレーズを FILE の1行目から読み込みます（環境変数 TSUNAGU_PASSPHRASE_FILE でも指定できます）。新しいプロファイルにはこのパスフレーズが設定され、申込者のデータはこのパスフレーズで保護されます。</translation>
    </message>
    <message>
        <source>Delete self-introductions and mail texts N days after the applicant&apos;s outcome (default 180; 0 keeps them until deleted by hand).</source>
        <translation>申込者の結果が決まってから N 日後に自己紹介とメール本文を削除します（既定は 180 日。0 にすると手で削除するまで残します）。</translation>
    </message>
    <message>
        <source>List applicants with their form fields, status, waiting days and hints; reply addresses only with --with-addresses, which the audit log records.</source>
        <translation>申込者をフォームの項目、状態、待ち日数、ヒントとともに一覧表示します。返信先アドレスは --with-addresses を付けたときだけ含み、監査ログに記録されます。</translation>
    </message>
    <message>
        <source>Delete every trace of an applicant (texts, mail, replies, referrals); the room, status and dates stay for the counts. --also-on-server deletes the original mails on the mail server too. Recorded in the audit log.</source>
        <translation>申込者の記録（本文、メール、返信、紹介）をすべて削除します。件数のためにルーム・状態・日付は残ります。--also-on-server を付けると、メールサーバー上の元のメールも削除します。監査ログに記録されます。</translation>
    </message>
    <message>
        <source>Meetings held, attendance and shares by category over a period; CSV opens in Excel, the PDF has tables and a chart for paper.</source>
        <translation>期間中の開催回数、参加人数、区分ごとの割合を表示します。CSV は Excel で開け、PDF には紙に合わせた表とグラフが入ります。</translation>
    </message>
    <message>
        <source>A meeting&apos;s roster to tick off: the room&apos;s members by anonymous name (the next meeting unless --date names the day).</source>
        <translation>ミーティングの出席確認用の名簿を作ります。ルームのメンバーを匿名の名前で並べます（--date で日を指定しなければ次回のミーティング）。</translation>
    </message>
    <message>
        <source>What was done when, by which host, to which record: exports with addresses, deletions, replies that carried meeting details. Ids only, no personal data.</source>
        <translation>いつ、どのホストが、どの記録に何をしたかを表示します（アドレスを含む書き出し、削除、参加情報を含む返信など）。番号だけで、個人情報は含みません。</translation>
    </message>
    <message>
        <source>The applicants&apos; data is sealed with a key kept in the computer&apos;s keychain. set: require a passphrase instead (the keychain&apos;s copy is removed, so nothing else opens the data); change: a new one (only the key is wrapped again); remove: back to the keychain; status: which of the two holds the key. A profile with a passphrase opens only with --passphrase-file FILE; when it is missing or wrong, when no keychain works for a new profile, or when the keychain lacks the key, tsunagu exits with status 3.</source>
        <translation>申込者のデータは、このコンピューターのキーチェーンに保管した鍵で保護されています。set: キーチェーンの代わりにパスフレーズを必須にします（キーチェーンにある鍵の控えは削除され、パスフレーズなしではデータを開けなくなります）。change: パスフレーズを変更します（包み直すのは鍵だけです）。remove: キーチェーンに戻します。status: どちらが鍵を保管しているかを表示します。パスフレーズのあるプロファイルは --passphrase-file FILE を付けたときだけ開きます。パスフレーズがないか違うとき、キーチェーンが使えない環境で新しいプロファイルを作ろうとしたとき、キーチェーンに鍵がないときは、終了ステータス 3 で終了します。</translation>
    </message>
    <message>
        <source>An invitation with the room&apos;s next meetings attached as meetings.ics for the applicant&apos;s calendar (join details in it only as the message gives them).</source>
        <translation>ルームの次回以降のミーティングを meetings.ics として添付した招待を送ります。申込者のカレンダーアプリに予定として入ります（参加情報は、本文に書かれている場合だけ含みます）。</translation>
    </message>
    <message>
        <source>List the members of the rooms&apos; rosters by anonymous name.</source>
        <translation>各ルームの名簿のメンバーを、匿名の名前で一覧表示します。</translation>
    </message>
    <message>
        <source>Add a member (an invited applicant with --from-applicant), change one, or remove one; attendance already counted stays counted.</source>
        <translation>メンバーを追加（招待済みの申込者は --from-applicant で追加できます）・変更・削除します。すでに数えた参加人数はそのまま残ります。</translation>
    </message>
    <message>
        <source>A Zoom participant who stayed fewer than N minutes is not counted when the room&apos;s participant lists are imported (default 5).</source>
        <translation>ルームの Zoom 参加者リストを読み込むとき、参加時間が N 分に満たない人は数えません(既定は5分)。</translation>
    </message>
    <message>
        <source>Who was sent the room&apos;s chat link or join details since they last changed; a new link can come with a draft for each of them, or go to all of them at once in one mail in BCC.</source>
        <translation>前回変わってから、ルームのチャットリンクや参加情報を送った相手を表示します。新しいリンクは、一人ずつの下書きにすることも、BCCで全員に一通にまとめて送ることもできます。</translation>
    </message>
</context>
<context>
    <name>ContactsCommand</name>
    <message>
        <source>Unknown kind: %1</source>
        <translation>種別「%1」はありません。</translation>
    </message>
    <message>
        <source>There is no room %1.</source>
        <translation>ルーム %1 はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n poster(s)</source>
        <translation>
            <numerusform>ポスター %n 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; a contact list is much smaller. Nothing was imported.</source>
        <translation>%1 は %2 MB を超えています。連携先の一覧としては大きすぎます。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>%1 has no rows. Nothing was imported.</source>
        <translation>%1 には行がありません。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>%1 is too large for a contact list. Nothing was imported.</source>
        <translation>%1 は連携先の一覧としては大きすぎます。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>%1 has no column with the organisation&apos;s name (団体名). Add one with that header and try again. Nothing was imported.</source>
        <translation>%1 には団体名の列がありません。見出しを「団体名」とした列を加えてから、もう一度お試しください。何も取り込んでいません。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s) from %1 (%2).</source>
        <translation>
            <numerusform>%1 から連携先を %n 件取り込みました(%2)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns left out (Tsunagu does not know them): %1</source>
        <translation>取り込まなかった列(つなぐが扱わない列です): %1</translation>
    </message>
    <message>
        <source>Line %1: %2 is already in the directory; skipped.</source>
        <translation>%1 行目: %2 はすでに登録されているため、飛ばしました。</translation>
    </message>
    <message>
        <source>Line %1: the referral code of %2 belongs to another contact; skipped.</source>
        <translation>%1 行目: %2 の紹介コードは別の連携先で使われているため、飛ばしました。</translation>
    </message>
    <message>
        <source>Line %1: no organisation name; skipped.</source>
        <translation>%1 行目: 団体名がないため、飛ばしました。</translation>
    </message>
    <message>
        <source>Line %1: %2 「%3」 was not understood and left empty.</source>
        <translation>%1 行目: %2「%3」を読み取れなかったため、空欄にしました。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n contact(s) to %1.</source>
        <translation>
            <numerusform>連携先 %n 件を %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: tsunagu contacts vcard ID [--out FILE]</source>
        <translation>使い方: tsunagu contacts vcard ID [--out FILE]</translation>
    </message>
    <message>
        <source>There is no contact %1 (contacts list shows the numbers).</source>
        <translation>連携先 %1 はありません(番号は contacts list で確認できます)。</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>表ではなく JSON で表示します。</translation>
    </message>
    <message>
        <source>Only contacts of this kind (clinic, hospital, …).</source>
        <translation>この種別の連携先だけを表示します(clinic、hospital など)。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Only contacts in this prefecture or city.</source>
        <translation>この都道府県・市区町村の連携先だけを表示します。</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Only contacts that relate to this room.</source>
        <translation>このルームに関わる連携先だけを表示します。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Only contacts without contact for 6 months.</source>
        <translation>6か月以上連絡していない連携先だけを表示します。</translation>
    </message>
    <message>
        <source>Only contacts that have no poster yet.</source>
        <translation>まだポスターを届けていない連携先だけを表示します。</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>書き出す CSV ファイルです。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>The vCard file to write (else printed).</source>
        <translation>書き出す vCard ファイルです(指定しないと画面に表示します)。</translation>
    </message>
    <message>
        <source>list, import FILE.csv, export --csv FILE or vcard ID.</source>
        <translation>list、import FILE.csv、export --csv FILE、vcard ID のいずれかです。</translation>
    </message>
    <message>
        <source>Usage: tsunagu contacts list [--json] [--kind K] [--region R] [--room CODE] [--stale] [--no-poster] | contacts import FILE.csv | contacts export --csv FILE | contacts vcard ID [--out FILE]</source>
        <translation>使い方: tsunagu contacts list [--json] [--kind K] [--region R] [--room CODE] [--stale] [--no-poster] | contacts import FILE.csv | contacts export --csv FILE | contacts vcard ID [--out FILE]</translation>
    </message>
</context>
<context>
    <name>DiagnosticsCommand</name>
    <message>
        <source>The file to write (JSON text); - for the terminal.</source>
        <translation>書き出すファイル(JSON 形式のテキスト)。- を指定すると端末に表示します。</translation>
    </message>
    <message>
        <source>Name the one file to write: tsunagu diagnostics FILE</source>
        <translation>書き出すファイルを 1 つ指定してください: tsunagu diagnostics FILE</translation>
    </message>
    <message>
        <source>The diagnostics file %1 cannot be written: %2</source>
        <translation>診断情報のファイル %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Diagnostics written to %1. It holds versions, counts and settings, and no applicant&apos;s data: you may attach it to a bug report.</source>
        <translation>診断情報を %1 に書き出しました。バージョン、件数、設定だけで、申込者のデータは含みません。不具合の報告に添付していただけます。</translation>
    </message>
</context>
<context>
    <name>DiagnosticsExport</name>
    <message>
        <source>Save diagnostics</source>
        <translation>診断情報を保存</translation>
    </message>
    <message>
        <source>Diagnostics (*.json)</source>
        <translation>診断情報 (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Saved to %1. It holds version numbers, how many rows each table has, settings without secrets, the mail servers&apos; addresses (no user names) and recent log lines — nothing about applicants. You may attach it to a bug report.</source>
        <translation>%1 に保存しました。バージョン番号、各表の件数、秘密を含まない設定、メールサーバーのアドレス(ユーザー名は含みません)、最近のログだけで、申込者のことは何も含みません。不具合の報告に添付していただけます。</translation>
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
    <message>
        <source>Already answered from another mail program (marked as answered on the mail server)</source>
        <translation>別のメールアプリで返信済みです(メールサーバー上で返信済みになっています)</translation>
    </message>
    <message>
        <source>Written to the room directly, not through the form</source>
        <translation>フォームを使わず、ルームに直接届いたお便りです</translation>
    </message>
    <message>
        <source>Has attachments (perhaps a referral letter): see the mail</source>
        <translation>添付ファイルがあります(紹介状かもしれません)。メールを確認してください</translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message>
        <source>%1 cannot be created. Check that the folder exists and that you may write in it.</source>
        <translation>%1 を作成できません。フォルダーがあること、そのフォルダーに書き込めることを確認してください。</translation>
    </message>
    <message>
        <source>The disk is full, so %1 was not written (an older file of that name is unchanged). Free some space and try again.</source>
        <translation>ディスクの空き容量がないため、%1 を書き込めませんでした(同じ名前の以前のファイルはそのまま残っています)。空き容量を増やしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 could not be written (an older file of that name is unchanged).</source>
        <translation>%1 を書き込めませんでした(同じ名前の以前のファイルはそのまま残っています)。</translation>
    </message>
    <message>
        <source>No Japanese font is installed, so the document would print as empty boxes. Install the Noto Sans CJK fonts (Debian: fonts-noto-cjk) and try again.</source>
        <translation>日本語のフォントがインストールされていないため、文字が空白の四角で印刷されてしまいます。Noto Sans CJK フォント(Debian では fonts-noto-cjk)をインストールしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>There is nothing to put in %1 for this choice, so no file was written.</source>
        <translation>この選択では %1 に載せる内容がないため、ファイルは作成しませんでした。</translation>
    </message>
    <message>
        <source>The content does not fit on the page even at the smallest readable size. Shorten the text or choose fewer items, or a larger paper size.</source>
        <translation>読める大きさまで文字を小さくしても、内容がページに収まりません。文章を短くするか、項目を減らすか、大きな用紙サイズを選んでください。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>詳細: %1</translation>
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
    <message>
        <source>Someone else changed this first</source>
        <translation>ほかの方が先に変更しました</translation>
    </message>
    <message>
        <source>It was changed in another window or by another host in the meantime, so nothing was changed here. Reload to see the current state.</source>
        <translation>その間に別のウィンドウで、またはほかのホストが変更したため、ここでは何も変更していません。再読み込みして、最新の状態を確認してください。</translation>
    </message>
    <message>
        <source>This copy of Tsunagu cannot use its data file safely</source>
        <translation>このつなぐではデータファイルを安全に使えません</translation>
    </message>
    <message>
        <source>This copy of Tsunagu was built with a Qt that uses another SQLite library than Tsunagu itself, so it did not open or change %1. Install Tsunagu from a package made for this system.</source>
        <translation>このつなぐは、つなぐ自身とは別の SQLite ライブラリを使う Qt で作られているため、%1 を開かず、変更もしていません。お使いのシステム向けのパッケージからつなぐをインストールしてください。</translation>
    </message>
    <message>
        <source>This profile needs its passphrase</source>
        <translation>このプロファイルにはパスフレーズが必要です</translation>
    </message>
    <message>
        <source>The passphrase is not right</source>
        <translation>パスフレーズが違います</translation>
    </message>
    <message>
        <source>Tsunagu cannot unlock this profile</source>
        <translation>このプロファイルのロックを解除できません</translation>
    </message>
    <message>
        <source>Some protected data cannot be read</source>
        <translation>保護されたデータの一部を読み込めません</translation>
    </message>
    <message>
        <source>The applicants&apos; data in %1 is protected by a passphrase, and no passphrase was given. Give it with --passphrase-file FILE (or TSUNAGU_PASSPHRASE_FILE), or open the profile in the window. Nothing was changed.</source>
        <translation>%1 の申込者のデータはパスフレーズで保護されていますが、パスフレーズが指定されていません。--passphrase-file FILE（または TSUNAGU_PASSPHRASE_FILE）で指定するか、ウィンドウでプロファイルを開いてください。何も変更していません。</translation>
    </message>
    <message>
        <source>The passphrase given does not open the data in %1. Check it (capital letters, spaces at the end of the file) and try again. Nothing was changed.</source>
        <translation>指定されたパスフレーズでは %1 のデータを開けません。パスフレーズ（大文字・小文字、ファイル末尾の空白など）を確かめて、もう一度お試しください。何も変更していません。</translation>
    </message>
    <message>
        <source>The key file in %1 that protects the applicants&apos; data cannot be read, or protection cannot start on this computer. Nothing was changed. Restore the key file from your backup.</source>
        <translation>%1 にある、申込者のデータを保護する鍵ファイルを読み込めないか、このコンピューターでは保護の仕組みを開始できません。何も変更していません。鍵ファイルをバックアップから戻してください。</translation>
    </message>
    <message>
        <source>A protected value in %1 does not open: it was changed outside Tsunagu or copied from another profile. The rest of the data is fine. Restore the profile from your backup if this repeats.</source>
        <translation>%1 の保護された値を開けません。つなぐ以外で書き換えられたか、別のプロファイルからコピーされた可能性があります。ほかのデータは問題ありません。繰り返し起きる場合は、プロファイルをバックアップから戻してください。</translation>
    </message>
    <message>
        <source>No keychain on this computer</source>
        <translation>このコンピューターではキーチェーンが使えません</translation>
    </message>
    <message>
        <source>The key of this profile is not in the keychain</source>
        <translation>このプロファイルの鍵がキーチェーンにありません</translation>
    </message>
    <message>
        <source>The keychain cannot be used on this computer. Give a passphrase with --passphrase-file.</source>
        <translation>このコンピューターではキーチェーンが使えません。--passphrase-file でパスフレーズを指定してください</translation>
    </message>
    <message>
        <source>The key that opens the data in %1 is kept in the keychain, and this computer&apos;s keychain does not have it. Restore the profile from a backup, or sign in to the account that created it. Nothing was changed.</source>
        <translation>%1 のデータを開く鍵はキーチェーンに保管されていますが、このコンピューターのキーチェーンにはその鍵がありません。バックアップからプロファイルを復元するか、このプロファイルを作ったアカウントでサインインしてください。何も変更していません。</translation>
    </message>
    <message>
        <source>The data file is empty</source>
        <translation>データファイルが空です</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <source>Tsunagu&apos;s window (process %1) has the data in %2 open. Switch to that window, or close it and try again. Nothing was changed.</source>
        <translation>つなぐのウィンドウ（プロセス %1）が %2 のデータを開いています。そのウィンドウに切り替えるか、閉じてからもう一度お試しください。何も変更していません。</translation>
    </message>
    <message>
        <source>The command &quot;tsunagu %1&quot; (process %2) is using the data in %3. Wait for it to finish, or stop it, and try again. Nothing was changed.</source>
        <translation>コマンド「tsunagu %1」（プロセス %2）が %3 のデータを使っています。終わるまで待つか、止めてからもう一度お試しください。何も変更していません。</translation>
    </message>
    <message>
        <source>A Tsunagu command (process %1) is using the data in %2. Wait for it to finish, or stop it, and try again. Nothing was changed.</source>
        <translation>つなぐのコマンド（プロセス %1）が %2 のデータを使っています。終わるまで待つか、止めてからもう一度お試しください。何も変更していません。</translation>
    </message>
    <message>
        <source>Another program (process %1) is using the data in %2. Close it and try again. Nothing was changed.</source>
        <translation>別のプログラム（プロセス %1）が %2 のデータを使っています。そのプログラムを閉じてからもう一度お試しください。何も変更していません。</translation>
    </message>
    <message>
        <source>Another Tsunagu is using the data in %1. Close it and try again. Nothing was changed.</source>
        <translation>別のつなぐが %1 のデータを使っています。閉じてからもう一度お試しください。何も変更していません。</translation>
    </message>
    <message>
        <source>The file %1 is empty: it may have been cut short by a full disk or by a copy that did not finish. Tsunagu did not change it. Restore the profile from your backup, or move the file away to start a new, empty profile.</source>
        <translation>ファイル %1 は空です。ディスクがいっぱいになったか、コピーが途中で終わったために中身が失われた可能性があります。つなぐはこのファイルを変更していません。バックアップからプロファイルを復元するか、このファイルを別の場所へ移してから新しい空のプロファイルで始めてください。</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full, so Tsunagu could not save. Nothing was changed. Free some space on that disk (empty the trash, remove large files you no longer need) and try again.</source>
        <translation>%1 のあるディスクがいっぱいのため、つなぐは保存できませんでした。何も変更していません。そのディスクの空き容量を増やして（ごみ箱を空にする、不要になった大きなファイルを削除するなど）、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>HostsCommand</name>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>表の代わりに JSON で出力します。</translation>
    </message>
    <message>
        <source>The name replies are signed with (a handle is fine).</source>
        <translation>返信に署名する名前です(ハンドルネームでかまいません)。</translation>
    </message>
    <message>
        <source>The signature under each reply.</source>
        <translation>各返信の末尾に入れる署名です。</translation>
    </message>
    <message>
        <source>The codes of the rooms the host answers for, comma-separated.</source>
        <translation>ホストが担当するルームのコードを、カンマ区切りで指定します。</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>行う操作です。</translation>
    </message>
    <message>
        <source>The host&apos;s present name (set, remove).</source>
        <translation>ホストの現在の名前です(set、remove のとき)。</translation>
    </message>
    <message>
        <source>Usage: tsunagu hosts list [--json] | hosts add --name NAME [--signature TEXT] [--rooms D,DA] | hosts set NAME [--name NEW] [--signature TEXT] [--rooms D,DA] | hosts remove NAME</source>
        <translation>使い方: tsunagu hosts list [--json] | hosts add --name NAME [--signature TEXT] [--rooms D,DA] | hosts set NAME [--name NEW] [--signature TEXT] [--rooms D,DA] | hosts remove NAME</translation>
    </message>
    <message>
        <source>There is no host named %1. tsunagu hosts list shows the hosts.</source>
        <translation>「%1」という名前のホストはいません。ホストの一覧は tsunagu hosts list で確認できます。</translation>
    </message>
    <message>
        <source>Host %1 was removed.</source>
        <translation>ホスト「%1」を削除しました。</translation>
    </message>
    <message>
        <source>There is no room with the code %1. tsunagu rooms list shows the rooms.</source>
        <translation>コード「%1」のルームはありません。ルームの一覧は tsunagu rooms list で確認できます。</translation>
    </message>
    <message>
        <source>The host was not saved:</source>
        <translation>ホストを保存できませんでした:</translation>
    </message>
    <message>
        <source>Host %1 was changed.</source>
        <translation>ホスト「%1」を変更しました。</translation>
    </message>
    <message>
        <source>Host %1 was added.</source>
        <translation>ホスト「%1」を追加しました。</translation>
    </message>
</context>
<context>
    <name>JoinDetailsNotice</name>
    <message>
        <source>The join details of %1 changed</source>
        <translation>「%1」の参加情報が変わりました</translation>
    </message>
    <message numerus="yes">
        <source>%n applicant(s) got no draft: no reply address or no invitation template.</source>
        <translation>
            <numerusform>%n 人には下書きを用意できませんでした。返信先アドレスか招待のテンプレートがありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Notices prepared</source>
        <translation>お知らせを用意しました</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>メールのパスワード</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP のパスワード</translation>
    </message>
    <message>
        <source>Enter the password of the mail account &quot;%1&quot; (%2).</source>
        <translation>メールアカウント「%1」(%2)のパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>送信していません</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) with the new details are ready in 返信 (Replies) instead.</source>
        <translation>
            <numerusform>代わりに、新しい参加情報を書いた下書きを %n 件「返信」に用意しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The notice was not sent</source>
        <translation>お知らせを送信できませんでした</translation>
    </message>
    <message numerus="yes">
        <source>The notice went to %n applicant(s) in BCC.</source>
        <translation>
            <numerusform>お知らせを %n 人の申込者に BCC で送信しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation>お知らせを送信しました</translation>
    </message>
    <message>
        <source>- %1: the address is blocked</source>
        <translation>- %1: アドレスがブロックされています</translation>
    </message>
    <message>
        <source>- %1: no address to write to</source>
        <translation>- %1: 送り先のアドレスがありません</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>差出人: %1</translation>
    </message>
    <message>
        <source>To: %1 (the room&apos;s own address)</source>
        <translation>宛先: %1(ルーム自身のアドレス)</translation>
    </message>
    <message numerus="yes">
        <source>BCC: %n applicant(s), whose addresses nobody else sees</source>
        <translation>
            <numerusform>BCC: 申込者 %n 人(アドレスはほかの人には見えません)</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>件名: %1</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>送らない方:</translation>
    </message>
    <message>
        <source>The chat link of room %1 changed</source>
        <translation>ルーム %1 のチャットリンクが変わりました</translation>
    </message>
    <message numerus="yes">
        <source>%n applicant(s) were sent the old details. How should they be told of the new ones?</source>
        <translation>
            <numerusform>%n 人の申込者に古い参加情報を送っています。新しい情報をどのように伝えますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) with the new details are ready in 返信 (Replies).</source>
        <translation>
            <numerusform>新しい参加情報を書いた下書きを %n 件「返信」に用意しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody to write to</source>
        <translation>送れる相手がいません</translation>
    </message>
    <message>
        <source>None of them can be written to:</source>
        <translation>どの方にも送れません:</translation>
    </message>
    <message>
        <source>The notice cannot be sent</source>
        <translation>お知らせを送信できません</translation>
    </message>
    <message>
        <source>Send this notice?</source>
        <translation>このお知らせを送信しますか？</translation>
    </message>
    <message>
        <source>Make a draft for each</source>
        <translation>一人ずつ下書きを作る</translation>
    </message>
    <message>
        <source>Send one mail to all in BCC</source>
        <translation>BCCで一通にまとめて送る</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
</context>
<context>
    <name>MailAccountText</name>
    <message>
        <source>Other mail service (IMAP)</source>
        <translation>その他のメールサービス(IMAP)</translation>
    </message>
    <message>
        <source>Gmail</source>
        <translation>Gmail</translation>
    </message>
    <message>
        <source>Proton Mail (Bridge)</source>
        <translation>Proton Mail(Bridge)</translation>
    </message>
    <message>
        <source>Outlook.com / Hotmail</source>
        <translation>Outlook.com / Hotmail</translation>
    </message>
    <message>
        <source>Fill in the server your mail service gives for IMAP. Most services use implicit TLS on port 993.</source>
        <translation>メールサービスが案内している IMAP サーバーを入力してください。多くのサービスは、ポート 993 の TLS 暗号化を使います。</translation>
    </message>
    <message>
        <source>Proton Mail Bridge must be installed and running on this computer. Use the user name and the password that Bridge shows for this address, not your Proton password. Bridge uses its own certificate: at the first sync Tsunagu shows its fingerprint, and once you confirm it, it is remembered for this account.</source>
        <translation>このパソコンに Proton Mail Bridge をインストールし、起動しておいてください。ユーザー名とパスワードは、Proton のパスワードではなく、Bridge がこのアドレス用に表示するものを使います。Bridge は独自の証明書を使うため、最初の受信のときにつなぐがフィンガープリントを表示します。一度確認すると、このアカウントについて記憶されます。</translation>
    </message>
    <message>
        <source>Implicit TLS (usually port 993)</source>
        <translation>TLS で暗号化(通常はポート 993)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS(通常はポート 143)</translation>
    </message>
    <message>
        <source>No encryption (only for a server on this computer)</source>
        <translation>暗号化なし(このパソコン上のサーバー専用)</translation>
    </message>
    <message>
        <source>Give the account a name, for example &quot;Room D intake&quot;.</source>
        <translation>アカウントに名前を付けてください(例:「ルームD 受付」)。</translation>
    </message>
    <message>
        <source>Enter the IMAP server, for example imap.example.org.</source>
        <translation>IMAP サーバーを入力してください(例: imap.example.org)。</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>ポートには 1 から 65535 までの数字を入力してください。</translation>
    </message>
    <message>
        <source>Enter the user name, usually the full mail address.</source>
        <translation>ユーザー名を入力してください。通常はメールアドレス全体です。</translation>
    </message>
    <message>
        <source>Enter the folder the applications arrive in, usually INBOX.</source>
        <translation>申し込みが届くフォルダを入力してください。通常は INBOX です。</translation>
    </message>
    <message>
        <source>Without encryption, the password and the applications would cross the network readable by anyone. No encryption is only allowed for a server on this computer (127.0.0.1 or localhost). Choose implicit TLS or STARTTLS.</source>
        <translation>暗号化しないと、パスワードや申し込みの内容が誰でも読める状態でネットワークを流れてしまいます。暗号化なしは、このパソコン上のサーバー(127.0.0.1 または localhost)にだけ使えます。TLS か STARTTLS を選んでください。</translation>
    </message>
    <message>
        <source>Tsunagu could not reach the mail server. Check the internet connection and the server name and port, then try again.</source>
        <translation>メールサーバーに接続できませんでした。インターネット接続と、サーバー名・ポートを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate could not be checked, so nothing was sent to it. If the server is your own (for example Proton Mail Bridge), confirm its fingerprint when Tsunagu asks.</source>
        <translation>メールサーバーの証明書を確認できなかったため、何も送信していません。ご自身のサーバー(Proton Mail Bridge など)の場合は、つなぐが確認を求めたときにフィンガープリントを確認してください。</translation>
    </message>
    <message>
        <source>The mail server shows a different certificate than the one you confirmed before, so nothing was sent to it. Ask whoever runs the server whether it was renewed before you trust the new one.</source>
        <translation>メールサーバーが、以前に確認したものとは別の証明書を示しているため、何も送信していません。新しい証明書を信頼する前に、サーバーの管理者に証明書が更新されたかどうかを確認してください。</translation>
    </message>
    <message>
        <source>The mail server did not accept the user name or password. Enter the password again; for Gmail it must be an app password.</source>
        <translation>メールサーバーがユーザー名またはパスワードを受け付けませんでした。パスワードを入力し直してください。Gmail の場合はアプリ パスワードが必要です。</translation>
    </message>
    <message>
        <source>No password is saved for this account. Enter it in the account settings.</source>
        <translation>このアカウントのパスワードは保存されていません。アカウントの設定で入力してください。</translation>
    </message>
    <message>
        <source>The folder does not exist on the mail server. Check the folder name in the account settings.</source>
        <translation>メールサーバーにそのフォルダがありません。アカウントの設定でフォルダ名を確認してください。</translation>
    </message>
    <message>
        <source>The mail server refused a request. Try again later; if it keeps happening, check the account settings.</source>
        <translation>メールサーバーが要求を拒否しました。しばらくしてからもう一度お試しください。繰り返し起きる場合は、アカウントの設定を確認してください。</translation>
    </message>
    <message>
        <source>Receiving mail failed. Try again later; the details may help whoever helps you.</source>
        <translation>メールを受信できませんでした。しばらくしてからもう一度お試しください。詳しい情報は、相談相手の方の手がかりになります。</translation>
    </message>
    <message>
        <source>No password is saved for this account.</source>
        <translation>このアカウントのパスワードは保存されていません。</translation>
    </message>
    <message>
        <source>No keychain is available on this computer.</source>
        <translation>このパソコンでは、キーチェーン(パスワードの保管場所)を利用できません。</translation>
    </message>
    <message>
        <source>The keychain refused to keep the password.</source>
        <translation>キーチェーンがパスワードの保存を拒否しました。</translation>
    </message>
    <message>
        <source>The keychain could not keep the password.</source>
        <translation>キーチェーンにパスワードを保存できませんでした。</translation>
    </message>
    <message>
        <source>The password is kept only until Tsunagu closes, because no keychain is available on this computer. You will be asked for it again next time.</source>
        <translation>このパソコンではキーチェーンを利用できないため、パスワードはつなぐを閉じるまでの間だけ保持されます。次回は、もう一度入力が必要です。</translation>
    </message>
    <message>
        <source>Not receiving</source>
        <translation>受信していません</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>受信しています…</translation>
    </message>
    <message>
        <source>Waiting for new mail (the server tells Tsunagu at once)</source>
        <translation>新着メールを待っています（届くとすぐにサーバーから知らせが来ます）</translation>
    </message>
    <message>
        <source>Checks for new mail again at %1</source>
        <translation>%1 にまた新着メールを確認します</translation>
    </message>
    <message>
        <source>Could not receive; tries again at %1</source>
        <translation>受信できませんでした。%1 にもう一度試します</translation>
    </message>
    <message>
        <source>Stopped until you act (see below)</source>
        <translation>あなたの操作を待っています（下の説明をご覧ください）</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate has changed</source>
        <translation>メールサーバーの証明書が変わりました</translation>
    </message>
    <message>
        <source>Trust this mail server&apos;s certificate?</source>
        <translation>このメールサーバーの証明書を信頼しますか？</translation>
    </message>
    <message>
        <source>Warning: the mail server of &quot;%1&quot; (%2) now shows a different certificate from the one you trusted before. This happens when a certificate is renewed, but it can also mean that someone is listening in on the connection. Trust it only if whoever runs the server confirms this fingerprint.</source>
        <translation>警告：「%1」のメールサーバー（%2）が、以前に信頼した証明書とは別の証明書を示しています。証明書が更新されたときにも起こりますが、だれかが通信を盗み見ようとしている可能性もあります。サーバーの管理者にこのフィンガープリントを確認できた場合にだけ信頼してください。</translation>
    </message>
    <message>
        <source>Tsunagu cannot confirm that the mail server of &quot;%1&quot; (%2) is who it says it is, so no password was sent. If the server is your own (for example Proton Mail Bridge), or whoever runs it gave you this fingerprint, you can trust it. Tsunagu then remembers exactly this certificate.</source>
        <translation>「%1」のメールサーバー（%2）が本物かどうかを Tsunagu では確認できないため、パスワードは送っていません。ご自分のサーバー（たとえば Proton Mail Bridge）の場合や、サーバーの管理者からこのフィンガープリントを知らされている場合は、信頼してかまいません。信頼すると、Tsunagu はこの証明書だけを覚えます。</translation>
    </message>
    <message>
        <source>Issued to: %1</source>
        <translation>発行先: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>発行者: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>有効期間: %1 ～ %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 フィンガープリント:</translation>
    </message>
    <message>
        <source>The certificate file this account was set up to trust cannot be read; it may have been moved or deleted, so nothing was sent to the server. Put the file back, or set the account up again with its new place or with the server&apos;s fingerprint (tsunagu account add --ca-file or --pin).</source>
        <translation>このアカウントで信頼するよう設定した証明書ファイルを読み込めません。移動または削除された可能性があるため、サーバーには何も送っていません。ファイルを元の場所に戻すか、新しい場所またはサーバーのフィンガープリントを指定してアカウントを設定し直してください（tsunagu account add --ca-file または --pin）。</translation>
    </message>
    <message>
        <source>Gmail does not accept your usual password from mail programs. Turn on 2-Step Verification in your Google Account, then create an app password (Google Account → Security → 2-Step Verification → App passwords) and enter its 16 letters below. The user name is your full Gmail address. Or sign in with Google instead of an app password.</source>
        <translation>Gmail では、メールソフトからふだんのパスワードを使うことはできません。Google アカウントで 2 段階認証プロセスを有効にしてから、アプリ パスワードを作成し(Google アカウント → セキュリティ → 2 段階認証プロセス → アプリ パスワード)、表示された 16 文字を下のパスワード欄に入力してください。ユーザー名は Gmail のメールアドレス全体です。アプリ パスワードの代わりに Google でサインインすることもできます。</translation>
    </message>
    <message>
        <source>Outlook.com, Hotmail and MSN only let mail programs in through Microsoft sign-in: no password is entered here. Save the account, then press Sign in and sign in to Microsoft in the browser (on the command line: --oauth microsoft, then tsunagu account sign-in).</source>
        <translation>Outlook.com、Hotmail、MSN は Microsoft sign-in(Microsoft でのサインイン)でしかメールソフトを受け付けません。ここではパスワードを入力しません。アカウントを保存してから「サインイン」を押し、ブラウザーで Microsoft にサインインしてください(コマンドラインでは --oauth microsoft を付けて追加し、tsunagu account sign-in を実行します)。</translation>
    </message>
    <message>
        <source>Outlook.com, Hotmail and MSN accept no password from mail programs since September 2024, only Microsoft sign-in: choose Sign in (on the command line: --oauth microsoft).</source>
        <translation>Outlook.com、Hotmail、MSN は 2024 年 9 月からメールソフトのパスワードを受け付けず、Microsoft sign-in(Microsoft でのサインイン)だけになりました。「サインイン」を選んでください(コマンドラインでは --oauth microsoft)。</translation>
    </message>
    <message>
        <source>Please sign in again: the sign-in for this account is no longer accepted (it was withdrawn or has expired). Use Sign in in the account settings, or run tsunagu account sign-in with the account&apos;s name.</source>
        <translation>もう一度サインインしてください。このアカウントのサインインは取り消されたか期限が切れたため、もう使えません。アカウント設定の「サインイン」を押すか、アカウント名を付けて tsunagu account sign-in を実行してください。</translation>
    </message>
    <message>
        <source>Implicit TLS (usually port 465)</source>
        <translation>TLS で暗号化(通常はポート 465)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS(通常はポート 587)</translation>
    </message>
    <message>
        <source>The disk that holds Tsunagu&apos;s data is full, so the new mail could not be kept. Nothing was lost: the mail stays on the server. Free some space on that disk and receive again.</source>
        <translation>つなぐのデータがあるディスクがいっぱいのため、新しいメールを保存できませんでした。何も失われていません。メールはサーバーに残っています。そのディスクの空き容量を増やしてから、もう一度受信してください。</translation>
    </message>
</context>
<context>
    <name>MailCommand</name>
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
    <name>MailFileText</name>
    <message>
        <source>%1: there is no such file. Check the name and the folder.</source>
        <translation>%1: このファイルは見つかりません。ファイル名とフォルダーをご確認ください。</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (it may be a folder, or you may not have permission to read it).</source>
        <translation>%1: ファイルを読み込めません(フォルダーであるか、読み取る権限がない可能性があります)。</translation>
    </message>
    <message>
        <source>%1: this is not a file but a device or a pipe, so it was not read. Save the mail as an .eml file and import that.</source>
        <translation>%1: これはファイルではなくデバイスまたはパイプのため、読み込みませんでした。メールを .eml ファイルとして保存してから取り込んでください。</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB, too large to be one mail, so it was not read.</source>
        <translation>%1: ファイルが %2 MB を超えており、1通のメールとしては大きすぎるため、読み込みませんでした。</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: ファイルが空です。</translation>
    </message>
    <message>
        <source>%1: this is not a mail (an .eml file starts with header lines such as &quot;From:&quot;), so it was not imported.</source>
        <translation>%1: これはメールではないため、取り込みませんでした(.eml ファイルは「From:」などのヘッダー行で始まります)。</translation>
    </message>
</context>
<context>
    <name>MemberText</name>
    <message>
        <source>Give the member an anonymous name (the name they use in the room).</source>
        <translation>メンバーの匿名の名前（ルームで使っている名前）を入力してください。</translation>
    </message>
    <message>
        <source>Choose the room the member belongs to.</source>
        <translation>メンバーが所属するルームを選んでください。</translation>
    </message>
    <message>
        <source>Room %1 already has a member with this anonymous name. Choose a different one, for example with a letter or number added.</source>
        <translation>ルーム %1 には、同じ匿名の名前のメンバーがすでにいます。文字や数字を付け加えるなどして、別の名前にしてください。</translation>
    </message>
    <message>
        <source>Remove %1 from the roster of room %2? Attendance already counted stays counted; only their name leaves the rosters and the lists of who came.</source>
        <translation>%1 さんをルーム %2 の名簿から削除しますか？すでに数えた参加人数はそのまま残ります。名簿と出席者の一覧から名前が消えるだけです。</translation>
    </message>
</context>
<context>
    <name>MembersCommand</name>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>表の代わりに JSON で出力します。</translation>
    </message>
    <message>
        <source>The room&apos;s code.</source>
        <translation>ルームのコードです。</translation>
    </message>
    <message>
        <source>The member&apos;s anonymous name.</source>
        <translation>メンバーの匿名の名前です。</translation>
    </message>
    <message>
        <source>person, family, supporter, other or unknown (本人, 家族, …).</source>
        <translation>person（本人）、family（家族）、supporter（支援者）、other（その他）、unknown（不明）のいずれかです（本人、家族…と日本語でも指定できます）。</translation>
    </message>
    <message>
        <source>The day they joined, as 2026-12-01 (default: today).</source>
        <translation>参加した日を 2026-12-01 の形で指定します（省略時は今日）。</translation>
    </message>
    <message>
        <source>active, inactive or left.</source>
        <translation>active（参加中）、inactive（休止中）、left（退会）のいずれかです。</translation>
    </message>
    <message>
        <source>Add an invited or attending applicant: their room, category and anonymous name are the defaults.</source>
        <translation>招待済みまたは参加中の申込者を追加します。ルーム・区分・匿名の名前は申込者のものが初期値になります。</translation>
    </message>
    <message>
        <source>Remove without asking.</source>
        <translation>確認せずに削除します。</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>行う操作です。</translation>
    </message>
    <message>
        <source>The member&apos;s number (set, remove), as members list shows.</source>
        <translation>メンバーの番号です（set、remove で使います）。members list で確認できます。</translation>
    </message>
    <message>
        <source>Usage: tsunagu members list [--room CODE] [--json] | members add --room CODE --name NAME [--category C] [--joined DATE] [--from-applicant ID] | members set ID [--name NAME] [--category C] [--status S] [--room CODE] [--joined DATE] | members remove ID [--yes]</source>
        <translation>使い方: tsunagu members list [--room CODE] [--json] | members add --room CODE --name NAME [--category C] [--joined DATE] [--from-applicant ID] | members set ID [--name NAME] [--category C] [--status S] [--room CODE] [--joined DATE] | members remove ID [--yes]</translation>
    </message>
    <message>
        <source>There is no room with the code %1. tsunagu rooms list shows the rooms.</source>
        <translation>コードが %1 のルームはありません。ルームの一覧は tsunagu rooms list で確認できます。</translation>
    </message>
    <message>
        <source>There is no member number %1. tsunagu members list shows the members.</source>
        <translation>番号 %1 のメンバーはいません。メンバーの一覧は tsunagu members list で確認できます。</translation>
    </message>
    <message>
        <source>Add --yes to remove the member.</source>
        <translation>削除する場合は --yes を付けてください。</translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>何も削除していません。</translation>
    </message>
    <message>
        <source>%1 was removed from the roster of room %2.</source>
        <translation>%1 さんをルーム %2 の名簿から削除しました。</translation>
    </message>
    <message>
        <source>There is no applicant number %1. tsunagu applicants list shows them.</source>
        <translation>番号 %1 の申込者はいません。申込者の一覧は tsunagu applicants list で確認できます。</translation>
    </message>
    <message>
        <source>Applicant %1 is not invited or attending yet, so they cannot join a roster. Change their status first (tsunagu applicants set %1 --status invited).</source>
        <translation>申込者 %1 はまだ招待済みでも参加中でもないため、名簿に加えられません。先に状態を変更してください（tsunagu applicants set %1 --status invited）。</translation>
    </message>
    <message>
        <source>Applicant %1 is on a roster already, as member %2.</source>
        <translation>申込者 %1 は、すでにメンバー %2 として名簿に載っています。</translation>
    </message>
    <message>
        <source>%1 is not a category: use person, family, supporter, other or unknown.</source>
        <translation>「%1」は区分として使えません。person、family、supporter、other、unknown のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>%1 is not a member status: use active, inactive or left.</source>
        <translation>「%1」はメンバーの状態として使えません。active、inactive、left のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>%1 is not a date: write it as 2026-12-01.</source>
        <translation>「%1」は日付として読めません。2026-12-01 の形で指定してください。</translation>
    </message>
    <message>
        <source>The member was not saved:</source>
        <translation>メンバーは保存されませんでした:</translation>
    </message>
    <message>
        <source>Member %1 (%2) was changed.</source>
        <translation>メンバー %1（%2）を変更しました。</translation>
    </message>
    <message>
        <source>Member %1 (%2) was added to room %3.</source>
        <translation>メンバー %1（%2）をルーム %3 に追加しました。</translation>
    </message>
</context>
<context>
    <name>OAuthText</name>
    <message>
        <source>your mail provider</source>
        <translation>ご利用のメールサービス</translation>
    </message>
    <message>
        <source>This copy of Tsunagu has no client ID for this provider, so it cannot open the sign-in page. Enter the client ID registered for Tsunagu in the account settings (or give --oauth-client-id); the README explains how to register one.</source>
        <translation>このつなぐには、このサービス用のクライアント ID が組み込まれていないため、サインインのページを開けません。Tsunagu 用に登録したクライアント ID をアカウント設定に入力してください(コマンドラインでは --oauth-client-id)。登録のしかたは README に書いてあります。</translation>
    </message>
    <message>
        <source>The sign-in address must start with https://. Check the authorize and token addresses.</source>
        <translation>サインインのアドレスは https:// で始まる必要があります。認可とトークンのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>Tsunagu could not wait for the browser on this computer (no free port on 127.0.0.1). Close some programs and try again.</source>
        <translation>このコンピューターでブラウザーからの戻りを待てませんでした(127.0.0.1 に空いているポートがありません)。いくつかのプログラムを閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The sign-in was not completed in the browser. Try again, and allow Tsunagu to read and send mail.</source>
        <translation>ブラウザーでのサインインが完了しませんでした。もう一度お試しのうえ、つなぐにメールの読み取りと送信を許可してください。</translation>
    </message>
    <message>
        <source>The browser came back with an answer that was not for this sign-in, so it was refused. Start the sign-in again.</source>
        <translation>ブラウザーから、このサインインのものではない応答が届いたため、受け付けませんでした。サインインを最初からやり直してください。</translation>
    </message>
    <message>
        <source>Nobody finished the sign-in in the browser within 5 minutes. Start it again when you are ready.</source>
        <translation>5 分以内にブラウザーでのサインインが終わりませんでした。準備ができたら、もう一度始めてください。</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached. Check the internet connection and try again.</source>
        <translation>サインインのサービスに接続できませんでした。インターネット接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Please sign in again: the sign-in for this account is no longer accepted.</source>
        <translation>もう一度サインインしてください。このアカウントのサインインはもう使えません。</translation>
    </message>
    <message>
        <source>The sign-in service refused the request. Check the client ID and the addresses in the account settings.</source>
        <translation>サインインのサービスに要求を断られました。アカウント設定のクライアント ID とアドレスを確認してください。</translation>
    </message>
    <message>
        <source>The sign-in service answered something Tsunagu cannot use. Try again later.</source>
        <translation>サインインのサービスから、つなぐが使えない応答が返りました。しばらくしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>This account has not been signed in yet. Use Sign in.</source>
        <translation>このアカウントはまだサインインしていません。「サインイン」を押してください。</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language code of this translation, for the browser</comment>
        <translation>ja</translation>
    </message>
    <message>
        <source>Signed in to Tsunagu</source>
        <translation>つなぐにサインインしました</translation>
    </message>
    <message>
        <source>Tsunagu can now receive and send this account&apos;s mail. You can close this tab.</source>
        <translation>これで、つなぐがこのアカウントのメールを受信・送信できます。このタブは閉じてかまいません。</translation>
    </message>
    <message>
        <source>The sign-in did not finish</source>
        <translation>サインインは完了しませんでした</translation>
    </message>
    <message>
        <source>Go back to Tsunagu: it says what happened and what to do. You can close this tab.</source>
        <translation>つなぐに戻ってください。何が起きたか、どうすればよいかが表示されています。このタブは閉じてかまいません。</translation>
    </message>
    <message>
        <source>Not signed in yet.</source>
        <translation>まだサインインしていません。</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2.</source>
        <translation>%2 に %1 としてサインインしました。</translation>
    </message>
    <message>
        <source>Last renewed %1.</source>
        <translation>最終更新: %1。</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>The passphrase file %1 cannot be read: %2</source>
        <translation>パスフレーズのファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>パスフレーズ: </translation>
    </message>
    <message>
        <source>No terminal to ask for the passphrase: give it with --passphrase-file FILE.</source>
        <translation>パスフレーズを尋ねる端末がありません。--passphrase-file FILE で指定してください。</translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>もう一度同じパスフレーズ: </translation>
    </message>
</context>
<context>
    <name>PassphraseCommand</name>
    <message>
        <source>The new passphrase: the first line of FILE.</source>
        <translation>新しいパスフレーズ（FILE の1行目）です。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>テキストの代わりにJSONで表示します。</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>行う操作です。</translation>
    </message>
    <message>
        <source>This profile is sealed with a key kept in memory only.</source>
        <translation>このプロファイルは、メモリー上だけにある鍵で保護されています。</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use set, change, remove or status.</source>
        <translation>「%1」という操作はありません。set、change、remove、status のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Give the new passphrase with --new-passphrase-file FILE.</source>
        <translation>新しいパスフレーズを --new-passphrase-file FILE で指定してください。</translation>
    </message>
    <message>
        <source>The new passphrase cannot be read from %1: %2</source>
        <translation>%1 から新しいパスフレーズを読み込めません：%2</translation>
    </message>
    <message>
        <source>The passphrase was changed; the data stays sealed with the same key.</source>
        <translation>パスフレーズを変更しました。データは同じ鍵で保護されたままです。</translation>
    </message>
    <message>
        <source>The profile is sealed now and opens with this passphrase.</source>
        <translation>プロファイルを保護しました。今後はこのパスフレーズで開きます。</translation>
    </message>
    <message>
        <source>This profile is not sealed: no keychain worked when it was opened. Set a passphrase with tsunagu passphrase set --new-passphrase-file FILE.</source>
        <translation>このプロファイルは保護されていません。開いたときにキーチェーンが使えませんでした。tsunagu passphrase set --new-passphrase-file FILE でパスフレーズを設定してください。</translation>
    </message>
    <message>
        <source>This profile is sealed and opens with its passphrase only.</source>
        <translation>このプロファイルは保護されており、パスフレーズでだけ開きます。</translation>
    </message>
    <message>
        <source>This profile is sealed with a key kept in this computer&apos;s keychain. Anyone who can use this computer account can open it; set a passphrase to require it.</source>
        <translation>このプロファイルは、このコンピューターのキーチェーンに保管した鍵で保護されています。このコンピューターのアカウントを使える人なら誰でも開けます。パスフレーズを必須にするには、パスフレーズを設定してください。</translation>
    </message>
    <message>
        <source>This profile has no passphrase to remove.</source>
        <translation>このプロファイルには、削除できるパスフレーズが設定されていません。</translation>
    </message>
    <message>
        <source>The passphrase cannot be removed: no keychain works on this computer to hold the profile&apos;s key instead.</source>
        <translation>パスフレーズは削除できません。このコンピューターでは、代わりにプロファイルの鍵を保管するキーチェーンが使えません。</translation>
    </message>
    <message>
        <source>The passphrase was removed: this profile opens with the key kept in this computer&apos;s keychain.</source>
        <translation>パスフレーズを削除しました。このプロファイルは、このコンピューターのキーチェーンに保管した鍵で開きます。</translation>
    </message>
    <message>
        <source>The key&apos;s copy in the keychain could not be removed (%1). Remove the entry &quot;%2&quot; of Tsunagu in the keychain yourself.</source>
        <translation>キーチェーンにある鍵の控えを削除できませんでした（%1）。キーチェーンから Tsunagu の項目「%2」を手動で削除してください。</translation>
    </message>
    <message>
        <source>The key is wrapped under this passphrase now, and its copy in the keychain was removed: only the passphrase opens this profile.</source>
        <translation>鍵をこのパスフレーズで包み直し、キーチェーンにあった鍵の控えを削除しました。このプロファイルはパスフレーズでだけ開きます。</translation>
    </message>
</context>
<context>
    <name>PosterCommand</name>
    <message>
        <source>Room %1 has no application form address: the poster says the form is being prepared and prints no QR code.</source>
        <translation>ルーム %1 には申し込みフォームのアドレスがありません。ポスターには「準備中」と記し、QRコードは載せません。</translation>
    </message>
    <message>
        <source>The form address of room %1 is too long for a QR code that scans at poster size: no code is printed.</source>
        <translation>ルーム %1 のフォームのアドレスが長すぎて、ポスターの大きさでは読み取れるQRコードになりません。QRコードは載せません。</translation>
    </message>
    <message>
        <source>The text was made smaller to fit the page.</source>
        <translation>紙面に収めるため、文字を小さくしました。</translation>
    </message>
    <message>
        <source>The title and lead text do not fit the page even at the smallest size: shorten them.</source>
        <translation>見出しと本文が、いちばん小さい文字でも紙面に収まりません。短くしてください。</translation>
    </message>
    <message>
        <source>The text of room %1 does not fit even at the smallest size: choose A3, fewer rooms or no tear-off strips.</source>
        <translation>ルーム %1 の説明が、いちばん小さい文字でも収まりません。A3にする、ルームを減らす、切り取り部分をなくす、のいずれかをお試しください。</translation>
    </message>
    <message>
        <source>Room codes, comma-separated, or &quot;all&quot; for every room that meets.</source>
        <translation>ルームのコードをカンマ区切りで指定します。開催中のすべてのルームなら &quot;all&quot; です。</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>A4 (default) or A3.</source>
        <translation>A4(既定)または A3 です。</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>用紙</translation>
    </message>
    <message>
        <source>The contact the poster is for: its name and referral code go on it.</source>
        <translation>掲示先の連携先です。団体名と紹介コードをポスターに載せます。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Add tear-off strips with the room and form address.</source>
        <translation>ルーム名とフォームのアドレスを書いた切り取り部分を付けます。</translation>
    </message>
    <message>
        <source>The poster&apos;s title.</source>
        <translation>ポスターの見出しです。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文</translation>
    </message>
    <message>
        <source>The text under the title.</source>
        <translation>見出しの下の本文です。</translation>
    </message>
    <message>
        <source>The version printed at the foot.</source>
        <translation>下に小さく印刷する版の名前です。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>書き出す PDF ファイルです。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Usage: tsunagu poster --rooms D,N,G [--size A4|A3] [--contact ID] [--tear-off] --pdf FILE</source>
        <translation>使い方: tsunagu poster --rooms D,N,G [--size A4|A3] [--contact ID] [--tear-off] --pdf FILE</translation>
    </message>
    <message>
        <source>There is no room %1 (rooms list shows the codes).</source>
        <translation>ルーム %1 はありません(コードは rooms list で確認できます)。</translation>
    </message>
    <message>
        <source>No room to put on the poster.</source>
        <translation>ポスターに載せるルームがありません。</translation>
    </message>
    <message>
        <source>There is no contact %1 (contacts list shows the numbers).</source>
        <translation>連携先 %1 はありません(番号は contacts list で確認できます)。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a poster of %n room(s) to %1.</source>
        <translation>
            <numerusform>%n ルームのポスターを %1 に書き出しました。</numerusform>
        </translation>
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
    <message>
        <source>Trust this certificate</source>
        <translation>この証明書を信頼する</translation>
    </message>
    <message>
        <source>Do not trust</source>
        <translation>信頼しない</translation>
    </message>
</context>
<context>
    <name>ReplyCommand</name>
    <message>
        <source>  Details: %1</source>
        <translation>  詳細: %1</translation>
    </message>
    <message>
        <source>  Certificate: %1
  Issued by: %2
  SHA-256: %3
  If you trust it, add the account again with --pin %3.</source>
        <translation>  証明書: %1
  発行者: %2
  SHA-256: %3
  信頼できる場合は、--pin %3 を付けてアカウントを追加し直してください。</translation>
    </message>
    <message>
        <source>Give it with --password-stdin.</source>
        <translation>--password-stdin で指定してください。</translation>
    </message>
    <message>
        <source>Nothing was sent. To send anyway, run the command again with --anyway.</source>
        <translation>何も送信していません。それでも送信する場合は、--anyway を付けてもう一度コマンドを実行してください。</translation>
    </message>
    <message>
        <source>The reply is kept (number %1); nothing is lost.</source>
        <translation>返信は保存されています(番号 %1)。内容は失われていません。</translation>
    </message>
    <message>
        <source>Sent (Message-ID %1).</source>
        <translation>送信しました(Message-ID %1)。</translation>
    </message>
    <message>
        <source>Saved in the Drafts folder on the server.</source>
        <translation>サーバーの下書きフォルダに保存しました。</translation>
    </message>
    <message>
        <source>The referral is recorded; the other room was not told (no consent).</source>
        <translation>他ルームへの紹介を記録しました。申込者の同意がないため、紹介先のルームには知らせていません。</translation>
    </message>
    <message>
        <source>The other room was not told; the referral is recorded.</source>
        <translation>紹介先のルームには知らせていませんが、紹介は記録しました。</translation>
    </message>
    <message>
        <source>The other room was told, with only the fields the applicant agreed to.</source>
        <translation>申込者が同意した項目だけを、紹介先のルームに知らせました。</translation>
    </message>
    <message>
        <source>The applicant&apos;s number (tsunagu applicants list shows it).</source>
        <translation>申込者の番号です(tsunagu applicants list で確認できます)。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>invite, hold, refer, decline or reminder.</source>
        <translation>invite(招待)、hold(確認・保留)、refer(他ルームのご案内)、decline(対象外のご案内)、reminder(リマインダー)のいずれかを指定します。</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>The template&apos;s name, when the room has several.</source>
        <translation>使うテンプレートの名前です。ルームにテンプレートが複数ある場合に指定します。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The host who answers (their signature goes in).</source>
        <translation>返信するホストです(そのホストの署名が入ります)。</translation>
    </message>
    <message>
        <source>ja (default) or en.</source>
        <translation>ja(省略時)または en を指定します。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>For refer: the code of the room to refer to.</source>
        <translation>refer で使います: 紹介先のルームのコードです。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>For hold: the question to ask.</source>
        <translation>hold で使います: 申込者に確認したいことです。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Print the message exactly as it would be sent.</source>
        <translation>送信されるとおりの形で、メッセージを出力します。</translation>
    </message>
    <message>
        <source>Send it.</source>
        <translation>送信します。</translation>
    </message>
    <message>
        <source>Save it in the account&apos;s Drafts folder instead of sending.</source>
        <translation>送信せずに、アカウントの下書きフォルダに保存します。</translation>
    </message>
    <message>
        <source>Send even when another host answered already.</source>
        <translation>ほかのホストが既に返信していても送信します。</translation>
    </message>
    <message>
        <source>For refer: the applicant agreed that the other room is told about them.</source>
        <translation>refer で使います: 紹介先のルームに申込者のことを伝えることについて、申込者の同意を得ています。</translation>
    </message>
    <message>
        <source>For refer with --consent: what the other room may be told, separated by commas (%1).</source>
        <translation>refer と --consent で使います: 紹介先のルームに伝えてよい項目です。カンマで区切って指定します(%1)。</translation>
    </message>
    <message>
        <source>FIELDS</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input; it is not kept.</source>
        <translation>パスワードを標準入力の1行目から読み取ります。保存はしません。</translation>
    </message>
    <message>
        <source>The SMTP password differs: read it from the next line of standard input.</source>
        <translation>SMTP のパスワードが異なる場合に使います。SMTP のパスワードを標準入力の次の行から読み取ります。</translation>
    </message>
    <message>
        <source>--share takes %1.</source>
        <translation>--share に指定できるのは %1 です。</translation>
    </message>
    <message>
        <source>--consent and --share go with --action refer --other-room CODE.</source>
        <translation>--consent と --share は、--action refer --other-room CODE と一緒に指定してください。</translation>
    </message>
    <message>
        <source>There is no host named &quot;%1&quot;.</source>
        <translation>「%1」という名前のホストは登録されていません。</translation>
    </message>
    <message>
        <source>There is no room &quot;%1&quot;. Run tsunagu rooms list to see the rooms.</source>
        <translation>「%1」というルームはありません。ルームの一覧は tsunagu rooms list で確認できます。</translation>
    </message>
    <message>
        <source>There is no %1 template named &quot;%2&quot;.</source>
        <translation>%1 用の「%2」という名前のテンプレートはありません。</translation>
    </message>
    <message>
        <source>There is no applicant %1, or no template for this reply.</source>
        <translation>番号 %1 の申込者がいないか、この返信に使えるテンプレートがありません。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>何も送信していません。</translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>標準入力からパスワードが渡されませんでした。</translation>
    </message>
    <message>
        <source>No SMTP password was given on standard input.</source>
        <translation>標準入力から SMTP のパスワードが渡されませんでした。</translation>
    </message>
    <message>
        <source>Name the host who answers with --host NAME: %1.</source>
        <translation>返信するホストを --host NAME で指定してください: %1。</translation>
    </message>
    <message>
        <source>For invite: attach the room&apos;s next meetings as meetings.ics (the join details in it only as the message gives them).</source>
        <translation>invite で使います: ルームの次回以降のミーティングを meetings.ics として添付します（参加情報は、本文に書かれている場合だけ含みます）。</translation>
    </message>
    <message>
        <source>Usage: tsunagu reply --applicant ID --action invite|hold|refer|decline|reminder [--template NAME] [--host NAME] [--language ja|en] [--other-room CODE] [--question TEXT] (--send | --draft | --print) [--ics] [--password-stdin] [--smtp-password-stdin] [--anyway] [--consent] [--share FIELDS]</source>
        <translation>使い方: tsunagu reply --applicant ID --action invite|hold|refer|decline|reminder [--template NAME] [--host NAME] [--language ja|en] [--other-room CODE] [--question TEXT] (--send | --draft | --print) [--ics] [--password-stdin] [--smtp-password-stdin] [--anyway] [--consent] [--share FIELDS]</translation>
    </message>
    <message>
        <source>--ics goes with --action invite: only an invitation carries the meetings.</source>
        <translation>--ics は --action invite と一緒に指定してください。ミーティングの予定を添付できるのは招待だけです。</translation>
    </message>
    <message>
        <source>The applicant&apos;s room has no meetings planned in the coming three months, so there is nothing to attach. Leave out --ics, or add the room&apos;s meetings first (tsunagu schedule list).</source>
        <translation>申込者のルームには今後3か月のミーティングの予定がないため、添付するものがありません。--ics を外すか、先にルームのミーティングを登録してください（tsunagu schedule list で確認できます）。</translation>
    </message>
</context>
<context>
    <name>ReplyText</name>
    <message>
        <source>Invite</source>
        <translation>招待</translation>
    </message>
    <message>
        <source>Ask a question / hold</source>
        <translation>確認・保留</translation>
    </message>
    <message>
        <source>Refer to another room</source>
        <translation>他ルームのご案内</translation>
    </message>
    <message>
        <source>Decline politely</source>
        <translation>対象外のご案内</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>リマインダー</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Sending (check whether it arrived)</source>
        <translation>送信中(届いたかどうか確認してください)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>Saved in the Drafts folder</source>
        <translation>下書きフォルダに保存済み</translation>
    </message>
    <message>
        <source>There is no valid address to reply to. Enter the applicant&apos;s address.</source>
        <translation>有効な返信先のアドレスがありません。申込者のアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The subject is empty.</source>
        <translation>件名が空欄です。</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>本文が空欄です。</translation>
    </message>
    <message>
        <source>Some parts are still marked 【未入力】 (not filled in). Write them in, or remove them.</source>
        <translation>【未入力】のままの箇所があります。内容を書き入れるか、その箇所を削除してください。</translation>
    </message>
    <message>
        <source>The meeting&apos;s join link, ID or passcode is in a reply that is not an invitation. Remove it, or send an invitation instead.</source>
        <translation>招待ではない返信に、ミーティングの参加リンク・ミーティングID・パスコードのいずれかが含まれています。削除するか、代わりに招待を送ってください。</translation>
    </message>
    <message>
        <source>No mail account can send for this applicant&apos;s room. Add the SMTP server in Settings → Mail accounts.</source>
        <translation>この申込者のルームから送信できるメールアカウントがありません。「設定」→「メールアカウント」で SMTP サーバーを追加してください。</translation>
    </message>
    <message>
        <source>The reply is not ready to be sent yet.</source>
        <translation>この返信は、まだ送信できる状態ではありません。</translation>
    </message>
    <message>
        <source>This reply is being sent in another window, or was sent already. Nothing was sent again.</source>
        <translation>この返信は別のウィンドウで送信中か、既に送信済みです。重ねて送信はしていません。</translation>
    </message>
    <message>
        <source>Some characters cannot be written in ISO-2022-JP (the account&apos;s setting for old phones). Replace them, or send this account&apos;s replies in UTF-8.</source>
        <translation>ISO-2022-JP(古い携帯電話向けのアカウント設定)では表せない文字があります。その文字を置き換えるか、このアカウントの返信を UTF-8 で送るように設定してください。</translation>
    </message>
    <message>
        <source>The mail server could not be reached. Check the internet connection and try again; the reply is kept.</source>
        <translation>メールサーバーに接続できませんでした。インターネット接続を確認して、もう一度お試しください。返信は保存されています。</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate is not trusted, so nothing was sent.</source>
        <translation>メールサーバーの証明書が信頼されていないため、何も送信していません。</translation>
    </message>
    <message>
        <source>A secure connection to the mail server could not be made, so nothing was sent.</source>
        <translation>メールサーバーに安全に接続できなかったため、何も送信していません。</translation>
    </message>
    <message>
        <source>The certificate file this account was set up to trust cannot be read; it may have been moved or deleted, so nothing was sent. Put the file back, or set the account up again with its new place or with the server&apos;s fingerprint (tsunagu account add --ca-file or --pin).</source>
        <translation>このアカウントで信頼するよう設定した証明書ファイルを読み込めません。移動または削除された可能性があるため、何も送信していません。ファイルを元の場所に戻すか、新しい場所またはサーバーのフィンガープリントを指定してアカウントを設定し直してください（tsunagu account add --ca-file または --pin）。</translation>
    </message>
    <message>
        <source>The mail server did not offer encryption, so nothing was sent. Check the port and security settings of the account.</source>
        <translation>メールサーバーが暗号化に対応していなかったため、何も送信していません。アカウントのポートと暗号化の設定を確認してください。</translation>
    </message>
    <message>
        <source>The mail server did not accept the user name or password. Enter the password again; for Gmail it must be an app password.</source>
        <translation>メールサーバーがユーザー名またはパスワードを受け付けませんでした。パスワードを入力し直してください。Gmail の場合はアプリ パスワードが必要です。</translation>
    </message>
    <message>
        <source>No password is saved for this account. Enter it to send.</source>
        <translation>このアカウントのパスワードは保存されていません。送信するには、パスワードを入力してください。</translation>
    </message>
    <message>
        <source>The mail server does not accept the applicant&apos;s address. Check the address for typing errors.</source>
        <translation>メールサーバーが申込者のアドレスを受け付けません。アドレスに入力間違いがないか確認してください。</translation>
    </message>
    <message>
        <source>The mail server refused the message. The details below say why; the reply is kept.</source>
        <translation>メールサーバーがメッセージの受け取りを拒否しました。理由は下の詳細をご覧ください。返信は保存されています。</translation>
    </message>
    <message>
        <source>The mail server is busy and asked to try again later. The reply is kept; send it again in a few minutes.</source>
        <translation>メールサーバーが混み合っていて、時間をおいて送り直すよう求めています。返信は保存されていますので、数分後にもう一度送信してください。</translation>
    </message>
    <message>
        <source>The Drafts folder was not found on the server. Name it in the account settings.</source>
        <translation>サーバーに下書きフォルダが見つかりませんでした。アカウントの設定でフォルダ名を指定してください。</translation>
    </message>
    <message>
        <source>The mail server refused the request. The details below say why; the reply is kept.</source>
        <translation>メールサーバーが要求を拒否しました。理由は下の詳細をご覧ください。返信は保存されています。</translation>
    </message>
    <message>
        <source>Tsunagu could not record the reply. Check that the disk is not full.</source>
        <translation>返信を記録できませんでした。ディスクの空き容量を確認してください。</translation>
    </message>
    <message>
        <source>The reply was sent, but its copy could not be put in the Sent folder.</source>
        <translation>返信は送信しましたが、送信済みフォルダに控えを保存できませんでした。</translation>
    </message>
    <message>
        <source>The reply was sent, but the application could not be marked as answered on the server; co-hosts may not see that it was answered.</source>
        <translation>返信は送信しましたが、サーバー上で申し込みに返信済みの印を付けられませんでした。共同ホストには、返信済みであることが表示されない場合があります。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信しています…</translation>
    </message>
    <message>
        <source>Saving a copy on the server…</source>
        <translation>サーバーに控えを保存しています…</translation>
    </message>
    <message>
        <source>Marking the application as answered…</source>
        <translation>申し込みに返信済みの印を付けています…</translation>
    </message>
    <message>
        <source>another host</source>
        <translation>ほかのホスト</translation>
    </message>
    <message>
        <source>This application was already answered by %1 on %2. Send your reply anyway?</source>
        <translation>この申し込みには、%2 に %1 が既に返信しています。それでも返信を送信しますか？</translation>
    </message>
    <message>
        <source>This application is already marked as answered on the mail server (by %1). Send your reply anyway?</source>
        <translation>この申し込みは、メールサーバー上で既に返信済みになっています(%1)。それでも返信を送信しますか？</translation>
    </message>
    <message>
        <source>The mail account&apos;s sender address is not a mail address. Enter it (or a user name that is the full mail address) in Settings → Mail accounts.</source>
        <translation>メールアカウントの差出人アドレスが、メールアドレスの形になっていません。「設定」→「メールアカウント」で、差出人アドレス(またはメールアドレスそのもののユーザー名)を入力してください。</translation>
    </message>
    <message>
        <source>The applicant&apos;s reply address is not a mail address. Correct it in the reply&apos;s To field.</source>
        <translation>申込者の返信先がメールアドレスの形になっていません。返信の「宛先」欄で直してください。</translation>
    </message>
    <message>
        <source>The reply could not be put together as a mail (%1).</source>
        <translation>返信をメールの形にまとめられませんでした(%1)。</translation>
    </message>
    <message>
        <source>The notice was sent, but it could not be written in the audit log; the recipients will not be listed as holding the new details.</source>
        <translation>お知らせは送信しましたが、操作記録に書き込めませんでした。受け取った方は、新しい参加情報を持つ方として表示されません。</translation>
    </message>
</context>
<context>
    <name>ReportPdfCommand</name>
    <message>
        <source>The room (CODE), or all.</source>
        <translation>ルーム(コード)、またはすべて(all)。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>期間の初日(YYYY-MM-DD)。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation>期間の最終日(YYYY-MM-DD)。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>書き出す PDF ファイルです。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Usage: tsunagu report --room CODE|all --from DATE --to DATE --pdf FILE (dates such as 2026-12-01)</source>
        <translation>使い方: tsunagu report --room コード|all --from 日付 --to 日付 --pdf ファイル（日付は 2026-12-01 の形式）</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to の日付が --from より前になっています。</translation>
    </message>
    <message>
        <source>There is no room with the code %1.</source>
        <translation>コードが %1 のルームはありません。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report of %n meeting(s) to %1.</source>
        <translation>
            <numerusform>%n回のミーティングの報告書を %1 に書き出しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomsCommand</name>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>表の代わりに JSON 形式で出力します。</translation>
    </message>
    <message>
        <source>The room&apos;s name.</source>
        <translation>ルームの名前です。</translation>
    </message>
    <message>
        <source>Who the room is for: persons, families, women or open.</source>
        <translation>ルームの対象です: persons(本人)、families(家族)、women(女性のみ)、open(どなたでも)のいずれかです。</translation>
    </message>
    <message>
        <source>The room&apos;s theme: alcohol, drugs, gambling, gaming, eating, kleptomania or ikizurasa.</source>
        <translation>ルームのテーマです: alcohol、drugs、gambling、gaming、eating、kleptomania、ikizurasa のいずれかです。</translation>
    </message>
    <message>
        <source>Days within which applicants get a first reply.</source>
        <translation>申込者に最初の返信をするまでの日数です。</translation>
    </message>
    <message>
        <source>The application form&apos;s address (&quot;&quot; to clear).</source>
        <translation>申し込みフォームのアドレスです(&quot;&quot; で消去します)。</translation>
    </message>
    <message>
        <source>The chat link, a secret sent to invited applicants only.</source>
        <translation>チャットのリンクです。招待した申込者にだけ送る秘密の情報です。</translation>
    </message>
    <message>
        <source>The address applications arrive at.</source>
        <translation>申し込みが届くメールアドレスです。</translation>
    </message>
    <message>
        <source>The schedule in the room&apos;s own words.</source>
        <translation>ルーム自身の言葉で書いた日程です。</translation>
    </message>
    <message>
        <source>Read the room&apos;s guidelines from FILE (UTF-8).</source>
        <translation>ルームのガイドラインを FILE(UTF-8)から読み込みます。</translation>
    </message>
    <message>
        <source>Pause the room, with a note saying why or until when.</source>
        <translation>ルームを休止します。理由や再開の目安をメモとして添えてください。</translation>
    </message>
    <message>
        <source>Take applications again after a pause.</source>
        <translation>休止していたルームで、申し込みの受け付けを再開します。</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>行う操作です。</translation>
    </message>
    <message>
        <source>Room %1 exists already. Change it with tsunagu rooms set %1 …</source>
        <translation>ルーム %1 はすでにあります。変更するには tsunagu rooms set %1 … を使ってください。</translation>
    </message>
    <message>
        <source>There is no room with the code %1. tsunagu rooms list shows the rooms.</source>
        <translation>コード「%1」のルームはありません。ルームの一覧は tsunagu rooms list で確認できます。</translation>
    </message>
    <message>
        <source>Room %1 has applicants, and their history would be lost, so it was not removed. Pause it instead: tsunagu rooms set %1 --pause NOTE</source>
        <translation>ルーム %1 には申込者がいて、その記録が失われてしまうため、削除しませんでした。代わりに休止にしてください: tsunagu rooms set %1 --pause メモ</translation>
    </message>
    <message>
        <source>Room %1 was removed.</source>
        <translation>ルーム %1 を削除しました。</translation>
    </message>
    <message>
        <source>Choose either --pause or --resume.</source>
        <translation>--pause と --resume は、どちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>--audience is one of: persons, families, women, open.</source>
        <translation>--audience には persons、families、women、open のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>The guidelines file %1 cannot be read (it must be a text file of at most 256 KB).</source>
        <translation>ガイドラインのファイル %1 を読み込めません(256 KB 以下のテキストファイルを指定してください)。</translation>
    </message>
    <message>
        <source>Room %1 was not saved:</source>
        <translation>ルーム %1 を保存できませんでした:</translation>
    </message>
    <message>
        <source>Room %1 was changed.</source>
        <translation>ルーム %1 を変更しました。</translation>
    </message>
    <message>
        <source>Room %1 was added.</source>
        <translation>ルーム %1 を追加しました。</translation>
    </message>
    <message>
        <source>Nobody was sent room %1&apos;s chat link or join details since they last changed.</source>
        <translation>ルーム %1 のチャットリンクや参加情報は、最後に変わってから誰にも送られていません。</translation>
    </message>
    <message>
        <source>Delete self-introductions and mail texts N days after an applicant&apos;s outcome is decided (default 180; 0 keeps them until the applicant is deleted by hand).</source>
        <translation>申込者の結果が決まってから N 日後に自己紹介とメール本文を削除します（既定は 180 日。0 にすると申込者を手で削除するまで残します）。</translation>
    </message>
    <message>
        <source>With set --chat-link: prepare a draft for every applicant who was sent the old link, with the new one (sent only when you send the drafts).</source>
        <translation>set --chat-link と一緒に使います。古いリンクを送った申込者それぞれに、新しいリンクを書いた下書きを用意します（下書きを送るまで送信されません）。</translation>
    </message>
    <message>
        <source>The room&apos;s code (add, set, remove, secret-holders).</source>
        <translation>ルームのコード（add、set、remove、secret-holders）。</translation>
    </message>
    <message>
        <source>Usage: tsunagu rooms list [--json] | rooms add CODE --name NAME [options] | rooms set CODE [options] | rooms remove CODE | rooms secret-holders CODE [--json] (tsunagu rooms --help for the options)</source>
        <translation>使い方: tsunagu rooms list [--json] | rooms add CODE --name NAME [オプション] | rooms set CODE [オプション] | rooms remove CODE | rooms secret-holders CODE [--json]（オプションは tsunagu rooms --help で確認できます）</translation>
    </message>
    <message>
        <source>--retention-days is a number of days from 0 to %1 (0 keeps the texts until the applicant is deleted by hand).</source>
        <translation>--retention-days には 0 から %1 までの日数を指定してください（0 にすると申込者を手で削除するまで本文を残します）。</translation>
    </message>
    <message>
        <source>%1 applicant(s) were sent the old link: a draft with the new one is ready for %2 of them (tsunagu reply, or 返信 in the window, sends them).</source>
        <translation>古いリンクを送った申込者は %1 人です。そのうち %2 人に新しいリンクの下書きを用意しました（tsunagu reply か、画面の「返信」から送れます）。</translation>
    </message>
    <message>
        <source>No draft for applicant(s) %1: no reply address or no invitation template.</source>
        <translation>申込者 %1 には下書きを用意できませんでした。返信先アドレスか招待のテンプレートがありません。</translation>
    </message>
    <message>
        <source>%1 applicant(s) were sent the old link (%2): --notify-holders prepares a draft with the new one for each.</source>
        <translation>古いリンクを送った申込者は %1 人です（%2）。--notify-holders を付けると、一人ずつに新しいリンクの下書きを用意します。</translation>
    </message>
    <message>
        <source>A Zoom participant who stayed fewer minutes is not counted (0 to %1, 5 by default).</source>
        <translation>Zoom の参加時間がこの分数に満たない人は数えません(0〜%1、既定は5)。</translation>
    </message>
    <message>
        <source>With set --chat-link: instead of drafts, send one mail now from the room&apos;s account to its own address with every applicant who was sent the old link in BCC, with the new one.</source>
        <translation>set --chat-link と一緒に使います。下書きを作る代わりに、古いリンクを送った申込者全員を BCC に入れ、新しいリンクを書いたメールを一通、ルームのアカウントから自分自身のアドレス宛てに今すぐ送ります。</translation>
    </message>
    <message>
        <source>With --notify-bcc: read the mail password from the first line of standard input; it is not kept.</source>
        <translation>--notify-bcc と一緒に使います。メールのパスワードを標準入力の 1 行目から読み取ります。パスワードは保存しません。</translation>
    </message>
    <message>
        <source>Choose either --notify-holders (a draft each) or --notify-bcc (one mail in BCC).</source>
        <translation>--notify-holders(一人ずつの下書き)か --notify-bcc(BCC で一通)のどちらかを選んでください。</translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>標準入力からパスワードが渡されませんでした。</translation>
    </message>
</context>
<context>
    <name>RoomsNotice</name>
    <message>
        <source>A draft with the new link is ready for %1 applicant(s) instead (tsunagu reply, or 返信 in the window, sends them).</source>
        <translation>代わりに、%1 人の申込者に新しいリンクを書いた下書きを用意しました(tsunagu reply か、画面の「返信」から送信できます)。</translation>
    </message>
    <message>
        <source>Left out: applicant %1 (%2), the address is blocked.</source>
        <translation>送りません: 申込者 %1(%2)。アドレスがブロックされています。</translation>
    </message>
    <message>
        <source>Left out: applicant %1 (%2), no address to write to.</source>
        <translation>送りません: 申込者 %1(%2)。送り先のアドレスがありません。</translation>
    </message>
    <message>
        <source>Nobody could be written to; nothing was sent.</source>
        <translation>送れる相手がいないため、何も送信していません。</translation>
    </message>
    <message>
        <source>  Details: %1</source>
        <translation>  詳細: %1</translation>
    </message>
    <message>
        <source>The notice with the new link went to %1 applicant(s) in BCC (Message-ID %2).</source>
        <translation>新しいリンクのお知らせを、%1 人の申込者に BCC で送信しました(Message-ID %2)。</translation>
    </message>
    <message>
        <source>Give it with --password-stdin.</source>
        <translation>--password-stdin で渡してください。</translation>
    </message>
</context>
<context>
    <name>RosterCommand</name>
    <message>
        <source>The room whose members are listed.</source>
        <translation>メンバーを載せるルーム。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>The meeting&apos;s day (YYYY-MM-DD); the next meeting by default.</source>
        <translation>ミーティングの日（YYYY-MM-DD）。指定しなければ次回のミーティングです。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>書き出す PDF ファイルです。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>The CSV file for Excel to write.</source>
        <translation>書き出す Excel 用の CSV ファイル。</translation>
    </message>
    <message>
        <source>Usage: tsunagu roster --room CODE [--date DATE] (--pdf FILE | --csv FILE)</source>
        <translation>使い方: tsunagu roster --room コード [--date 日付] (--pdf ファイル | --csv ファイル)</translation>
    </message>
    <message>
        <source>--date needs a date such as 2026-12-01.</source>
        <translation>--date には 2026-12-01 のような日付を指定してください。</translation>
    </message>
    <message>
        <source>There is no room with the code %1.</source>
        <translation>コードが %1 のルームはありません。</translation>
    </message>
    <message>
        <source>Room %1 has no coming meeting; name the day with --date.</source>
        <translation>ルーム %1 には今後のミーティングがありません。--date で日を指定してください。</translation>
    </message>
    <message>
        <source>The roster could not be read: %1</source>
        <translation>名簿を読み込めませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the roster of %n member(s) for %1 to %2.</source>
        <translation>
            <numerusform>%1 の名簿（メンバー%n名）を %2 に書き出しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>There is no room with the code %1.</source>
        <translation>コードが %1 のルームはありません。</translation>
    </message>
    <message>
        <source>--from needs a date such as 2026-12-01.</source>
        <translation>--from には 2026-12-01 のような日付を指定してください。</translation>
    </message>
    <message>
        <source>--count needs a number from 1 to 10000.</source>
        <translation>--count には 1〜10000 の数を指定してください。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>moved from %1</source>
        <translation>%1 から変更</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>追加開催</translation>
    </message>
    <message>
        <source>Usage: tsunagu schedule ics --room CODE [--out FILE]</source>
        <translation>使い方: tsunagu schedule ics --room コード [--out ファイル]</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Only the meetings of room CODE.</source>
        <translation>指定したコードのルームのミーティングだけを表示します。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>List from this date (YYYY-MM-DD, Japan time) instead of now.</source>
        <translation>現在ではなく、この日付(YYYY-MM-DD、日本時間)から表示します。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>How many meetings to list (10 by default).</source>
        <translation>表示するミーティングの数(既定は10)。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>数</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>表の代わりにJSONで表示します。</translation>
    </message>
    <message>
        <source>Write the calendar to FILE instead of standard output.</source>
        <translation>カレンダーを標準出力ではなく指定したファイルに書き出します。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>List the coming meetings, or write a room&apos;s calendar (.ics).</source>
        <translation>今後のミーティングを一覧表示するか、ルームのカレンダー(.ics)を書き出します。</translation>
    </message>
    <message>
        <source>Usage: tsunagu schedule list [--room CODE] [--from DATE] [--count N] [--json]
       tsunagu schedule ics --room CODE [--out FILE]</source>
        <translation>使い方: tsunagu schedule list [--room コード] [--from 日付] [--count 数] [--json]
        tsunagu schedule ics --room コード [--out ファイル]</translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <source>%1 %2</source>
        <comment>two sentences one after the other; Japanese joins them without a space</comment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <source>Give the room a short code, such as D or DA.</source>
        <translation>D や DA のような、ルームの短いコードを入力してください。</translation>
    </message>
    <message>
        <source>Another room already has this code. Choose a different one.</source>
        <translation>このコードはほかのルームで使われています。別のコードを選んでください。</translation>
    </message>
    <message>
        <source>A room code cannot contain spaces.</source>
        <translation>ルームのコードには空白を入れられません。</translation>
    </message>
    <message>
        <source>Give the room a name.</source>
        <translation>ルームの名前を入力してください。</translation>
    </message>
    <message>
        <source>The application form address must be a web address starting with https://.</source>
        <translation>申し込みフォームのアドレスは、https:// で始まるウェブのアドレスにしてください。</translation>
    </message>
    <message>
        <source>The chat link must be a web address starting with https://.</source>
        <translation>チャットのリンクは、https:// で始まるウェブのアドレスにしてください。</translation>
    </message>
    <message>
        <source>The reception address is not a mail address.</source>
        <translation>受付用のアドレスがメールアドレスの形になっていません。</translation>
    </message>
    <message>
        <source>The reply deadline must be between 1 and %1 days.</source>
        <translation>返信期限は 1 日から %1 日のあいだで指定してください。</translation>
    </message>
    <message>
        <source>Give the host a name (a handle is fine).</source>
        <translation>ホストの名前を入力してください(ハンドルネームでかまいません)。</translation>
    </message>
    <message>
        <source>Another host already has this name. Choose a different one.</source>
        <translation>この名前はほかのホストが使っています。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>アルコール</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>薬物</translation>
    </message>
    <message>
        <source>Gambling</source>
        <translation>ギャンブル</translation>
    </message>
    <message>
        <source>Gaming</source>
        <translation>ゲーム</translation>
    </message>
    <message>
        <source>Eating disorders</source>
        <translation>摂食障害</translation>
    </message>
    <message>
        <source>Kleptomania</source>
        <translation>クレプトマニア</translation>
    </message>
    <message>
        <source>Difficulty living (ikizurasa)</source>
        <translation>生きづらさ</translation>
    </message>
    <message>
        <source>The minimum stay for a Zoom participant to be counted must be between 0 and %1 minutes.</source>
        <translation>Zoom の参加者として数える最短の参加時間は、0〜%1 分の範囲で指定してください。</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>  Certificate: %1
  Issued by: %2
  SHA-256: %3
  If you trust it, add it again with --pin %3.</source>
        <translation>  証明書: %1
  発行者: %2
  SHA-256: %3
  信頼できる場合は、--pin %3 を付けてアカウントを追加し直してください。</translation>
    </message>
    <message>
        <source>  Details: %1</source>
        <translation>  詳細: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new mail(s)</source>
        <translation>
            <numerusform>%1: 新しいメール %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>  applications %1 (duplicates %2), replies %3, unclassified %4, spam %5</source>
        <translation>  申し込み %1 件(重複 %2 件)、返信 %3 件、未分類 %4 件、迷惑メール %5 件</translation>
    </message>
    <message>
        <source>  already received %1, over the size cap %2, found again after the mailbox was recreated %3</source>
        <translation>  受信済み %1 件、サイズ上限を超えたもの %2 件、メールボックスの作り直し後に再び見つかったもの %3 件</translation>
    </message>
    <message>
        <source>Receive mail for this account only.</source>
        <translation>このアカウントのメールだけを受信します。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input (for computers without a keychain). It is used for this sync only and not kept.</source>
        <translation>パスワードを標準入力の1行目から読み取ります(キーチェーンのないパソコン向け)。今回の受信にだけ使い、保存はしません。</translation>
    </message>
    <message>
        <source>Print what was received as JSON.</source>
        <translation>受信した内容を JSON で出力します。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>「%1」は指定できない引数です。</translation>
    </message>
    <message>
        <source>There is no mail account named &quot;%1&quot;. tsunagu account list shows them.</source>
        <translation>「%1」という名前のメールアカウントはありません。一覧は tsunagu account list で確認できます。</translation>
    </message>
    <message>
        <source>There is no mail account yet. Add one with tsunagu account add.</source>
        <translation>メールアカウントがまだありません。tsunagu account add で追加してください。</translation>
    </message>
    <message>
        <source>--password-stdin gives one password: name the account with --account.</source>
        <translation>--password-stdin で渡せるパスワードは1つです。--account でアカウントを指定してください。</translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>標準入力からパスワードが渡されませんでした。</translation>
    </message>
    <message>
        <source>  waiting to be read: %1 (the next tsunagu sync, or opening the window, reads them)</source>
        <translation>  読み込み待ち: %1 件(次の tsunagu sync か、ウィンドウを開いたときに読み込みます)</translation>
    </message>
    <message>
        <source>  read %1 (including mail fetched earlier)</source>
        <translation>  読み込み: %1 件(前回までに受信したメールを含みます)</translation>
    </message>
    <message>
        <source>Only download new mail and keep it safely, without reading it yet (the quickest way to get a large mailbox onto this computer). The next tsunagu sync, or opening the window, reads it.</source>
        <translation>新しいメールを受信して安全に保存するだけで、まだ読み込みません(大きなメールボックスをこのパソコンに取り込む、いちばん速い方法です)。次の tsunagu sync か、ウィンドウを開いたときに読み込みます。</translation>
    </message>
    <message>
        <source>%1 signs in through its provider and takes no password: leave out --password-stdin (tsunagu account sign-in signs in again).</source>
        <translation>%1 はメールサービスのサインインで接続するため、パスワードは使いません。--password-stdin を付けずに実行してください（サインインし直すには tsunagu account sign-in を使います）。</translation>
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
    <message>
        <source>Name a command, or run tsunagu --help to see them.</source>
        <translation>コマンドを指定してください。使えるコマンドは tsunagu --help で表示できます。</translation>
    </message>
    <message>
        <source>The window could not be opened: %1 (%2). Reinstall Tsunagu; the commands work without it (tsunagu --help).</source>
        <translation>ウィンドウを開けませんでした: %1（%2）。Tsunagu を入れ直してください。コマンドはウィンドウがなくても使えます（tsunagu --help）。</translation>
    </message>
    <message>
        <source>The trace file %1 cannot be written: %2</source>
        <translation>記録ファイル %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; draws pages and runs in the tsunagu-window program, which is missing here. Reinstall Tsunagu.</source>
        <translation>コマンド「%1」はページを描画するため tsunagu-window プログラムで実行されますが、そのプログラムが見つかりません。つなぐを再インストールしてください。</translation>
    </message>
    <message>
        <source>This profile&apos;s data is protected. Enter its passphrase:</source>
        <translation>このプロファイルのデータは保護されています。パスフレーズを入力してください：</translation>
    </message>
    <message>
        <source>This profile&apos;s data is sealed now, with its key kept in this computer&apos;s keychain.</source>
        <translation>このプロファイルのデータを保護しました。鍵はこのコンピューターのキーチェーンに保管しています。</translation>
    </message>
    <message>
        <source>Sealing the applicants&apos; data of this profile. This happens once; with many applicants it takes a little while.</source>
        <translation>このプロファイルの申込者のデータを保護しています。この作業は一度だけで、申込者が多いと少し時間がかかります。</translation>
    </message>
    <message>
        <source>No keychain on this computer</source>
        <translation>このコンピューターではキーチェーンが使えません</translation>
    </message>
    <message>
        <source>The keychain cannot be used on this computer, so the applicants&apos; data in this profile is not sealed. Set a passphrase to seal it: the profile then opens only with it.</source>
        <translation>このコンピューターではキーチェーンが使えないため、このプロファイルの申込者のデータは保護されていません。パスフレーズを設定すると保護され、以後はそのパスフレーズでだけ開きます。</translation>
    </message>
    <message>
        <source>Set a passphrase…</source>
        <translation>パスフレーズを設定…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>今はしない</translation>
    </message>
    <message>
        <source>Choose a passphrase for this profile. Without it the data cannot be opened, so keep it safe.</source>
        <translation>このプロファイルのパスフレーズを決めてください。パスフレーズがないとデータを開けないため、大切に保管してください。</translation>
    </message>
    <message>
        <source>The keychain cannot be used on this computer, so this new profile needs a passphrase. Without it the data cannot be opened, so keep it safe.</source>
        <translation>このコンピューターではキーチェーンが使えないため、新しいプロファイルにはパスフレーズが必要です。パスフレーズがないとデータを開けないため、大切に保管してください。</translation>
    </message>
    <message>
        <source>Making the new profile and its key. This takes a moment.</source>
        <translation>新しいプロファイルとその鍵を作っています。少しお待ちください。</translation>
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
    <message>
        <source>Reply…</source>
        <translation>返信する…</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2(%3)</translation>
    </message>
    <message>
        <source>Continue the reply…</source>
        <translation>返信の続きを書く…</translation>
    </message>
    <message>
        <source>Note for the history (optional)</source>
        <translation>履歴に残すメモ(任意)</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>状態を変更</translation>
    </message>
    <message>
        <source>The room this application is for</source>
        <translation>この申し込みのルーム</translation>
    </message>
    <message>
        <source>Not an application</source>
        <translation>申し込みではない</translation>
    </message>
    <message>
        <source>Puts the mail back in 未分類 and removes this applicant (only before any reply).</source>
        <translation>メールを未分類に戻し、この申込者を削除します(返信する前だけできます)。</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>ルーム:</translation>
    </message>
    <message>
        <source>(choose a room)</source>
        <translation>(ルームを選んでください)</translation>
    </message>
    <message>
        <source>Still an applicant</source>
        <translation>申込者のままです</translation>
    </message>
    <message>
        <source>This applicant was answered already or their status changed, so they stay an applicant.</source>
        <translation>この申込者にはすでに返信しているか、状態が変わっているため、申込者のままにしました。</translation>
    </message>
    <message>
        <source>Delete this applicant…</source>
        <translation>この申込者を削除…</translation>
    </message>
    <message>
        <source>Delete this applicant</source>
        <translation>この申込者を削除</translation>
    </message>
    <message>
        <source>This applicant was deleted already: only the counts are left.</source>
        <translation>この申込者はすでに削除されています。残っているのは件数だけです。</translation>
    </message>
    <message>
        <source>Add to the roster…</source>
        <translation>名簿に加える…</translation>
    </message>
    <message>
        <source>This applicant is on the roster already (名簿).</source>
        <translation>この申込者はすでに名簿に載っています。</translation>
    </message>
    <message>
        <source>Applicants join the roster once they are invited or attending.</source>
        <translation>名簿に加えられるのは、招待済みか参加中の申込者です。</translation>
    </message>
    <message>
        <source>Choose the applicant&apos;s room first.</source>
        <translation>先に申込者のルームを選んでください。</translation>
    </message>
    <message>
        <source>Adds the applicant to their room&apos;s roster as a member.</source>
        <translation>申込者を、そのルームの名簿にメンバーとして加えます。</translation>
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
    <name>tsunagu::ui::AttendanceDialog</name>
    <message>
        <source>Attendance</source>
        <translation>参加記録</translation>
    </message>
    <message>
        <source>&amp;Persons:</source>
        <translation>本人(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Families:</source>
        <translation>家族(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Supporters / visitors:</source>
        <translation>支援者・見学(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Others / unclassified:</source>
        <translation>その他・未分類(&amp;O):</translation>
    </message>
    <message>
        <source>First-&amp;timers (of those):</source>
        <translation>うち初参加(&amp;T):</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>合計:</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n名</numerusform>
        </translation>
    </message>
    <message>
        <source>There cannot be more first-timers than participants.</source>
        <translation>初参加の人数が参加者の人数を超えることはできません。</translation>
    </message>
    <message>
        <source>The attendance could not be saved. Nothing was changed.
%1</source>
        <translation>参加記録を保存できませんでした。何も変更していません。
%1</translation>
    </message>
    <message>
        <source>Read from a &amp;Zoom participant list…</source>
        <translation>Zoomの参加者リストから読み込む(&amp;Z)…</translation>
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
    <name>tsunagu::ui::AuditLogPage</name>
    <message>
        <source>The newest %1 entries. The log keeps record numbers only, never names, addresses or mail text; the CSV holds every entry.</source>
        <translation>新しい順に %1 件を表示しています。記録に残るのは番号だけで、名前・アドレス・メール本文は含みません。CSV にはすべての記録を書き出します。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>CSV に書き出す…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>監査ログを書き出す</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Tsunagu audit log: when, what, which record (numbers only), which host. No names, addresses or mail text.</source>
        <translation>Tsunagu 監査ログ: 日時、操作、対象（番号のみ）、ホスト。名前・アドレス・メール本文は含みません。</translation>
    </message>
    <message>
        <source>The audit log was not exported</source>
        <translation>監査ログを書き出せませんでした</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>監査ログを書き出しました</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>%1 に書き出しました。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::BackupActions</name>
    <message>
        <source>Choose a passphrase for the backup. You need it to restore the backup; nobody can open the backup without it, and it cannot be recovered if it is lost.</source>
        <translation>バックアップのパスフレーズを決めてください。復元するときに必要です。パスフレーズがなければ誰もバックアップを開けず、忘れると取り戻せません。</translation>
    </message>
    <message>
        <source>The passphrase the backup was made with:</source>
        <translation>バックアップを作成したときのパスフレーズ:</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>もう一度同じパスフレーズを入力してください:</translation>
    </message>
    <message>
        <source>Create backup</source>
        <translation>バックアップを作成</translation>
    </message>
    <message>
        <source>Tsunagu backups (*.tsunagu-backup)</source>
        <translation>つなぐのバックアップ (*.tsunagu-backup)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Tsunagu backups (*.tsunagu-backup);;All files (*)</source>
        <translation>つなぐのバックアップ (*.tsunagu-backup);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Restoring replaces everything in this profile (applicants, mail, rooms, meetings, contacts) with what the backup holds. What was added since the backup was made is lost. If the backup cannot be read, nothing changes.</source>
        <translation>復元すると、このプロファイルの内容(申込者、メール、ルーム、ミーティング、連携先)がすべてバックアップの内容に置き換わります。バックアップの作成後に加わったものは失われます。バックアップを読み取れない場合は何も変わりません。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元する</translation>
    </message>
    <message>
        <source>Restart Tsunagu now, so that everything (mail receiving too) starts from the restored data?</source>
        <translation>復元したデータですべて(メールの受信も)を始めるため、今すぐつなぐを再起動しますか？</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>今すぐ再起動</translation>
    </message>
    <message>
        <source>The data was restored, but its key could not be written to the profile folder (%1), so the restored data cannot be opened yet. Make the folder writable and restore again.</source>
        <translation>データは復元しましたが、その鍵をプロファイルのフォルダーに書き込めませんでした（%1）。このままでは復元したデータを開けません。フォルダーに書き込めるようにしてから、もう一度復元してください。</translation>
    </message>
    <message>
        <source>From now on the profile opens with the backup&apos;s passphrase.</source>
        <translation>これからは、このプロファイルはバックアップのパスフレーズで開きます。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ComposeDialog</name>
    <message>
        <source>Reply to the applicant</source>
        <translation>申込者への返信</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>返信の種類</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Refer to</source>
        <translation>紹介先</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Preview (as sent)</source>
        <translation>プレビュー(送信される形)</translation>
    </message>
    <message>
        <source>Tell the other room (only with the applicant&apos;s consent)</source>
        <translation>紹介先のルームに伝える(申込者の同意がある場合のみ)</translation>
    </message>
    <message>
        <source>The applicant agreed that the other room is told about them</source>
        <translation>紹介先のルームに伝えることに、申込者が同意しています</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Save to the Drafts folder</source>
        <translation>下書きフォルダに保存</translation>
    </message>
    <message>
        <source>Puts the reply in the Drafts folder on the server, to send it from your usual mail app.</source>
        <translation>返信をサーバーの下書きフォルダに保存します。ふだんお使いのメールアプリから送信できます。</translation>
    </message>
    <message>
        <source>Close (the draft is kept)</source>
        <translation>閉じる(下書きは保存されます)</translation>
    </message>
    <message>
        <source>Please wait until the reply has been handed to the server.</source>
        <translation>返信がサーバーに渡されるまで、お待ちください。</translation>
    </message>
    <message>
        <source>(choose who answers)</source>
        <translation>(返信するホストを選んでください)</translation>
    </message>
    <message>
        <source>The last attempt failed: %1</source>
        <translation>前回はうまくいきませんでした: %1</translation>
    </message>
    <message>
        <source>This reply contains the meeting&apos;s join details (marked in yellow). They go only to this applicant; check the address before sending.</source>
        <translation>この返信には、ミーティングの参加情報(黄色で表示)が含まれています。この申込者だけに送るものですので、送信する前に宛先のアドレスを確認してください。</translation>
    </message>
    <message>
        <source>── Decoded: what the applicant sees ──</source>
        <translation>── 変換後: 申込者に表示される内容 ──</translation>
    </message>
    <message>
        <source>From: %1 &lt;%2&gt;</source>
        <translation>差出人: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>宛先: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>件名: %1</translation>
    </message>
    <message>
        <source>Enter the password of the mail account &quot;%1&quot; (%2).</source>
        <translation>メールアカウント「%1」(%2)のパスワードを入力してください。</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP のパスワード</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>メールのパスワード</translation>
    </message>
    <message>
        <source>Saved in the Drafts folder.</source>
        <translation>下書きフォルダに保存しました。</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>送信しました。</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存しました</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信しました</translation>
    </message>
    <message>
        <source>Already answered</source>
        <translation>返信済みです</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>それでも送信する</translation>
    </message>
    <message>
        <source>Not sent. The reply is kept as a draft.</source>
        <translation>送信していません。返信は下書きとして保存されています。</translation>
    </message>
    <message>
        <source>The other room was told, with only the fields the applicant agreed to.</source>
        <translation>申込者が同意した項目だけを、紹介先のルームに知らせました。</translation>
    </message>
    <message>
        <source>The other room could not be told: %1</source>
        <translation>紹介先のルームに知らせることができませんでした: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message>
        <source>The reply is kept; you can send it again.</source>
        <translation>返信は保存されています。もう一度送信できます。</translation>
    </message>
    <message>
        <source>Tsunagu stopped while this reply was being sent. Look in the Sent folder whether it arrived before you send it again.</source>
        <translation>この返信の送信中につなぐが終了しました。もう一度送る前に、送信済みフォルダに届いているかご確認ください。</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>下書きを破棄</translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation>下書きを破棄しますか？</translation>
    </message>
    <message>
        <source>The text of this reply is deleted. Nothing was sent to the applicant.</source>
        <translation>この返信の文面を削除します。申込者には何も送られていません。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>This reply went to the mail server already, so it is kept.</source>
        <translation>この返信はすでにメールサーバーに渡しているため、残しておきます。</translation>
    </message>
    <message>
        <source>%1 (another room&apos;s host)</source>
        <translation>%1(ほかのルームのホスト)</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1(休止中)</translation>
    </message>
    <message>
        <source>The preview cannot be shown yet:</source>
        <translation>まだプレビューを表示できません:</translation>
    </message>
    <message>
        <source>Attach the next meetings (.ics)</source>
        <translation>次回以降の予定を添付（.ics）</translation>
    </message>
    <message numerus="yes">
        <source>The applicant&apos;s calendar app shows the room&apos;s next %n meeting(s) at their times. The link and passcode are in it only when this mail gives them.</source>
        <translation>
            <numerusform>申込者のカレンダーアプリに、ルームの次回以降のミーティング%n回分が、その日時で表示されます。参加リンクとパスコードは、このメールの本文に書かれている場合だけ含まれます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The room has no meetings planned in the coming three months.</source>
        <translation>このルームには今後3か月のミーティングの予定がありません。</translation>
    </message>
    <message>
        <source>Attachment: %1 (%2)</source>
        <translation>添付ファイル: %1（%2）</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>連携先の追加</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>連携先の編集</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>団体名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Prefecture, e.g. 大阪府</source>
        <translation>都道府県(例: 大阪府)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Role, e.g. 精神保健福祉士</source>
        <translation>役割(例: 精神保健福祉士)</translation>
    </message>
    <message>
        <source>Person you know there</source>
        <translation>顔見知りの担当者</translation>
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
        <source>Web</source>
        <translation>ウェブ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>What they do and how they work with the rooms</source>
        <translation>どんな機関か、ルームとどう連携しているか</translation>
    </message>
    <message>
        <source>Works with us</source>
        <translation>連携内容</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>関わるルーム</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最終連絡日</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>次回フォロー日</translation>
    </message>
    <message>
        <source>Printed on this contact&apos;s posters, e.g. MD01</source>
        <translation>この連携先に届けるポスターに印刷します(例: MD01)</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation>紹介コード</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ContactPage</name>
    <message>
        <source>Visit</source>
        <translation>訪問</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会合</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>手渡し</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>郵送</translation>
    </message>
    <message>
        <source>by mail (PDF)</source>
        <translation>メール(PDF)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>この記録を削除</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申込者</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>ルーム</translation>
    </message>
    <message>
        <source>Referral source as written</source>
        <translation>記入された紹介元</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>結び付け</translation>
    </message>
    <message>
        <source>Confirm link</source>
        <translation>この連携先で確定</translation>
    </message>
    <message>
        <source>Not this contact</source>
        <translation>この連携先ではない</translation>
    </message>
    <message>
        <source>History</source>
        <translation>これまでの記録</translation>
    </message>
    <message>
        <source>Applicants who named this contact</source>
        <translation>この連携先を紹介元に挙げた申込者</translation>
    </message>
    <message>
        <source>Choose a contact to see its history and the applicants it sent.</source>
        <translation>連携先を選ぶと、これまでの記録と紹介された申込者が表示されます。</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>担当者: %1</translation>
    </message>
    <message>
        <source>Rooms: %1</source>
        <translation>関わるルーム: %1</translation>
    </message>
    <message>
        <source>Referral code on posters: %1</source>
        <translation>ポスターの紹介コード: %1</translation>
    </message>
    <message>
        <source>Next follow-up: %1</source>
        <translation>次回フォロー: %1</translation>
    </message>
    <message numerus="yes">
        <source>Poster %1, %n copies, %2</source>
        <translation>
            <numerusform>ポスター %1 を %n 枚(%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>suggested — please check</source>
        <translation>自動で結び付け — ご確認ください</translation>
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
    <message>
        <source>%1 (%2 to confirm)</source>
        <translation>%1(うち未確認 %2)</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>ルーム</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>次回フォロー</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ContactsArea</name>
    <message>
        <source>Contacts</source>
        <translation>連携先</translation>
    </message>
    <message>
        <source>Search by organisation, person, region or notes…</source>
        <translation>団体名・担当者・地域・メモで検索…</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>すべての種別</translation>
    </message>
    <message>
        <source>Prefecture or city</source>
        <translation>都道府県・市区町村</translation>
    </message>
    <message>
        <source>No contact for 6 months</source>
        <translation>6か月以上連絡なし</translation>
    </message>
    <message>
        <source>No poster yet</source>
        <translation>ポスター未配布</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>フォロー期限</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Contacted today (phone)</source>
        <translation>今日連絡した(電話)</translation>
    </message>
    <message>
        <source>Visited today</source>
        <translation>今日訪問した</translation>
    </message>
    <message>
        <source>Mailed today</source>
        <translation>今日メールした</translation>
    </message>
    <message>
        <source>Met today at a meeting</source>
        <translation>今日会合で会った</translation>
    </message>
    <message>
        <source>Poster handed over today</source>
        <translation>今日ポスターを手渡した</translation>
    </message>
    <message>
        <source>Poster sent by post today</source>
        <translation>今日ポスターを郵送した</translation>
    </message>
    <message>
        <source>Poster sent by mail (PDF) today</source>
        <translation>今日ポスターをメールで送った(PDF)</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSVを取り込む…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSVに書き出す…</translation>
    </message>
    <message>
        <source>Save vCard…</source>
        <translation>vCardで保存…</translation>
    </message>
    <message>
        <source>Every room</source>
        <translation>すべてのルーム</translation>
    </message>
    <message>
        <source>Another contact already has the referral code %1. Choose another code.</source>
        <translation>紹介コード %1 は別の連携先で使われています。別のコードにしてください。</translation>
    </message>
    <message>
        <source>Remove %1 from the directory, with its history of contacts and posters? Applicants it referred stay, with their referral source as they wrote it.</source>
        <translation>%1 を、連絡とポスターの記録ごと連携先から削除しますか?紹介された申込者はそのまま残り、記入された紹介元も変わりません。</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>連携先の削除</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>The poster version recorded when none was delivered before: year and month of today.</extracomment>
        <translation>yyyy年M月版</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>連携先の取り込み</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSVファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a contact list. Nothing was imported.</source>
        <translation>%1 は連携先の一覧としては大きすぎます。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>%1 has no rows. Nothing was imported.</source>
        <translation>%1 には行がありません。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>%1 has no column with the organisation&apos;s name (団体名). Add one with that header and try again. Nothing was imported.</source>
        <translation>%1 には団体名の列がありません。見出しを「団体名」とした列を加えてから、もう一度お試しください。何も取り込んでいません。</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) imported (the file was %1).</source>
        <translation>
            <numerusform>連携先を %n 件取り込みました(ファイルの文字コードは %1 でした)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns left out: %1</source>
        <translation>取り込まなかった列: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were already in the directory and were skipped.</source>
        <translation>
            <numerusform>%n 行はすでに登録されていたため、飛ばしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had no organisation name and were skipped.</source>
        <translation>
            <numerusform>%n 行は団体名がなかったため、飛ばしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2 「%3」 was not understood and left empty.</source>
        <translation>%1 行目: %2「%3」を読み取れなかったため、空欄にしました。</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>連携先の書き出し</translation>
    </message>
    <message>
        <source>contacts.csv</source>
        <translation>連携先.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Save vCard</source>
        <translation>vCardで保存</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCardファイル (*.vcf)</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::DeleteApplicantDialog</name>
    <message>
        <source>Delete this applicant</source>
        <translation>この申込者を削除</translation>
    </message>
    <message>
        <source>Applicant #%1 will be deleted from Tsunagu. This cannot be undone.

Deleted: the self-introduction and the form as written, the reply address, the anonymous name, the notes, %2 mail(s) to and from them with their original text, %3 reply/replies and drafts, %4 referral(s) to other rooms, and the link from the roster to them.

Kept, without anything that names them: the room, status, category and dates, so that counts and reports stay the same, and a line in the audit log saying that applicant #%1 was deleted.</source>
        <translation>申込者 #%1 を Tsunagu から削除します。元に戻すことはできません。

削除するもの: 自己紹介とフォームの内容、返信先アドレス、匿名の名前、メモ、やり取りしたメール %2 通（元の本文を含む）、返信と下書き %3 件、他のルームへの紹介 %4 件、名簿とのつながり。

残すもの（本人がわかる情報は含みません）: ルーム、状態、区分、日付。件数と集計は変わりません。また、申込者 #%1 を削除したことが監査ログに1行記録されます。</translation>
    </message>
    <message>
        <source>Their original mails are not on a mail server (nothing to delete there).</source>
        <translation>元のメールはメールサーバー上にありません（サーバーで削除するものはありません）。</translation>
    </message>
    <message numerus="yes">
        <source>Also delete their %n original mail(s) on the mail server (gone for every host who shares the mailbox)</source>
        <translation>
            <numerusform>メールサーバー上の元のメール %n 通も削除する（メールボックスを共有しているホスト全員から消えます）</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Deleting… (the profile is compacted afterwards, which takes a while in a large one)</source>
        <translation>削除しています…（続けてプロファイルを詰め直します。大きなプロファイルでは少し時間がかかります）</translation>
    </message>
    <message>
        <source>Nothing was deleted</source>
        <translation>何も削除していません</translation>
    </message>
    <message numerus="yes">
        <source>The mail account of %n original mail(s) no longer exists, so they were left on the server.</source>
        <translation>
            <numerusform>元のメール %n 通はメールアカウントがもう登録されていないため、サーバーに残っています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>メールのパスワード</translation>
    </message>
    <message>
        <source>The password of %1, to delete the original mails on its server:</source>
        <translation>サーバー上の元のメールを削除するため、%1 のパスワードを入力してください:</translation>
    </message>
    <message>
        <source>%1: no password, so the original mails were left on the server.</source>
        <translation>%1: パスワードがないため、元のメールはサーバーに残っています。</translation>
    </message>
    <message numerus="yes">
        <source>%n original mail(s) were deleted on the server.</source>
        <translation>
            <numerusform>サーバー上の元のメールを %n 通削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The mail server cannot delete single messages safely (it lacks UIDPLUS), so the original mails were left there: delete them in your mail program.</source>
        <translation>このメールサーバーはメールを1通ずつ安全に削除できない（UIDPLUS に対応していない）ため、元のメールはサーバーに残っています。お使いのメールソフトで削除してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n original mail(s) were left on the server because their mailbox was recreated since they arrived: delete them in your mail program.</source>
        <translation>
            <numerusform>受信後にメールボックスが作り直されたため、元のメール %n 通はサーバーに残っています。お使いのメールソフトで削除してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The original mails could not be deleted on the server (%1): delete them in your mail program.</source>
        <translation>サーバー上の元のメールを削除できませんでした（%1）。お使いのメールソフトで削除してください。</translation>
    </message>
    <message>
        <source>The applicant was deleted</source>
        <translation>申込者を削除しました</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::EditableTable</name>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::HostDialog</name>
    <message>
        <source>Add a host</source>
        <translation>ホストを追加</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>ホスト「%1」</translation>
    </message>
    <message>
        <source>Printed under each reply, for example: Room D reception, Haru</source>
        <translation>各返信の末尾に入ります。例: ルームD 受付担当 ハル</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>署名(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Rooms they answer for:</source>
        <translation>担当するルーム(&amp;R):</translation>
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
    <name>tsunagu::ui::HostsPage</name>
    <message>
        <source>Remove host %1?</source>
        <translation>ホスト「%1」を削除しますか？</translation>
    </message>
    <message>
        <source>%1 is removed with the reply templates written for them alone. Replies they sent stay in the applicants&apos; histories.</source>
        <translation>%1 さんと、%1 さん専用の返信テンプレートを削除します。%1 さんが送った返信は、申込者の履歴にそのまま残ります。</translation>
    </message>
    <message>
        <source>Remove host</source>
        <translation>ホストを削除</translation>
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
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Everyone&apos;s applicants</source>
        <translation>すべての申込者</translation>
    </message>
    <message>
        <source>Waiting for %1 (their rooms)</source>
        <translation>%1 さんの担当ルームの返信待ち</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>無視したメール</translation>
    </message>
    <message>
        <source>Back to Unclassified</source>
        <translation>未分類に戻す</translation>
    </message>
    <message>
        <source>Undo &quot;Ignore&quot;: the mail goes back to Unclassified, where it can be made an applicant or attached.</source>
        <translation>「無視する」を取り消します。メールは未分類に戻り、申込者にしたり、申込者に結び付けたりできます。</translation>
    </message>
    <message>
        <source>Ignored (%1)</source>
        <translation>無視したメール(%1)</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::LockScreen</name>
    <message>
        <source>Tsunagu is locked</source>
        <translation>つなぐはロックされています</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>ロックを解除(&amp;U)</translation>
    </message>
    <message>
        <source>Unlock with my &amp;computer account</source>
        <translation>このコンピューターのアカウントで解除(&amp;C)</translation>
    </message>
    <message>
        <source>Enter your passphrase to show the applicants&apos; data again.</source>
        <translation>申込者のデータをもう一度表示するには、パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>No passphrase is set for this profile, so anyone at this computer can unlock it. The lock hides the data from view until then.</source>
        <translation>このプロファイルにはパスフレーズが設定されていないため、このコンピューターを使う人なら誰でも解除できます。ロック中はデータが画面に表示されません。</translation>
    </message>
    <message>
        <source>This profile&apos;s key is kept in the keychain of your computer account. Unlock with that account to show the applicants&apos; data again.</source>
        <translation>このプロファイルの鍵は、このコンピューターのアカウントのキーチェーンに保管されています。申込者のデータを再び表示するには、そのアカウントでロックを解除してください。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::MailAccountDialog</name>
    <message>
        <source>Add a mail account</source>
        <translation>メールアカウントの追加</translation>
    </message>
    <message>
        <source>Edit the mail account</source>
        <translation>メールアカウントの編集</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>サービス(&amp;S):</translation>
    </message>
    <message>
        <source>For example: Room D intake</source>
        <translation>例: ルームD 受付</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>IMAP &amp;server:</source>
        <translation>IMAP サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>暗号化(&amp;E):</translation>
    </message>
    <message>
        <source>Usually the full mail address</source>
        <translation>通常はメールアドレス全体です</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>保存済みのパスワードを使う場合は空欄のままにしてください</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>Do not keep the password; ask for it each time mail is received</source>
        <translation>パスワードを保存せず、受信のたびに入力する</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダ(&amp;F):</translation>
    </message>
    <message>
        <source>Applications for these &amp;rooms arrive here:</source>
        <translation>このアカウントに申し込みが届くルーム(&amp;R):</translation>
    </message>
    <message>
        <source>Last time (%1): %2</source>
        <translation>前回(%1): %2</translation>
    </message>
    <message>
        <source>Your Gmail address, for example room-d@gmail.com</source>
        <translation>Gmail のアドレス(例: room-d@gmail.com)</translation>
    </message>
    <message>
        <source>There is already a mail account named &quot;%1&quot;. Choose another name.</source>
        <translation>「%1」という名前のメールアカウントは既にあります。別の名前にしてください。</translation>
    </message>
    <message>
        <source>Sending replies</source>
        <translation>返信の送信</translation>
    </message>
    <message>
        <source>Empty: this account only receives</source>
        <translation>空欄: このアカウントは受信のみ</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>SMTPサーバー:</translation>
    </message>
    <message>
        <source>SMTP port:</source>
        <translation>SMTPポート:</translation>
    </message>
    <message>
        <source>SMTP encryption:</source>
        <translation>SMTPの暗号化:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>差出人の名前:</translation>
    </message>
    <message>
        <source>UTF-8 (recommended)</source>
        <translation>UTF-8（おすすめ）</translation>
    </message>
    <message>
        <source>ISO-2022-JP (for old mobile phones)</source>
        <translation>ISO-2022-JP（古い携帯電話向け）</translation>
    </message>
    <message>
        <source>Characters:</source>
        <translation>文字コード:</translation>
    </message>
    <message>
        <source>Found on the server</source>
        <translation>サーバーから自動で探します</translation>
    </message>
    <message>
        <source>Sent folder:</source>
        <translation>送信済みフォルダ:</translation>
    </message>
    <message>
        <source>Drafts folder:</source>
        <translation>下書きフォルダ:</translation>
    </message>
    <message>
        <source>Empty: the one this copy of Tsunagu was registered with</source>
        <translation>空欄: このつなぐに組み込まれている ID を使います</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>クライアント ID(&amp;C):</translation>
    </message>
    <message>
        <source>Sign in with Microsoft (after saving, press Sign in)</source>
        <translation>Microsoft でサインインする(保存後に「サインイン」を押します)</translation>
    </message>
    <message>
        <source>Sign in with Google instead of an app password (after saving, press Sign in)</source>
        <translation>アプリ パスワードの代わりに Google でサインインする(保存後に「サインイン」を押します)</translation>
    </message>
    <message>
        <source>Signs in through the browser (OAuth 2.0) instead of a password</source>
        <translation>パスワードの代わりにブラウザーでサインインします(OAuth 2.0)</translation>
    </message>
    <message>
        <source>Yahoo! Mail (Yahoo! JAPAN)</source>
        <translation>Yahoo!メール</translation>
    </message>
    <message>
        <source>iCloud Mail</source>
        <translation>iCloud メール</translation>
    </message>
    <message>
        <source>Turn on IMAP, POP and SMTP access in the settings of Yahoo! Mail first (Settings → IMAP/POP/SMTP access). The user name is your full Yahoo! Mail address.</source>
        <translation>先に Yahoo!メールの設定で「IMAP/POP/SMTPアクセス」を有効にしてください(設定 → IMAP/POP/SMTPアクセス)。ユーザー名は Yahoo!メールのメールアドレスそのものです。</translation>
    </message>
    <message>
        <source>iCloud Mail does not accept your Apple Account password from mail programs: create an app-specific password at account.apple.com (Sign-In and Security → App-Specific Passwords) and enter it below. The user name is your full iCloud Mail address.</source>
        <translation>iCloud メールは、メールソフトからの Apple アカウントのパスワードを受け付けません。account.apple.com で App 用パスワードを作成し(サインインとセキュリティ → App 用パスワード)、下に入力してください。ユーザー名は iCloud メールのメールアドレスそのものです。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::MailAccountTableModel</name>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>ルーム</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separator between room codes in a list</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>前回のエラー</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::MailAccountsPage</name>
    <message>
        <source>Tsunagu receives the applications from these mail accounts. Each room&apos;s applications arrive in one account.</source>
        <translation>つなぐは、これらのメールアカウントから申し込みを受け取ります。各ルームの申し込みは、どれか1つのアカウントに届きます。</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>アカウントを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>The password for &quot;%1&quot; was not saved; you will be asked for it when mail is received.</source>
        <translation>「%1」のパスワードは保存されていません。メールを受信するときに入力を求められます。</translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation>パスワードは保存されていません</translation>
    </message>
    <message>
        <source>Password kept for this session only</source>
        <translation>パスワードは今回だけ保持されます</translation>
    </message>
    <message>
        <source>The password for &quot;%1&quot; is kept in this computer&apos;s keychain.</source>
        <translation>「%1」のパスワードは、このパソコンのキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>Remove the mail account &quot;%1&quot; and its saved password? Mail already received stays in Tsunagu; its rooms receive no new applications until you add them to another account.</source>
        <translation>メールアカウント「%1」と、保存されたパスワードを削除しますか?受信済みのメールはつなぐに残ります。このアカウントのルームには、別のアカウントに割り当てるまで新しい申し込みが届かなくなります。</translation>
    </message>
    <message>
        <source>Remove mail account</source>
        <translation>メールアカウントの削除</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Removed the mail account &quot;%1&quot;.</source>
        <translation>メールアカウント「%1」を削除しました。</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>サインイン(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign in with Microsoft or Google in the browser, so that Tsunagu can receive and send this account&apos;s mail without a password.</source>
        <translation>ブラウザーで Microsoft または Google にサインインし、パスワードなしでこのアカウントのメールを受信・送信できるようにします。</translation>
    </message>
    <message>
        <source>Cannot sign in</source>
        <translation>サインインできません</translation>
    </message>
    <message>
        <source>Sign-in not finished</source>
        <translation>サインインが完了していません</translation>
    </message>
    <message>
        <source>Signed in: &quot;%1&quot; receives and sends without asking again.</source>
        <translation>サインインしました。「%1」は今後、確認なしで受信・送信します。</translation>
    </message>
    <message>
        <source>Sign in with %1 in the browser window that opened. Tsunagu waits up to 5 minutes.</source>
        <translation>開いたブラウザーの画面で %1 にサインインしてください。つなぐは最大 5 分間待ちます。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::MailImporter</name>
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
        <source>Imported %n mail(s).</source>
        <translation>
            <numerusform>%n件を取り込みました。</numerusform>
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
    <message numerus="yes">
        <source>%n of them are not applications</source>
        <translation>
            <numerusform>うち%n件は申し込みではありません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to look at in Unclassified</source>
        <translation>
            <numerusform>未分類で確認が必要なもの%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spam</source>
        <translation>
            <numerusform>迷惑メール%n件</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1).</source>
        <translation>（%1）。</translation>
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
    <message numerus="yes">
        <source>%n file(s) refused:</source>
        <translation>
            <numerusform>%n件は取り込めませんでした:</numerusform>
        </translation>
    </message>
    <message>
        <source>- %1</source>
        <translation>・%1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) were not read. What was imported before the cancel stays.</source>
        <translation>
            <numerusform>取り消しました。残りの%n件は読み込んでいません。取り消す前に取り込んだメールはそのまま残ります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::MailReceiver</name>
    <message>
        <source>Receive mail</source>
        <translation>メールを受信</translation>
    </message>
    <message>
        <source>There is no mail account yet. Add the room&apos;s mailbox in Settings → Mail accounts, then receive mail here.</source>
        <translation>メールアカウントがまだありません。「設定」→「メールアカウント」でルームの受付用メールボックスを追加してから、ここで受信してください。</translation>
    </message>
    <message>
        <source>The mail server refused the password for &quot;%1&quot; (%2). Enter it again.</source>
        <translation>メールサーバーが「%1」（%2）のパスワードを受け付けませんでした。もう一度入力してください。</translation>
    </message>
    <message>
        <source>Enter the password for &quot;%1&quot; (%2).</source>
        <translation>「%1」（%2）のパスワードを入力してください。</translation>
    </message>
    <message>
        <source>It is kept only until Tsunagu closes and is not saved. To save it, enter it in Settings → Mail accounts.</source>
        <translation>パスワードは Tsunagu を閉じるまでだけ保持し、保存はしません。保存するときは「設定」→「メールアカウント」で入力してください。</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>メールのパスワード</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>もう一度サインインしてください</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::MailStatusPanel</name>
    <message>
        <source>Press &quot;Receive mail&quot; to see the certificate and decide.</source>
        <translation>「メールを受信」を押すと、証明書の内容を確認して判断できます。</translation>
    </message>
    <message>
        <source>Press &quot;Receive mail&quot; to enter the password.</source>
        <translation>「メールを受信」を押すと、パスワードを入力できます。</translation>
    </message>
    <message>
        <source>After correcting it, press &quot;Receive mail&quot;.</source>
        <translation>直したあとで「メールを受信」を押してください。</translation>
    </message>
    <message>
        <source>Tsunagu keeps trying by itself.</source>
        <translation>Tsunagu が自動で再試行します。</translation>
    </message>
    <message>
        <source>Receive mail</source>
        <translation>メールを受信</translation>
    </message>
    <message>
        <source>Look for new applications in the rooms&apos; mailboxes now.</source>
        <translation>ルームのメールボックスに新しい申し込みが届いていないか、今すぐ確認します。</translation>
    </message>
    <message>
        <source>No mail account yet: add the room&apos;s mailbox in Settings → Mail accounts to receive applications here.</source>
        <translation>メールアカウントがまだありません。「設定」→「メールアカウント」でルームの受付用メールボックスを追加すると、ここで申し込みを受信できます。</translation>
    </message>
    <message>
        <source>Waiting for the password</source>
        <translation>パスワードの入力を待っています</translation>
    </message>
    <message>
        <source>Last received: %1</source>
        <translation>最終受信: %1</translation>
    </message>
    <message>
        <source>Not received yet</source>
        <translation>まだ受信していません</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1：%2。%3</translation>
    </message>
    <message>
        <source>%1: No password is at hand. Press &quot;Receive mail&quot; to enter it; it is kept only until Tsunagu closes.</source>
        <translation>%1：パスワードがありません。「メールを受信」を押して入力してください。入力したパスワードは Tsunagu を閉じるまでだけ保持します。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The password you typed for %1 is kept only until Tsunagu closes.</source>
        <translation>%1 に入力したパスワードは、Tsunagu を閉じるまでだけ保持します。</translation>
    </message>
    <message>
        <source>Receiving %1 / %2</source>
        <translation>受信中 %1 / %2 件</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>受信しています…</translation>
    </message>
    <message>
        <source>Reading %1 / %2</source>
        <translation>読み込み中 %1 / %2 件</translation>
    </message>
    <message>
        <source>After freeing space, press &quot;Receive mail&quot;.</source>
        <translation>空き容量を増やしてから「メールを受信」を押してください。</translation>
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
    <message>
        <source>Create &amp;backup…</source>
        <translation>バックアップを作成(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ロック(&amp;L)</translation>
    </message>
    <message>
        <source>Save &amp;diagnostics…</source>
        <translation>診断情報を保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Mail is being imported. Wait until it is done, then import these files.</source>
        <translation>メールを取り込んでいる途中です。終わってから、これらのファイルを取り込んでください。</translation>
    </message>
    <message>
        <source>Importing mail…</source>
        <translation>メールを取り込んでいます…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Importing mail… %1 of %2</source>
        <translation>メールを取り込んでいます…（%1 / %2 件）</translation>
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
    <message>
        <source>&amp;Cancel this meeting…</source>
        <translation>この回を中止(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Restore as planned</source>
        <translation>予定どおりに戻す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Attendance…</source>
        <translation>参加記録(&amp;A)…</translation>
    </message>
    <message>
        <source>Cancel this meeting</source>
        <translation>この回を中止</translation>
    </message>
    <message>
        <source>Cancel the meeting of %1 on %2? The other meetings of the series stay as they are, and the replies stop offering this one.</source>
        <translation>%2 の %1 のミーティングを中止しますか?同じシリーズのほかの回はそのままです。返信でもこの回は案内されなくなります。</translation>
    </message>
    <message>
        <source>Cancel the meeting</source>
        <translation>中止する</translation>
    </message>
    <message>
        <source>Restore as planned</source>
        <translation>予定どおりに戻す</translation>
    </message>
    <message>
        <source>&amp;Move this meeting…</source>
        <translation>この回の日時を変更(&amp;M)…</translation>
    </message>
    <message>
        <source>A&amp;dd a series…</source>
        <translation>シリーズを追加(&amp;D)…</translation>
    </message>
    <message>
        <source>C&amp;hange this series…</source>
        <translation>このシリーズを変更(&amp;H)…</translation>
    </message>
    <message>
        <source>Meeting series</source>
        <translation>ミーティングのシリーズ</translation>
    </message>
    <message>
        <source>Read from a &amp;Zoom participant list…</source>
        <translation>Zoomの参加者リストから読み込む(&amp;Z)…</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::MemberDialog</name>
    <message>
        <source>Add a member</source>
        <translation>メンバーの追加</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>メンバー %1</translation>
    </message>
    <message>
        <source>The name they use in the room</source>
        <translation>ルームで使っている名前</translation>
    </message>
    <message>
        <source>(choose a room)</source>
        <translation>（ルームを選んでください）</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>わかっている</translation>
    </message>
    <message>
        <source>&amp;Anonymous name:</source>
        <translation>匿名の名前(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>ルーム(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>区分(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>参加した日(&amp;J):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状態(&amp;S):</translation>
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
    <name>tsunagu::ui::MoveMeetingDialog</name>
    <message>
        <source>Move this meeting</source>
        <translation>この回の日時を変更</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>ミーティング:</translation>
    </message>
    <message>
        <source>&amp;New start (Japan time):</source>
        <translation>新しい開始日時(&amp;N)（日本時間）:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>メモ(&amp;O):</translation>
    </message>
    <message>
        <source>Only this meeting moves; the series and its other meetings stay as they are.</source>
        <translation>変わるのはこの回だけです。シリーズとほかの回はそのままです。</translation>
    </message>
    <message>
        <source>Choose the new day or time.</source>
        <translation>新しい日付か時刻を選んでください。</translation>
    </message>
    <message>
        <source>The series already has a meeting at %1, or this meeting was changed meanwhile. Nothing was changed: choose another time.</source>
        <translation>%1 にはこのシリーズのミーティングがすでにあるか、この回がその間に変更されました。何も変更していません。別の日時を選んでください。</translation>
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
    <message>
        <source>Cancelled (%1)</source>
        <translation>中止(%1)</translation>
    </message>
    <message>
        <source>Moved from %1</source>
        <translation>%1 から変更</translation>
    </message>
    <message>
        <source>Extra meeting</source>
        <translation>追加開催</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::PassphrasePrompt</name>
    <message>
        <source>Unlock Tsunagu</source>
        <translation>つなぐのロック解除</translation>
    </message>
    <message>
        <source>Protect this profile</source>
        <translation>このプロファイルの保護</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>もう一度(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>ロックを解除(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>パスフレーズを設定(&amp;S)</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>2つのパスフレーズが一致しません。同じパスフレーズを2回入力してください。</translation>
    </message>
    <message>
        <source>That passphrase is not right. Try again (upper and lower case count).</source>
        <translation>パスフレーズが違います。もう一度入力してください(大文字と小文字は区別されます)。</translation>
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
    <message>
        <source>Alcohol</source>
        <translation>アルコール</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>薬物</translation>
    </message>
    <message>
        <source>Gambling</source>
        <translation>ギャンブル</translation>
    </message>
    <message>
        <source>Internet and gaming</source>
        <translation>ネット・ゲーム</translation>
    </message>
    <message>
        <source>Eating disorders</source>
        <translation>摂食障害</translation>
    </message>
    <message>
        <source>Kleptomania</source>
        <translation>クレプトマニア</translation>
    </message>
    <message>
        <source>Difficulties in living</source>
        <translation>生きづらさ</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 縦</translation>
    </message>
    <message>
        <source>A3 portrait</source>
        <translation>A3 縦</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>用紙</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>ルーム</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>見出し</translation>
    </message>
    <message>
        <source>Lead text</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Tear-off strips with the room and form address</source>
        <translation>ルーム名とフォームのアドレスを書いた切り取り部分を付ける</translation>
    </message>
    <message>
        <source>For</source>
        <translation>掲示先</translation>
    </message>
    <message>
        <source>e.g. ○○クリニック様 掲示用</source>
        <translation>例: ○○クリニック様 掲示用</translation>
    </message>
    <message>
        <source>Line for the place</source>
        <translation>掲示先の表記</translation>
    </message>
    <message>
        <source>Applicants write it as their referral source</source>
        <translation>申込者が紹介元として書くコードです</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation>紹介コード</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDFで保存…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source> copies</source>
        <translation> 枚</translation>
    </message>
    <message>
        <source>Record as delivered</source>
        <translation>届けたことを記録</translation>
    </message>
    <message>
        <source>All rooms that meet</source>
        <translation>開催中のすべてのルーム</translation>
    </message>
    <message>
        <source>All %1 rooms</source>
        <translation>%1のルームすべて</translation>
    </message>
    <message>
        <source>Rooms chosen below</source>
        <translation>下で選んだルーム</translation>
    </message>
    <message>
        <source>No particular place</source>
        <translation>掲示先を指定しない</translation>
    </message>
    <message>
        <source>Room %1 has no application form address: the poster says the form is being prepared and prints no QR code. Add the address in Settings → Rooms.</source>
        <translation>ルーム %1 には申し込みフォームのアドレスがありません。ポスターには「準備中」と記し、QRコードは載せません。設定 → ルームでアドレスを入れてください。</translation>
    </message>
    <message>
        <source>The form address of room %1 is too long for a QR code that scans at poster size: no code is printed. A shorter address (a link shortener of the form service) fixes it.</source>
        <translation>ルーム %1 のフォームのアドレスが長すぎて、ポスターの大きさでは読み取れるQRコードになりません。QRコードは載せません。フォームサービスの短縮URLなど、短いアドレスにすると載せられます。</translation>
    </message>
    <message>
        <source>The text was made %1 % smaller to fit the page.</source>
        <translation>紙面に収めるため、文字を %1 % 小さくしました。</translation>
    </message>
    <message>
        <source>The title and lead text are too long for the page even at the smallest size: please shorten them.</source>
        <translation>見出しと本文が、いちばん小さい文字でも紙面に収まりません。短くしてください。</translation>
    </message>
    <message>
        <source>The text of room %1 does not fit even at the smallest size: choose A3, fewer rooms or no tear-off strips.</source>
        <translation>ルーム %1 の説明が、いちばん小さい文字でも収まりません。A3にする、ルームを減らす、切り取り部分をなくす、のいずれかをお試しください。</translation>
    </message>
    <message>
        <source>Choose at least one room for the poster.</source>
        <translation>ポスターに載せるルームを1つ以上選んでください。</translation>
    </message>
    <message>
        <source>Save poster</source>
        <translation>ポスターの保存</translation>
    </message>
    <message>
        <source>poster.pdf</source>
        <translation>ポスター.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <source>The poster was saved to %1.</source>
        <translation>ポスターを %1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::PrivacyPage</name>
    <message>
        <source> minutes</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>ロックしない</translation>
    </message>
    <message>
        <source>Lock the window after it is &amp;unused for:</source>
        <translation>操作がないときにロックするまでの時間(&amp;U):</translation>
    </message>
    <message>
        <source>A locked window shows nothing of the applicants until it is unlocked, also in the list of open windows. It also locks when the computer&apos;s screen locks, and at once with Ctrl+L (File → Lock).</source>
        <translation>ロック中の画面には、解除するまで申込者の情報を何も表示しません(開いているウィンドウの一覧にも表示しません)。コンピューターの画面がロックされたときにもロックし、Ctrl+L(ファイル → ロック)ですぐにロックすることもできます。</translation>
    </message>
    <message>
        <source>The data&apos;s key:</source>
        <translation>データの鍵:</translation>
    </message>
    <message>
        <source>&amp;Remove the passphrase…</source>
        <translation>パスフレーズを外す(&amp;R)…</translation>
    </message>
    <message>
        <source>The data&apos;s key is in the keychain. Anyone who can use this computer account can open this profile; a passphrase makes it open only with the passphrase.</source>
        <translation>データの鍵はキーチェーンにあります。このコンピューターのアカウントを使える人なら誰でもこのプロファイルを開けます。パスフレーズを設定すると、パスフレーズでしか開けなくなります。</translation>
    </message>
    <message>
        <source>&amp;Set a passphrase…</source>
        <translation>パスフレーズを設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Protected by a passphrase. Without it the data cannot be opened.</source>
        <translation>パスフレーズで守られています。パスフレーズがないとデータを開けません。</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation>パスフレーズを変更(&amp;C)…</translation>
    </message>
    <message>
        <source>Not encrypted. Tsunagu asks for a passphrase at its next start and seals the data before the window opens.</source>
        <translation>暗号化されていません。次に起動したときにパスフレーズを尋ね、画面を開く前にデータを暗号化します。</translation>
    </message>
    <message>
        <source>Not encrypted: no keychain works on this computer. Set a passphrase to seal the applicants&apos; data.</source>
        <translation>暗号化されていません。このコンピューターではキーチェーンが使えません。パスフレーズを設定すると、申込者のデータを暗号化できます。</translation>
    </message>
    <message>
        <source>The demo profile&apos;s key is kept in memory only; the profile goes when Tsunagu ends.</source>
        <translation>デモ用プロファイルの鍵はメモリーの中にだけあります。つなぐを終了すると、プロファイルは消えます。</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新しいパスフレーズ</translation>
    </message>
    <message>
        <source>Choose a passphrase for this profile. Without it the data cannot be opened, so keep it safe.</source>
        <translation>このプロファイルのパスフレーズを決めてください。パスフレーズがないとデータを開けないため、大切に保管してください。</translation>
    </message>
    <message>
        <source>Type the passphrase again:</source>
        <translation>確認のため、もう一度入力してください:</translation>
    </message>
    <message>
        <source>Passphrase not set</source>
        <translation>パスフレーズを設定していません</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed; try again.</source>
        <translation>2 回入力したパスフレーズが一致しません。何も変更していません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Set a passphrase</source>
        <translation>パスフレーズの設定</translation>
    </message>
    <message>
        <source>This profile&apos;s data is sealed while it is closed: at Tsunagu&apos;s next start you choose the passphrase, and the data is sealed before the window opens.</source>
        <translation>このプロファイルのデータは、閉じている間に暗号化します。次につなぐを起動したときにパスフレーズを決めていただき、画面を開く前にデータを暗号化します。</translation>
    </message>
    <message>
        <source>At the next start</source>
        <translation>次の起動時に設定する</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>パスフレーズの変更</translation>
    </message>
    <message>
        <source>Enter the current passphrase:</source>
        <translation>今のパスフレーズを入力してください:</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>パスフレーズを確かめています…</translation>
    </message>
    <message>
        <source>Passphrase not changed</source>
        <translation>パスフレーズを変更していません</translation>
    </message>
    <message>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>今のパスフレーズと違います。何も変更していません。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>Wrapping the data&apos;s key under the new passphrase…</source>
        <translation>データの鍵を新しいパスフレーズで保護しています…</translation>
    </message>
    <message>
        <source>The key file could not be written (%1). Nothing was changed.</source>
        <translation>鍵のファイルを書き込めませんでした(%1)。何も変更していません。</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>パスフレーズを変更しました。</translation>
    </message>
    <message>
        <source>This profile now opens only with its passphrase.</source>
        <translation>このプロファイルは、これからはパスフレーズでしか開けません。</translation>
    </message>
    <message>
        <source>The key&apos;s copy in the keychain could not be removed (%1). Remove the entry &quot;%2&quot; of Tsunagu in the keychain yourself.</source>
        <translation>キーチェーンにある鍵の控えを削除できませんでした(%1)。キーチェーンから つなぐ の項目「%2」をご自分で削除してください。</translation>
    </message>
    <message>
        <source>Remove the passphrase?</source>
        <translation>パスフレーズを外しますか？</translation>
    </message>
    <message>
        <source>The data&apos;s key is kept in this computer&apos;s keychain instead: anyone who can use this computer account can then open this profile.</source>
        <translation>データの鍵は、代わりにこのコンピューターのキーチェーンに保管します。このコンピューターのアカウントを使える人なら誰でも、このプロファイルを開けるようになります。</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>パスフレーズを外す</translation>
    </message>
    <message>
        <source>Passphrase not removed</source>
        <translation>パスフレーズを外していません</translation>
    </message>
    <message>
        <source>No keychain works on this computer to hold the key instead, so the passphrase stays. (%1)</source>
        <translation>このコンピューターには代わりに鍵を保管できるキーチェーンがないため、パスフレーズはそのままです。(%1)</translation>
    </message>
    <message>
        <source>The passphrase was removed.</source>
        <translation>パスフレーズを外しました。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ReportCharts</name>
    <message>
        <source>Participants per meeting</source>
        <translation>ミーティングごとの参加者数</translation>
    </message>
    <message>
        <source>Shares by category</source>
        <translation>区分ごとの割合</translation>
    </message>
    <message>
        <source>Participants per meeting, average of each month</source>
        <translation>1回あたりの参加者数（月ごとの平均）</translation>
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
        <source>Supporters/visitors</source>
        <translation>支援者・見学</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>Month format of the attendance chart&apos;s time axis (QDateTime::toString). Japanese: yyyy年M月</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Date format of the attendance chart&apos;s time axis across years (QDateTime::toString). Japanese: yyyy年M月d日</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Date format of the attendance chart&apos;s time axis within one year (QDateTime::toString). Japanese: M月d日</extracomment>
        <translation>M月d日</translation>
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
    <message>
        <source>Last 10 years</source>
        <translation>過去10年</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>ルーム(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>報告書を印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Save report as P&amp;DF…</source>
        <translation>報告書をPDFで保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Save report as CS&amp;V…</source>
        <translation>報告書をCSVで保存(&amp;V)…</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>全ルーム</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>集計を読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n meeting(s) held, %2 attended in total, about %3 per meeting; first-timers %4, new members %5.</source>
        <translation>
            <numerusform>%1: 開催%n回、延べ%2名、1回あたり約%3名、初参加%4名、新しいメンバー%5名。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>報告書の保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files for Excel (*.csv)</source>
        <translation>Excel 用 CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>報告書を %1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::RoomDialog</name>
    <message>
        <source>Add a room</source>
        <translation>ルームを追加</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>ルーム %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示する</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Paused (no new applications are invited)</source>
        <translation>休止中(新しい申込者は招待しません)</translation>
    </message>
    <message>
        <source>For example: resumes in April</source>
        <translation>例: 4月に再開します</translation>
    </message>
    <message>
        <source>For example: every Tuesday and Friday 19:00–21:00</source>
        <translation>例: 毎週火・金 19:00–21:00</translation>
    </message>
    <message>
        <source>Applicants under 18 are considered case by case</source>
        <translation>18歳未満の申込者は個別に相談して判断します</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>コード(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>対象(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Application &amp;form:</source>
        <translation>申し込みフォーム(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Chat link (secret):</source>
        <translation>チャットのリンク(秘密)(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Reception address:</source>
        <translation>受付用のアドレス(&amp;R):</translation>
    </message>
    <message>
        <source>Reply &amp;deadline:</source>
        <translation>返信期限(&amp;D):</translation>
    </message>
    <message>
        <source>Pause &amp;note:</source>
        <translation>休止のメモ(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Schedule in words:</source>
        <translation>日程の説明(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Guidelines:</source>
        <translation>ガイドライン(&amp;G):</translation>
    </message>
    <message>
        <source>until deleted by hand</source>
        <translation>手で削除するまで残す</translation>
    </message>
    <message>
        <source>&amp;Keep texts for:</source>
        <translation>本文の保存期間(&amp;K):</translation>
    </message>
    <message>
        <source>Self-introductions and the texts of replies and applications are kept until you delete the applicant.</source>
        <translation>自己紹介と、返信・申込の本文は、申込者を削除するまで残します。</translation>
    </message>
    <message numerus="yes">
        <source>Self-introductions and the texts of replies and applications are deleted %n day(s) after the applicant&apos;s outcome is decided. The applicant, their status and every count stay.</source>
        <translation>
            <numerusform>返信・申込の本文は、結果が決まってから %n 日後に削除します。申込者とその状態、件数は残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>When a Zoom participant list is read, a shorter stay is not counted.</source>
        <translation>Zoomの参加者リストを読み込むとき、これより短い参加は数えません。</translation>
    </message>
    <message>
        <source>Remembered &amp;Zoom names…</source>
        <translation>Zoomの名前の対応(&amp;Z)…</translation>
    </message>
    <message>
        <source>Zoom &amp;minimum stay:</source>
        <translation>Zoomの最短参加時間(&amp;M):</translation>
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
    <name>tsunagu::ui::RoomsPage</name>
    <message>
        <source>Remove room %1?</source>
        <translation>ルーム %1 を削除しますか？</translation>
    </message>
    <message>
        <source>Room %1 (%2) and its meetings, reply templates and form labels are removed from this profile. A room that has applicants cannot be removed: pause it instead.</source>
        <translation>ルーム %1(%2)と、そのミーティング・返信テンプレート・フォーム項目の対応をこのプロファイルから削除します。申込者がいるルームは削除できませんので、休止にしてください。</translation>
    </message>
    <message>
        <source>Remove room</source>
        <translation>ルームを削除</translation>
    </message>
    <message>
        <source>Room %1 was not removed</source>
        <translation>ルーム %1 は削除しませんでした</translation>
    </message>
    <message>
        <source>Room %1 has applicants, and their history would be lost. Pause the room instead (Edit… › Paused); nothing was changed.</source>
        <translation>ルーム %1 には申込者がいて、その記録が失われてしまいます。代わりにルームを休止にしてください(編集… › 休止中)。何も変更していません。</translation>
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
    <message>
        <source>Roster for the meeting &amp;on:</source>
        <translation>名簿を作るミーティングの日(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Print roster…</source>
        <translation>名簿を印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDFで保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>CSVで保存(&amp;V)…</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>名簿</translation>
    </message>
    <message>
        <source>Choose a room first: a roster is for one room&apos;s meeting.</source>
        <translation>先にルームを選んでください。名簿は1つのルームのミーティングごとに作ります。</translation>
    </message>
    <message>
        <source>The room could not be read: %1</source>
        <translation>ルームを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The roster could not be read: %1</source>
        <translation>名簿を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Save roster</source>
        <translation>名簿の保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files for Excel (*.csv)</source>
        <translation>Excel 用 CSV ファイル (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>The roster of %n member(s) was saved to %1.</source>
        <translation>
            <numerusform>メンバー%n名の名簿を %1 に保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by anonymous name…</source>
        <translation>匿名の名前で検索…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>メンバーの削除</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::SeriesDialog</name>
    <message>
        <source>Add a meeting series</source>
        <translation>ミーティングのシリーズを追加</translation>
    </message>
    <message>
        <source>Change the meeting series</source>
        <translation>ミーティングのシリーズを変更</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>ルーム(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名前(&amp;T):</translation>
    </message>
    <message>
        <source>First &amp;meeting (Japan time):</source>
        <translation>初回(&amp;M)（日本時間）:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>所要時間(&amp;D):</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> 分前から</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>&amp;Beginner time:</source>
        <translation>ビギナータイム(&amp;B):</translation>
    </message>
    <message>
        <source>Every week on the days chosen</source>
        <translation>毎週（選んだ曜日）</translation>
    </message>
    <message>
        <source>Every other week on the days chosen</source>
        <translation>隔週（選んだ曜日）</translation>
    </message>
    <message>
        <source>Every month on the weeks and days chosen</source>
        <translation>毎月（選んだ週と曜日）</translation>
    </message>
    <message>
        <source>Every two months on the weeks and days chosen</source>
        <translation>2か月に1度（選んだ週と曜日）</translation>
    </message>
    <message>
        <source>No fixed repetition (extra meetings only)</source>
        <translation>決まった繰り返しなし（臨時のミーティングのみ）</translation>
    </message>
    <message>
        <source>A rule typed in (RRULE)</source>
        <translation>ルールを直接入力（RRULE）</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>繰り返し(&amp;R):</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>火</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>水</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>木</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>金</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>土</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>曜日:</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>第%1</translation>
    </message>
    <message>
        <source>Weeks of the month:</source>
        <translation>月の何週目:</translation>
    </message>
    <message>
        <source>R&amp;ULE (RFC 5545):</source>
        <translation>R&amp;ULE（RFC 5545）:</translation>
    </message>
    <message>
        <source>In words:</source>
        <translation>ことばで:</translation>
    </message>
    <message>
        <source>&amp;Show the join details</source>
        <translation>参加情報を表示する(&amp;S)</translation>
    </message>
    <message>
        <source>Join &amp;link (secret):</source>
        <translation>参加リンク(&amp;L)（非公開）:</translation>
    </message>
    <message>
        <source>Meeting &amp;ID (secret):</source>
        <translation>ミーティングID(&amp;I)（非公開）:</translation>
    </message>
    <message>
        <source>&amp;Passcode (secret):</source>
        <translation>パスコード(&amp;P)（非公開）:</translation>
    </message>
    <message>
        <source>&amp;Paused</source>
        <translation>休止中(&amp;P)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>Why paused:</source>
        <translation>休止の理由:</translation>
    </message>
    <message>
        <source>Meets again from:</source>
        <translation>再開する日:</translation>
    </message>
    <message>
        <source>Choose the room.</source>
        <translation>ルームを選んでください。</translation>
    </message>
    <message>
        <source>Give the series a title.</source>
        <translation>シリーズの名前を入力してください。</translation>
    </message>
    <message>
        <source>Type the rule, or choose another repetition.</source>
        <translation>ルールを入力するか、別の繰り返しを選んでください。</translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation>曜日を1つ以上選んでください。</translation>
    </message>
    <message>
        <source>Choose at least one week of the month and one day.</source>
        <translation>月の何週目かと曜日を、それぞれ1つ以上選んでください。</translation>
    </message>
    <message>
        <source>The calendar library does not accept this rule (%1). Check it against RFC 5545, or choose a repetition from the list.</source>
        <translation>このルール（%1）はカレンダーのライブラリが受け付けません。RFC 5545 に沿っているか確かめるか、一覧から繰り返しを選んでください。</translation>
    </message>
    <message>
        <source>This rule never gives a meeting (for example 30 February). Nothing would be on the calendar: change the rule.</source>
        <translation>このルールでは一度もミーティングが開かれません（たとえば2月30日）。カレンダーに何も載らないため、ルールを変えてください。</translation>
    </message>
    <message>
        <source>Choose the first meeting&apos;s date and time.</source>
        <translation>初回の日付と時刻を選んでください。</translation>
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
    <message>
        <source>Mail accounts</source>
        <translation>メールアカウント</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>返信テンプレート</translation>
    </message>
    <message>
        <source>Troubleshooting</source>
        <translation>トラブルシューティング</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>プライバシー</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>Tsunagu shows the new language after it starts again. Nothing is lost: what you entered is saved. Restart now?</source>
        <translation>新しい言語は、つなぐを起動し直すと表示されます。入力した内容は保存されているので、失われることはありません。今すぐ再起動しますか？</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>今すぐ再起動</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::TemplateEditor</name>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation>返信の種類(&amp;R):</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>ルーム</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>R&amp;oom, host:</source>
        <translation>ルーム・ホスト(&amp;O):</translation>
    </message>
    <message>
        <source>Empty: the default for this reply, room, host and language</source>
        <translation>空欄にすると、この返信の種類・ルーム・ホスト・言語の標準のテンプレートになります</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>件名(&amp;S):</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>差し込み項目</translation>
    </message>
    <message>
        <source>&amp;Placeholders:</source>
        <translation>差し込み項目(&amp;P):</translation>
    </message>
    <message>
        <source>Double-click one, or choose it and press Insert, to put it where the cursor is in the message.</source>
        <translation>項目をダブルクリックするか、項目を選んで「本文に挿入」を押すと、本文のカーソルの位置に入ります。</translation>
    </message>
    <message>
        <source>&amp;Insert into the message</source>
        <translation>本文に挿入(&amp;I)</translation>
    </message>
    <message>
        <source>Sa&amp;ve template</source>
        <translation>テンプレートを保存(&amp;V)</translation>
    </message>
    <message>
        <source>Preview with sample values</source>
        <translation>見本の値でのプレビュー</translation>
    </message>
    <message>
        <source>Invented applicant and meeting details. Yellow: meeting secrets. Red: missing or not allowed.</source>
        <translation>申込者とミーティングの情報は架空のものです。黄色はミーティングの参加情報、赤は値がないか使えない項目です。</translation>
    </message>
    <message>
        <source>Every room</source>
        <translation>すべてのルーム</translation>
    </message>
    <message>
        <source>Every host</source>
        <translation>すべてのホスト</translation>
    </message>
    <message>
        <source>Room no longer in the list</source>
        <translation>一覧にないルーム</translation>
    </message>
    <message>
        <source>Host no longer in the list</source>
        <translation>一覧にないホスト</translation>
    </message>
    <message>
        <source>The subject is empty.</source>
        <translation>件名が空欄です。</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>本文が空欄です。</translation>
    </message>
    <message>
        <source>Tsunagu does not know %1. Check the spelling, insert the placeholder from the list, and close every {{#…}} or {{^…}} with its {{/…}}.</source>
        <translation>つなぐでは %1 を認識できません。つづりを確認し、差し込み項目は一覧から挿入してください。また、{{#…}} や {{^…}} は、それぞれ対応する {{/…}} で閉じてください。</translation>
    </message>
    <message>
        <source>%1 may only be in an invitation: the meeting&apos;s join details go only to applicants the hosts have read. Remove it, or choose the reply &quot;%2&quot;.</source>
        <translation>%1 は招待にだけ使えます。ミーティングの参加情報は、ホストが申し込みを読んだ申込者にだけ送るためです。削除するか、返信の種類で「%2」を選んでください。</translation>
    </message>
    <message>
        <source>Only invitations may contain the meeting&apos;s join details, so they never reach someone the hosts have not read yet.</source>
        <translation>ミーティングの参加情報を入れられるのは招待だけです。ホストがまだ申し込みを読んでいない人に届かないようにするためです。</translation>
    </message>
    <message>
        <source>A meeting secret: sent only in invitations, and marked in the preview.</source>
        <translation>ミーティングの参加情報です。招待でだけ送られ、プレビューでは黄色で表示されます。</translation>
    </message>
    <message>
        <source>You write this yourself when you compose the reply.</source>
        <translation>返信を作成するときに、ご自身で書き入れる項目です。</translation>
    </message>
    <message>
        <source>Subject: </source>
        <translation>件名: </translation>
    </message>
    <message>
        <source>A meeting secret: only invitations may contain it.</source>
        <translation>ミーティングの秘密情報です。招待の返信にだけ入れられます。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::TemplatesPage</name>
    <message>
        <source>The texts Tsunagu starts each reply from. A template for one room or one host is used before the one for every room and every host.</source>
        <translation>つなぐが返信を作るときに元にする文面です。特定のルームやホスト向けのテンプレートは、すべてのルーム・すべてのホスト向けのテンプレートより優先して使われます。</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>返信の種類</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>ルーム</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>新規(&amp;W)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>Starts a new template from the text in the editor, e.g. for one room.</source>
        <translation>編集中の文面をもとに、新しいテンプレートを作ります(特定のルーム向けのテンプレートなど)。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Res&amp;tore default</source>
        <translation>標準の文面に戻す(&amp;T)</translation>
    </message>
    <message>
        <source>Puts the text Tsunagu ships back into the editor (for the templates for every room and every host).</source>
        <translation>つなぐに最初から入っている標準の文面を、編集欄に戻します(すべてのルーム・すべてのホスト向けのテンプレートの場合)。</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(標準)</translation>
    </message>
    <message>
        <source>The changes to the template &quot;%1&quot; are not saved yet. Discard them?</source>
        <translation>テンプレート「%1」の変更は、まだ保存されていません。変更を破棄しますか？</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>変更の破棄</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>A new template: choose its reply, room, host and language, write it, and save it.</source>
        <translation>新しいテンプレートです。返信の種類・ルーム・ホスト・言語を選び、文面を書いてから保存してください。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1(コピー)</translation>
    </message>
    <message>
        <source>This is a copy. Choose a room or host for it, or give it a name, then save it.</source>
        <translation>これはコピーです。ルームかホストを選ぶか、名前を付けてから保存してください。</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;? Replies written with it stay as they are.</source>
        <translation>テンプレート「%1」を削除しますか？このテンプレートで作成した返信は、そのまま残ります。</translation>
    </message>
    <message>
        <source>Tsunagu puts its shipped text back the next time it starts.</source>
        <translation>次につなぐを起動したときに、標準の文面が元に戻ります。</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>テンプレートの削除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Deleted the template &quot;%1&quot;.</source>
        <translation>テンプレート「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Tsunagu has no shipped text for this reply and language.</source>
        <translation>この返信の種類と言語には、つなぐの標準の文面がありません。</translation>
    </message>
    <message>
        <source>The shipped text is in the editor. Save it to keep it, or choose another template to discard it.</source>
        <translation>標準の文面を編集欄に戻しました。残す場合は保存してください。破棄する場合は、別のテンプレートを選んでください。</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>テンプレートを保存できませんでした</translation>
    </message>
    <message>
        <source>Saved the template &quot;%1&quot;.</source>
        <translation>テンプレート「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Every room</source>
        <translation>すべてのルーム</translation>
    </message>
    <message>
        <source>Room no longer in the list</source>
        <translation>一覧にないルーム</translation>
    </message>
    <message>
        <source>Every host</source>
        <translation>すべてのホスト</translation>
    </message>
    <message>
        <source>Host no longer in the list</source>
        <translation>一覧にないホスト</translation>
    </message>
    <message>
        <source>%1 may only be in an invitation template. Remove it, or choose the reply &quot;%2&quot;.</source>
        <translation>%1 は招待のテンプレートにだけ使えます。削除するか、返信の種類で「%2」を選んでください。</translation>
    </message>
    <message>
        <source>Tsunagu does not know %1. Check the spelling, or insert the placeholder from the list.</source>
        <translation>つなぐでは %1 を認識できません。つづりを確認するか、差し込み項目を一覧から挿入してください。</translation>
    </message>
    <message>
        <source>Choose Japanese or English as the template&apos;s language.</source>
        <translation>テンプレートの言語として、日本語か英語を選んでください。</translation>
    </message>
    <message>
        <source>There is already a template for the same reply, room, host and language with this name. Give this one another name, or edit the other one.</source>
        <translation>返信の種類・ルーム・ホスト・言語が同じで、この名前のテンプレートが既にあります。このテンプレートに別の名前を付けるか、既にあるほうを編集してください。</translation>
    </message>
    <message>
        <source>This template was deleted meanwhile (perhaps in another window). Press Duplicate to keep your text as a new template, then save it.</source>
        <translation>このテンプレートは、その間に(別のウィンドウなどで)削除されました。書いた文面を残すには、「複製」を押して新しいテンプレートにしてから保存してください。</translation>
    </message>
    <message>
        <source>Tsunagu could not store the template. Check that the disk is not full, then save again; your text is still in the editor.</source>
        <translation>テンプレートを保存できませんでした。ディスクの空き容量を確認してから、もう一度保存してください。書いた文面は編集欄に残っています。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::TracePage</name>
    <message>
        <source>&amp;Write a protocol trace</source>
        <translation>通信の記録を書き出す(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>What Tsunagu and the mail servers say to each other, for a bug report. Passwords, addresses and mail text are left out. The trace stops when the window closes.</source>
        <translation>Tsunagu とメールサーバーのやり取りを、不具合の報告のために記録します。パスワード、メールアドレス、メールの本文は含まれません。記録はウィンドウを閉じると止まります。</translation>
    </message>
    <message>
        <source>The trace cannot be written there: %1. Choose another file.</source>
        <translation>この場所には記録を書き込めません: %1。別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>Writing the trace. It covers connections opened from now on.</source>
        <translation>記録しています。これから開く接続が記録されます。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::WindowLock</name>
    <message>
        <source>Tsunagu (locked)</source>
        <translation>つなぐ（ロック中）</translation>
    </message>
    <message>
        <source>That passphrase is not right. Try again (upper and lower case count).</source>
        <translation>パスフレーズが違います。もう一度入力してください(大文字と小文字は区別されます)。</translation>
    </message>
    <message>
        <source>The keychain did not hand out this profile&apos;s key. Unlock your computer&apos;s keychain (or sign in again), then try once more.</source>
        <translation>キーチェーンからこのプロファイルの鍵を受け取れませんでした。コンピューターのキーチェーンのロックを解除するか、サインインし直してから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ZoomAliasesDialog</name>
    <message>
        <source>Remembered Zoom names of room %1</source>
        <translation>ルーム %1 で覚えているZoomの名前</translation>
    </message>
    <message>
        <source>When a participant list has one of these names, it is counted as that member. Remove a mapping that is wrong: the next list then leaves the choice to you.</source>
        <translation>参加者リストにこれらの名前があると、対応する名簿の人として数えます。間違っている対応は削除してください。次に読み込むリストで、改めて選べます。</translation>
    </message>
    <message>
        <source>Name in Zoom</source>
        <translation>Zoomでの名前</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>名簿の人</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>(removed member)</source>
        <translation>(削除された名簿の人)</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ZoomImportDialog</name>
    <message>
        <source>Read a Zoom participant list</source>
        <translation>Zoomの参加者リストから読み込む</translation>
    </message>
    <message>
        <source>Choose the participant list exported from Zoom (Reports → Usage → Participants → Export).</source>
        <translation>Zoomから書き出した参加者リストを選んでください(レポート → 使用状況 → 参加者 → エクスポート)。</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>ファイルを選ぶ(&amp;C)…</translation>
    </message>
    <message>
        <source>Remembered &amp;names…</source>
        <translation>名前の対応(&amp;N)…</translation>
    </message>
    <message>
        <source>Zoom participant list</source>
        <translation>Zoomの参加者リスト</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSVファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>リストを読み込んでいます…</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>何も保存していません。</translation>
    </message>
    <message>
        <source>The file could not be opened (%1).</source>
        <translation>ファイルを開けませんでした(%1)。</translation>
    </message>
    <message>
        <source>This file is larger than 32 MB, far larger than any participant list. Check that you chose the right file.</source>
        <translation>このファイルは32 MBを超えていて、参加者リストにしては大きすぎます。選んだファイルが正しいか確認してください。</translation>
    </message>
    <message>
        <source>This file is not a Zoom participant list: it has no column of names and minutes. Export the list from Zoom (Reports → Usage → Participants → Export) and choose that file.</source>
        <translation>このファイルはZoomの参加者リストではありません。名前と参加時間の列がありません。Zoomから参加者リストを書き出して(レポート → 使用状況 → 参加者 → エクスポート)、そのファイルを選んでください。</translation>
    </message>
    <message>
        <source>A row of this participant list cannot be read (%1). Export the list from Zoom again.</source>
        <translation>この参加者リストに読み取れない行があります(%1)。Zoomからもう一度書き出してください。</translation>
    </message>
    <message>
        <source>This participant list is empty: nobody is listed under its header.</source>
        <translation>この参加者リストは空です。見出しの下に参加者が1人もいません。</translation>
    </message>
    <message>
        <source>This file has more rows than any meeting has participants. Check that you chose the right file.</source>
        <translation>このファイルには、どのミーティングの参加者数よりも多くの行があります。選んだファイルが正しいか確認してください。</translation>
    </message>
    <message>
        <source>This list is of the meeting on %1, but the meeting chosen is on %2. Choose the list of that day, or the meeting of the list.</source>
        <translation>このリストは%1のミーティングのものですが、選んだミーティングは%2です。その日のリストを選ぶか、リストの日のミーティングを選んでください。</translation>
    </message>
    <message>
        <source>The list could not be matched with the room&apos;s members (%1).</source>
        <translation>リストをルームの名簿と照らし合わせられませんでした(%1)。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a count</comment>
        <translation>・</translation>
    </message>
    <message>
        <source>persons %1</source>
        <translation>本人 %1</translation>
    </message>
    <message>
        <source>families %1</source>
        <translation>家族 %1</translation>
    </message>
    <message>
        <source>supporters/visitors %1</source>
        <translation>支援者・見学 %1</translation>
    </message>
    <message>
        <source>others %1</source>
        <translation>その他 %1</translation>
    </message>
    <message numerus="yes">
        <source>Participants: %n</source>
        <translation>
            <numerusform>参加者 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Participants: %n (%1)</source>
        <translation>
            <numerusform>参加者 %n 人（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>first time %n</source>
        <translation>
            <numerusform>初参加 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>ホスト %1</translation>
    </message>
    <message>
        <source>under %1 min %2</source>
        <translation>%1分未満 %2</translation>
    </message>
    <message>
        <source>left out by you %1</source>
        <translation>手動で除外 %1</translation>
    </message>
    <message numerus="yes">
        <source>left out: %n</source>
        <translation>
            <numerusform>除外 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>left out: %n (%1)</source>
        <translation>
            <numerusform>除外 %n 人（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance already recorded</source>
        <translation>参加記録は登録済みです</translation>
    </message>
    <message numerus="yes">
        <source>The attendance of the meeting on %1 is already recorded. Replace it with the %n participant(s) of this list?</source>
        <translation>
            <numerusform>%1のミーティングの参加記録はすでに登録されています。このリストの参加者 %n 人で置き換えますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <source>The attendance could not be saved. Nothing was changed.
%1</source>
        <translation>参加記録を保存できませんでした。何も変更していません。
%1</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ZoomImportModel</name>
    <message>
        <source>Person</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家族</translation>
    </message>
    <message>
        <source>Supporter / visitor</source>
        <translation>支援者・見学</translation>
    </message>
    <message>
        <source>Other / unclassified</source>
        <translation>その他・未分類</translation>
    </message>
    <message>
        <source>Counted (added by you)</source>
        <translation>数えます（手動で追加）</translation>
    </message>
    <message numerus="yes">
        <source>Counted (%n joins added up)</source>
        <translation>
            <numerusform>数えます（入室 %n 回を合算）</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>数えます</translation>
    </message>
    <message>
        <source>Not counted: the host</source>
        <translation>数えません（ホスト）</translation>
    </message>
    <message numerus="yes">
        <source>Not counted: under %n minute(s)</source>
        <translation>
            <numerusform>数えません（%n分未満）</numerusform>
        </translation>
    </message>
    <message>
        <source>Not counted: left out by you</source>
        <translation>数えません（手動で除外）</translation>
    </message>
    <message>
        <source>Not on the roster</source>
        <translation>名簿にない人</translation>
    </message>
    <message>
        <source>%1 min (%2 joins)</source>
        <translation>%1分（入室 %2 回）</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
    <message>
        <source>Choose a member first.</source>
        <translation>先に名簿の人を選んでください。</translation>
    </message>
    <message>
        <source>Name in Zoom</source>
        <translation>Zoomでの名前</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>参加時間</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>名簿の人</translation>
    </message>
    <message>
        <source>Counted as</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>First time</source>
        <translation>初参加</translation>
    </message>
    <message>
        <source>Remember this mapping</source>
        <translation>この対応を覚える</translation>
    </message>
</context>
</TS>
