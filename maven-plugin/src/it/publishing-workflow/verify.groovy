// The workflow's build step: a site for https://user.github.io/repo/, every link under /repo/, checked clean, and
// target/site holding what upload-pages-artifact publishes.

File site = new File(basedir, 'target/site')
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.contains('Building for https://user.github.io/repo/')
assert log.contains('Checked ') && log.contains(': 0 errors') : 'duet:check did not run cleanly'
String home = new File(site, 'zh/index.html').getText('UTF-8')
(home =~ /(?:href|src)="([^"#][^"]*)"/).each { m ->
    assert m[1].startsWith('/repo/') || m[1].startsWith('https://') : "link outside /repo/: ${m[1]}"
}
assert new File(site, 'robots.txt').getText('UTF-8').contains('Sitemap: https://user.github.io/repo/sitemap.xml')
assert new File(site, '.nojekyll').isFile()
return true
