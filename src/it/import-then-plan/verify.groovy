evaluate(new File(itRoot, 'verify-support.groovy'))

File imported = new File(basedir, 'featurebase/imported/webhooks.yaml')
String yaml = imported.text
assert yaml.startsWith('# yaml-language-server: $schema=')
assert yaml.contains('id: 507f1f77bcf86cd799439011')
assert !yaml.contains('whsec_')
requireLog('Imported 2 webhook(s) to')
requireLog('To manage them, make it the configuration')
// fmt in check mode ran on the imported file and found it canonical
requireLog('in canonical form')
requireLog('No changes. Live webhooks match the configuration.')
assertHygiene()
true
