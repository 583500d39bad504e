import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

// the build runs at -X, where Maven and its plugins print parameters and properties
String log = new File(basedir, 'build.log').getText('UTF-8')
String live = new File(basedir, 'target/emulator/live.secret').text.trim()
assert live ==~ /whsec_[A-Za-z0-9_\-]+/

File env = new File(basedir, 'target/deploy/webhook.env')
assert PosixFilePermissions.toString(Files.getPosixFilePermissions(env.toPath())) == 'rw-------'
assert env.text.contains('FEATUREBASE_WEBHOOK_SECRET=' + live + '\n')
assert env.text.contains('FEATUREBASE_WEBHOOK_ID=65a1f0c2e4b0a1b2c3d4e5f6\n')

String descriptor = new File(basedir, 'target/deploy/receiver.yaml').text
assert descriptor.contains('signingSecretEnvFile: webhook.env'): 'the descriptor was not rendered'
assert !descriptor.contains('whsec_'): 'the world-readable descriptor holds a secret'
assert !log.contains(live): 'the secret appears in the -X build log'
assert !(log =~ /whsec_[A-Za-z0-9_\-]{4,}/): 'a secret appears in the -X build log'
true
