// SPDX-License-Identifier: GPL-3.0-or-later
//
// gmime_bench: the GMime 3 side of the mail benchmark (see README.md beside this file). Benchmark-only: GMime is
// never linked into Tsunagu.
//
//   gmime_bench DIR [--rounds N] [--check]   load every .eml under DIR into memory, then parse and read them
//                                            N times (default 3); --check: then the correctness pass below
//   gmime_bench DIR --check-only             only the correctness pass
//   gmime_bench --inspect FILE...            print what GMime decoded: "FILE<TAB>subject<TAB>text", with
//                                            \t \n \r \\ escaped
//
// Environment: GMIME_BENCH_COLD_ICONV=1 leaves glibc's iconv modules unpinned (see "pin" below).
//
// The timed work per message mirrors `tsunagu mail bench` (without Tsunagu's classification, which GMime has no
// counterpart for): parse from memory, decoded subject, From / Reply-To / To address lists with decoded display
// names, Date, Message-ID, In-Reply-To, the attachments listed (name, type, encoded size), the text/plain part
// (else text/html) decoded to UTF-8, and a cheap scan counting labelled lines ("【項目】", "■項目", "項目：")
// standing in for form-field extraction. Single-threaded.
//
// With --check, one untimed pass after the timed rounds checks what GMime decoded against DIR/manifest.tsv (written by
// generate_intake_mails.py): exact subjects, ISO-2022-JP (CP50220) subjects with ① / ㈱ intact, texts that kept
// every Windows-extension character, texts and subjects containing U+FFFD.

#include <gmime/gmime.h>

#include <ftw.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct {
    char* path;
    const char* name; // file name inside path
    GByteArray* bytes;
} Mail;

static GPtrArray* g_paths;

static int collect(const char* path, const struct stat* st, int type, struct FTW* ftw)
{
    (void)st;
    (void)ftw;
    size_t n = strlen(path);
    if (type == FTW_F && n > 4 && strcmp(path + n - 4, ".eml") == 0)
        g_ptr_array_add(g_paths, g_strdup(path));
    return 0;
}

static int compare_paths(gconstpointer a, gconstpointer b)
{
    return strcmp(*(char* const*)a, *(char* const*)b);
}

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

// ---------------------------------------------------------------------------------------------------------------
// The work per message

typedef struct {
    GMimeTextPart* plain;
    GMimeTextPart* html;
    guint64 sink; // folds in what was read, so nothing can be optimised away
} Walk;

static void read_addresses(InternetAddressList* list, Walk* w)
{
    if (!list)
        return;
    int n = internet_address_list_length(list);
    for (int i = 0; i < n; ++i) {
        InternetAddress* ia = internet_address_list_get_address(list, i);
        const char* name = internet_address_get_name(ia);
        w->sink += name ? strlen(name) : 0;
        if (INTERNET_ADDRESS_IS_MAILBOX(ia)) {
            const char* addr = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia));
            w->sink += addr ? strlen(addr) : 0;
        } else if (INTERNET_ADDRESS_IS_GROUP(ia)) {
            read_addresses(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(ia)), w);
        }
    }
}

static void walk_parts(GMimeObject* part, Walk* w)
{
    if (!part)
        return;
    if (GMIME_IS_MULTIPART(part)) {
        GMimeMultipart* mp = GMIME_MULTIPART(part);
        int n = g_mime_multipart_get_count(mp);
        for (int i = 0; i < n; ++i)
            walk_parts(g_mime_multipart_get_part(mp, i), w);
        return;
    }
    if (GMIME_IS_MESSAGE_PART(part)) {
        GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(part));
        w->sink += inner && g_mime_message_get_subject(inner) ? 1 : 0;
        return;
    }
    if (!GMIME_IS_PART(part))
        return;
    GMimeContentDisposition* disposition = g_mime_object_get_content_disposition(part);
    gboolean attachment = disposition && g_mime_content_disposition_is_attachment(disposition);
    if (GMIME_IS_TEXT_PART(part) && !attachment) {
        GMimeContentType* type = g_mime_object_get_content_type(part);
        if (!w->plain && g_mime_content_type_is_type(type, "text", "plain")) {
            w->plain = GMIME_TEXT_PART(part);
            return;
        }
        if (!w->html && g_mime_content_type_is_type(type, "text", "html")) {
            w->html = GMIME_TEXT_PART(part);
            return;
        }
    }
    // An attachment: listed with name, type and size, never decoded.
    const char* filename = g_mime_part_get_filename(GMIME_PART(part));
    GMimeContentType* type = g_mime_object_get_content_type(part);
    w->sink += filename ? strlen(filename) : 0;
    w->sink += strlen(g_mime_content_type_get_media_type(type)) + strlen(g_mime_content_type_get_media_subtype(type));
    GMimeDataWrapper* content = g_mime_part_get_content(GMIME_PART(part));
    if (content) {
        GMimeStream* stream = g_mime_data_wrapper_get_stream(content);
        w->sink += (guint64)g_mime_stream_length(stream);
    }
}

// Lines that look like a form field: "【項目】値", "■項目", or a label up to ~16 characters then "：" or ":".
static unsigned count_labelled_lines(const char* text)
{
    static const char bracket[] = "\xe3\x80\x90"; // 【
    static const char square[] = "\xe2\x96\xa0";  // ■
    static const char colon[] = "\xef\xbc\x9a";   // ：
    unsigned count = 0;
    const char* p = text;
    while (*p) {
        const char* end = strchr(p, '\n');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        if (len >= 3 && (memcmp(p, bracket, 3) == 0 || memcmp(p, square, 3) == 0)) {
            ++count;
        } else {
            size_t window = len < 48 ? len : 48;
            for (size_t i = 0; i < window; ++i) {
                if (p[i] == ':' || (i + 3 <= window && memcmp(p + i, colon, 3) == 0)) {
                    ++count;
                    break;
                }
            }
        }
        if (!end)
            break;
        p = end + 1;
    }
    return count;
}

typedef struct {
    char* subject; // only kept when asked
    char* text;
    unsigned labelled;
    guint64 sink;
    gboolean ok;
} Result;

static Result process(const GByteArray* bytes, gboolean keep)
{
    Result r = {0};
    // From memory, without copying the bytes (the stream does not own them): GMime's best case.
    GMimeStream* stream = g_mime_stream_mem_new_with_byte_array((GByteArray*)bytes);
    g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(stream), FALSE);
    GMimeParser* parser = g_mime_parser_new_with_stream(stream);
    g_mime_parser_set_format(parser, GMIME_FORMAT_MESSAGE);
    GMimeMessage* message = g_mime_parser_construct_message(parser, NULL);
    if (message) {
        Walk w = {0};
        const char* subject = g_mime_message_get_subject(message);
        w.sink += subject ? strlen(subject) : 0;
        read_addresses(g_mime_message_get_from(message), &w);
        read_addresses(g_mime_message_get_reply_to(message), &w);
        read_addresses(g_mime_message_get_to(message), &w);
        GDateTime* date = g_mime_message_get_date(message);
        w.sink += date ? (guint64)g_date_time_to_unix(date) : 0;
        const char* id = g_mime_message_get_message_id(message);
        w.sink += id ? strlen(id) : 0;
        const char* in_reply_to = g_mime_object_get_header(GMIME_OBJECT(message), "In-Reply-To");
        w.sink += in_reply_to ? strlen(in_reply_to) : 0;
        walk_parts(g_mime_message_get_mime_part(message), &w);
        GMimeTextPart* body = w.plain ? w.plain : w.html;
        char* text = body ? g_mime_text_part_get_text(body) : NULL;
        if (text) {
            r.labelled = count_labelled_lines(text);
            w.sink += strlen(text);
        }
        r.sink = w.sink;
        r.ok = TRUE;
        if (keep) {
            r.subject = g_strdup(subject ? subject : "");
            r.text = text ? text : g_strdup("");
        } else {
            g_free(text);
        }
        g_object_unref(message);
    }
    g_object_unref(parser);
    g_object_unref(stream);
    return r;
}

// ---------------------------------------------------------------------------------------------------------------
// Correctness against the manifest (untimed)

// Characters that decoders legitimately map either way: compare after folding them to the Windows forms.
static char* fold_variants(const char* s)
{
    char* out = g_strdup(s);
    static const struct {
        const char* from;
        const char* to;
    } pairs[] = {
        {"\xe3\x80\x9c", "\xef\xbd\x9e"}, // WAVE DASH -> FULLWIDTH TILDE
        {"\xe2\x80\x96", "\xe2\x88\xa5"}, // DOUBLE VERTICAL LINE -> PARALLEL TO
        {"\xe2\x88\x92", "\xef\xbc\x8d"}, // MINUS SIGN -> FULLWIDTH HYPHEN-MINUS
    };
    for (size_t i = 0; i < G_N_ELEMENTS(pairs); ++i) {
        for (char* p = strstr(out, pairs[i].from); p; p = strstr(p + 3, pairs[i].from))
            memcpy(p, pairs[i].to, 3);
    }
    return out;
}

typedef struct {
    char* kind;
    char* subject;
    gboolean subject_marker;
    char* text_markers;
} Expected;

static GHashTable* read_manifest(const char* dir)
{
    char* path = g_build_filename(dir, "manifest.tsv", NULL);
    char* contents = NULL;
    GHashTable* table = NULL;
    if (g_file_get_contents(path, &contents, NULL, NULL)) {
        table = g_hash_table_new(g_str_hash, g_str_equal);
        char** lines = g_strsplit(contents, "\n", -1);
        for (char** line = lines + 1; *line; ++line) {
            char** f = g_strsplit(*line, "\t", 5);
            if (g_strv_length(f) == 5) {
                Expected* e = g_new0(Expected, 1);
                e->kind = g_strdup(f[1]);
                e->subject = g_strdup(f[2]);
                e->subject_marker = f[3][0] == '1';
                e->text_markers = g_strdup(f[4]);
                g_hash_table_insert(table, g_strdup(f[0]), e);
            }
            g_strfreev(f);
        }
        g_strfreev(lines);
        g_free(contents);
    }
    g_free(path);
    return table;
}

typedef struct {
    const char* kind;
    unsigned mails, subject_exact, marker_subjects, marker_intact, marker_texts, marker_texts_intact, text_fffd,
        subject_fffd;
} Tally;

static gboolean all_markers_present(const char* text, const char* markers)
{
    for (const char* m = markers; *m; m = g_utf8_next_char(m)) {
        char one[8] = {0};
        memcpy(one, m, (size_t)(g_utf8_next_char(m) - m));
        if (!strstr(text, one))
            return FALSE;
    }
    return TRUE;
}

static void check_correctness(Mail* mails, guint count, GHashTable* manifest)
{
    static const char* kinds[] = {"iso2022jp", "attach", "form-utf8", "sjis-phone", "alt-html"};
    Tally tallies[G_N_ELEMENTS(kinds)] = {0};
    for (size_t k = 0; k < G_N_ELEMENTS(kinds); ++k)
        tallies[k].kind = kinds[k];
    for (guint i = 0; i < count; ++i) {
        Expected* e = g_hash_table_lookup(manifest, mails[i].name);
        if (!e)
            continue;
        Tally* t = NULL;
        for (size_t k = 0; k < G_N_ELEMENTS(kinds); ++k)
            if (strcmp(kinds[k], e->kind) == 0)
                t = &tallies[k];
        if (!t)
            continue;
        Result r = process(mails[i].bytes, TRUE);
        char* subject = fold_variants(r.ok ? r.subject : "");
        char* text = fold_variants(r.ok ? r.text : "");
        char* expected = fold_variants(e->subject);
        ++t->mails;
        t->subject_exact += strcmp(subject, expected) == 0;
        if (e->subject_marker) {
            ++t->marker_subjects;
            gboolean intact = TRUE;
            if (strstr(expected, "\xe2\x91\xa0") && !strstr(subject, "\xe2\x91\xa0")) // ①
                intact = FALSE;
            if (strstr(expected, "\xe3\x88\xb1") && !strstr(subject, "\xe3\x88\xb1")) // ㈱
                intact = FALSE;
            t->marker_intact += intact;
        }
        if (e->text_markers[0]) {
            ++t->marker_texts;
            t->marker_texts_intact += all_markers_present(text, e->text_markers);
        }
        t->text_fffd += strstr(text, "\xef\xbf\xbd") != NULL;
        t->subject_fffd += strstr(subject, "\xef\xbf\xbd") != NULL;
        g_free(subject);
        g_free(text);
        g_free(expected);
        g_free(r.subject);
        g_free(r.text);
    }
    printf("correctness (one untimed pass against manifest.tsv; \"marked\" = the expected subject has ① or ㈱;\n"
           "\"ext. chars\" = every CP932/CP50220 extension character of the text, e.g. ①②③ ㈱ Ⅰ № 髙 﨑 ～):\n");
    printf("  %-11s %6s %14s %20s %24s %12s %15s\n", "kind", "mails", "subject exact", "marked subj. intact",
           "text ext. chars intact", "text U+FFFD", "subject U+FFFD");
    unsigned cp_subjects = 0, cp_intact = 0, cp_texts = 0, cp_texts_intact = 0;
    for (size_t k = 0; k < G_N_ELEMENTS(kinds); ++k) {
        Tally* t = &tallies[k];
        if (!t->mails)
            continue;
        printf("  %-11s %6u %8u/%-5u %14u/%-5u %18u/%-5u %12u %15u\n", t->kind, t->mails, t->subject_exact,
               t->mails, t->marker_intact, t->marker_subjects, t->marker_texts_intact, t->marker_texts,
               t->text_fffd, t->subject_fffd);
        if (k < 2) { // the ISO-2022-JP (CP50220) ones
            cp_subjects += t->marker_subjects;
            cp_intact += t->marker_intact;
            cp_texts += t->marker_texts;
            cp_texts_intact += t->marker_texts_intact;
        }
    }
    printf("CP50220 subjects with ①/㈱ intact: %u of %u\n", cp_intact, cp_subjects);
    printf("CP50220 texts with every Windows-extension character intact: %u of %u\n", cp_texts_intact, cp_texts);
}

// ---------------------------------------------------------------------------------------------------------------

static void print_escaped(const char* s)
{
    for (; *s; ++s) {
        switch (*s) {
        case '\\': fputs("\\\\", stdout); break;
        case '\t': fputs("\\t", stdout); break;
        case '\n': fputs("\\n", stdout); break;
        case '\r': fputs("\\r", stdout); break;
        default: putchar(*s);
        }
    }
}

static GByteArray* load(const char* path)
{
    char* contents = NULL;
    gsize length = 0;
    GError* error = NULL;
    if (!g_file_get_contents(path, &contents, &length, &error)) {
        fprintf(stderr, "gmime_bench: %s\n", error->message);
        g_error_free(error);
        return NULL;
    }
    return g_byte_array_new_take((guint8*)contents, length);
}

static int inspect(int argc, char** argv)
{
    for (int i = 0; i < argc; ++i) {
        GByteArray* bytes = load(argv[i]);
        if (!bytes)
            return 1;
        Result r = process(bytes, TRUE);
        fputs(argv[i], stdout);
        putchar('\t');
        print_escaped(r.ok ? r.subject : "");
        putchar('\t');
        print_escaped(r.ok ? r.text : "");
        putchar('\n');
        g_free(r.subject);
        g_free(r.text);
        g_byte_array_unref(bytes);
    }
    return 0;
}

int main(int argc, char** argv)
{
    g_mime_init();
    if (argc >= 2 && strcmp(argv[1], "--inspect") == 0)
        return inspect(argc - 2, argv + 2);
    const char* dir = NULL;
    int rounds = 3;
    gboolean check = FALSE, timed = TRUE;
    for (int i = 1; i < argc; ++i) {
        if (strcmp(argv[i], "--rounds") == 0 && i + 1 < argc)
            rounds = atoi(argv[++i]);
        else if (strcmp(argv[i], "--check") == 0)
            check = TRUE;
        else if (strcmp(argv[i], "--check-only") == 0)
            check = TRUE, timed = FALSE;
        else if (!dir && argv[i][0] != '-')
            dir = argv[i];
        else {
            dir = NULL;
            break;
        }
    }
    if (!dir || rounds < 1) {
        fprintf(stderr, "usage: gmime_bench DIR [--rounds N] [--check] | gmime_bench DIR --check-only\n"
                        "       gmime_bench --inspect FILE...\n");
        return 2;
    }
    // Pin: GMime opens and closes an iconv descriptor for every charset conversion, and glibc unloads a gconv
    // module (ISO-2022-JP.so, SJIS.so) a few closes after its last user, so a mailbox that alternates charsets
    // pays dlopen/dlclose again and again (about 1.5x slower here). One descriptor per charset held open for the
    // whole run keeps the modules loaded: GMime's best case, as a long-running program would see it.
    if (!getenv("GMIME_BENCH_COLD_ICONV")) {
        static const char* charsets[] = {"ISO-2022-JP", "SHIFT_JIS", "CP932", "EUC-JP", "UTF-8"};
        for (size_t i = 0; i < G_N_ELEMENTS(charsets); ++i)
            (void)iconv_open("UTF-8", charsets[i]); // never closed, on purpose
    }
    g_paths = g_ptr_array_new();
    if (nftw(dir, collect, 16, FTW_PHYS) != 0) {
        perror(dir);
        return 1;
    }
    g_ptr_array_sort(g_paths, compare_paths);
    guint count = g_paths->len;
    if (!count) {
        fprintf(stderr, "gmime_bench: no .eml files in %s\n", dir);
        return 2;
    }
    Mail* mails = g_new0(Mail, count);
    guint64 total = 0;
    for (guint i = 0; i < count; ++i) {
        mails[i].path = g_ptr_array_index(g_paths, i);
        const char* slash = strrchr(mails[i].path, '/');
        mails[i].name = slash ? slash + 1 : mails[i].path;
        mails[i].bytes = load(mails[i].path);
        if (!mails[i].bytes)
            return 1;
        total += mails[i].bytes->len;
    }

    GHashTable* manifest = check ? read_manifest(dir) : NULL;
    if (check && !manifest) {
        fprintf(stderr, "gmime_bench: no manifest.tsv in %s (written by generate_intake_mails.py)\n", dir);
        return 2;
    }
    if (!timed) {
        check_correctness(mails, count, manifest);
        return 0;
    }

    // Everything is in memory before the clock starts, as in `tsunagu mail bench`.
    guint64 sink = 0, labelled = 0, failed = 0;
    double start = now_seconds();
    for (int round = 0; round < rounds; ++round) {
        for (guint i = 0; i < count; ++i) {
            Result r = process(mails[i].bytes, FALSE);
            sink += r.sink;
            labelled += r.labelled;
            failed += !r.ok;
        }
    }
    double seconds = now_seconds() - start;
    printf("%u messages (%.1f MB) x %d rounds in %.3f s: %.0f messages/s (%" G_GUINT64_FORMAT
           " labelled lines per round, %" G_GUINT64_FORMAT " unparsed, check %" G_GUINT64_FORMAT ")\n",
           count, (double)total / 1e6, rounds, seconds, (double)count * rounds / seconds, labelled / rounds,
           failed / rounds, sink % 1000);
    fflush(stdout);

    if (check)
        check_correctness(mails, count, manifest);
    return 0;
}
