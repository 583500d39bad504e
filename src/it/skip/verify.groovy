evaluate(new File(basedir, '../verify-support.groovy'))

requireLog('Skipping featurebase:rotate-secret: featurebase.skip is true.')
true
