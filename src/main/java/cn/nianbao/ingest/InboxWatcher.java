package cn.nianbao.ingest;

import cn.nianbao.config.NianbaoProperties;
import cn.nianbao.store.ReportRecord;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.ReportStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Watches the inbox folders (recursively) by polling. A file is taken when its size and modification time
 * are the same on two walks in a row; it is then stored and queued like an upload (once per content hash,
 * across restarts and instances), and stays where it is until its report has an outcome: then it moves to
 * {@code processed/} (needs_review, clean, approved) or {@code failed/} under the inbox root.
 *
 * <p>The directory walk is streamed; between walks only up to {@code maxTracked} candidate files and the
 * files whose report is still in the queue are remembered.
 */
@Component
public class InboxWatcher implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(InboxWatcher.class);

    private final List<Path> roots;
    private final NianbaoProperties.Inbox settings;
    private final ReportIntake intake;
    private final ReportStore store;
    private final QueueGate gate;
    /** The queue's room, counted once a poll and spent file by file (not a count per file). */
    private long room;
    private final Map<Path, Stamp> seen = new HashMap<>();
    private final Map<Path, UUID> taken = new LinkedHashMap<>();
    private final Set<Path> warnedLinks = new HashSet<>();
    /** What this poll received: one batch. */
    private final List<Receipt> received = new ArrayList<>();
    private ScheduledExecutorService timer;

    public InboxWatcher(NianbaoProperties properties, ReportIntake intake, ReportStore store, QueueGate gate) {
        this.roots = properties.inbox().stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.settings = properties.inboxWatch();
        this.intake = intake;
        this.store = store;
        this.gate = gate;
    }

    @Override
    public synchronized void start() {
        if (!settings.enabled() || roots.isEmpty()) {
            return;
        }
        for (Path root : roots) {
            try {
                Files.createDirectories(root);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create inbox " + root, e);
            }
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "nianbao-inbox");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.pollInterval().toMillis();
        timer.scheduleWithFixedDelay(this::pollSafely, every, every, TimeUnit.MILLISECONDS);
        LOG.info("watching inbox {}", roots);
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            try {
                timer.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.warn("inbox poll failed; trying again at the next one", e);
        }
    }

    /** One round: move the files whose report has an outcome, then walk each inbox for stable files. */
    void poll() {
        settle();
        room = gate.room();
        Map<Path, Stamp> now = new HashMap<>();
        for (Path root : roots) {
            walk(root, now);
        }
        seen.clear();
        seen.putAll(now);
        if (!received.isEmpty()) {
            intake.batch(ReportIntake.INBOX, null, List.copyOf(received));
            received.clear();
        }
    }

    private void settle() {
        for (Iterator<Map.Entry<Path, UUID>> it = taken.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Path, UUID> entry = it.next();
            ReportStatus status = store.find(entry.getValue()).map(ReportRecord::status).orElse(ReportStatus.FAILED);
            if (!status.finished()) {
                continue;
            }
            String outcome = status == ReportStatus.FAILED ? InboxFiles.FAILED : InboxFiles.PROCESSED;
            Path file = entry.getKey();
            try {
                Path moved = OutcomeMover.move(rootOf(file), file, outcome);
                LOG.info("inbox file {} → {} (report {}, {})", file, moved, entry.getValue(), status.id());
                it.remove();
            } catch (IOException e) {
                LOG.warn("cannot move inbox file {} to {}/: {}", file, outcome, e.toString());
            }
        }
    }

    private void walk(Path root, Map<Path, Stamp> now) {
        try (Stream<Path> files = Files.walk(root)) {
            Iterator<Path> it = files.iterator();
            while (it.hasNext()) {
                Path file = it.next();
                if (taken.containsKey(file) || !InboxFiles.candidate(root, file)) {
                    continue;
                }
                look(file, now);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("cannot walk inbox {}: {}", root, e.toString());
        }
    }

    private void look(Path file, Map<Path, Stamp> now) {
        BasicFileAttributes attributes;
        try {
            // A link is not followed: it could lead the watcher to read a file outside its folders.
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return;
        }
        if (!attributes.isRegularFile()) {
            if (attributes.isSymbolicLink() && warnedLinks.add(file)) {
                LOG.warn("inbox {} is a symbolic link: left alone, copy the file itself into the inbox", file);
            }
            return;
        }
        Stamp stamp = new Stamp(attributes.size(), attributes.lastModifiedTime().toMillis());
        if (stamp.equals(seen.get(file)) && room > 0) {
            take(file);
            room--;
        } else if (now.size() < settings.maxTracked()) {
            now.put(file, stamp);
        }
    }

    private void take(Path file) {
        byte[] content;
        try {
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                content = in.readAllBytes(); // still not through a link put there since the walk
            }
        } catch (NoSuchFileException gone) {
            return;
        } catch (IOException e) {
            LOG.warn("cannot read inbox file {}: {}", file, e.toString());
            return;
        }
        Receipt receipt = intake.receive(file.getFileName().toString(), content, ReportIntake.INBOX);
        taken.put(file, receipt.id());
        received.add(receipt);
        LOG.info("inbox file {} is report {}{}", file, receipt.id(), receipt.duplicate() ? " (seen before)" : "");
    }

    /** What must stay the same over two walks for a file to count as completely written. */
    private record Stamp(long size, long modified) {
    }

    private Path rootOf(Path file) {
        return roots.stream().filter(file::startsWith).max((a, b) -> a.getNameCount() - b.getNameCount())
                .orElseThrow();
    }
}
