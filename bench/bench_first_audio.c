/*
 * bench_first_audio: times commands side by side, in alternating runs on the same machine.
 *
 *   bench_first_audio [--exit | --capture FILE] RUNS COMMAND ARGS... [--vs COMMAND ARGS...]
 *
 * Starts each command RUNS times, alternating between them, with its standard output on a
 * pipe, and measures the time from just before fork() to the first byte read from the pipe
 * (then kills the program), or, with --exit, to the program's exit (its output is read and
 * thrown away), or, with --capture, to the first sound in FILE: a recording that grows in
 * real time (parec writing 16-bit mono at 22050 Hz from a sound server's monitor), where the
 * time is the number of samples recorded between the start and the first one louder than
 * silence. Prints every run and each command's median in milliseconds, and, with --vs,
 * the ratio of the first median to the second. Used with "docbao export PAGE -o -" against
 * "espeak-ng --stdout -f TEXT", and with --exit for "docbao --version" against
 * "espeak-ng --version" and for whole exports.
 */
#include <fcntl.h>
#include <glib.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int compare(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, compare);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

#define CAPTURE_RATE 22050
#define CAPTURE_LOUD 300 /* sample value above the null sink's silence */

/* Waits for the first loud sample that capture gains after its current end, up to 20 s. */
static double first_sound_ms(FILE *capture, long start)
{
    int16_t buf[1024];
    long at = start;
    double deadline = now_ms() + 20000;
    fseek(capture, start, SEEK_SET);
    while (now_ms() < deadline) {
        size_t n = fread(buf, sizeof buf[0], G_N_ELEMENTS(buf), capture);
        for (size_t i = 0; i < n; i++, at += 2) {
            if (buf[i] > CAPTURE_LOUD || buf[i] < -CAPTURE_LOUD) {
                return (at - start) / 2 * 1000.0 / CAPTURE_RATE;
            }
        }
        if (n < G_N_ELEMENTS(buf)) {
            clearerr(capture);
            g_usleep(2000);
        }
    }
    return -1;
}

/* One run of argv: milliseconds to the sound in capture (when not NULL). */
static double run_captured(char **argv, FILE *capture)
{
    pid_t pid;
    long start;
    double ms;
    fseek(capture, 0, SEEK_END);
    start = ftell(capture) & ~1L;
    pid = fork();
    if (pid == 0) {
        int null = open("/dev/null", O_WRONLY);
        dup2(null, STDOUT_FILENO);
        execvp(argv[0], argv);
        _exit(127);
    }
    ms = first_sound_ms(capture, start);
    if (ms < 0) {
        fprintf(stderr, "bench_first_audio: no sound from %s\n", argv[0]);
    }
    kill(pid, SIGKILL);
    waitpid(pid, NULL, 0);
    /* Let the server drain what the killed program left, so runs do not overlap. */
    g_usleep(500000);
    return ms;
}

/* One run of argv: milliseconds to the first byte (or to the exit), or a negative value. */
static double run_once(char **argv, gboolean to_exit)
{
    int fds[2];
    pid_t pid;
    char buf[4096];
    double start, ms;
    int status = 0;
    if (pipe(fds) != 0) {
        perror("pipe");
        return -1;
    }
    start = now_ms();
    pid = fork();
    if (pid == 0) {
        dup2(fds[1], STDOUT_FILENO);
        close(fds[0]);
        close(fds[1]);
        execvp(argv[0], argv);
        _exit(127);
    }
    close(fds[1]);
    if (to_exit) {
        while (read(fds[0], buf, sizeof buf) > 0) {
        }
        waitpid(pid, &status, 0);
        ms = now_ms() - start;
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            fprintf(stderr, "bench_first_audio: %s failed\n", argv[0]);
            ms = -1;
        }
    } else {
        if (read(fds[0], buf, 1) != 1) {
            fprintf(stderr, "bench_first_audio: %s produced no output\n", argv[0]);
            ms = -1;
        } else {
            ms = now_ms() - start;
        }
        kill(pid, SIGKILL);
        waitpid(pid, NULL, 0);
    }
    close(fds[0]);
    return ms;
}

int main(int argc, char **argv)
{
    gboolean to_exit = FALSE;
    FILE *capture = NULL;
    char **cmd[2] = {NULL, NULL};
    double *ms[2];
    double med[2];
    int n_cmds = 1;
    int runs;
    int a = 1;

    if (a < argc && strcmp(argv[a], "--exit") == 0) {
        to_exit = TRUE;
        a++;
    } else if (a + 1 < argc && strcmp(argv[a], "--capture") == 0) {
        capture = fopen(argv[a + 1], "rb");
        if (capture == NULL) {
            perror(argv[a + 1]);
            return 1;
        }
        a += 2;
    }
    if (argc - a < 2) {
        fprintf(stderr, "usage: bench_first_audio [--exit | --capture FILE] RUNS COMMAND ARGS... "
                        "[--vs COMMAND ARGS...]\n");
        return 2;
    }
    runs = atoi(argv[a++]);
    if (runs <= 0) {
        runs = 10;
    }
    cmd[0] = argv + a;
    for (int i = a; i < argc; i++) {
        if (strcmp(argv[i], "--vs") == 0 && i + 1 < argc) {
            argv[i] = NULL;
            cmd[1] = argv + i + 1;
            n_cmds = 2;
            break;
        }
    }
    for (int c = 0; c < n_cmds; c++) {
        ms[c] = g_new(double, runs);
    }
    for (int r = 0; r < runs; r++) {
        for (int c = 0; c < n_cmds; c++) {
            ms[c][r] = capture != NULL ? run_captured(cmd[c], capture) : run_once(cmd[c], to_exit);
            if (ms[c][r] < 0) {
                return 1;
            }
            printf("run %d: %s %.2f ms\n", r + 1, cmd[c][0], ms[c][r]);
        }
    }
    for (int c = 0; c < n_cmds; c++) {
        med[c] = median(ms[c], runs);
        printf("median: %.2f ms over %d runs (%s)\n", med[c], runs, cmd[c][0]);
        g_free(ms[c]);
    }
    if (n_cmds == 2) {
        printf("ratio: %.3f\n", med[0] / med[1]);
    }
    return 0;
}
