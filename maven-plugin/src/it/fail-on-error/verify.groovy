// Five invocations write to the same build.log: (1) import fails on the empty source, but only after every source
// was read; (2) build fails on the article with an impossible date, after writing the site; (3) with
// -Dduet.failOnError=false every goal logs the same errors and passes; (4) bound to the site phase, import leaves
// its error to the build after it, which writes the site and then fails with both; (5) -Dduet.failOnError=treu is
// an error before the build runs.

String log = new File(basedir, 'build.log').getText('UTF-8')
def runs = log.split('Scanning for projects').drop(1)
assert runs.size() == 5 : "expected five invocations, found ${runs.size()}"
def (importRun, buildRun, optOutRun, siteRun, typoRun) = runs

// 1: failOnError is on by default: the import failed, listing the bad file, after logging every problem.
assert importRun.contains('BUILD FAILURE')
assert importRun.contains('[ERROR] sources/001_empty.txt:') : 'the problem was not logged as file: message'
def failure = importRun.substring(importRun.indexOf('Failed to execute goal'))
assert failure.contains('Import found 1 error(s)') : 'the failure does not count the errors'
assert failure.contains('-Dduet.failOnError=false') : 'the failure does not say how to pass anyway'
assert failure.contains('sources/001_empty.txt') : 'the failure message does not name the bad file'
assert failure.contains('file is empty')
assert !importRun.contains('002_library.txt: error') : 'the good source was reported as broken'
assert !importRun.contains('Site written to') : 'the build ran although import failed'

// All sources were read before failing: the good article's Markdown is there, beside the broken article.
def markdown = []
new File(basedir, 'articles').eachFileRecurse { if (it.name.endsWith('.md')) markdown << it }
assert markdown.size() == 2 : "expected the good article's Markdown and the broken article, found ${markdown*.name}"
def imported = markdown.find { it.name != 'bad-date.zh.md' }
assert imported != null : "the good article was not imported: ${markdown*.name}"
assert imported.name.endsWith('.zh.md')
assert imported.getText('UTF-8').contains('城市图书馆延长夜间开放时间')

// 2: the front matter error fails duet:build by default; its page is missing, the good article's is there.
assert buildRun.contains('BUILD FAILURE')
assert buildRun.contains('[ERROR] articles/2024/bad-date.zh.md:') : 'the front matter error was not logged'
assert buildRun.contains('Building for http://localhost:8080/') : 'the build did not say which base URL it used'
def buildFailure = buildRun.substring(buildRun.indexOf('Failed to execute goal'))
assert buildFailure.contains('Build found 1 error(s)')
assert buildFailure.contains('articles/2024/bad-date.zh.md')

// 3: -Dduet.failOnError=false: the errors are still logged, each goal says it passes anyway, and check runs.
assert optOutRun.contains('BUILD SUCCESS')
assert optOutRun.contains('[ERROR] sources/001_empty.txt:')
assert optOutRun.contains('[ERROR] articles/2024/bad-date.zh.md:')
assert optOutRun.contains('passes anyway, as failOnError is false')
assert optOutRun.contains('Checked ')
// The site lacks the broken article: check says so, naming the build's error again.
assert optOutRun.contains('the last build reported:') : 'check did not report the build error again'
// The site was built for the default base URL: check warns that a published site needs one.
assert optOutRun.contains('[WARNING]') && optOutRun.contains("Duet's default base URL http://localhost:8080/")
assert new File(basedir, 'target/site/index.html').isFile()

// 4: `mvn site` with import and build bound to it: the bad source does not stop the site being written; the build
// after the import fails with the import's error and its own.
assert siteRun.contains('BUILD FAILURE')
assert siteRun.contains('duet:build runs next in this phase') : 'import did not say it leaves its errors to the build'
assert siteRun.contains('Site written to') : 'the build did not run after the import found an error'
def siteFailure = siteRun.substring(siteRun.indexOf('Failed to execute goal'))
assert siteFailure.contains(':build (content)') : 'the failure is not the build\'s'
assert siteFailure.contains('Import and build found 2 error(s)')
assert siteFailure.contains('sources/001_empty.txt') && siteFailure.contains('articles/2024/bad-date.zh.md')

// 5: a mistyped switch stops the goal before it runs, naming the value, where Maven would read it as false.
assert typoRun.contains('BUILD FAILURE')
assert typoRun.contains('-Dduet.failOnError=treu: must be true or false') : 'the mistyped switch was not refused'
assert !typoRun.contains('Building for') : 'the build ran with the mistyped switch'

return true
