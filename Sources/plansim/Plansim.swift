import ArgumentParser
import PlanData
import PlansimKit

/// The `plansim` command: forecast and stress-test a five-year plan.
struct Plansim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plansim",
        abstract: say(
            "预测五年规划并进行压力测试（海滨街道“十四五”规划）。",
            "Forecast and stress-test a five-year plan (Haibin Sub-district, 14th Five-Year Plan)."),
        discussion: say(
            """
            退出码：0 成功；1 输入被拒（消息说明问题及位置）；70 plansim 内部故障（请报告）。
            文档：仓库中的 docs/cli.md。
            """,
            """
            Exit codes: 0 success; 1 input refused (the message says what and where); \
            70 internal failure of plansim (please report it).
            Documentation: docs/cli.md in the repository.
            """),
        version: PlansimVersion.current,
        subcommands: [
            RunCommand.self, CompareCommand.self, SweepCommand.self, MergeCommand.self, CheckCommand.self,
            FormatCommand.self, ExplainCommand.self, ReportCommand.self, FitCommand.self,
            TargetsCommand.self, DataCommand.self, RegressCommand.self,
            PlanCommand.self, EvaluateCommand.self, ProposeCommand.self,
            ForecastCommand.self, BacktestCommand.self, ServeCommand.self,
        ]
    )
}

/// plansim's version, stamped into every JSON document and report it writes.
enum PlansimVersion {
    static let current = PlansimKit.version
}
