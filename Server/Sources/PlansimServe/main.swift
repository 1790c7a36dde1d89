import Artifacts
import Foundation
import LinearAlgebra
import PlanData
import PlansimKit
import PlansimServer
import ScenarioDSL

// `plansim-serve`: the live page's web server, a program of its own so that `plansim` (and
// `make demo`) links no web server. `plansim serve` parses and checks its arguments, then
// replaces itself with this program, passing them resolved as a `ServeLaunch` in the
// environment (docs/serve.md). Started any other way it refuses, naming `plansim serve`.
// Exit codes as plansim's (docs/cli.md): 1 when the address cannot be bound.
BLASThreads.set(1)
let environment = ProcessInfo.processInfo.environment

/// Writes `phrase` to standard error as `plansim serve: error: …` in `language`, then exits 1.
func refuse(_ phrase: Phrase, help: Phrase? = nil, _ language: Language) -> Never {
    var text = language == .zh ? "plansim serve：错误：" + phrase.zh : "plansim serve: error: " + phrase.en
    if let help { text += language == .zh ? "\n  提示：" + help.zh : "\n  help: " + help.en }
    FileHandle.standardError.write(Data(TerminalText.escaped(text + "\n").utf8))
    exit(1)
}

guard let launch = environment[ServeLaunch.environmentKey].flatMap(ServeLaunch.init(json:)) else {
    let language = environment["PLANSIM_LANG"].flatMap { Language(rawValue: String($0.lowercased().prefix(2))) }
    refuse(
        Phrase(zh: "plansim-serve 由 `plansim serve` 启动，不单独运行", en: "plansim-serve is started by `plansim serve`"),
        help: Phrase(zh: "请运行 `plansim serve`（见 docs/serve.md）", en: "run `plansim serve` (docs/serve.md)"),
        language ?? .zh)
}
unsetenv(ServeLaunch.environmentKey)

// `plansim serve` checked the plan and the scenario file a moment ago; they are read again here.
let plan: Dataset
switch launch.planFile.map({ PlanFiles.load(path: $0) }) ?? .success(PlanFiles.embedded) {
case .success(let dataset): plan = dataset
case .failure:
    refuse(
        Phrase(
            zh: "规划文件 `\(launch.planFile ?? "")` 已无法读取", en: "the plan file `\(launch.planFile ?? "")` no longer reads"),
        help: Phrase(zh: "请运行 `plansim check` 查看问题", en: "run `plansim check` on it to see why"), launch.language)
}
var text: String?
var folder = URL(fileURLWithPath: "scenarios", isDirectory: true)
if let file = launch.scenarioFile {
    do {
        text = String(decoding: try ScenarioSource.read(file), as: UTF8.self)
    } catch {
        refuse(
            Phrase(zh: "`\(file)`：" + (error.messageZH ?? error.message), en: "`\(file)`: " + error.message),
            help: error.help.map { Phrase(zh: error.helpZH ?? $0, en: $0) }, launch.language)
    }
    folder = URL(fileURLWithPath: file).deletingLastPathComponent()
}
let configuration = ServeConfiguration(
    plan: plan, planFile: launch.planFile, initialText: text ?? PageScenario.text(for: plan), scenarioFolder: folder,
    paths: launch.paths, seed: launch.seed, language: launch.language, token: launch.token)
do {
    try await ServeApplication.run(configuration, host: launch.host, port: launch.port) { bound in
        let shown = launch.host.contains(":") ? "[\(launch.host)]" : launch.host
        let query =
            launch.token.map { "?token=" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0) }
            ?? ""
        FileHandle.standardOutput.write(Data("http://\(shown):\(bound)/\(query)\n".utf8))
    }
} catch {
    refuse(
        Phrase(
            zh: "无法在 \(launch.host):\(launch.port) 上启动服务器：\(error)",
            en: "cannot start the server on \(launch.host):\(launch.port): \(error)"),
        help: Phrase(zh: "请换一个端口（--port 0 任选空闲端口）", en: "choose another port (--port 0 picks a free one)"),
        launch.language)
}
