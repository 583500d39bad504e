evaluate(new File(itRoot, 'verify-support.groovy'))

requireLog("Not in canonical form: featurebase/webhooks.yaml. Run 'mvn featurebase:fmt' to rewrite it (comments are kept), then commit the result.")
// the unified diff shows what canonical form changes
requireLog('[INFO] --- a/featurebase/webhooks.yaml')
requireLog('[INFO] +++ b/featurebase/webhooks.yaml')
requireLog('[INFO] -- {name: Production Webhook, url: "https://example.com/webhooks", topics: [post.created]}')
requireLog('[INFO] +  - name: Production Webhook')
String original = new File(itRoot, 'fmt-check/featurebase/webhooks.yaml').getText('UTF-8')
assert new File(basedir, 'featurebase/webhooks.yaml').getText('UTF-8') == original: 'the check rewrote the file'
assertHygiene()
true
