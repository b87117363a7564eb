// Invocation 1 ran duet:init in this folder (no pom, a glossary of the user's own); invocation 2 ran `mvn post-site`
// on the pom it wrote: import and build in the site phase, duet:check in post-site.

String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> runs = log.split('Scanning for projects').drop(1) as List
assert runs.size() == 2 : "expected two invocations, found ${runs.size()}"
runs.each { assert it.contains('BUILD SUCCESS') }

String init = runs[0]
['pom.xml', 'sources/001_rail_opening.txt', 'sources/002_nev_exports.txt', '.github/workflows/site.yml', '.gitignore'].each {
    assert init.contains("wrote ${it}") : "duet:init did not write ${it}"
    assert new File(basedir, it).isFile()
}
assert init.contains('kept glossary.yaml')
assert new File(basedir, 'glossary.yaml').getText('UTF-8').startsWith('# My own tags, kept by duet:init.')
String pom = new File(basedir, 'pom.xml').getText('UTF-8')
assert pom.contains('<duet.baseUrl>https://user.github.io/news/</duet.baseUrl>')
assert pom.contains('<artifactId>my-news</artifactId>')

String site = runs[1]
assert site.contains('Building for https://user.github.io/news/')
assert site.contains('Checked ') && site.contains(': 0 errors') : 'duet:check did not run cleanly in post-site'
assert new File(basedir, 'target/site/zh/index.html').isFile()
assert new File(basedir, 'target/site/en/index.html').isFile()
int articles = new File(basedir, 'articles').listFiles().collect { d -> d.isDirectory() ? d : null }.findAll().size()
assert articles > 0 : 'import wrote no articles'
assert !site.contains('[ERROR]')

return true
