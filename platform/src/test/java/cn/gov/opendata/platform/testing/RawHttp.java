package cn.gov.opendata.platform.testing;

import io.restassured.RestAssured;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Sends a request exactly as written, over a plain socket to the test's service: HTTP clients refuse or re-encode the
 * malformed URIs and bodies a hostile client sends, and those are what the tests are about.
 */
public final class RawHttp {

    /** The status and content type of an answer (the body is read and dropped). */
    public record Answer(int status, String contentType, String body) {
    }

    private RawHttp() {
    }

    public static Answer send(String method, String target, String contentType, byte[] body, String... headers) {
        return send(true, method, target, contentType, body, headers);
    }

    /** An HTTP/1.1 request without the Host header it must carry. */
    public static Answer sendWithoutHost(String method, String target, String... headers) {
        return send(false, method, target, null, null, headers);
    }

    private static Answer send(boolean withHost, String method, String target, String contentType, byte[] body, String... headers) {
        String host = RestAssured.baseURI.replaceFirst("^https?://", "");
        try (Socket socket = new Socket(host, RestAssured.port)) {
            socket.setSoTimeout(120_000);
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
            if (withHost) {
                head.append("Host: ").append(host).append(':').append(RestAssured.port).append("\r\n");
            }
            head.append("Connection: close\r\n").append("Accept: */*\r\n");
            for (String header : headers) {
                head.append(header).append("\r\n");
            }
            if (contentType != null) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            } else if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("DELETE")) {
                head.append("Content-Length: 0\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            // The server closing the connection on a request it cannot parse is an answer too, not a 5xx.
            return new Answer(-1, null, e.getMessage());
        }
    }

    /**
     * Sends only the head of a request that declares a body of {@code contentLength} bytes, as a client does before
     * streaming a large upload, and reads the answer to that head.
     */
    public static Answer declaring(String method, String target, String contentType, long contentLength) {
        String host = RestAssured.baseURI.replaceFirst("^https?://", "");
        try (Socket socket = new Socket(host, RestAssured.port)) {
            socket.setSoTimeout(30_000);
            String head = method + ' ' + target + " HTTP/1.1\r\nHost: " + host + ':' + RestAssured.port + "\r\n"
                    + "Accept: */*\r\nContent-Type: " + contentType + "\r\nContent-Length: " + contentLength + "\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            return new Answer(-1, null, e.getMessage());
        }
    }

    /**
     * Sends {@code prefix} and then spaces up to {@code total} bytes as a chunked body (no declared length), from a
     * second thread, while this one reads the answer: a server that refuses the body answers before it has all.
     */
    public static Answer chunked(String method, String target, String contentType, byte[] prefix, long total, String... headers) {
        String host = RestAssured.baseURI.replaceFirst("^https?://", "");
        try (Socket socket = new Socket(host, RestAssured.port)) {
            socket.setSoTimeout(120_000);
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(host).append(':').append(RestAssured.port).append("\r\n")
                    .append("Accept: */*\r\nContent-Type: ").append(contentType).append("\r\nTransfer-Encoding: chunked\r\n");
            for (String header : headers) {
                head.append(header).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            Thread sender = new Thread(() -> {
                try {
                    out.write(head.toString().getBytes(StandardCharsets.UTF_8));
                    chunk(out, prefix);
                    byte[] spaces = new byte[64 * 1024];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (long sent = prefix.length; sent < total; sent += spaces.length) {
                        chunk(out, spaces);
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException closedByTheServer) {
                    // the answer, read below, says why
                }
            });
            sender.start();
            Answer answer = read(socket.getInputStream());
            sender.join(120_000);
            return answer;
        } catch (IOException e) {
            return new Answer(-1, null, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, null, "interrupted");
        }
    }

    private static void chunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String[] lines = head.split("\r\n");
        if (lines.length == 0 || !lines[0].startsWith("HTTP/")) {
            return new Answer(-1, null, text);
        }
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        String contentType = null;
        for (String line : lines) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                contentType = line.substring("content-type:".length()).trim();
            }
        }
        return new Answer(status, contentType, end < 0 ? "" : text.substring(end + 4));
    }
}
