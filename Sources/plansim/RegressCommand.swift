import ArgumentParser
import Forecasting
import Reports

/// `plansim regress FILE.csv --y COL --x TERMS [--no-intercept] [--json]`.
struct RegressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regress",
        abstract: "Fit a linear regression from a CSV file, to certified accuracy.",
        discussion: """
        TERMS is a comma-separated list of column names and powers of a column \
        (`x`, `x^2` … `x^10`). Numbers are read with all their decimal digits; the fit \
        reaches the NIST StRD certified values (docs/methods.md).
        Example: plansim regress examples/capital-output.csv --y log_output --x log_capital
        """
    )

    @Argument(help: "A comma-separated file with a header row.")
    var file: String

    @Option(name: .customLong("y"), help: "The response column.")
    var response: String

    @Option(name: .customLong("x"), help: "The terms: columns and powers, e.g. `x,x^2`.")
    var terms: String

    @Flag(help: "Fit without an intercept (R² is then uncentred).")
    var noIntercept = false

    @Flag(help: "Print JSON (docs/json-formats.md) instead of the table.")
    var json = false

    func run() throws {
        let fitted = try RegressionRun.fit(file: file, response: response, terms: terms, intercept: !noIntercept)
        print(json ? RegressionSummary.json(fitted).rendered() : RegressionSummary.text(fitted))
    }
}
