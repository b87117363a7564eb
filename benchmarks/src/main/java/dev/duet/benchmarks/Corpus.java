package dev.duet.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A deterministic corpus of bilingual news articles: the same seed, size and shape give the same bytes. Dates
 * spread over five years; each text has 6 to 9 paragraphs. {@link #writeSources} writes it in Duet's source format,
 * {@link HugoSite} the same articles as a Hugo multilingual site.
 */
final class Corpus {

    /** How the articles are made. */
    enum Shape {
        /**
         * Chinese text of about 1,200 characters (3.6 KB) and English of about 600 words (3.6 KB); 3 to 5 keywords
         * per article from about 2,000, Zipf-distributed, so a few tags are on thousands of articles.
         */
        NEWS(1200, 600, 3, true),
        /**
         * Chinese text of about 1,350 characters (4 KB) and English of about 1,000 words (6 KB); 4 or 5 keywords
         * per article drawn uniformly from about 2,000, so every tag has a few dozen articles per 10,000.
         */
        WIDE(1350, 1000, 4, false);

        final int zhCharacters;
        final int enWords;
        final int minKeywords;
        final boolean zipf;

        Shape(int zhCharacters, int enWords, int minKeywords, boolean zipf) {
            this.zhCharacters = zhCharacters;
            this.enWords = enWords;
            this.minKeywords = minKeywords;
            this.zipf = zipf;
        }

        /** What the corpus folder's name adds to its size: nothing for the first shape. */
        String suffix() {
            return this == NEWS ? "" : "-" + name().toLowerCase(Locale.ROOT);
        }

        static Shape named(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    static final long DEFAULT_SEED = 20240521L;
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    private static final int DAYS = 5 * 365 + 1;

    private final List<Article> articles;

    private Corpus(List<Article> articles) {
        this.articles = List.copyOf(articles);
    }

    static Corpus generate(int size, long seed) {
        return generate(size, seed, Shape.NEWS);
    }

    static Corpus generate(int size, long seed, Shape shape) {
        List<Article> articles = new ArrayList<>(size);
        each(size, seed, shape, articles::add);
        return new Corpus(articles);
    }

    /** What a consumer does with each article as it is made; may fail with an I/O error. */
    interface Sink {
        void accept(Article article) throws IOException;
    }

    /**
     * Writes the sources of the corpus {@link #generate} makes, one article at a time, so that a corpus larger than
     * the heap can be written.
     */
    static void writeSources(int size, long seed, Shape shape, Path sourcesDir) throws IOException {
        Files.createDirectories(sourcesDir);
        each(size, seed, shape, article -> writeSource(article, sourcesDir));
    }

    /** Makes the articles of the corpus one after the other, in order, handing each to {@code sink}. */
    private static void each(int size, long seed, Shape shape, Sink sink) {
        SplittableRandom random = new SplittableRandom(seed);
        Vocabulary vocabulary = new Vocabulary(2000, seed);
        Set<String> slugs = new HashSet<>();
        for (int i = 0; i < size; i++) {
            String enTitle;
            String slug;
            do {
                enTitle = titleCase(englishWords(random, 5 + random.nextInt(5)));
                slug = slug(enTitle);
            } while (slug.length() > 72 || !slugs.add(slug)); // Duet cuts slugs at 80 characters
            LocalDate date = FIRST_DAY.plusDays(random.nextInt(DAYS));
            int paragraphs = 6 + random.nextInt(4);
            Article article = new Article(i, String.format("%06d_%016x.txt", i, random.nextLong()), date,
                    Vocabulary.pick(random, Vocabulary.CITIES), Vocabulary.pick(random, Vocabulary.REPORTERS),
                    chineseClause(random, 8 + random.nextInt(9)),
                    chineseParagraphs(random, paragraphs, shape.zhCharacters), enTitle,
                    titleCase(englishWords(random, 8 + random.nextInt(6))),
                    englishParagraphs(random, 6 + random.nextInt(4), shape.enWords),
                    shape.zipf ? vocabulary.drawKeywords(random, shape.minKeywords + random.nextInt(3))
                            : vocabulary.drawUniform(random, shape.minKeywords + random.nextInt(2)),
                    String.format("http://www.chinanews.com/gn/%d/%02d-%02d/%d.shtml", date.getYear(),
                            date.getMonthValue(), date.getDayOfMonth(), 10_000_000 + i),
                    1 + random.nextInt(50_000), slug);
            try {
                sink.accept(article);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    List<Article> articles() {
        return articles;
    }

    /** Writes one {@code .txt} file per article into {@code sourcesDir}, in the format {@code duet:import} reads. */
    void writeSources(Path sourcesDir) throws IOException {
        Files.createDirectories(sourcesDir);
        for (Article a : articles) {
            writeSource(a, sourcesDir);
        }
    }

    /** Writes one article's source file. */
    private static void writeSource(Article a, Path sourcesDir) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append(a.zhTitle()).append('\n');
        for (int p = 0; p < a.zhParagraphs().size(); p++) {
            text.append(p == 0 ? a.zhDateline() : "").append(a.zhParagraphs().get(p)).append('\n');
        }
        text.append("英语如下:\n");
        text.append("**Title: ").append(a.enTitle()).append("**\n");
        text.append("Keywords: ").append(String.join(", ", a.keywords())).append(".\n");
        text.append("**News Content:**\n");
        text.append(a.enHeadline()).append('\n');
        for (int p = 0; p < a.enParagraphs().size(); p++) {
            text.append(p == 0 ? a.enDateline() : "").append(a.enParagraphs().get(p)).append('\n');
        }
        text.append("【来源】").append(a.url()).append('\n');
        text.append("Views: ").append(a.views()).append('\n');
        Files.writeString(sourcesDir.resolve(a.sourceName()), text, StandardCharsets.UTF_8);
    }

    private static List<String> chineseParagraphs(SplittableRandom random, int count, int characters) {
        List<String> paragraphs = new ArrayList<>(count);
        int perParagraph = characters / count;
        for (int p = 0; p < count; p++) {
            StringBuilder paragraph = new StringBuilder();
            int target = perParagraph * (80 + random.nextInt(41)) / 100;
            while (paragraph.length() < target) {
                paragraph.append(chineseClause(random, 8 + random.nextInt(10))).append('，')
                        .append(chineseClause(random, 8 + random.nextInt(14))).append('。');
            }
            paragraphs.add(paragraph.toString());
        }
        return paragraphs;
    }

    private static String chineseClause(SplittableRandom random, int length) {
        StringBuilder clause = new StringBuilder();
        while (clause.length() < length) {
            clause.append(Vocabulary.pick(random, Vocabulary.ZH_WORDS));
            if (random.nextInt(3) == 0) {
                clause.append(Vocabulary.pick(random, Vocabulary.ZH_JOINERS));
            }
        }
        return clause.toString();
    }

    private static List<String> englishParagraphs(SplittableRandom random, int count, int wordCount) {
        List<String> paragraphs = new ArrayList<>(count);
        int perParagraph = wordCount / count;
        for (int p = 0; p < count; p++) {
            StringBuilder paragraph = new StringBuilder();
            int target = perParagraph * (80 + random.nextInt(41)) / 100;
            int words = 0;
            while (words < target) {
                int length = 10 + random.nextInt(16);
                String sentence = String.join(" ", englishWords(random, length));
                if (paragraph.length() > 0) {
                    paragraph.append(' ');
                }
                paragraph.append(Character.toUpperCase(sentence.charAt(0))).append(sentence, 1, sentence.length())
                        .append('.');
                words += length;
            }
            paragraphs.add(paragraph.toString());
        }
        return paragraphs;
    }

    private static List<String> englishWords(SplittableRandom random, int count) {
        List<String> words = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            words.add(Vocabulary.pick(random, Vocabulary.EN_WORDS));
        }
        return words;
    }

    private static String titleCase(List<String> words) {
        StringBuilder title = new StringBuilder();
        for (String word : words) {
            if (title.length() > 0) {
                title.append(' ');
            }
            title.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
        }
        return title.toString();
    }

    /** A URL slug of an English title: lower case words joined by hyphens. */
    static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
