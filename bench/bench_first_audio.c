/*
 * bench_first_audio: time from process start to the first audio sample on standard output.
 *
 *   bench_first_audio RUNS PROGRAM ARGS...
 *
 * Starts PROGRAM RUNS times with its standard output on a pipe, and measures the time from just
 * before fork() to the first byte read from the pipe; then kills the program. Prints every run
 * and the median in milliseconds. Used with "docbao export PAGE -o -" and, as the anchor, with
 * "espeak-ng --stdout -f TEXT".
 */
#include <glib.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
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

int main(int argc, char **argv)
{
    int runs;
    double *ms;
    if (argc < 3) {
        fprintf(stderr, "usage: bench_first_audio RUNS PROGRAM ARGS...\n");
        return 2;
    }
    runs = atoi(argv[1]);
    if (runs <= 0) {
        runs = 10;
    }
    ms = g_new(double, runs);
    for (int r = 0; r < runs; r++) {
        int fds[2];
        pid_t pid;
        char byte;
        double start;
        if (pipe(fds) != 0) {
            perror("pipe");
            return 1;
        }
        start = now_ms();
        pid = fork();
        if (pid == 0) {
            dup2(fds[1], STDOUT_FILENO);
            close(fds[0]);
            close(fds[1]);
            execvp(argv[2], argv + 2);
            _exit(127);
        }
        close(fds[1]);
        if (read(fds[0], &byte, 1) != 1) {
            fprintf(stderr, "bench_first_audio: %s produced no output\n", argv[2]);
            return 1;
        }
        ms[r] = now_ms() - start;
        kill(pid, SIGKILL);
        waitpid(pid, NULL, 0);
        close(fds[0]);
        printf("run %d: %.2f ms\n", r + 1, ms[r]);
    }
    qsort(ms, (size_t)runs, sizeof *ms, compare);
    printf("median: %.2f ms over %d runs\n",
           runs % 2 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2, runs);
    g_free(ms);
    return 0;
}
