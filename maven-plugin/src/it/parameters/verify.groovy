// Invocation 1 built the site for a GitHub project page from user properties only; invocation 2 ran with
// -Dduet.skip=true. Both invocations write to the same build.log.

File site = new File(basedir, 'target/site')
String log = new File(basedir, 'build.log').getText('UTF-8')
def read = { String path ->
    File f = new File(site, path)
    assert f.isFile() : "missing target/site/${path}"
    f.getText('UTF-8')
}

def errorLines = log.readLines().findAll { it.startsWith('[ERROR]') }
assert errorLines.isEmpty() : "errors in build.log:\n${errorLines.join('\n')}"
assert log.contains('Checked ') && log.contains(': 0 errors') : 'duet:check did not run cleanly on the built site'

// Find the English article page without assuming the slug.
File enPage = null
new File(site, 'en').eachFileRecurse {
    if (it.name == 'index.html' && it.getText('UTF-8').contains('<h1 class="article-title">New Ferry Route Links')) enPage = it
}
assert enPage != null : 'no English article page'
String en = enPage.getText('UTF-8')
String path = site.toPath().relativize(enPage.parentFile.toPath()).toString().replace('\\', '/') + '/'

// The titles came from the properties, the CJK one intact.
assert en.contains('<title>New Ferry Route Links Jiangxinzhou Island · Parameter Test Gazette</title>')
String landing = read('index.html')
assert landing.contains('参数测试报') : 'duet.titleZh did not reach the pages as 参数测试报'

// Internal links are root-relative under the project path; absolute URLs are under the base URL.
['index.html', 'zh/index.html', 'en/tags/index.html', 'zh/404.html'].collect { read(it) }.plus(en).each { html ->
    (html =~ /(?:href|src)="([^"#][^"]*)"/).each { m ->
        String url = m[1]
        assert url.startsWith('/repo/') || url.startsWith('https://user.github.io/repo/') || url.startsWith('http://www.xinhuanet.com/') :
                "link outside the base path: ${url}"
    }
}
assert en.contains("<link rel=\"canonical\" href=\"https://user.github.io/repo/${path}\">")
assert en.contains("<meta property=\"og:url\" content=\"https://user.github.io/repo/${path}\">")
assert en.contains('href="/repo/css/duet.css"')
assert en.contains("href=\"/repo/${path.replaceFirst('^en/', 'zh/')}\"") : 'the English page does not link its Chinese version under /repo/'

String sitemap = read('sitemap.xml')
def locs = (sitemap =~ /<loc>([^<]+)<\/loc>/).collect { it[1] }
assert !locs.isEmpty()
locs.each { assert it.startsWith('https://user.github.io/repo/') : "sitemap URL outside the base URL: ${it}" }
assert locs.contains("https://user.github.io/repo/${path}".toString())
assert read('robots.txt').contains('Sitemap: https://user.github.io/repo/sitemap.xml')
assert read('en/feed.xml').contains("https://user.github.io/repo/${path}")

// Invocation 2: every goal said it was skipped and ran nothing.
List<String> runs = log.split('Scanning for projects').drop(1) as List
assert runs.size() == 3 : "expected three invocations, found ${runs.size()}"
String second = runs[1]
['import', 'build', 'check'].each { assert second.contains("duet:${it} skipped") : "duet:${it} was not skipped" }
assert !second.contains('Site written to')
assert !second.contains('source files read')

// Invocation 3: -Dduet.build.skip skipped the build only.
String third = runs[2]
assert third.contains('duet:build skipped (duet.build.skip)')
assert !third.contains('Site written to')
assert third.contains('Checked ') : 'duet:check did not run with duet.build.skip'
assert !third.contains('duet:import skipped') && !third.contains('duet:check skipped')
// The typo is named once, however many goals ran, with the parameter meant; the known properties are not.
def typo = '-Dduet.pagesize is not a parameter of any Duet goal and is ignored: did you mean -Dduet.pageSize?'
assert third.count(typo) == 1 : "expected one warning for the typo: ${third.readLines().findAll { it.contains('duet.') }}"
assert !runs[0].contains('is not a parameter of any Duet goal') : 'a known property was warned about'
assert !third.contains('-Dduet.build.skip is not')

return true
