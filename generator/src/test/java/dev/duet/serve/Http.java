package dev.duet.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Requests to a running preview server, through {@link HttpClient} or, where it would tidy the path, a raw socket. */
final class Http {

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final PreviewServer server;

    Http(PreviewServer server) {
        this.server = server;
    }

    HttpResponse<byte[]> get(String rawPath) throws IOException, InterruptedException {
        return send("GET", rawPath);
    }

    HttpResponse<String> getText(String rawPath) throws IOException, InterruptedException {
        return client.send(request("GET", rawPath), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> send(String method, String rawPath) throws IOException, InterruptedException {
        return client.send(request(method, rawPath), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest request(String method, String rawPath) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + rawPath))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(5))
                .build();
    }

    /** The whole response, status line and headers included, to a request line sent exactly as given. */
    String raw(String rawPath) throws IOException {
        return raw(rawPath, "127.0.0.1");
    }

    /** The same, with the {@code Host} header given. */
    String raw(String rawPath, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }
}
