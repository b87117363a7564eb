// Two shards merged into target/site are the site one build writes into target/whole, file for file and byte for
// byte; the build right after the merge finds the site up to date.

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Shard 1/2 written to') && log.contains('Shard 2/2 written to')
assert log.contains('Merged 2 shards: ')
assert log.contains('Site is up to date') : 'the build after the merge was not up to date'
assert new File(basedir, 'target/duet-shards/1-of-2/shard.txt').isFile()

def tree = { File root ->
    def files = [:] as TreeMap
    root.eachFileRecurse(groovy.io.FileType.FILES) { files[root.toPath().relativize(it.toPath()).toString()] = it.bytes }
    files
}
def merged = tree(new File(basedir, 'target/site'))
def whole = tree(new File(basedir, 'target/whole'))
assert merged.keySet() == whole.keySet()
assert merged.size() > 20
whole.each { path, bytes -> assert Arrays.equals(bytes, merged[path]) : "${path} differs" }
return true
