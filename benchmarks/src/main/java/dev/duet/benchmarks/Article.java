package dev.duet.benchmarks;

import java.time.LocalDate;
import java.util.List;

/** One generated bilingual article, before it is written in either tool's format. */
record Article(int index, String sourceName, LocalDate date, Vocabulary.City city, String reporter, String zhTitle,
        List<String> zhParagraphs, String enTitle, String enHeadline, List<String> enParagraphs,
        List<String> keywords, String url, int views, String slug) {

    Article {
        zhParagraphs = List.copyOf(zhParagraphs);
        enParagraphs = List.copyOf(enParagraphs);
        keywords = List.copyOf(keywords);
    }

    /** The Chinese dateline, as a Xinhua wire story starts. */
    String zhDateline() {
        return "新华社" + city.zh() + date.getMonthValue() + "月" + date.getDayOfMonth() + "日电（记者 " + reporter + "）";
    }

    /** The English dateline, as a Xinhua wire story starts. */
    String enDateline() {
        return city.en() + ", " + Vocabulary.EN_MONTHS.get(date.getMonthValue() - 1) + " " + date.getDayOfMonth()
                + " (Xinhua) -- ";
    }
}
