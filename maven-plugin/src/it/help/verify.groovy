// duet:help -Ddetail=true -Dgoal=…: the goal's description and its own parameters with their user properties.
// The three invocations write to the same build.log, one after the other.

String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> runs = log.split('Scanning for projects').drop(1) as List
assert runs.size() == 3 : "expected three invocations, found ${runs.size()}"
runs.each { assert it.contains('BUILD SUCCESS') }
def parameters = { String run -> (run =~ /(?m)^\s+(\w+) \(Default: /).collect { it[1] } as Set }
def hasParameter = { String run, String name, String property ->
    assert run =~ /(?m)^\s+${name}(?: \(Default: |$)/ : "parameter ${name} missing from the help"
    assert run.contains("User property: ${property}") : "user property ${property} missing from the help"
}

String build = runs[0], check = runs[1], importRun = runs[2]
assert build.contains('duet:build')
['baseUrl', 'titleZh', 'titleEn', 'failOnError', 'outputDir', 'skip', 'pageSize'].each { hasParameter(build, it, "duet.${it}") }
hasParameter(build, 'skipBuild', 'duet.build.skip')
// The parameter's Javadoc is the description.
assert build.contains("The site's public URL")
// -Dgoal=build shows that goal only.
assert !build.contains('duet:import')
assert !build.contains('duet:check')

// Each goal lists only what it reads.
['baseUrl', 'outputDir', 'articlesDir', 'skip'].each { hasParameter(check, it, "duet.${it}") }
hasParameter(check, 'skipCheck', 'duet.check.skip')
['pageSize', 'feedSize', 'titleEn', 'titleZh', 'theme', 'sourcesDir', 'overwriteEdited', 'force'].each {
    assert !parameters(check).contains(it) : "duet:check lists ${it}, which it does not read"
}
['sourcesDir', 'articlesDir', 'overwriteEdited', 'skip'].each { hasParameter(importRun, it, "duet.${it}") }
hasParameter(importRun, 'skipImport', 'duet.import.skip')
['baseUrl', 'pageSize', 'titleEn', 'outputDir', 'theme', 'feedSize'].each {
    assert !parameters(importRun).contains(it) : "duet:import lists ${it}, which it does not read"
}

return true
