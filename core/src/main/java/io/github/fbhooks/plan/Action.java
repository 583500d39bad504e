package io.github.fbhooks.plan;

/** What a plan does to one webhook. */
public enum Action {
  /** Create a webhook the configuration declares and the workspace lacks. */
  CREATE("+", "create"),
  /** Change some fields of a live webhook. */
  UPDATE("~", "update"),
  /** Delete a live webhook the configuration no longer declares ({@code prune: true}). */
  DELETE("-", "delete"),
  /** The live webhook matches the configuration. */
  NO_OP(" ", "no change"),
  /** A live webhook the configuration does not declare, left alone ({@code prune: false}). */
  UNMANAGED("?", "unmanaged"),
  /**
   * The original or the twin of an overlap rotation in progress: left alone until the rotation is
   * completed, whatever the configuration says.
   */
  ROTATING("*", "rotating");

  private final String symbol;
  private final String verb;

  Action(String symbol, String verb) {
    this.symbol = symbol;
    this.verb = verb;
  }

  /** {@return the one-character marker of the human plan, e.g. {@code +}} */
  public String symbol() {
    return symbol;
  }

  /** {@return e.g. {@code create}} */
  public String verb() {
    return verb;
  }

  /** {@return the name {@code plan.json} uses, e.g. {@code no_change}} */
  public String jsonName() {
    return verb.replace(' ', '_');
  }

  /** {@return whether applying the plan sends a request for this action} */
  public boolean changesSomething() {
    return this == CREATE || this == UPDATE || this == DELETE;
  }
}
