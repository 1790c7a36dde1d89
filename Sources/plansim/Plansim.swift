import ArgumentParser
import PlanData

/// The `plansim` command: forecast and stress-test a five-year plan.
struct Plansim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plansim",
        abstract: "Forecast and stress-test a five-year plan (Haibin Sub-district, 14th Five-Year Plan).",
        discussion: """
        Exit codes: 0 success; 1 input refused (the message says what and where); \
        70 internal failure of plansim (please report it).
        Documentation: docs/cli.md in the repository.
        """,
        version: PlansimVersion.current,
        subcommands: [RunCommand.self, CompareCommand.self, SweepCommand.self, MergeCommand.self, CheckCommand.self, FormatCommand.self, ExplainCommand.self, ReportCommand.self, FitCommand.self,
                      TargetsCommand.self, DataCommand.self, RegressCommand.self,
                      ForecastCommand.self, BacktestCommand.self]
    )
}

/// plansim's version, stamped into every JSON document and report it writes.
enum PlansimVersion {
    static let current = "0.1.0"
}
