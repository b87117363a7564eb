package dev.duet.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * One partition of a language's posting lists, CJK terms by key. Postings are gathered in partitions by the low
 * bits of the term's hash, so each partition feeds its own shards and the cores fill them at the same time.
 */
final class Partition implements TermSink {
    final LongMap<Postings> cjk = new LongMap<>();
    final Map<String, Postings> words = new HashMap<>();

    @Override
    public void cjk(long key, int id, int weight) {
        cjk.computeIfAbsent(key, k -> new Postings()).add(id, weight);
    }

    @Override
    public void word(String word, int id, int weight) {
        words.computeIfAbsent(word, k -> new Postings()).add(id, weight);
    }

    /**
     * Moves the partitions' posting lists into their shards. A partition's terms go to its own shards only, so the
     * partitions move in parallel; each is let go as it is moved, so the index is never held twice for long.
     */
    static List<Map<String, Postings>> intoShards(List<Partition> partitions, int shards) {
        List<Map<String, Postings>> shardTerms = new ArrayList<>(shards);
        for (int s = 0; s < shards; s++) {
            shardTerms.add(new TreeMap<>());
        }
        IntStream.range(0, partitions.size()).parallel().forEach(p -> {
            Partition partition = partitions.get(p);
            // Drops the list's hold on the partition: its maps keep their size when emptied.
            partitions.set(p, null);
            partition.cjk.drain((key, postings) -> shardTerms.get(TermHash.shard(key, shards))
                    .put(SearchTokens.cjkTerm(key), postings.trimmed()));
            for (var entries = partition.words.entrySet().iterator(); entries.hasNext(); ) {
                Map.Entry<String, Postings> entry = entries.next();
                shardTerms.get(TermHash.shard(entry.getKey(), shards)).put(entry.getKey(), entry.getValue().trimmed());
                entries.remove();
            }
        });
        return shardTerms;
    }
}
