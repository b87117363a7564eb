// The build step of the GitHub Actions workflow in docs/publishing.md, with the address configure-pages gives a
// project page, must be the command this test runs (invoker.properties); the pom is the README's snippet.

String docs = new File(repoRoot, 'docs/publishing.md').getText('UTF-8')
int section = docs.indexOf('## GitHub Pages with GitHub Actions')
assert section >= 0 : 'docs/publishing.md has no "GitHub Pages with GitHub Actions" section'
def run = docs.substring(section) =~ /(?m)^\s+run: (mvn .*)$/
assert run.find() : 'no `run: mvn …` step in the workflow'
String command = run.group(1).replace('${{ steps.pages.outputs.base_url }}', 'https://user.github.io/repo').trim()
Properties invoker = new Properties()
new File(basedir, 'invoker.properties').withReader('UTF-8') { invoker.load(it) }
assert command == 'mvn ' + invoker.getProperty('invoker.goals') :
        "docs/publishing.md runs '${command}', this test runs 'mvn ${invoker.getProperty('invoker.goals')}'"

// Duet is not on Maven Central: every job of a whole workflow (the page's and the one duet:init writes) that runs
// Maven installs Duet from its repository first, or a fresh runner finds no plugin for the prefix 'duet'.
String starter = new File(repoRoot, 'generator/src/main/resources/dev/duet/starter/workflows/site.yml').getText('UTF-8')
def workflows = (docs =~ /(?s)```yaml\n(.*?)```/).collect { it[1] }.findAll { it.contains('jobs:') } + [starter]
assert workflows.size() == 3 : "expected two workflows in docs/publishing.md and the starter's, found ${workflows.size()}"
workflows.each { workflow ->
    workflow.substring(workflow.indexOf('jobs:')).split(/(?m)^  (?=[a-z][\w-]*:\s*$)/).each { job ->
        int maven = job.indexOf('mvn -B')
        int install = job.indexOf('repository: duet-news/duet')
        assert maven < 0 || (install >= 0 && install < maven && job.contains('./mvnw -B -ntp -q install')) :
                "a job runs Maven without installing Duet first:\n${job}"
    }
}

String readme = new File(repoRoot, 'README.md').getText('UTF-8')
def block = readme.substring(readme.indexOf('### Using it in your project')) =~ /(?s)```xml\n(.*?)```/
assert block.find()
new File(basedir, 'pom.xml').setText("""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
<modelVersion>4.0.0</modelVersion>
<groupId>dev.duet.it</groupId>
<artifactId>publishing-workflow</artifactId>
<version>1.0-SNAPSHOT</version>
<packaging>pom</packaging>
${block.group(1)}
</project>
""", 'UTF-8')
return true
