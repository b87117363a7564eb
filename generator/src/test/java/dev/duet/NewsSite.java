package dev.duet;

import java.io.IOException;

/**
 * A small bilingual site written as article files: four stories in both languages (one in Traditional Chinese),
 * one in Chinese only, one English story without a date, and a glossary. Chinese and English each have five
 * articles.
 */
final class NewsSite {

    static final String WANG_YI_ZH = "zh/2024/05/wang-yi-attends-sco-meeting/index.html";
    static final String WANG_YI_EN = "en/2024/05/wang-yi-attends-sco-meeting/index.html";
    static final String COFFEE_ZH = "zh/2024/03/pu-er-coffee-harvest/index.html";
    static final String BRIDGE_ZH = "zh/2023/10/hong-kong-bridge/index.html";
    static final String BRIDGE_EN = "en/2023/10/hong-kong-bridge/index.html";
    static final String UNDATED_EN = "en/undated/museum-reopens/index.html";
    static final String WANG_YI_SOURCE = "https://www.xinhuanet.com/world/2024-05/21/c_1130150000.htm";

    private NewsSite() {
    }

    static TestSite write(TestSite site) throws IOException {
        site.write("glossary.yaml", """
                Wang Yi: 王毅
                Shanghai Cooperation Organization (SCO): 上海合作组织
                new energy vehicles: 新能源汽车
                exports: 出口
                high-speed railway: 高铁
                """);
        site.article("2024/wang-yi-attends-sco-meeting.zh.md", """
                title: "王毅出席上合组织外长会议"
                lang: "zh"
                script: "Hans"
                date: "2024-05-21"
                slug: "wang-yi-attends-sco-meeting"
                tags:
                  - "Wang Yi"
                  - "Shanghai Cooperation Organization (SCO)"
                dateline: "新华社阿斯塔纳5月21日电"
                agency: "新华社"
                reporters:
                  - "张三"
                  - "李四"
                source:
                  url: "%s"
                  name: "新华网"
                views: 1200
                """.formatted(WANG_YI_SOURCE), """
                新华社阿斯塔纳5月21日电（记者 张三 李四）上海合作组织成员国外长理事会会议21日在阿斯塔纳举行。

                王毅在会上发表讲话。
                """);
        site.article("2024/wang-yi-attends-sco-meeting.en.md", """
                title: "Wang Yi Attends SCO Foreign Ministers' Meeting"
                lang: "en"
                date: "2024-05-21"
                slug: "wang-yi-attends-sco-meeting"
                tags:
                  - "Wang Yi"
                  - "Shanghai Cooperation Organization (SCO)"
                headline: "Chinese FM Attends Meeting of SCO Council of Foreign Ministers in Astana"
                dateline: "ASTANA, May 21"
                agency: "Xinhua"
                reporters:
                  - "Zhang San"
                  - "Li Si"
                source:
                  url: "%s"
                  name: "Xinhua"
                """.formatted(WANG_YI_SOURCE), """
                ASTANA, May 21 (Xinhua) -- The meeting of the Council of Foreign Ministers of the Shanghai Cooperation
                Organization was held in Astana on Tuesday.

                Wang Yi addressed the meeting.
                """);
        site.article("2024/nev-exports.zh.md", """
                title: "一季度新能源汽车出口保持增长"
                lang: "zh"
                date: "2024-04-12"
                tags: ["new energy vehicles", "exports"]
                agency: "新华社"
                """, "新华社北京4月12日电 一季度我国新能源汽车出口保持增长。\n");
        site.article("2024/nev-exports.en.md", """
                title: "New Energy Vehicle Exports Keep Growing in Q1"
                lang: "en"
                date: "2024-04-12"
                tags: ["new energy vehicles", "exports"]
                agency: "Xinhua"
                """, "BEIJING, April 12 (Xinhua) -- China's exports of new energy vehicles kept growing in Q1.\n");
        site.article("2024/pu-er-coffee-harvest.zh.md", """
                title: "云南普洱：咖啡豆迎来丰收季"
                lang: "zh"
                date: "2024-03-02"
                tags: ["咖啡"]
                agency: "中新网"
                """, "中新网普洱3月2日电 眼下正值咖啡豆采摘季。\n");
        site.article("2023/hong-kong-bridge.zh.md", """
                title: "港珠澳大橋通車五週年"
                lang: "zh"
                script: "Hant"
                date: "2023-10-24"
                tags: ["Hong Kong"]
                """, "港珠澳大橋通車五週年，車流量持續增長。\n");
        site.article("2023/hong-kong-bridge.en.md", """
                title: "Hong Kong-Zhuhai-Macao Bridge Marks Five Years"
                lang: "en"
                date: "2023-10-24"
                tags: ["Hong Kong"]
                """, "The bridge marked five years of traffic on Tuesday.\n");
        site.article("2023/rail-opens.zh.md", """
                title: "沪宁沿江高铁开通运营"
                lang: "zh"
                date: "2023-09-28"
                tags: ["high-speed railway"]
                """, "沪宁沿江高速铁路正式开通运营。\n");
        site.article("2023/rail-opens.en.md", """
                title: "Shanghai-Nanjing Riverside Railway Opens"
                lang: "en"
                date: "2023-09-28"
                tags: ["high-speed railway"]
                """, "The Shanghai-Nanjing riverside high-speed railway began operation.\n");
        site.article("undated/museum-reopens.en.md", """
                title: "Museum Reopens"
                lang: "en"
                """, "The museum reopened.\n");
        return site;
    }
}
