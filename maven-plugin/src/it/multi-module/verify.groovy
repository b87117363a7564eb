// Run from the root of a two-module build: the site module was imported, built and checked; the other module has no
// site; the glossary's bad line is named by a path that opens from the root (news/glossary.yaml), not from the module.

String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> runs = log.split('Scanning for projects').drop(1) as List
assert runs.size() == 3 : "expected three invocations, found ${runs.size()}"
runs.each { assert it.contains('BUILD SUCCESS') }

assert new File(basedir, 'news/target/site/zh/index.html').isFile()
assert !new File(basedir, 'lib/target/site').exists()
assert runs[0].contains('Checked ') && runs[0].contains(': 0 errors')
def glossaryLine = runs[0].readLines().find { it.contains('[glossary.entry]') }
assert glossaryLine != null : 'no glossary warning'
assert glossaryLine =~ /\[WARNING\] news\/glossary\.yaml(:\d+)?: / : "not named from the root: ${glossaryLine}"
// From the root, the goal runs in every module: the root and lib say they are not sites, news is checked.
assert runs[1].contains('duet:check skipped: multi-module is not a Duet site')
assert runs[1].contains('duet:check skipped: lib is not a Duet site')
assert runs[1].contains('Checked ') && !runs[1].contains('[ERROR]')
assert runs[2].contains('Checked ') && !runs[2].contains('[ERROR]') && !runs[2].contains('is not a Duet site')
return true
