package dev.duet.search;

/** Where an article's terms go: a partition in memory, or the records of a spill file. */
interface TermSink {
    void cjk(long key, int id, int weight);

    void word(String word, int id, int weight);
}
