import Foundation
import PlansimTestSupport
import Testing

/// Help screens in the chosen language (issue 13, item 8): `plansim help CMD --lang zh`
/// works like `CMD --help --lang zh`, and Chinese help is wrapped by display width.
@Suite struct HelpScreenTests {
    /// Columns `text` takes on a terminal: East Asian Wide and Fullwidth characters two.
    static func columns(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { sum, s in
            switch s.value {
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
                0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
                return sum + 2
            default: return sum + 1
            }
        }
    }

    /// Every command, nested ones too (`data show`, `plan import`), from the English help.
    static func commands() throws -> [[String]] {
        func listed(_ command: [String]) throws -> [String] {
            let help = try Plansim.run(command + ["--help"], environment: Plansim.english).stdout
            guard let section = help.components(separatedBy: "SUBCOMMANDS:\n").dropFirst().first else { return [] }
            return section.components(separatedBy: "\n\n")[0].components(separatedBy: "\n").compactMap { line in
                line.hasPrefix("  ") && line.dropFirst(2).first?.isLetter == true
                    ? line.split(separator: " ").first.map(String.init) : nil
            }
        }
        var all: [[String]] = [[]]
        for command in try listed([]) {
            all.append([command])
            all += try listed([command]).map { [command, $0] }
        }
        return all
    }

    @Test func helpSubcommandTakesTheLanguage() throws {
        let sweepZH = try Plansim.run(["sweep", "--help", "--lang", "zh"])
        #expect(sweepZH.status == 0 && sweepZH.stdout.contains("选项："), "\(sweepZH.stderr)")
        for arguments in [
            ["help", "sweep", "--lang", "zh"], ["help", "sweep", "--lang=zh"], ["help", "--lang", "ZH", "sweep"],
        ] {
            let r = try Plansim.run(arguments, environment: Plansim.english)
            #expect(r.status == 0 && r.stdout == sweepZH.stdout, "\(arguments): \(r.stderr)\(r.stdout)")
        }
        let viaEnvironment = try Plansim.run(["help", "sweep"], environment: ["PLANSIM_LANG": "zh"])
        #expect(viaEnvironment.stdout == sweepZH.stdout)
        let nested = try Plansim.run(["help", "plan", "import", "--lang", "zh"])
        let importZH = try Plansim.run(["plan", "import", "--help", "--lang", "zh"])
        #expect(nested.status == 0 && nested.stdout == importZH.stdout, "\(nested.stderr)")
        let english = try Plansim.run(["help", "sweep", "--lang", "en"], environment: ["PLANSIM_LANG": "zh"])
        let sweepEN = try Plansim.run(["sweep", "--help", "--lang", "en"])
        #expect(english.status == 0 && english.stdout == sweepEN.stdout && english.stdout.contains("OPTIONS:"))
        let root = try Plansim.run(["help", "--lang", "zh"])
        #expect(root.status == 0 && root.stdout.contains("子命令："), "\(root.stderr)")
    }

    @Test(arguments: [
        (["help", "sweep", "--lang", "fr"], "`--lang` takes `zh` or `en`, not `fr`"),
        (["help", "sweep", "--lang"], "`--lang` needs a value"),
    ])
    func helpRefusesAnUnknownLanguage(arguments: [String], message: String) throws {
        let r = try Plansim.run(arguments, environment: Plansim.english)
        #expect(
            r.status == 1 && r.stdout.isEmpty && r.stderr.contains(message)
                && r.stderr.contains("help: write `--lang zh` or `--lang en`"), "\(r.stderr)")
        let zh = try Plansim.run(arguments, environment: ["PLANSIM_LANG": "zh"])
        #expect(zh.status == 1 && zh.stderr.contains("错误：`--lang`") && zh.stderr.contains("提示："), "\(zh.stderr)")
    }

    /// Every line of every Chinese help screen fits 80 columns (or `COLUMNS`), counting a
    /// Chinese character as two; no line starts with closing punctuation; a backticked
    /// name is never cut; option help continues under its own column.
    @Test(arguments: [nil, "100"] as [String?])
    func chineseHelpFitsTheTerminal(columns: String?) throws {
        let width = columns.flatMap { Int($0) } ?? 80
        var longest = 0
        for command in try Self.commands() {
            let r = try Plansim.run(command + ["--help", "--lang", "zh"], environment: ["COLUMNS": columns ?? ""])
            #expect(r.status == 0 && r.stdout.contains("选项："), "\(command): \(r.stderr)")
            var inOptions = false
            for line in r.stdout.components(separatedBy: "\n") {
                longest = max(longest, Self.columns(line))
                #expect(Self.columns(line) <= width, "\(command): \(Self.columns(line)) columns: \(line)")
                let text = line.drop { $0 == " " }
                #expect(
                    !(text.first.map { "，。、；：！？）」』】》”".contains($0) } ?? false),
                    "\(command): starts with closing punctuation: \(line)")
                #expect(line.filter { $0 == "`" }.count % 2 == 0, "\(command): a backticked span is cut: \(line)")
                if line.hasSuffix("：") && !line.hasPrefix(" ") {
                    inOptions = line == "选项：" || line == "参数：" || line == "子命令："
                }
                if inOptions, line.hasPrefix("   "), !text.isEmpty {
                    #expect(
                        line.count - text.count >= 26, "\(command): option help continues left of its column: \(line)")
                }
            }
        }
        #expect(longest > width - 10, "lines are filled, not cut short (longest \(longest))")
    }

    /// English help is ArgumentParser's own: wrapped at 80 characters, as before.
    @Test func englishHelpKeepsArgumentParsersLayout() throws {
        let r = try Plansim.run(["run", "--help", "--lang", "en"])
        #expect(
            r.stdout.contains(
                """
                  --paths <paths>         Monte Carlo paths (1 to 100,000,000; `100,000` and
                                          `100_000` are read too); overrides the scenario's
                                          `paths`.
                """), "\(r.stdout)")
    }
}
