evaluate(new File(itRoot, 'verify-support.groovy'))

String formatted = new File(basedir, 'featurebase/webhooks.yaml').getText('UTF-8')
String expected = new File(basedir, 'expected.yaml').getText('UTF-8')
assert formatted == expected: "featurebase/webhooks.yaml is not the expected canonical form:\n${formatted}"
requireLog('Formatted featurebase/webhooks.yaml.')
requireLog('featurebase/webhooks.yaml: in canonical form.')
assertHygiene()
true
