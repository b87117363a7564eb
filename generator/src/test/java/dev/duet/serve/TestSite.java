package dev.duet.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small generated site written into a temporary directory, as the builder would leave it. */
final class TestSite {

    static final String HOME = "<!DOCTYPE html><html><head><title>Home</title></head><body><h1>Duet</h1></body></html>";
    static final String ZH_HOME = "<!DOCTYPE html><html lang=\"zh\"><body><h1>双语新闻</h1></body></html>";
    static final String NOT_FOUND = "<!DOCTYPE html><html><body><h1>找不到页面 Page not found</h1></body></html>";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
    static final byte[] WOFF2 = {'w', 'O', 'F', '2', 0, 1, 0, 0, (byte) 0xff, (byte) 0xfe};

    private TestSite() {
    }

    static Path write(Path root) throws IOException {
        text(root, "index.html", HOME);
        text(root, "zh/index.html", ZH_HOME);
        text(root, "zh/tags/新能源/index.html", "<html><body><p>新能源</p></body></html>");
        text(root, "en/news/hello/index.html", "<html><body><p>Hello</p></body></html>");
        text(root, "404.html", NOT_FOUND);
        text(root, "css/site.css", "body { color: #222 }\n");
        text(root, "js/site.js", "console.log('duet');\n");
        text(root, "atom.xml", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"/>");
        text(root, "sitemap.xml", "<?xml version=\"1.0\"?><urlset/>");
        text(root, "search.json", "[{\"title\":\"新闻\"}]");
        text(root, "robots.txt", "User-agent: *\n");
        text(root, "img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>");
        bytes(root, "img/logo.png", PNG);
        bytes(root, "fonts/body.woff2", WOFF2);
        bytes(root, "download/archive.bin", new byte[] {1, 2, 3});
        return root;
    }

    static void text(Path root, String relative, String content) throws IOException {
        bytes(root, relative, content.getBytes(StandardCharsets.UTF_8));
    }

    static void bytes(Path root, String relative, byte[] content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }
}
