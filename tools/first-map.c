/* Starts a program and prints how long after the fork its first top-level
 * window was mapped on the X display: the same stopwatch for Limber, the
 * peers and the trivial Qt window in tools/measure.sh --peers (an app's own
 * "first frame" log line is not something the peers have).
 *
 *   first-map TIMEOUT_MS PROGRAM [ARGS...]   prints "PID MS" (MS "none" on timeout)
 *   first-map --kill TIMEOUT_MS PROGRAM ...  kills it at the map and prints "PID MS CPU_MS MINOR_FAULTS
 *                                            MAJOR_FAULTS SWITCHES": what the process (all its threads)
 *                                            spent to get there, from its rusage
 *
 * The program's own output goes to standard error. It keeps running (without --kill); the caller measures and ends it. Only maps of
 * children of the root window count (no window manager runs while it
 * measures), override-redirect ones (tooltips, menus) excepted.
 * Built by tools/measure.sh with `cc -O2 first-map.c -lxcb`. */
#include <xcb/xcb.h>

#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/* Ends the program at once and prints what it cost up to now. */
static void kill_and_report(pid_t pid, double ms)
{
    struct rusage usage;
    kill(pid, SIGKILL);
    if (wait4(pid, NULL, 0, &usage) != pid) {
        perror("first-map: wait4");
        exit(1);
    }
    const double cpu_ms = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
    printf("%d %.1f %.1f %ld %ld %ld\n", (int)pid, ms, cpu_ms, usage.ru_minflt, usage.ru_majflt,
           usage.ru_nvcsw + usage.ru_nivcsw);
}

int main(int argc, char** argv)
{
    const int kill_at_map = argc > 1 && strcmp(argv[1], "--kill") == 0;
    if (kill_at_map) {
        --argc;
        ++argv;
    }
    if (argc < 3) {
        fprintf(stderr, "usage: first-map [--kill] TIMEOUT_MS PROGRAM [ARGS...]\n");
        return 2;
    }
    const double timeout_ms = atof(argv[1]);
    xcb_connection_t* x = xcb_connect(NULL, NULL);
    if (xcb_connection_has_error(x)) {
        fprintf(stderr, "first-map: cannot open the display\n");
        return 2;
    }
    const xcb_window_t root = xcb_setup_roots_iterator(xcb_get_setup(x)).data->root;
    const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
    xcb_request_check(x, xcb_change_window_attributes_checked(x, root, XCB_CW_EVENT_MASK, &mask));

    const double t0 = now_ms();
    const pid_t pid = fork();
    if (pid == 0) {
        close(xcb_get_file_descriptor(x));
        dup2(2, 1); /* the program's output goes where ours errors go: stdout is the answer */
        execvp(argv[2], argv + 2);
        perror("first-map: exec");
        _exit(127);
    }
    struct pollfd fd = {xcb_get_file_descriptor(x), POLLIN, 0};
    for (;;) {
        xcb_generic_event_t* event;
        while ((event = xcb_poll_for_event(x)) != NULL) {
            if ((event->response_type & 0x7f) == XCB_MAP_NOTIFY) {
                const xcb_map_notify_event_t* map = (const xcb_map_notify_event_t*)event;
                if (map->event == root && !map->override_redirect) {
                    const double ms = now_ms() - t0;
                    if (kill_at_map)
                        kill_and_report(pid, ms);
                    else
                        printf("%d %.1f\n", (int)pid, ms);
                    return 0;
                }
            }
            free(event);
        }
        const double left = timeout_ms - (now_ms() - t0);
        if (left <= 0 || poll(&fd, 1, (int)left + 1) < 0 || xcb_connection_has_error(x))
            break;
    }
    printf("%d none\n", (int)pid);
    return 0;
}
