package org.warroom.posts.dispatch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

/**
 * A real webhook receiver on a free local port, as a desk's server would be: it checks the signature (401 when
 * wrong), keeps each idempotency key it has taken so a retry is answered but not taken twice, and misbehaves as told
 * for the next requests: a 500, a reply after the client's timeout, or garbage.
 */
public final class TestReceiver implements AutoCloseable {
    /** What to do with one request. */
    public enum Act { OK, ERROR_500, SLOW, GARBAGE, BAD_REQUEST }

    /** One request as received. */
    public record Request(String key, String signature, byte[] body, boolean signatureOk, int status) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final String secret;
    private final long slowMillis;
    private final ConcurrentLinkedQueue<Act> script = new ConcurrentLinkedQueue<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, byte[]> taken = Collections.synchronizedMap(new LinkedHashMap<>());
    private volatile Act otherwise = Act.OK;

    public TestReceiver(String secret, long slowMillis) throws IOException {
        this.secret = secret;
        this.slowMillis = slowMillis;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    /** The next requests' behaviour, in order; after them, {@code otherwise}. */
    public TestReceiver then(Act... acts) {
        script.addAll(List.of(acts));
        return this;
    }

    public TestReceiver otherwise(Act a) {
        otherwise = a;
        return this;
    }

    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** Deliveries taken, by idempotency key: each key once however often it came. */
    public Map<String, byte[]> taken() {
        synchronized (taken) {
            return Map.copyOf(taken);
        }
    }

    private void handle(HttpExchange x) throws IOException {
        byte[] body = x.getRequestBody().readAllBytes();
        String key = x.getRequestHeaders().getFirst(WebhookChannel.IDEMPOTENCY_HEADER);
        String sig = x.getRequestHeaders().getFirst(Signatures.HEADER);
        boolean ok = Signatures.verify(secret, body, sig);
        Act act = script.poll();
        if (act == null) {
            act = otherwise;
        }
        int status;
        String reply;
        if (!ok) {
            status = 401;
            reply = "{\"error\":\"bad signature\"}";
        } else if (key == null || key.isBlank()) {
            status = 400;
            reply = "{\"error\":\"no idempotency key\"}";
        } else {
            switch (act) {
                case ERROR_500 -> {
                    status = 500;
                    reply = "{\"error\":\"try later\"}";
                }
                case BAD_REQUEST -> {
                    status = 422;
                    reply = "{\"error\":\"unknown district\"}";
                }
                case GARBAGE -> {
                    status = 200;
                    reply = "<html><body>Service temporarily unavailable</body>";
                }
                default -> {
                    // a slow receiver still takes the delivery: the client gave up waiting, not the receiver
                    boolean first = take(key, body);
                    if (act == Act.SLOW) {
                        sleep();
                    }
                    status = 200;
                    reply = first ? "{\"ok\":true}" : "{\"ok\":true,\"duplicate\":true}";
                }
            }
        }
        requests.add(new Request(key, sig, body, ok, status));
        byte[] out = reply.getBytes(StandardCharsets.UTF_8);
        try {
            x.sendResponseHeaders(status, out.length);
            try (OutputStream o = x.getResponseBody()) {
                o.write(out);
            }
        } catch (IOException e) {
            // the client has gone (it timed out): nothing to answer
        } finally {
            x.close();
        }
    }

    private boolean take(String key, byte[] body) {
        synchronized (taken) {
            return taken.putIfAbsent(key, body) == null;
        }
    }

    private void sleep() {
        try {
            Thread.sleep(slowMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
