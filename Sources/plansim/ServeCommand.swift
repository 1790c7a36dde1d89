import ArgumentParser
import Artifacts
import Foundation
import PlanData
import PlansimKit
import Reports

/// `plansim serve [FILE.scn] [--plan FILE] [--host H] [--port P] [--paths N] [--seed S] [--lang zh|en] [--token T]`:
/// argument parsing only; the server is `plansim-serve` (`Server/Sources/PlansimServe`, `PlansimServer`),
/// which this command runs from beside itself.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: say(
            "启动实时推演页面：在浏览器中拖动杠杆，目标达成概率与预测区间随之重算。",
            "Start the live what-if page: move levers in a browser and watch the odds and fans recompute."),
        discussion: say(
            "第一行打印页面地址。默认只监听 127.0.0.1；监听其他地址时须给出 --token，每个请求都要带上它。详见 docs/serve.md。",
            "Prints the page's address on its first line. Listens on 127.0.0.1 by default; any other host needs --token, which every request must then carry. See docs/serve.md."
        ))

    @Argument(
        help: say(
            "页面打开时的情景文件（.scn）；其目录中的情景文件可一键切换。省略时为基准情景加杠杆。",
            "The scenario file the page opens with (.scn); the scenario files beside it are one click away. Without it, the baseline plus levers."
        )) var file: String?
    @OptionGroup var planOption: PlanOption
    @Option(help: say("监听地址。", "The address to listen on.")) var host = "127.0.0.1"
    @Option(help: say("端口；0 表示任选一个空闲端口（打印实际端口）。", "The port; 0 picks a free one (and prints it).")) var port = 8080
    @Option(help: say("页面完整计算的路径数（1 至 200,000）。", "Paths of the page's full pass (1 to 200,000).")) var paths: Count =
        Count(2_000)
    @Option(help: say("页面默认的随机种子（0 至 2^53 − 1）。", "The page's default seed (0 to 2^53 − 1).")) var seed: UInt64 =
        20210929
    @Option(name: .customLong("lang"), help: say("页面默认语言：zh 或 en。", "The page's default language: zh or en."))
    var language: LanguageChoice?
    @Option(
        help: say(
            "访问令牌：每个请求须以 ?token= 或 X-Plansim-Token 头带上。",
            "Access token every request must carry, as ?token= or the X-Plansim-Token header.")) var token: String?

    func validate() throws {
        guard ServeLaunch.pathRange.contains(paths.value) else {
            throw ValidationError(
                say(
                    "--paths 须在 1 至 200,000 之间，实为 \(NumberFormat.grouped(paths.value))",
                    "--paths must be from 1 to 200,000, got \(NumberFormat.grouped(paths.value))"))
        }
        guard ServeLaunch.seedRange.contains(seed) else {
            throw ValidationError(say("--seed 须在 0 至 2^53 − 1 之间", "--seed must be from 0 to 2^53 − 1"))
        }
        guard (0...65_535).contains(port) else {
            throw ValidationError(
                say("--port 须在 0 至 65535 之间，实为 \(port)", "--port must be from 0 to 65535, got \(port)"))
        }
        if !Self.isLoopback(host) && (token ?? "").isEmpty {
            throw ValidationError(
                say(
                    "监听 \(host) 会让其他机器访问本页面：请同时给出 --token",
                    "listening on \(host) lets other machines reach the page: give --token too"))
        }
    }

    /// Checks the plan and the scenario file (every problem located, exit 1), then hands the
    /// resolved arguments to `plansim-serve` beside this program (``ServeHandOver``).
    func run() throws {
        _ = try PlanLoader.load(planOption.planFile)
        var scenarioFile: String?
        if let file {
            let path = try ScenarioSource.existing(file)
            _ = try ScenarioSource.read(path)
            scenarioFile = path
        }
        let launch = ServeLaunch(
            planFile: planOption.planFile, scenarioFile: scenarioFile, host: host, port: port, paths: paths.value,
            seed: seed, language: OutputLanguage.chosen(language) ?? .zh, token: token)
        let server = try ServeHandOver.server()
        if !Self.isLoopback(host) {
            TerminalOutput.error(
                say(
                    "plansim：警告：监听 \(host)，同一网络中的其他机器可访问本页面；每个请求须带令牌。\n",
                    "plansim: warning: listening on \(host), other machines on the network can reach the page; every request must carry the token.\n"
                ))
        }
        try ServeHandOver.exec(server, launch)
    }

    /// Whether `host` reaches only this machine.
    static func isLoopback(_ host: String) -> Bool { host == "localhost" || host == "::1" || host.hasPrefix("127.") }
}
