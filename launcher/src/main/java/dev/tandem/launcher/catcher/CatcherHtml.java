package dev.tandem.launcher.catcher;

import java.util.List;

/** The catcher's page: one line per message, newest first, its body folded under it. No script, no outside assets. */
final class CatcherHtml {

    private CatcherHtml() {}

    static String page(List<CaughtMail> mails) {
        StringBuilder html = new StringBuilder();
        html.append("<!doctype html><html><head><meta charset=\"utf-8\"><title>Tandem mail catcher</title>")
                .append("<meta http-equiv=\"refresh\" content=\"10\">")
                .append("<style>body{font-family:sans-serif;margin:2em}summary{cursor:pointer;padding:.3em 0}")
                .append("pre{white-space:pre-wrap;background:#f4f4f4;padding:1em}</style></head><body>")
                .append("<h1>Mail sent by the local stack</h1><p>")
                .append(mails.size())
                .append(" message(s), newest first; the page reloads every 10 s. JSON: <a href=\"/api/messages\">")
                .append("/api/messages</a>.</p>");
        for (CaughtMail mail : mails) {
            html.append("<details><summary>")
                    .append(escape(mail.receivedAt().toString()))
                    .append(" &middot; from ")
                    .append(escape(mail.from()))
                    .append(" &middot; to ")
                    .append(escape(String.join(", ", mail.to())))
                    .append(" &middot; <b>")
                    .append(escape(mail.subject()))
                    .append("</b></summary><pre>")
                    .append(escape(mail.body()))
                    .append("</pre></details>");
        }
        return html.append("</body></html>").toString();
    }

    // Mail bodies are whatever a sender wrote: shown as text, never as markup.
    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
