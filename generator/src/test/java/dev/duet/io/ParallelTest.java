package dev.duet.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void keepsTheOrderOfTheItems() throws IOException {
        assertEquals(List.of(2, 4, 6, 8), Parallel.map(2, List.of(1, 2, 3, 4), i -> i * 2));
    }

    /**
     * Work that writes files must have stopped when the caller sees the error, or it could write over the next
     * build's files. The first item to start fails once the second has started; the second is slow. Which thread
     * takes which item is up to the pool, so the test runs a few times.
     */
    @Test
    void throwsTheFirstErrorOnlyOnceNoOtherItemRuns() {
        for (int attempt = 0; attempt < 5; attempt++) {
            AtomicInteger arrived = new AtomicInteger();
            CountDownLatch secondStarted = new CountDownLatch(1);
            AtomicBoolean slowItemEnded = new AtomicBoolean();
            IOException thrown = assertThrows(IOException.class, () -> Parallel.map(2, List.of("a", "b"), item -> {
                if (arrived.getAndIncrement() == 1) {
                    secondStarted.countDown();
                    try {
                        // Still at work well after the other item failed, unless stopped.
                        new CountDownLatch(1).await(300, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        slowItemEnded.set(true);
                    }
                    return item;
                }
                try {
                    secondStarted.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IOException("disk full");
            }));
            assertEquals("disk full", thrown.getMessage());
            assertTrue(slowItemEnded.get(), "attempt " + attempt + ": the other item had ended when the error was"
                    + " thrown");
        }
    }
}
