/*
 * docbao read: plays an article through the player core. On a terminal it is interactive: keys
 * (bound by the key map) steer the player, and each change is printed as one short line, with
 * no full-screen drawing, so that a screen reader can follow. Without a terminal it just reads.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "commands.h"

/* ---------------------------------------------------------------------------------------- */
/* The terminal                                                                              */

static struct termios saved_termios;
static volatile sig_atomic_t raw_active;
/* The terminal the keys come from: standard input, or /dev/tty when that is the article. */
static int tty_fd = STDIN_FILENO;

/* Application keypad mode: the keypad's + - * / . and Enter send keys of their own. */
#define KEYPAD_APPLICATION "\033="
#define KEYPAD_NUMERIC     "\033>"

static void terminal_restore(void)
{
    if (raw_active) {
        ssize_t ignored = write(STDOUT_FILENO, KEYPAD_NUMERIC, strlen(KEYPAD_NUMERIC));
        (void)ignored;
        tcsetattr(tty_fd, TCSAFLUSH, &saved_termios);
        raw_active = 0;
    }
}

static void terminal_raw(void)
{
    struct termios t = saved_termios;
    t.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
    t.c_iflag &= ~(tcflag_t)(IXON | ICRNL);
    t.c_cc[VMIN] = 1;
    t.c_cc[VTIME] = 0;
    if (tcsetattr(tty_fd, TCSAFLUSH, &t) == 0) {
        raw_active = 1;
        if (isatty(STDOUT_FILENO)) {
            ssize_t ignored = write(STDOUT_FILENO, KEYPAD_APPLICATION, strlen(KEYPAD_APPLICATION));
            (void)ignored;
        }
    }
}

/* Ctrl-Z: give the terminal back before stopping, take it again on return. */
static void on_stop_signal(int sig)
{
    int saved = errno;
    if (sig == SIGTSTP) {
        if (raw_active) {
            tcsetattr(tty_fd, TCSAFLUSH, &saved_termios);
        }
        signal(SIGTSTP, SIG_DFL);
        raise(SIGTSTP);
    } else if (sig == SIGCONT) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_stop_signal;
        sigaction(SIGTSTP, &sa, NULL);
        if (raw_active) {
            struct termios t = saved_termios;
            t.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
            t.c_iflag &= ~(tcflag_t)(IXON | ICRNL);
            t.c_cc[VMIN] = 1;
            t.c_cc[VTIME] = 0;
            tcsetattr(tty_fd, TCSAFLUSH, &t);
        }
    }
    errno = saved;
}

/*
 * Finds the terminal to take keys from: standard input when it is one, else the controlling
 * terminal when standard input is the article ("cat page.html | docbao read -"). Returns FALSE
 * when there is none.
 */
static gboolean terminal_open(const char *path)
{
    int fd;
    if (isatty(STDIN_FILENO)) {
        tty_fd = STDIN_FILENO;
        return TRUE;
    }
    if (path == NULL || strcmp(path, "-") != 0 ||
        (fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)) < 0) {
        return FALSE;
    }
    if (!isatty(fd)) {
        close(fd);
        return FALSE;
    }
    tty_fd = fd;
    return TRUE;
}

static gboolean terminal_start(void)
{
    struct sigaction sa;
    if (tcgetattr(tty_fd, &saved_termios) != 0) {
        return FALSE;
    }
    atexit(terminal_restore);
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_stop_signal;
    sigaction(SIGTSTP, &sa, NULL);
    sigaction(SIGCONT, &sa, NULL);
    terminal_raw();
    return raw_active;
}

/* ---------------------------------------------------------------------------------------- */
/* Keys                                                                                      */

/* Escape sequences terminals send, and the key names of the key map. */
static const struct {
    const char *seq;
    const char *key;
} sequences[] = {
    {"\033[A", "UP"},          {"\033[B", "DOWN"},      {"\033[C", "RIGHT"},
    {"\033[D", "LEFT"},        {"\033OA", "UP"},        {"\033OB", "DOWN"},
    {"\033OC", "RIGHT"},       {"\033OD", "LEFT"},      {"\033[H", "HOME"},
    {"\033[F", "END"},         {"\033OH", "HOME"},      {"\033OF", "END"},
    {"\033[1~", "HOME"},       {"\033[4~", "END"},      {"\033[7~", "HOME"},
    {"\033[8~", "END"},        {"\033[2~", "INS"},      {"\033[3~", "DEL"},
    {"\033[5~", "PGUP"},       {"\033[6~", "PGDN"},     {"\033OP", "F1"},
    {"\033OQ", "F2"},          {"\033OR", "F3"},        {"\033OS", "F4"},
    {"\033[11~", "F1"},        {"\033[12~", "F2"},      {"\033[13~", "F3"},
    {"\033[14~", "F4"},        {"\033[15~", "F5"},      {"\033[17~", "F6"},
    {"\033[18~", "F7"},        {"\033[19~", "F8"},      {"\033[20~", "F9"},
    {"\033[21~", "F10"},       {"\033[23~", "F11"},     {"\033[24~", "F12"},
    {"\033OM", "KP_ENTER"},    {"\033Ok", "KP_PLUS"},   {"\033Om", "KP_MINUS"},
    {"\033Oj", "KP_MULTIPLY"}, {"\033Oo", "KP_DIVIDE"}, {"\033On", "KP_DECIMAL"},
    {"\033Op", "KP0"},         {"\033Oq", "KP1"},       {"\033Or", "KP2"},
    {"\033Os", "KP3"},         {"\033Ot", "KP4"},       {"\033Ou", "KP5"},
    {"\033Ov", "KP6"},         {"\033Ow", "KP7"},       {"\033Ox", "KP8"},
    {"\033Oy", "KP9"},         {"\033[E", "KP5"},       {"\033OE", "KP5"},
};

/*
 * Takes one key from the front of buf (len bytes) into name (size 32); returns the bytes used,
 * or 0 when buf holds only the start of an escape sequence (more may come). A lone ESC is
 * returned as "ESC" only when final is set (no more bytes came in time).
 */
static size_t next_key(const char *buf, size_t len, gboolean final, char *name)
{
    unsigned char c = (unsigned char)buf[0];
    if (c == 0x1b) {
        gboolean prefix = FALSE;
        for (size_t i = 0; i < G_N_ELEMENTS(sequences); i++) {
            size_t n = strlen(sequences[i].seq);
            if (len >= n && memcmp(buf, sequences[i].seq, n) == 0) {
                g_strlcpy(name, sequences[i].key, 32);
                return n;
            }
            if (len < n && memcmp(buf, sequences[i].seq, len) == 0) {
                prefix = TRUE;
            }
        }
        if (prefix && !final) {
            return 0;
        }
        if (len >= 2 && (buf[1] == '[' || buf[1] == 'O')) {
            /* An unknown sequence: skip it whole (up to its final letter or '~'). */
            size_t n = 2;
            while (n < len && !g_ascii_isalpha(buf[n]) && buf[n] != '~') {
                n++;
            }
            g_strlcpy(name, "UNKNOWN", 32);
            return MIN(n + 1, len);
        }
        g_strlcpy(name, "ESC", 32);
        return 1;
    }
    if (c == '\r' || c == '\n') {
        g_strlcpy(name, "ENTER", 32);
    } else if (c == ' ') {
        g_strlcpy(name, "SPACE", 32);
    } else if (c == '\t') {
        g_strlcpy(name, "TAB", 32);
    } else if (c == 0x7f || c == 0x08) {
        g_strlcpy(name, "BACKSPACE", 32);
    } else if (c < 0x20) {
        g_snprintf(name, 32, "CTRL+%c", c + 'a' - 1);
    } else {
        /* One UTF-8 character. */
        size_t n = 1;
        while (n < len && n < 4 && ((unsigned char)buf[n] & 0xC0) == 0x80) {
            n++;
        }
        memcpy(name, buf, n);
        name[n] = '\0';
        return n;
    }
    return 1;
}

/* ---------------------------------------------------------------------------------------- */
/* Events                                                                                    */

typedef struct {
    docbao_player *player;
    int wake[2];
    FILE *log;
    gboolean interactive;
    gboolean show_text;
    size_t shown; /* the utterance whose paragraph --show-text printed last, or SIZE_MAX */
    gboolean finished;
    gboolean fatal;
    docbao_status error;
    docbao_error error_detail;
    const docbao_article *article;
    docbao_edition *edition; /* reading an edition: its articles and the reader over them */
    docbao_reader *reader;
} session;

static void wake(void *user)
{
    session *s = user;
    ssize_t ignored = write(s->wake[1], "!", 1);
    (void)ignored;
}

static void log_to_file(const char *line, void *user)
{
    session *s = user;
    fprintf(s->log, "%.3f %s\n", (double)g_get_monotonic_time() / 1000.0, line);
    fflush(s->log);
}

/* The text of the sentence an event points at, for --show-text. */
static char *sentence_text(const session *s, const docbao_position *pos)
{
    const char *field;
    switch (pos->field) {
    case DOCBAO_FIELD_TITLE:
        field = docbao_article_title(s->article);
        break;
    case DOCBAO_FIELD_LEAD:
        field = docbao_article_lead(s->article);
        break;
    default:
        field = pos->block < docbao_article_n_blocks(s->article)
                    ? docbao_article_block_text(s->article, pos->block)
                    : "";
    }
    return g_strdup(field != NULL ? field : "");
}

static void handle_events(session *s)
{
    docbao_event e;
    while (docbao_player_next_event(s->player, &e)) {
        if (s->reader != NULL) {
            docbao_reader_player_event(s->reader, &e);
        }
        switch (e.type) {
        case DOCBAO_EVENT_MESSAGE:
            if (s->interactive) {
                printf("%s\n", e.text);
            }
            break;
        case DOCBAO_EVENT_ERROR:
            say_error(e.text);
            s->error = e.status;
            /* Without a sound device there is nothing more to do. */
            s->fatal = e.status == DOCBAO_ERR_AUDIO;
            s->error_detail.status = e.status;
            g_strlcpy(s->error_detail.message, e.text, sizeof s->error_detail.message);
            break;
        case DOCBAO_EVENT_STATE:
            if (e.state == DOCBAO_STATE_FINISHED) {
                s->finished = s->reader == NULL || docbao_reader_done(s->reader);
            }
            break;
        case DOCBAO_EVENT_SENTENCE:
            /*
             * A move reports its new sentence at once and again when it is heard: the
             * paragraph is printed once.
             */
            if (s->show_text && s->article != NULL && e.position.sentence == 0 &&
                e.state == DOCBAO_STATE_PLAYING && e.position.utterance != s->shown) {
                char *text = sentence_text(s, &e.position);
                printf("%s\n", text);
                g_free(text);
                s->shown = e.position.utterance;
            }
            break;
        default:
            break;
        }
    }
    fflush(stdout);
}

/* The digit a key types ("7", "KP7"), or -1. */
static int digit_of(const char *key)
{
    const char *d = g_str_has_prefix(key, "KP") ? key + 2 : key;
    return g_ascii_isdigit(d[0]) && d[1] == '\0' ? d[0] - '0' : -1;
}

/* Posts the command bound to a key, or says that the key does nothing. */
static gboolean press(session *s, const docbao_keymap *keymap, const char *key)
{
    int cmd = docbao_keymap_lookup(keymap, key);
    char *spoken = docbao_key_spoken_name(key);
    if (s->reader != NULL && digit_of(key) >= 0) {
        docbao_reader_digit(s->reader, digit_of(key));
    }
    if (s->reader != NULL && cmd >= 0 && docbao_reader_command(s->reader, (docbao_command)cmd, spoken)) {
        /* The reader took it (headlines, articles of the edition). */
    } else if (cmd < 0) {
        char *msg =
            g_strdup_printf(_("%s does nothing; press %s for the list of keys"), spoken, "h");
        docbao_player_say(s->player, msg);
        g_free(msg);
    } else {
        switch (cmd) {
        case DOCBAO_CMD_NEXT_SENTENCE:
        case DOCBAO_CMD_PREV_SENTENCE:
        case DOCBAO_CMD_NEXT_PARAGRAPH:
        case DOCBAO_CMD_PREV_PARAGRAPH:
        case DOCBAO_CMD_NEXT_SECTION:
        case DOCBAO_CMD_PREV_SECTION:
        case DOCBAO_CMD_START:
        case DOCBAO_CMD_END:
        case DOCBAO_CMD_REPEAT_SENTENCE:
        case DOCBAO_CMD_BOOKMARK_NEXT:
            /* A move may come back to the paragraph just printed: print it again. */
            s->shown = SIZE_MAX;
            break;
        default:
            break;
        }
        docbao_player_post(s->player, (docbao_command)cmd, spoken, 0);
    }
    g_free(spoken);
    return cmd == DOCBAO_CMD_QUIT;
}

/* Runs until the article ends (without a terminal), the listener quits, or a signal. */
static void run(session *s, const docbao_keymap *keymap)
{
    char buf[64];
    size_t held = 0;
    int sig_fd = cli_signal_fd();
    gboolean quit = FALSE;
    gint64 finished_at = 0;

    while (!quit) {
        struct pollfd fds[3] = {{s->wake[0], POLLIN, 0}, {sig_fd, POLLIN, 0}, {tty_fd, POLLIN, 0}};
        /* A lone ESC is a key of its own when nothing follows within 50 ms. */
        int timeout = held > 0 ? 50 : (s->finished && !s->interactive ? 20 : -1);
        int n = poll(fds, s->interactive ? 3 : 2, timeout);
        if (n < 0 && errno != EINTR) {
            break;
        }
        if (fds[0].revents & POLLIN) {
            char drain[64];
            while (read(s->wake[0], drain, sizeof drain) > 0) {
            }
            handle_events(s);
            if (s->reader != NULL) {
                docbao_reader_update(s->reader);
            }
        }
        if (interrupted || s->fatal || (fds[1].revents & POLLIN)) {
            break;
        }
        if (s->interactive && (fds[2].revents & (POLLIN | POLLHUP))) {
            ssize_t got = read(tty_fd, buf + held, sizeof buf - held);
            if (got <= 0) {
                break;
            }
            held += (size_t)got;
        }
        while (held > 0 && !quit) {
            char key[32];
            size_t used = next_key(buf, held, n == 0, key);
            if (used == 0) {
                break;
            }
            memmove(buf, buf + used, held - used);
            held -= used;
            quit = press(s, keymap, key);
        }
        if (s->reader != NULL && docbao_reader_done(s->reader)) {
            s->finished = TRUE; /* the edition's end, even when its last entries failed */
        }
        if (s->finished && !s->interactive) {
            /* Let the closing words ("End of the article") be heard, then stop. */
            if (finished_at == 0) {
                finished_at = g_get_monotonic_time();
            }
            if (docbao_player_idle(s->player) ||
                g_get_monotonic_time() - finished_at > 10 * G_USEC_PER_SEC) {
                break;
            }
        }
    }
    if (quit) {
        docbao_player_sync(s->player, 2000);
    }
}

/* ---------------------------------------------------------------------------------------- */

int cmd_read(int argc, char **argv)
{
    speech_opts o = {0};
    char *device = NULL, *log_path = NULL, *output = NULL, *keys_path = NULL;
    gboolean resume = FALSE, from_start = FALSE, show_text = FALSE, no_keys = FALSE, one = FALSE;
    int latency_ms = 0;
    int code = EXIT_OK;
    GOptionEntry *common = speech_entries(&o);
    GOptionEntry entries[] = {
        {"device", 'd', 0, G_OPTION_ARG_STRING, &device,
         N_("Sound device (see: docbao devices); default: the system's"), N_("NAME")},
        {"buffer", 0, 0, G_OPTION_ARG_INT, &latency_ms,
         N_("Sound buffer in milliseconds, 10 to 500 (default 50; more if the sound stutters)"),
         N_("MS")},
        {"resume", 0, 0, G_OPTION_ARG_NONE, &resume,
         N_("Continue where you left off, without asking"), NULL},
        {"from-start", 0, 0, G_OPTION_ARG_NONE, &from_start,
         N_("Start from the beginning, without asking"), NULL},
        {"show-text", 0, 0, G_OPTION_ARG_NONE, &show_text, N_("Print each paragraph as it is read"),
         NULL},
        {"no-keys", 0, 0, G_OPTION_ARG_NONE, &no_keys,
         N_("Do not take keys from the terminal: just read"), NULL},
        {"one", 0, 0, G_OPTION_ARG_NONE, &one,
         N_("In an edition, stop after each article instead of reading on"), NULL},
        {"keys", 0, 0, G_OPTION_ARG_FILENAME, &keys_path,
         N_("Key map file (default: ~/.config/docbao/keys.conf over the built-in one)"),
         N_("FILE")},
        {"log", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &log_path,
         N_("Write the player's timings to FILE"), N_("FILE")},
        {"audio-output", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &output,
         N_("Audio output: portaudio or null"), N_("NAME")},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    GOptionContext *ctx = g_option_context_new(
        _("[FILE|URL|FOLDER|-...] — read an article, or a whole edition, aloud"));
    const char *path = NULL;
    docbao_edition_options eo;
    char *failures = NULL;
    docbao_error err = {0};
    docbao_article *article = NULL;
    docbao_keymap *keymap = NULL;
    docbao_voice_list *voices = NULL;
    docbao_player_options po;
    session s = {0};
    docbao_status st;
    unsigned sections = DOCBAO_SECTION_ALL;

    s.wake[0] = s.wake[1] = -1;
    s.shown = SIZE_MAX;
    g_option_context_add_main_entries(ctx, entries, "docbao");
    g_option_context_add_main_entries(ctx, common, "docbao");
    g_option_context_add_main_entries(ctx, cli_source_entries(&o.source, TRUE), "docbao");
    {
        char *desc = g_strdup_printf(
            "%s\n\n%s",
            _("On a terminal, keys steer the reading; press h to hear them, q to quit. "
              "See: docbao keys."),
            exit_codes_help());
        g_option_context_set_description(ctx, desc);
        if (!parse_options(ctx, &argc, &argv, &code)) {
            g_free(desc);
            goto out;
        }
        g_option_context_set_description(ctx, desc);
        g_free(desc);
    }
    if (latency_ms != 0 && (latency_ms < 10 || latency_ms > 500)) {
        char *msg = g_strdup_printf(_("--buffer must be between 10 and 500 milliseconds, not %d"),
                                    latency_ms);
        say_error(msg);
        g_free(msg);
        code = EXIT_USAGE;
        goto out;
    }
    if (resume && from_start) {
        say_error(_("choose either --resume or --from-start"));
        code = EXIT_USAGE;
        goto out;
    }
    cancellable = 1;
    docbao_player_options_init(&po);
    if (o.sections != NULL && (sections = docbao_sections_parse(o.sections, &err)) == 0) {
        code = fail(err.status, &err);
        goto out;
    }
    st = choose_profile(&o, &po.profile, &err);
    if (st == DOCBAO_OK) {
        voices = docbao_voice_list_load(NULL, &err);
        st = voices != NULL ? DOCBAO_OK : err.status;
    }
    if (st == DOCBAO_OK) {
        keymap = docbao_keymap_load(keys_path, &err);
        st = keymap != NULL ? DOCBAO_OK : err.status;
    }
    if (pipe2(s.wake, O_CLOEXEC | O_NONBLOCK) != 0) {
        say_error(g_strerror(errno));
        code = EXIT_FAILURE_OTHER;
        goto out;
    }
    /* One article, as asked (a file, an address, a feed's entry), or else an edition. */
    path = argc == 2 ? argv[1] : NULL;
    if (st == DOCBAO_OK && path != NULL && (o.source.entry > 0 || !g_file_test(path, G_FILE_TEST_IS_DIR))) {
        st = cli_source_load(&o.source, path, &article, &err);
        if (st == DOCBAO_ERR_NOT_ARTICLE_PAGE && o.source.entry == 0) {
            st = DOCBAO_OK; /* a feed or a list page: its edition */
        }
    }
    if (st == DOCBAO_OK && article == NULL) {
        docbao_edition_options_init(&eo);
        eo.wake = wake;
        eo.wake_user = &s;
        st = cli_source_fetch_options(&o.source, &eo.fetch, &err);
        if (st == DOCBAO_OK) {
            s.edition = docbao_edition_new(&eo);
            st = cli_edition_build(s.edition, argc - 1, argv + 1, &failures, &err);
        }
    }
    if (st != DOCBAO_OK || interrupted) {
        code = st != DOCBAO_OK ? fail(st, &err) : EXIT_INTERRUPTED;
        goto out;
    }

    s.interactive = !no_keys && terminal_open(path);
    s.show_text = show_text;
    s.article = article;
    if (log_path != NULL && (s.log = fopen(log_path, "w")) == NULL) {
        char *msg = g_strdup_printf("%s: %s", log_path, g_strerror(errno));
        say_error(msg);
        g_free(msg);
        code = EXIT_OUTPUT;
        goto out;
    }
    po.engine = o.engine;
    po.output = output;
    po.device = device;
    po.latency_ms = latency_ms;
    po.sections = sections;
    po.keymap = keymap;
    po.voices = voices;
    po.wake = wake;
    po.wake_user = &s;
    po.quiet_end = s.edition != NULL;
    if (s.log != NULL) {
        po.log = log_to_file;
        po.log_user = &s;
    }
    s.player = docbao_player_new(&po, &err);
    if (s.player == NULL) {
        if (err.status == DOCBAO_ERR_NO_DEVICE) {
            char *msg = g_strdup_printf(_("%s; to save the speech to a file instead, run: docbao "
                                          "export %s -o bai-doc.ogg"),
                                        err.message, path != NULL ? path : "");
            say_error(msg);
            g_free(msg);
            code = EXIT_NO_DEVICE;
        } else {
            code = fail(err.status, &err);
        }
        goto out;
    }
    s.interactive = s.interactive && terminal_start();
    {
        docbao_open_mode mode = from_start      ? DOCBAO_OPEN_START
                                : resume        ? DOCBAO_OPEN_RESUME
                                : s.interactive ? DOCBAO_OPEN_OFFER
                                                : DOCBAO_OPEN_START;
        if (s.edition != NULL) {
            docbao_reader_options ro = {s.interactive, !one, mode};
            s.reader = docbao_reader_new(s.player, s.edition, &ro);
            docbao_reader_start(s.reader, failures);
        } else {
            docbao_player_open(s.player, article, NULL, mode, NULL);
        }
    }
    if (s.interactive) {
        printf("%s\n", s.edition != NULL ? _("Headlines. Up and Down move, Enter reads, h for the "
                                             "keys, q to quit.")
                                          : _("Reading. Press h for the keys, q to quit."));
        fflush(stdout);
    }
    run(&s, keymap);
    terminal_restore();
    docbao_reader_free(s.reader);
    s.reader = NULL;
    docbao_player_free(s.player);
    s.player = NULL;
    if (interrupted) {
        fprintf(stderr, "%s\n", _("Stopped."));
        code = EXIT_INTERRUPTED;
    } else if (s.error != DOCBAO_OK && !s.finished) {
        code = exit_code_for(s.error);
    }
out:
    docbao_edition_free(s.edition);
    g_free(failures);
    if (tty_fd != STDIN_FILENO) {
        close(tty_fd);
        tty_fd = STDIN_FILENO;
    }
    if (s.log != NULL) {
        fclose(s.log);
    }
    if (s.wake[0] >= 0) {
        close(s.wake[0]);
        close(s.wake[1]);
    }
    docbao_article_free(article);
    docbao_keymap_free(keymap);
    docbao_voice_list_free(voices);
    speech_opts_clear(&o);
    g_free(common);
    g_free(device);
    g_free(log_path);
    g_free(output);
    g_free(keys_path);
    g_option_context_free(ctx);
    return code;
}
