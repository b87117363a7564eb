package dev.duet.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A story imported twice is found: by its source URL, or by a text that is almost the same. */
class DuplicateFinderTest {

    private static final String STORY = """
            沪宁沿江高铁开通运营
            新华社南京9月28日电（记者 蒋方）9月28日，沪宁沿江高速铁路正式开通运营。线路西起南京南站，东至太仓站，全长278.5公里，设计时速350公里。
            沿线设句容、金坛、武进、江阴、张家港、常熟等站，进一步完善了长三角地区高速铁路网，为沿线群众出行提供了便利。
            铁路部门表示，开通初期每日安排开行动车组列车数十对，并将根据客流情况适时增开列车。
            英语如下：
            **Title: Shanghai-Nanjing Riverside High-Speed Railway Opens**
            Keywords: high-speed railway, rail transport
            **News Content:**
            NANJING, Sept. 28 (Xinhua) -- The Shanghai-Nanjing riverside high-speed railway officially began operation on Thursday, running 278.5 km from Nanjing South to Taicang at up to 350 km per hour.
            Stations along the line include Jurong, Jintan, Wujin, Jiangyin, Zhangjiagang and Changshu, completing the high-speed rail network of the Yangtze River Delta.
            The railway authorities said dozens of pairs of trains would run each day at first, with more added as passenger numbers grow.
            【来源】http://www.xinhuanet.com/local/2023-09/28/c_1129890123.htm
            Views: 1,508
            """;

    private static final String OTHER = """
            长三角铁路暑运发送旅客突破1亿人次
            新华社上海8月26日电（记者 周琳）记者从中国铁路上海局集团有限公司获悉，今年暑运以来，长三角铁路累计发送旅客突破1亿人次，同比增长显著，创历史同期新高。
            暑运期间，铁路部门精准实施“一日一图”，最大限度挖掘运输潜力，加开旅客列车，满足旅客出行需求。
            英语如下：
            **Title: Yangtze River Delta Railways Carry 100 Million Summer Passengers**
            **News Content:**
            SHANGHAI, Aug. 26 (Xinhua) -- Railways in the Yangtze River Delta have carried more than 100 million passengers since the summer travel rush began, a record for the season.
            During the summer rush, the railway authorities adjusted timetables daily and added trains to meet demand.
            【来源】http://www.news.cn/local/2023-08/26/c_1129827777.htm
            """;

    private static ImportedArticle parse(String file, String text) {
        return new SourceParser().parse(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<DuplicateFinder.Duplicate> add(DuplicateFinder finder, String file, String text) {
        return finder.add(file, DuplicateFinder.signature(parse(file, text)));
    }

    @Test
    void theSameSourceUrlUnderAnotherFileNameIsADuplicate() {
        DuplicateFinder finder = new DuplicateFinder();
        assertEquals(Optional.empty(), add(finder, "sources/a.txt", STORY));
        String again = STORY.replace("http://www.xinhuanet.com/", "https://xinhuanet.com/")
                .replace("278.5公里", "278公里");
        Optional<DuplicateFinder.Duplicate> duplicate = add(finder, "sources/z-resent.txt", again);
        assertEquals("sources/a.txt", duplicate.orElseThrow().of());
        assertEquals("the same source URL", duplicate.get().reason());
    }

    @Test
    void aStoryResentWithACorrectedParagraphAndAnotherAddressIsADuplicate() {
        DuplicateFinder finder = new DuplicateFinder();
        add(finder, "sources/a.txt", STORY);
        add(finder, "sources/b.txt", OTHER);
        String corrected = STORY.replace("c_1129890123", "c_1129890999")
                .replace("开通初期每日安排开行动车组列车数十对，并将根据客流情况适时增开列车。",
                        "开通初期每日安排开行动车组列车38对，周末将增开至45对。")
                .replace("dozens of pairs of trains would run each day at first, with more added as passenger numbers"
                        + " grow.", "38 pairs of trains would run each day at first, and 45 at weekends.");
        Optional<DuplicateFinder.Duplicate> duplicate = add(finder, "sources/c-corrected.txt", corrected);
        assertEquals("sources/a.txt", duplicate.orElseThrow().of());
        assertTrue(duplicate.get().reason().contains("% the same"), duplicate.get().reason());
    }

    @Test
    void differentStoriesOnOneSubjectAreNot() {
        DuplicateFinder finder = new DuplicateFinder();
        assertEquals(Optional.empty(), add(finder, "sources/a.txt", STORY));
        assertEquals(Optional.empty(), add(finder, "sources/b.txt", OTHER));
    }

    @Test
    void addressesDifferingOnlyInSchemeHostCaseWwwOrEndSlashAreTheSame() {
        assertEquals(DuplicateFinder.normalized("http://www.News.cn/a/b/"),
                DuplicateFinder.normalized("https://news.cn/a/b"));
        assertTrue(!DuplicateFinder.normalized("https://news.cn/a?id=1").equals(
                DuplicateFinder.normalized("https://news.cn/a?id=2")));
    }

    @Test
    void aBatchComparedOnManyCoresFindsWhatAddingOneByOneFinds() throws Exception {
        // Variants of two stories: some re-sent with another address, some with a sentence changed or cut.
        java.util.List<String> files = new java.util.ArrayList<>();
        java.util.List<DuplicateFinder.Signature> signatures = new java.util.ArrayList<>();
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 60; i++) {
            String base = i % 2 == 0 ? STORY : OTHER;
            String text = base.replace(".htm", i % 3 == 0 ? ".htm" : "-" + i + ".htm");
            if (random.nextBoolean()) {
                text = text.replace("。", i + "。");
            }
            if (random.nextInt(4) == 0) {
                text = text.replace("英语如下", "第" + i + "次。英语如下");
            }
            files.add("sources/" + i + ".txt");
            signatures.add(DuplicateFinder.signature(parse(files.get(i), text)));
        }
        DuplicateFinder oneByOne = new DuplicateFinder();
        java.util.List<Optional<DuplicateFinder.Duplicate>> expected = new java.util.ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            expected.add(oneByOne.add(files.get(i), signatures.get(i)));
        }
        DuplicateFinder batched = new DuplicateFinder();
        java.util.List<Optional<DuplicateFinder.Duplicate>> found = new java.util.ArrayList<>(
                batched.addAll(files.subList(0, 25), signatures.subList(0, 25), DuplicateFinderTest::parallel));
        found.addAll(batched.addAll(files.subList(25, 60), signatures.subList(25, 60), DuplicateFinderTest::parallel));
        assertEquals(expected, found);
        assertTrue(expected.stream().filter(Optional::isPresent).count() > 30, expected.toString());
        assertTrue(expected.stream().anyMatch(d -> d.isPresent() && d.get().reason().contains("% the same")));
    }

    @Test
    void twoSketchesDifferInNoMoreBitsThanTheirSignaturesDifferInMinimums() {
        // The sketch may only leave out candidates that the full comparison would reject: the bits in which two
        // sketches differ never outnumber the minimums in which the signatures differ, whatever their likeness.
        java.util.Random random = new java.util.Random(5);
        for (int round = 0; round < 2_000; round++) {
            int[] a = new int[DuplicateFinder.HASHES];
            int[] b = new int[DuplicateFinder.HASHES];
            int changed = random.nextInt(DuplicateFinder.HASHES + 1);
            for (int i = 0; i < a.length; i++) {
                a[i] = random.nextInt(8) == 0 ? Integer.MAX_VALUE : random.nextInt() & 0x7FFF_FFFE;
                b[i] = i < changed ? (random.nextInt(8) == 0 ? Integer.MAX_VALUE : random.nextInt() & 0x7FFF_FFFE)
                        : a[i];
            }
            int unequal = 0;
            for (int i = 0; i < a.length; i++) {
                unequal += a[i] != b[i] ? 1 : 0;
            }
            int bits = Long.bitCount(DuplicateFinder.sketch(a, 0) ^ DuplicateFinder.sketch(b, 0));
            assertTrue(bits <= unequal, bits + " bits against " + unequal + " minimums");
            if (changed == DuplicateFinder.HASHES) {
                // Unrelated signatures differ in about half of the bits, far more than a duplicate may.
                assertTrue(bits > 10, bits + " bits");
            }
        }
    }

    private static void parallel(int size, java.util.function.IntConsumer task) {
        java.util.stream.IntStream.range(0, size).parallel().forEach(task);
    }
}
