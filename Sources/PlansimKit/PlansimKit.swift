/// The workflows of plansim — run, compare, sweep and merge, evaluate, propose, forecast,
/// report — as functions from typed requests to typed results.
///
/// Every front end (the `plansim` command, the live page of `plansim serve`, a test)
/// calls these; a front end parses its input and prints or serves the result, and holds
/// no pipeline of its own (docs/architecture.md).
public enum PlansimKit {
    /// plansim's version, stamped into every JSON document and report it writes.
    public static let version = "0.1.0"
}
