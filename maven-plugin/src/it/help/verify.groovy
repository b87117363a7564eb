// duet:help -Ddetail=true -Dgoal=build: the goal's description and its parameters with their user properties.

String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('BUILD SUCCESS')
assert log.contains('duet:build')
['baseUrl', 'titleZh', 'titleEn', 'failOnError', 'outputDir', 'skip'].each {
    assert log =~ /(?m)^\s+${it} \(Default: / : "parameter ${it} missing from the help"
    assert log.contains("User property: duet.${it}") : "user property duet.${it} missing from the help"
}
// The parameter's Javadoc is the description.
assert log.contains("The site's public URL")
// -Dgoal=build shows that goal only.
assert !log.contains('duet:import')
assert !log.contains("duet:check")

return true
