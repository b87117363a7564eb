// `mvn site duet:check` on the README's snippet: the site is built for the snippet's base URL and checked clean.

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.contains('Building for https://news.example.org/')
assert log.contains('Checked ') && log.contains(': 0 errors') : 'duet:check did not run cleanly'
assert !log.contains('[ERROR]')
assert new File(basedir, 'target/site/zh/index.html').isFile()
assert new File(basedir, 'target/site/sitemap.xml').getText('UTF-8').contains('https://news.example.org/zh/')
return true
