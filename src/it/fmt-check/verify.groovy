evaluate(new File(itRoot, 'verify-support.groovy'))

requireLog("Not in canonical form: featurebase/webhooks.yaml. Run 'mvn featurebase:fmt' to rewrite it (comments are kept), then commit the result.")
String original = new File(itRoot, 'fmt-check/featurebase/webhooks.yaml').getText('UTF-8')
assert new File(basedir, 'featurebase/webhooks.yaml').getText('UTF-8') == original: 'the check rewrote the file'
assertHygiene()
true
