// Checks the site that `mvn post-site` built. Plain Groovy and regular expressions, no HTML parser: the pages are
// the generator's own, well-formed output, and these checks are about what Maven wired together.

File site = new File(basedir, 'target/site')
String log = new File(basedir, 'build.log').getText('UTF-8')

def fail = { String message -> throw new AssertionError(message) }
def read = { File f ->
    if (!f.isFile()) fail("missing file: ${basedir.toPath().relativize(f.toPath())}")
    f.getText('UTF-8')
}
// A root-relative link of the site, such as /zh/tags/ferry/, as the file it points to.
def page = { String href ->
    assert href.startsWith('/') : "not a root-relative link: ${href}"
    new File(site, href.substring(1) + (href.endsWith('/') ? 'index.html' : ''))
}
def hrefs = { String html, String pattern -> (html =~ pattern).collect { it[1] } }

// Maven wiring: the lifecycle ran every goal, in order, and nothing logged an error.
assert log.contains('maven.site.skip = true') || log.contains('Skipping site generation')
int imported = log.indexOf(':import (content)')
int built = log.indexOf(':build (content)')
int checked = log.indexOf(':check (check)')
assert imported >= 0 && built > imported && checked > built : 'expected import, build (site) then check (post-site)'
assert log.contains('0 errors')
def errorLines = log.readLines().findAll { it.startsWith('[ERROR]') }
assert errorLines.isEmpty() : "errors in build.log:\n${errorLines.join('\n')}"

// Import wrote one Markdown file per language: the bilingual source gives .zh.md + .en.md, the Chinese-only one .zh.md.
def markdown = []
new File(basedir, 'articles').eachFileRecurse { if (it.name.endsWith('.md')) markdown << it.name }
assert markdown.count { it.endsWith('.zh.md') } == 2 : "Markdown files: ${markdown}"
assert markdown.count { it.endsWith('.en.md') } == 1 : "Markdown files: ${markdown}"

// The Chinese article page: found by its title rather than by a path, so slug rules can evolve.
File zhPage = null
new File(site, 'zh').eachFileRecurse {
    if (it.name == 'index.html' && it.getText('UTF-8').contains('<h1 class="article-title">江心洲新渡轮航线开通</h1>')) zhPage = it
}
assert zhPage != null : 'no Chinese article page titled 江心洲新渡轮航线开通 under target/site/zh'
String zh = zhPage.getText('UTF-8')
String zhHref = '/' + site.toPath().relativize(zhPage.parentFile.toPath()).toString().replace('\\', '/') + '/'
assert zh.contains('<html lang="zh-Hans"')
assert zh.contains('<title>江心洲新渡轮航线开通')

// zh -> en -> zh
def enLinks = hrefs(zh, /<a [^>]*href="(\/en\/[^"]+)"[^>]*hreflang="en"/)
assert !enLinks.isEmpty() : 'the Chinese page does not link to its English version'
File enPage = page(enLinks[0])
String en = read(enPage)
assert en.contains('New Ferry Route Links Jiangxinzhou Island')
assert en.contains('<html lang="en"')
assert en.contains("href=\"${zhHref}\"") : "the English page does not link back to ${zhHref}"

// Tags: linked from the article, each linked page exists and lists the article; the tag index links them too.
def tagLinks = hrefs(zh, /<a href="([^"]+)" rel="tag"[^>]*>/)
assert tagLinks.size() == 3 : "tag links on the Chinese page: ${tagLinks}"
assert zh.contains('rel="tag">渡轮</a>') : 'the glossary did not put the Chinese tag name on the Chinese page'
String tagIndex = read(new File(site, 'zh/tags/index.html'))
tagLinks.each { href ->
    assert read(page(href)).contains("href=\"${zhHref}\"") : "tag page ${href} does not list the article"
    assert tagIndex.contains("href=\"${href}\"") : "the tag index does not link ${href}"
}

// The source link: external, so nofollow noopener.
def sourceLink = (zh =~ /<a [^>]*href="http:\/\/www\.xinhuanet\.com\/local\/2024-03\/15\/c_1130000001\.htm"[^>]*>/)
assert sourceLink.find() : 'no link to the source article'
assert sourceLink.group().contains('rel="nofollow noopener"') : "source link: ${sourceLink.group()}"

// Text that looked like HTML in the source is shown as text, never as markup.
assert zh.contains('&lt;危险品&gt;')
assert en.contains('&lt;b&gt;No dangerous goods&lt;/b&gt;')
assert !en.contains('<b>No dangerous goods</b>')

// The Chinese-only article has a page too.
boolean libraryPage = false
new File(site, 'zh').eachFileRecurse { if (it.name == 'index.html' && it.getText('UTF-8').contains('城市图书馆延长夜间开放时间')) libraryPage = true }
assert libraryPage : 'no page for the Chinese-only article'

// Site-wide files hosting needs.
['sitemap.xml', 'zh/feed.xml', 'en/feed.xml', '.nojekyll', '404.html', 'index.html'].each {
    assert new File(site, it).isFile() : "missing target/site/${it}"
}
String sitemap = read(new File(site, 'sitemap.xml'))
assert sitemap.contains("<loc>http://localhost:8080${zhHref}</loc>") : 'the sitemap does not list the Chinese article'
assert read(new File(site, 'zh/feed.xml')).contains('江心洲新渡轮航线开通')
// maven.site.skip kept Maven's own project site out of target/site.
assert !new File(site, 'project-info.html').exists()

return true
