import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

String log = new File(basedir, 'build.log').getText('UTF-8')
String live = new File(basedir, 'target/emulator/live.secret').text.trim()
assert live ==~ /whsec_[A-Za-z0-9_\-]+/

File env = new File(basedir, 'target/deploy/webhook.env')
assert PosixFilePermissions.toString(Files.getPosixFilePermissions(env.toPath())) == 'rw-------'
assert env.text.contains('FEATUREBASE_WEBHOOK_SECRET=' + live + '\n')

String descriptor = new File(basedir, 'target/deploy/receiver.yaml').text
assert descriptor.contains('signingSecret: ' + live + '\n'): 'the later step did not get the new secret'
assert descriptor.contains('webhookId: 65a1f0c2e4b0a1b2c3d4e5f6')
assert !log.contains(live)
true
