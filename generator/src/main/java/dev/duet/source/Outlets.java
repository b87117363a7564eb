package dev.duet.source;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The news outlets Duet knows by their web address, with their names in both languages. A host matches its domain
 * and every subdomain ({@code finance.people.com.cn} is 人民网).
 */
final class Outlets {

    record Outlet(String domain, String nameZh, String nameEn) {
    }

    private static final List<Outlet> KNOWN = List.of(
            new Outlet("chinanews.com", "中国新闻网", "China News Service"),
            new Outlet("chinanews.com.cn", "中国新闻网", "China News Service"),
            new Outlet("ecns.cn", "中国新闻网", "China News Service"),
            new Outlet("xinhuanet.com", "新华网", "Xinhua"),
            new Outlet("news.cn", "新华网", "Xinhua"),
            new Outlet("people.com.cn", "人民网", "People's Daily Online"),
            new Outlet("chinadaily.com.cn", "中国日报网", "China Daily"),
            new Outlet("cctv.com", "央视网", "CCTV"),
            new Outlet("cctv.cn", "央视网", "CCTV"));

    Optional<Outlet> find(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        for (Outlet outlet : KNOWN) {
            if (h.equals(outlet.domain()) || h.endsWith("." + outlet.domain())) {
                return Optional.of(outlet);
            }
        }
        return Optional.empty();
    }
}
