// Three invocations write to the same build.log, one after the other.

String log = new File(basedir, 'build.log').getText('UTF-8')
def runs = log.split('Scanning for projects').drop(1)
assert runs.size() == 3 : "expected three invocations, found ${runs.size()}"
def (published, checkedElsewhere, configured) = runs

// 1: -Dduet.baseUrl replaced the pom's property: the build says so, and check has nothing to say about it.
assert published.contains('BUILD SUCCESS')
assert published.contains('Building for https://user.github.io/repo/')
assert !published.contains('is ignored')
assert !published.contains('[check.base-url]') && !published.contains('[check.default-base-url]')

// 2: check ran with https://news.example.org/, the site was built for https://user.github.io/repo/: another base
// path, so one error naming both, and the links checked as the site was built rather than each reported broken.
def error = checkedElsewhere.readLines().find { it.startsWith('[ERROR]') && it.contains('[check.base-url]') }
assert error != null : 'check did not say that the site was built for another base URL'
assert error.contains('https://news.example.org/') && error.contains('https://user.github.io/repo/')
assert error.contains('robots.txt') : 'the error names the file that says what the site was built for'
assert !checkedElsewhere.contains('[check.broken-link]') : 'links reported broken for the base the site was not built for'
assert checkedElsewhere.contains('BUILD SUCCESS') : 'failOnError=false lets the check pass'

// 3: <baseUrl> in <configuration> won over -D: the plugin warns, and the build says which one it used.
def ignored = configured.readLines().find { it.startsWith('[WARNING]') && it.contains('-Dduet.baseUrl=https://asked.example.org/ is ignored') }
assert ignored != null : 'no warning that -Dduet.baseUrl was ignored'
assert ignored.contains('<duet.baseUrl>') : 'the warning does not say where to set the base URL instead'
assert configured.contains('Building for https://configured.example.org/')
assert configured.contains('BUILD SUCCESS')
String sitemap = new File(basedir, 'target/site/sitemap.xml').getText('UTF-8')
assert sitemap.contains('<loc>https://configured.example.org/') : 'the last build did not use the configured base URL'

return true
