package dev.tandem.launcher.catcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catcher's read-only web side: {@code /} lists the caught messages newest first (a message's body opens on
 * click), {@code /api/messages} is the same as JSON, {@code /health} answers 200 once the catcher is up.
 */
final class CatcherPages implements HttpHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CaughtMails mails;

    CatcherPages(CaughtMails mails) {
        this.mails = mails;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")) {
                send(exchange, 405, "text/plain", "Read only: GET only.");
                return;
            }
            switch (exchange.getRequestURI().getPath()) {
                case "/" -> send(exchange, 200, "text/html", CatcherHtml.page(mails.newestFirst()));
                case "/api/messages" -> send(exchange, 200, "application/json", json(mails.newestFirst()));
                case "/health" -> send(exchange, 200, "text/plain", "ok");
                default -> send(exchange, 404, "text/plain", "Not found. Try / or /api/messages.");
            }
        }
    }

    static String json(List<CaughtMail> mails) throws IOException {
        List<Map<String, Object>> rows = mails.stream()
                .map(mail -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", mail.id());
                    row.put("receivedAt", mail.receivedAt().toString());
                    row.put("from", mail.from());
                    row.put("to", mail.to());
                    row.put("subject", mail.subject());
                    row.put("body", mail.body());
                    return row;
                })
                .toList();
        return JSON.writeValueAsString(rows);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
