package io.github.fbhooks.emulator;

/** Placeholder: replaced by the emulator implementation. */
public final class EmulatorMain {
  private EmulatorMain() {}

  /**
   * @param args command line
   */
  public static void main(String[] args) {}
}
