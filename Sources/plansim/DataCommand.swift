import ArgumentParser

/// `plansim data …`: the plan's dataset (filled in by the plan-data work).
struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Show the plan's data, its reconstructed history, or check a planner's CSV.",
        subcommands: []
    )
}

/// `plansim targets`: the growth each target needs.
struct TargetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "targets", abstract: "The growth each plan target needs.")
}
