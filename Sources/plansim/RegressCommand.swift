import ArgumentParser
import Forecasting
import Reports

/// `plansim regress FILE.csv --y COL --x TERMS [--no-intercept] [--json]`.
struct RegressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regress",
        abstract: say("由 CSV 文件拟合线性回归，精度经认证数据检验。", "Fit a linear regression from a CSV file, to certified accuracy."),
        discussion: say(
            "TERMS 为逗号分隔的列名及列的幂（`x`、`x^2` … `x^10`）。数值按全部小数位读入；拟合精度达到 NIST StRD 认证值（见 docs/methods.md）。\n示例：`plansim regress examples/capital-output.csv --y log_output --x log_capital`",
            """
            TERMS is a comma-separated list of column names and powers of a column \
            (`x`, `x^2` … `x^10`). Numbers are read with all their decimal digits; the fit \
            reaches the NIST StRD certified values (docs/methods.md).
            Example: plansim regress examples/capital-output.csv --y log_output --x log_capital
            """)
    )

    @Argument(help: say("带表头行的逗号分隔文件。", "A comma-separated file with a header row."))
    var file: String

    @Option(name: .customLong("y"), help: say("因变量列。", "The response column."))
    var response: String

    @Option(name: .customLong("x"), help: say("自变量项：列及其幂，如 `x,x^2`。", "The terms: columns and powers, e.g. `x,x^2`."))
    var terms: String

    @Flag(help: say("不含截距项拟合（此时 R² 为非中心化）。", "Fit without an intercept (R² is then uncentred)."))
    var noIntercept = false

    @Flag(help: say("输出 JSON（见 docs/json-formats.md）而非表格。", "Print JSON (docs/json-formats.md) instead of the table."))
    var json = false

    @OptionGroup var lang: LanguageOption

    func run() throws {
        let fitted = try RegressionRun.fit(file: file, response: response, terms: terms, intercept: !noIntercept)
        print(
            json ? RegressionSummary.json(fitted).rendered() : RegressionSummary.text(fitted, language: lang.language))
    }
}
