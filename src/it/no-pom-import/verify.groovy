evaluate(new File(itRoot, 'verify-support.groovy'))

assert !new File(basedir, 'pom.xml').exists(): 'this IT is about a directory without a pom'

File imported = new File(basedir, 'featurebase/imported/webhooks.yaml')
assert imported.isFile()
assert imported.text.contains('id: 507f1f77bcf86cd799439011')
assert !imported.text.contains('whsec_')
requireLog('Imported 2 webhook(s) to featurebase/imported/webhooks.yaml.')
requireLog('No changes. Live webhooks match the configuration.')
assertHygiene()

def literal = []
basedir.eachFileRecurse { if (it.name.contains('${')) literal << it }
assert literal.isEmpty(): "unresolved paths: ${literal}"
assert new File(basedir, 'target/featurebase/plan.json').isFile()
true
