// Run from the root of a two-module build: the site module was imported, built and checked; the other module has no
// site; the glossary's bad line is named by a path that opens from the root (news/glossary.yaml), not from the module.

String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> runs = log.split('Scanning for projects').drop(1) as List
assert runs.size() == 2 : "expected two invocations, found ${runs.size()}"
runs.each { assert it.contains('BUILD SUCCESS') }

assert new File(basedir, 'news/target/site/zh/index.html').isFile()
assert !new File(basedir, 'lib/target/site').exists()
assert runs[0].contains('Checked ') && runs[0].contains(': 0 errors')
def glossaryLine = runs[0].readLines().find { it.contains('[glossary.entry]') }
assert glossaryLine != null : 'no glossary warning'
assert glossaryLine =~ /\[WARNING\] news\/glossary\.yaml(:\d+)?: / : "not named from the root: ${glossaryLine}"
assert runs[1].contains('Checked ') && !runs[1].contains('[ERROR]')
return true
