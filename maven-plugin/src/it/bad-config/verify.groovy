// An invalid base URL stops the build before anything is written, with a message naming the parameter both ways
// a user may have set it.

String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('BUILD FAILURE')
def failure = log.readLines().findAll { it.startsWith('[ERROR]') }.join('\n')
assert failure.contains('<baseUrl>') : "the error does not name <baseUrl>:\n${failure}"
assert failure.contains('-Dduet.baseUrl')
assert failure.contains("'notaurl'") : 'the error does not quote the bad value'
assert !new File(basedir, 'target/site').exists() : 'files were written despite the invalid configuration'

return true
