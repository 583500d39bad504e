import groovy.json.JsonSlurper

// run by the invoker after both stories (invoker.properties); users read target/story-*.json
def overlap = new JsonSlurper().parse(new File(basedir, 'target/story-overlap.json'))
def immediate = new JsonSlurper().parse(new File(basedir, 'target/story-immediate.json'))
assert overlap.events == 12 && overlap.acceptedOnFirstDelivery == 12: overlap
// the 3 events sent between the rotation and the deployment had to wait for a retry
assert immediate.events == 12 && immediate.acceptedOnFirstDelivery == 9: immediate
assert immediate.notAcceptedOnFirstDelivery == 3: immediate

def records = new File(basedir, 'target/featurebase/rotations.jsonl').readLines()
    .collect { new JsonSlurper().parseText(it) }
assert records.collect { it.strategy + ' ' + it.phase } ==
    ['overlap start', 'overlap complete', 'immediate rotate']: records

basedir.eachFileRecurse { file ->
  if (file.name.endsWith('.log')) {
    assert !(file.text =~ /whsec_[A-Za-z0-9]{8,}/): "a secret appears in ${file}"
  }
}
true
