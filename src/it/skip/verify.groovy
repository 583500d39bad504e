evaluate(new File(itRoot, 'verify-support.groovy'))

requireLog('Skipping featurebase:rotate-secret: featurebase.skip is true.')
true
