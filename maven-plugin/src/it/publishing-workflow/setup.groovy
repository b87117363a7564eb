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
