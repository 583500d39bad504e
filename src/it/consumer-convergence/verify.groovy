evaluate(new File(itRoot, 'verify-support.groovy'))

forbidLog('Dependency convergence error')
forbidLog('Require upper bound dependencies error')
requireLog('BUILD SUCCESS')

// one Jackson version across the graph, the one json-schema-validator asks for too
def lines = new File(basedir, 'target/dependencies.txt').readLines()*.trim()
def jackson = lines.findAll { it.startsWith('com.fasterxml.jackson.') && !it.contains('jackson-annotations') }
assert !jackson.isEmpty(): lines
def versions = jackson.collect { it.split(':')[3] }.unique()
assert versions.size() == 1: jackson
assert lines.any { it.startsWith('com.networknt:json-schema-validator:') }
true
