evaluate(new File(itRoot, 'verify-support.groovy'))

requireLog('2025-12-12.clover')
requireLog('2026-01-01.nova')
forbidLog('Webhook \'Production Webhook\'')
assertHygiene()
true
