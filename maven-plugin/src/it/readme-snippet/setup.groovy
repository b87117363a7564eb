// The pom is the README's snippet ("Using it in your project"), as it is written, inside a <project> of its own:
// if the README's snippet stops working, this test fails.

String readme = new File(repoRoot, 'README.md').getText('UTF-8')
int section = readme.indexOf('### Using it in your project')
assert section >= 0 : 'README.md has no "Using it in your project" section'
def block = readme.substring(section) =~ /(?s)```xml\n(.*?)```/
assert block.find() : 'no xml block under "Using it in your project"'
String snippet = block.group(1)
assert snippet.contains("<version>${duetVersion}</version>") : "the README's snippet does not use Duet ${duetVersion}"

new File(basedir, 'pom.xml').setText("""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
<modelVersion>4.0.0</modelVersion>
<groupId>dev.duet.it</groupId>
<artifactId>readme-snippet</artifactId>
<version>1.0-SNAPSHOT</version>
<packaging>pom</packaging>
${snippet}
</project>
""", 'UTF-8')
return true
