import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').getText('UTF-8')
def requests = new JsonSlurper().parse(new File(basedir, 'check/target/requests.json')).requests
def creates = requests.findAll { it.method == 'POST' && it.path == '/v2/webhooks' }
assert creates.size() == 2: "expected each webhook created once, saw ${creates.size()} creates"
assert log.contains('Plan: 2 to create, 0 to update, 0 to delete.')
assert log.contains('No changes. Live webhooks match the configuration.')
assert log.contains('Nothing to apply.')
assert !(log =~ /whsec_[A-Za-z0-9]/)
true
