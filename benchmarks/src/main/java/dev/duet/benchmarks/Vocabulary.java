package dev.duet.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The fixed words the corpus is made of: common Chinese words, common English words, place names and reporters, and
 * about two thousand keywords drawn with Zipf-like frequencies, so that a few tags are on many articles and most on
 * few, as on a real news site.
 */
final class Vocabulary {

    static final List<String> ZH_WORDS = List.of((
            "发展 经济 合作 国家 社会 建设 推动 加强 工作 企业 地区 国际 市场 政策 创新 技术 服务 项目 人民 政府 "
            + "城市 农村 教育 文化 科技 环境 生态 安全 交通 能源 产业 制造 投资 贸易 金融 消费 就业 收入 改革 开放 "
            + "会议 代表 委员 部门 机构 组织 中心 系统 平台 网络 数据 信息 数字 智能 绿色 低碳 质量 效率 水平 能力 "
            + "重要 积极 持续 稳定 全面 深入 进一步 有效 显著 不断 共同 相关 主要 基本 新的 良好 具体 实际 广泛 明显 "
            + "表示 认为 指出 强调 介绍 提出 实现 完成 开展 举行 参加 支持 促进 提高 保障 提升 扩大 优化 落实 形成 "
            + "今年 去年 目前 近年来 同比 增长 下降 达到 超过 约为 亿元 万人 公里 吨 个 项 次 家 所 座 "
            + "铁路 高铁 港口 机场 公路 桥梁 航线 物流 运输 旅客 游客 旅游 医疗 卫生 健康 养老 住房 社区 居民 学生 "
            + "农业 粮食 种植 丰收 水利 气象 降雨 天气 海洋 森林 保护 治理 污染 排放 新能源 汽车 电池 芯片 软件 "
            + "记者 采访 了解 据悉 此外 同时 其中 随着 通过 按照 根据 围绕 面向 关于 对于 以及 并且 但是 因此 "
            + "活动 展览 论坛 峰会 赛事 比赛 运动员 冠军 文艺 演出 博物馆 图书馆 遗产 传统 节日 春节 中秋 国庆").split(" "));

    static final List<String> ZH_JOINERS = List.of("的", "和", "在", "是", "了", "与", "将", "对", "为", "把", "向", "从", "已");

    static final List<String> EN_WORDS = List.of((
            "the of and to in a for on with as by that at from is was will has have are be this its their said "
            + "development economic cooperation country countries social construction promote strengthen work "
            + "enterprises region regional international market policy policies innovation technology services "
            + "project people government city cities rural education culture science environment ecological "
            + "security transport energy industry manufacturing investment trade finance consumption employment "
            + "income reform opening meeting representatives committee departments institutions organization "
            + "center system platform network data information digital intelligent green carbon quality "
            + "efficiency level capacity important active sustained stable comprehensive further effective "
            + "significant continuous joint relevant main basic new good specific practical broad clear "
            + "stated believed pointed emphasized introduced proposed achieved completed launched held attended "
            + "supported promoted improved ensured raised expanded optimized implemented formed this year last "
            + "currently recent years growth increase decline reached exceeded about billion yuan million people "
            + "kilometers tons railway high-speed port airport highway bridge route logistics passengers tourists "
            + "tourism medical health care elderly housing community residents students agriculture grain harvest "
            + "water weather rainfall ocean forest protection governance pollution emissions vehicles battery "
            + "chip software reporter according to meanwhile among through around facing regarding however "
            + "therefore activities exhibition forum summit competition athletes champion performance museum "
            + "library heritage traditional festival spring autumn national day officials local provincial "
            + "authorities residents villages farmers workers companies firms exports imports goods supply chain "
            + "infrastructure investment plan program initiative strategy goal target progress results").split(" "));

    /** Chinese and English names of the place in a dateline. */
    record City(String zh, String en) {
    }

    static final List<City> CITIES = List.of(new City("北京", "BEIJING"), new City("上海", "SHANGHAI"),
            new City("广州", "GUANGZHOU"), new City("南京", "NANJING"), new City("成都", "CHENGDU"),
            new City("武汉", "WUHAN"), new City("西安", "XI'AN"), new City("杭州", "HANGZHOU"),
            new City("重庆", "CHONGQING"), new City("天津", "TIANJIN"), new City("长沙", "CHANGSHA"),
            new City("昆明", "KUNMING"));

    static final List<String> REPORTERS = List.of("张三", "李四", "王五", "赵敏", "陈静", "刘洋", "杨帆", "黄磊",
            "周婷", "吴昊", "徐晶", "孙悦", "马超", "朱丽", "胡伟", "郭峰");

    static final List<String> EN_MONTHS = List.of("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.",
            "Sept.", "Oct.", "Nov.", "Dec.");

    private final List<String> keywords;
    private final double[] cumulative;

    /** Builds {@code count} distinct keywords of two or three words, the same ones for the same seed. */
    Vocabulary(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> nouns = EN_WORDS.subList(EN_WORDS.indexOf("development"), EN_WORDS.size());
        Set<String> made = new LinkedHashSet<>();
        while (made.size() < count) {
            String keyword = nouns.get(random.nextInt(nouns.size())) + " " + nouns.get(random.nextInt(nouns.size()));
            if (random.nextInt(4) == 0) {
                keyword += " " + nouns.get(random.nextInt(nouns.size()));
            }
            made.add(keyword);
        }
        keywords = List.copyOf(made);
        cumulative = new double[count];
        double sum = 0;
        for (int k = 0; k < count; k++) {
            sum += 1.0 / (k + 1);
            cumulative[k] = sum;
        }
        for (int k = 0; k < count; k++) {
            cumulative[k] /= sum;
        }
    }

    /** {@code count} distinct keywords, the k-th most frequent drawn with probability proportional to 1/k. */
    List<String> drawKeywords(SplittableRandom random, int count) {
        Set<String> drawn = new LinkedHashSet<>();
        while (drawn.size() < count) {
            int index = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
            drawn.add(keywords.get(index >= 0 ? index : Math.min(-index - 1, keywords.size() - 1)));
        }
        return new ArrayList<>(drawn);
    }

    /** {@code count} distinct keywords, each as likely as any other. */
    List<String> drawUniform(SplittableRandom random, int count) {
        Set<String> drawn = new LinkedHashSet<>();
        while (drawn.size() < count) {
            drawn.add(pick(random, keywords));
        }
        return new ArrayList<>(drawn);
    }

    static <T> T pick(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
