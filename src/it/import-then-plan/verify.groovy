evaluate(new File(itRoot, 'verify-support.groovy'))

File imported = new File(basedir, 'featurebase/webhooks.imported.yaml')
String yaml = imported.text
assert yaml.startsWith('# yaml-language-server: $schema=')
assert yaml.contains('id: 507f1f77bcf86cd799439011')
assert !yaml.contains('whsec_')
requireLog('Imported 2 webhook(s) to')
requireLog('No changes. Live webhooks match the configuration.')
assertHygiene()
true
