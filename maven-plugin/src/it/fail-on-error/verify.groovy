// The build failed (invoker.buildResult = failure) because of the empty source, but only after every source was
// read: the good article was still imported, and the failure lists the bad file.

String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('BUILD FAILURE')
assert log.contains('failOnError is set') : 'the failure does not say that failOnError caused it'
assert log.contains('[ERROR] sources/001_empty.txt:') : 'the problem was not logged as file: message'
def failure = log.substring(log.indexOf('Failed to execute goal'))
assert failure.contains('sources/001_empty.txt') : 'the failure message does not name the bad file'
assert failure.contains('file is empty')
assert !log.contains('002_library.txt: error') : 'the good source was reported as broken'

// All files were read before failing: the good article's Markdown is there.
def markdown = []
File articles = new File(basedir, 'articles')
assert articles.isDirectory() : 'no articles folder: import stopped before the good source'
articles.eachFileRecurse { if (it.name.endsWith('.md')) markdown << it }
assert markdown.size() == 1 : "expected the good article's Markdown only, found ${markdown*.name}"
assert markdown[0].name.endsWith('.zh.md')
assert markdown[0].getText('UTF-8').contains('城市图书馆延长夜间开放时间')

// The build never started: import failed first.
assert !new File(basedir, 'target/site/index.html').exists()

return true
