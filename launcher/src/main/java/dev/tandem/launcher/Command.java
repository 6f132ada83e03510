package dev.tandem.launcher;

/** The launcher's commands. */
enum Command {
    UP,
    DOWN,
    STATUS,
    STOP,
    RESTART,
    LOGS,
    DEMO,
    TOKEN,
    HELP
}
