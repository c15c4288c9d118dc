package nl.netwerkregie.faults.driver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The load driver's record of what it did, one line per event, appended and forced to disk before the driver goes
 * on: {@code BEGIN kind key} before a step, {@code OK kind key} once the service returned (the user was told it
 * succeeded: the transaction committed), {@code FAIL kind key reason} when it refused. A JVM killed at any moment
 * leaves every OK it reached on disk; the fault tests compare these lines with the database.
 */
final class Journal {

    private final FileChannel channel;
    private final String node;
    /** The step this thread began and has not finished: what a failure is about. */
    private final ThreadLocal<String[]> current = new ThreadLocal<>();

    Journal(Path file, String node) {
        this.node = node;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void begin(String kind, String key) {
        current.set(new String[] {kind, key});
        write("BEGIN", kind, key, "");
    }

    void ok(String kind, String key) {
        current.remove();
        write("OK", kind, key, "");
    }

    /** The step this thread began failed (or, when it began none, what it looked for first). */
    void fail(Throwable why) {
        String[] step = current.get();
        current.remove();
        String kind = step == null ? "LOOKUP" : step[0];
        String key = step == null ? "-" : step[1];
        String reason = (why.getClass().getSimpleName() + " " + why.getMessage()).replaceAll("\\s+", " ");
        write("FAIL", kind, key, reason.length() > 300 ? reason.substring(0, 300) : reason);
    }

    private synchronized void write(String event, String kind, String key, String detail) {
        String line = System.currentTimeMillis() + " " + node + " " + event + " " + kind + " " + key
                + (detail.isEmpty() ? "" : " " + detail) + "\n";
        try {
            ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
