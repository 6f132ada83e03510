package dev.tandem.launcher;

import java.util.List;

/**
 * What the user asked for.
 *
 * @param detach {@code up -d}: return once everything is ready and leave it running
 * @param infraOnly {@code up --infra}: start PostgreSQL and Kafka only
 */
record CommandLine(Command command, boolean detach, boolean infraOnly) {

    static CommandLine parse(List<String> arguments) {
        if (arguments.isEmpty()) {
            return new CommandLine(Command.HELP, false, false);
        }
        Command command = command(arguments.get(0));
        boolean detach = false;
        boolean infraOnly = false;
        for (String option : arguments.subList(1, arguments.size())) {
            if (command != Command.UP) {
                throw new UsageException("'" + arguments.get(0) + "' takes no options, got '" + option + "'.");
            }
            switch (option) {
                case "-d", "--detach" -> detach = true;
                case "--infra" -> infraOnly = true;
                case "--no-demo" -> {
                    // Accepted now so scripts written today keep working once demo data exists.
                }
                default -> throw new UsageException("Unknown option for 'up': '" + option + "'.");
            }
        }
        return new CommandLine(command, detach, infraOnly);
    }

    private static Command command(String word) {
        return switch (word) {
            case "up" -> Command.UP;
            case "down" -> Command.DOWN;
            case "status" -> Command.STATUS;
            case "help", "-h", "--help" -> Command.HELP;
            default -> throw new UsageException("Unknown command: '" + word + "'.");
        };
    }
}
