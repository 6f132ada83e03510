package dev.tandem.launcher.catcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real SMTP client sends to the catcher; its page and JSON show what a developer would look for. */
class MailCatcherTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private int smtpPort;
    private int webPort;
    private MailCatcher catcher;

    @BeforeEach
    void start() throws IOException {
        smtpPort = freePort();
        webPort = freePort();
        catcher = MailCatcher.start(smtpPort, webPort, new CaughtMails(2));
    }

    @AfterEach
    void stop() {
        catcher.stop();
    }

    @Test
    void listsWhatWasSentNewestFirstOncePerMessageWithEveryRecipient() throws Exception {
        send("First", "Hello", "a@example.com");
        send("Second", "How was it? <b>1-5</b>", "b@example.com", "c@example.com");

        JsonNode messages = messages();

        assertThat(messages).hasSize(2);
        JsonNode newest = messages.get(0);
        assertThat(newest.get("subject").asText()).isEqualTo("Second");
        assertThat(newest.get("from").asText()).isEqualTo("cs@tandem.invalid");
        assertThat(newest.get("to")).extracting(JsonNode::asText).containsExactly("b@example.com", "c@example.com");
        assertThat(newest.get("body").asText()).contains("How was it? <b>1-5</b>");
        assertThat(newest.get("receivedAt").asText()).isNotBlank();
        assertThat(messages.get(1).get("subject").asText()).isEqualTo("First");
    }

    @Test
    void keepsOnlyTheNewestMessages() throws Exception {
        send("One", "1", "a@example.com");
        send("Two", "2", "a@example.com");
        send("Three", "3", "a@example.com");

        assertThat(messages())
                .extracting(message -> message.get("subject").asText())
                .containsExactly("Three", "Two");
    }

    @Test
    void thePageShowsTheBodyAsTextNeverAsMarkup() throws Exception {
        send("<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "a@example.com");

        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;")
                .doesNotContain("<script>", "<img");
    }

    @Test
    void readsTheTextPartOfAMultipartMessage() throws Exception {
        MimeMessage message = message("Survey", "a@example.com");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Rate us: http://127.0.0.1:8083/survey", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>Rate us</p>", "text/html; charset=UTF-8");
        message.setContent(new MimeMultipart("alternative", text, html));
        Transport.send(message);

        assertThat(messages().get(0).get("body").asText()).isEqualTo("Rate us: http://127.0.0.1:8083/survey");
    }

    @Test
    void isReadOnlyAndAnswersItsHealthCheck() throws Exception {
        HttpResponse<String> post = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webPort + "/api/messages"))
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(get("/health").statusCode()).isEqualTo(200);
        assertThat(get("/nothing-here").statusCode()).isEqualTo(404);
    }

    private void send(String subject, String body, String... to) throws Exception {
        MimeMessage message = message(subject, to);
        message.setText(body, "UTF-8");
        Transport.send(message);
    }

    private MimeMessage message(String subject, String... to) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(smtpPort));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("cs@tandem.invalid"));
        for (String recipient : to) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
        }
        message.setSubject(subject, "UTF-8");
        return message;
    }

    private JsonNode messages() throws Exception {
        HttpResponse<String> response = get("/api/messages");
        assertThat(response.statusCode()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webPort + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
