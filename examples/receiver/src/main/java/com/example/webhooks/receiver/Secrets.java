package com.example.webhooks.receiver;

import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.signature.WebhookVerifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The accepted signing secrets, from a file that a deployment rewrites on rotation: every {@code
 * whsec_...} value in it counts, newest first. Lines may be plain secrets (the {@code raw} output of
 * {@code featurebase:rotate-secret}) or {@code NAME=whsec_...} (its {@code dotenv} output); other
 * lines are ignored. The file is re-read when it changes, so a rotation needs no restart.
 */
final class Secrets {

  private final Path file;
  private FileTime modified;
  private long size = -1;
  private WebhookVerifier verifier;

  private Secrets(Path file, WebhookVerifier verifier) {
    this.file = file;
    this.verifier = verifier;
  }

  /** {@return secrets read from a file, re-read whenever it changes} */
  static Secrets watching(Path file) {
    Secrets secrets = new Secrets(file, null);
    secrets.verifier();
    if (secrets.verifier == null) {
      throw new IllegalArgumentException(file + " holds no whsec_ secret");
    }
    return secrets;
  }

  /** {@return fixed secrets, e.g. from {@code WEBHOOK_SECRETS=whsec_new,whsec_previous}} */
  static Secrets fixed(String commaSeparated) {
    List<Secret> list = parse(List.of(commaSeparated.split(",")));
    if (list.isEmpty()) {
      throw new IllegalArgumentException("WEBHOOK_SECRETS holds no whsec_ secret");
    }
    return new Secrets(null, WebhookVerifier.of(list));
  }

  /** {@return the verifier for the current secrets; re-reads the file first when it changed} */
  synchronized WebhookVerifier verifier() {
    if (file == null) {
      return verifier;
    }
    try {
      FileTime nowModified = Files.getLastModifiedTime(file);
      long nowSize = Files.size(file);
      if (verifier == null || !nowModified.equals(modified) || nowSize != size) {
        List<Secret> list = parse(Files.readAllLines(file));
        if (list.isEmpty()) {
          // a deployment in the middle of writing: keep the secrets we have
          return verifier;
        }
        verifier = WebhookVerifier.of(list);
        modified = nowModified;
        size = nowSize;
        System.out.println("receiver: using " + list.size() + " secret(s) from " + file.getFileName());
      }
      return verifier;
    } catch (IOException e) {
      if (verifier == null) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
      return verifier;
    }
  }

  private static List<Secret> parse(List<String> lines) {
    List<Secret> secrets = new ArrayList<>();
    for (String line : lines) {
      String value = line.strip();
      int eq = value.indexOf('=');
      if (!value.startsWith("#") && eq >= 0) {
        value = value.substring(eq + 1).strip().replace("\"", "");
      }
      if (value.startsWith("whsec_") && value.length() > "whsec_".length()) {
        secrets.add(Secret.of(value));
      }
    }
    return secrets;
  }
}
