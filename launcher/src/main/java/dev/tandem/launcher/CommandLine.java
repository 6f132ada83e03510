package dev.tandem.launcher;

import java.util.List;

/**
 * What the user asked for.
 *
 * @param detach {@code up -d}: return once everything is ready and leave it running
 * @param infraOnly {@code up --infra}: start PostgreSQL and Kafka only
 * @param noDemo {@code up --no-demo}: seed no demo company on a first start
 * @param demoOptions {@code demo}'s options, which the simulator reads
 */
record CommandLine(Command command, boolean detach, boolean infraOnly, boolean noDemo, List<String> demoOptions) {

    static CommandLine parse(List<String> arguments) {
        if (arguments.isEmpty()) {
            return new CommandLine(Command.HELP, false, false, false, List.of());
        }
        Command command = command(arguments.get(0));
        List<String> options = arguments.subList(1, arguments.size());
        if (command == Command.DEMO) {
            return new CommandLine(command, false, false, false, List.copyOf(options));
        }
        boolean detach = false;
        boolean infraOnly = false;
        boolean noDemo = false;
        for (String option : options) {
            if (command != Command.UP) {
                throw new UsageException("'" + arguments.get(0) + "' takes no options, got '" + option + "'.");
            }
            switch (option) {
                case "-d", "--detach" -> detach = true;
                case "--infra" -> infraOnly = true;
                case "--no-demo" -> noDemo = true;
                default -> throw new UsageException("Unknown option for 'up': '" + option + "'.");
            }
        }
        return new CommandLine(command, detach, infraOnly, noDemo, List.of());
    }

    private static Command command(String word) {
        return switch (word) {
            case "up" -> Command.UP;
            case "down" -> Command.DOWN;
            case "status" -> Command.STATUS;
            case "demo" -> Command.DEMO;
            case "help", "-h", "--help" -> Command.HELP;
            default -> throw new UsageException("Unknown command: '" + word + "'.");
        };
    }
}
