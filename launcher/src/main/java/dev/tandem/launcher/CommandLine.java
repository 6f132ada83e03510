package dev.tandem.launcher;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the user asked for.
 *
 * @param options the command's switches, e.g. {@code up -d} is {@link Option#DETACH}
 * @param component the component {@code stop}, {@code restart} and {@code logs} act on, the user {@code token} is
 *     for; empty for the others
 * @param lines {@code logs -n N}: how many of the last lines to print first
 * @param demoOptions {@code demo}'s options, which the simulator reads
 */
record CommandLine(Command command, Set<Option> options, String component, int lines, List<String> demoOptions) {

    static final int DEFAULT_LOG_LINES = 50;

    /** The switches of the commands. */
    enum Option {
        /** {@code up -d}: return once everything is ready and leave it running. */
        DETACH,
        /** {@code up --infra}: start PostgreSQL, Kafka and Keycloak only. */
        INFRA_ONLY,
        /** {@code up --no-demo}: seed no demo company on a first start. */
        NO_DEMO,
        /** {@code logs -f}: keep printing what the component writes. */
        FOLLOW,
        /** {@code stop --kill}: end the component at once, as a crash would. */
        KILL
    }

    CommandLine {
        options = options.isEmpty() ? Set.of() : Set.copyOf(options);
        demoOptions = List.copyOf(demoOptions);
    }

    static CommandLine parse(List<String> arguments) {
        if (arguments.isEmpty()) {
            return of(Command.HELP);
        }
        Command command = command(arguments.get(0));
        List<String> rest = arguments.subList(1, arguments.size());
        return switch (command) {
            case DEMO -> new CommandLine(command, Set.of(), "", 0, rest);
            case UP -> up(rest);
            case STOP -> stop(rest);
            case RESTART -> restart(rest);
            case LOGS -> logs(rest);
            case TOKEN -> token(rest);
            default -> {
                if (!rest.isEmpty()) {
                    throw new UsageException("'" + arguments.get(0) + "' takes no options, got '" + rest.get(0) + "'.");
                }
                yield of(command);
            }
        };
    }

    boolean detach() {
        return options.contains(Option.DETACH);
    }

    boolean infraOnly() {
        return options.contains(Option.INFRA_ONLY);
    }

    boolean noDemo() {
        return options.contains(Option.NO_DEMO);
    }

    boolean follow() {
        return options.contains(Option.FOLLOW);
    }

    boolean kill() {
        return options.contains(Option.KILL);
    }

    private static CommandLine of(Command command) {
        return new CommandLine(command, Set.of(), "", 0, List.of());
    }

    private static CommandLine up(List<String> arguments) {
        Set<Option> options = EnumSet.noneOf(Option.class);
        for (String argument : arguments) {
            switch (argument) {
                case "-d", "--detach" -> options.add(Option.DETACH);
                case "--infra" -> options.add(Option.INFRA_ONLY);
                case "--no-demo" -> options.add(Option.NO_DEMO);
                default -> throw new UsageException("Unknown option for 'up': '" + argument + "'.");
            }
        }
        return new CommandLine(Command.UP, options, "", 0, List.of());
    }

    private static CommandLine stop(List<String> arguments) {
        boolean kill = !arguments.isEmpty() && arguments.get(0).equals("--kill");
        List<String> rest = kill ? arguments.subList(1, arguments.size()) : arguments;
        String component = oneComponent("stop", rest, "./tandem stop kafka, or ./tandem stop --kill health-service");
        return new CommandLine(Command.STOP, kill ? Set.of(Option.KILL) : Set.of(), component, 0, List.of());
    }

    private static CommandLine restart(List<String> arguments) {
        String component = oneComponent("restart", arguments, "./tandem restart health-service");
        return new CommandLine(Command.RESTART, Set.of(), component, 0, List.of());
    }

    private static CommandLine token(List<String> arguments) {
        if (arguments.size() != 1 || arguments.get(0).startsWith("-")) {
            throw new UsageException("'token' takes one demo user, e.g. ./tandem token carl.");
        }
        return new CommandLine(Command.TOKEN, Set.of(), arguments.get(0), 0, List.of());
    }

    private static CommandLine logs(List<String> arguments) {
        Set<Option> options = EnumSet.noneOf(Option.class);
        int lines = DEFAULT_LOG_LINES;
        List<String> components = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
                case "-f", "--follow" -> options.add(Option.FOLLOW);
                case "-n", "--lines" -> {
                    if (i + 1 == arguments.size()) {
                        throw new UsageException("'" + argument + "' needs a number of lines.");
                    }
                    lines = count(arguments.get(++i));
                }
                default -> components.add(argument);
            }
        }
        String component = oneComponent("logs", components, "./tandem logs -f health-service");
        return new CommandLine(Command.LOGS, options, component, lines, List.of());
    }

    private static String oneComponent(String command, List<String> arguments, String example) {
        if (arguments.size() == 1 && !arguments.get(0).startsWith("-")) {
            return arguments.get(0);
        }
        if (arguments.stream().anyMatch(argument -> argument.startsWith("-"))) {
            String unknown = arguments.stream()
                    .filter(argument -> argument.startsWith("-"))
                    .findFirst()
                    .orElseThrow();
            throw new UsageException("Unknown option for '" + command + "': '" + unknown + "'.");
        }
        throw new UsageException("'" + command + "' takes one component, e.g. " + example + ".");
    }

    private static int count(String value) {
        try {
            int lines = Integer.parseInt(value);
            if (lines >= 0) {
                return lines;
            }
        } catch (NumberFormatException e) {
            // Answered below, as for a negative number.
        }
        throw new UsageException("The number of lines must be a whole number of at least 0, not '" + value + "'.");
    }

    private static Command command(String word) {
        return switch (word) {
            case "up" -> Command.UP;
            case "down" -> Command.DOWN;
            case "status" -> Command.STATUS;
            case "stop" -> Command.STOP;
            case "restart" -> Command.RESTART;
            case "logs" -> Command.LOGS;
            case "demo" -> Command.DEMO;
            case "token" -> Command.TOKEN;
            case "help", "-h", "--help" -> Command.HELP;
            default -> throw new UsageException("Unknown command: '" + word + "'.");
        };
    }
}
