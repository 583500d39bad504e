// Starts this IT's own local repository, repo/, with the fbhooks artifacts that invoker:install put in
// the ITs' shared one, but without the group-level metadata (io/github/fbhooks/maven-metadata-local.xml,
// where a plugin prefix is recorded): the install in the first invocation must write it.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

Path shared = localRepositoryPath.toPath().resolve('io/github/fbhooks')
Path own = basedir.toPath().resolve('repo/io/github/fbhooks')
Path groupMetadata = shared.resolve('maven-metadata-local.xml')
// for the record (build.log): invoker:install, which runs in the Maven of the outer build, writes
// it on Maven 3.9 (whose resolver generates it for any install) but not on 3.8
println "invoker:install wrote the group-level metadata: ${Files.exists(groupMetadata)}"
Files.walk(shared).withCloseable { paths ->
  paths.filter { it != groupMetadata && Files.isRegularFile(it) }.each { file ->
    Path target = own.resolve(shared.relativize(file).toString())
    Files.createDirectories(target.parent)
    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING)
  }
}
assert !Files.exists(own.resolve('maven-metadata-local.xml'))
true
