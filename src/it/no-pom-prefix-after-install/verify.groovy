evaluate(new File(itRoot, 'verify-support.groovy'))

assert !new File(basedir, 'pom.xml').exists(): 'this IT is about a directory without a pom'

// the install wrote the group-level metadata that maps the prefix to the plugin
def metadata = new groovy.xml.XmlSlurper().parse(new File(basedir, 'repo/io/github/fbhooks/maven-metadata-local.xml'))
def plugin = metadata.plugins.plugin.find { it.prefix.text() == 'featurebase' }
assert plugin.artifactId.text() == 'featurebase-maven-plugin': metadata.plugins.plugin*.artifactId*.text()

// `featurebase:` resolved without a pom: the goals ran and rotated the webhook's secret
forbidLog("No plugin found for prefix 'featurebase'")
// Maven 3.8 names the plugin by its artifactId in the header, 3.9 by its prefix
assert buildLog =~ /--- featurebase(-maven-plugin)?:\S+:rotate-secret \(default-cli\) @ standalone-pom ---/
requireLog('Featurebase emulator listening on http://127.0.0.1:')
requireLog("Rotated the secret of webhook 'Production Webhook' (507f1f77bcf86cd799439011)")
requireLog('Wrote the secret to file target/webhook.secret (raw, owner-only).')
String secret = secretIn('target/webhook.secret').trim()
assert secret ==~ /whsec_[A-Za-z0-9_\-]+/
assert secret != 'whsec_seededsecretthatmustberotated0001'
assert rotations().size() == 1
assertHygiene()
true
