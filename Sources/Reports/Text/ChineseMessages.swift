import Foundation

/// The Chinese wording of plansim's messages. The lower layers (data loading, the scenario
/// language, fitting, sweeps) state their refusals and warnings in English; this catalog
/// gives each common one its Chinese sentence, keeping the identifiers, numbers and file
/// names of the English one. A message the catalog does not know is returned as written
/// (so nothing is ever lost, only left in English).
public enum ChineseMessages {
    /// `pattern` (a regular expression over the whole English text) → `template` (`$1`… the
    /// captured parts as written, `{1}`… translated in turn). Tried in order; the first that matches wins.
    typealias Rule = (pattern: String, template: String)

    /// Whole messages: refusals of files, arguments and scenarios, and their help lines.
    static let messages: [Rule] = [
        // Files.
        ("no such scenario file", "找不到该情景文件"),
        ("check the path; scenarios/ holds examples", "请检查路径；scenarios/ 目录中有示例"),
        ("no such file", "找不到该文件"),
        ("scenario file (.+)", "情景文件$1"),
        ("name a scenario file \\(\\.scn\\) you can read", "请给出一个可读的情景文件（.scn）"),
        ("the file exists already", "文件已存在"),
        ("cannot write the file", "无法写入该文件"),
        ("cannot create the output directory", "无法创建输出目录"),
        ("cannot replace the result folder", "无法替换结果文件夹"),
        ("the file has no header row", "文件没有表头行"),
        ("the file has a header but no data", "文件只有表头，没有数据"),
        ("is a directory", "是一个目录"),
        ("unexpected column `(.+)`", "意外的列 `$1`"),
        ("`(.+)` is not a year", "`$1` 不是年份"),
        ("year (\\d+) is outside (\\d+)–(\\d+)", "年份 $1 不在 $2–$3 之内"),
        ("unknown unit `(.+)`", "未知单位 `$1`"),
        ("row has (\\d+) fields but the header has (\\d+)", "该行有 $1 个字段，表头有 $2 个"),
        ("quoted field is never closed", "引号括起的字段没有闭合"),
        ("not a JSON document", "不是 JSON 文档"),
        ("check the path; it is read relative to the current directory", "请检查路径；路径相对于当前目录"),
        ("check the path", "请检查路径"),
        ("write the year as four digits, e\\.g\\. `(.+)`", "请把年份写成四位数字，例如 `$1`"),
        ("check its permissions, or choose another with `--out DIR`", "请检查其权限，或用 `--out 目录` 另选一个"),
        ("choose a directory you can write to with `--out DIR`", "请用 `--out 目录` 指定一个可写的目录"),
        ("check the directory's permissions", "请检查该目录的权限"),
        ("cannot write into the output directory", "无法写入输出目录"),
        ("cannot write the sweep results", "无法写入敏感性分析的结果"),
        ("no results file here", "这里没有结果文件"),
        ("give the directory `plansim run` wrote \\(it holds results\\.json\\), e\\.g\\. (.+)",
         "请给出 `plansim run` 写出的目录（其中有 results.json），例如 $1"),
        ("the columns are `indicator,year,value` and an optional `note`", "各列为 `indicator,year,value`，另可有 `note`"),
        ("the first line must be a header naming the columns", "第一行须为列名表头"),
        ("save the table from Excel as \\.xlsx or \\.csv", "请在 Excel 中把表格另存为 .xlsx 或 .csv"),
        ("put the table on the first sheet", "请把表格放在第一个工作表"),
        ("remove the password in Excel and save again", "请在 Excel 中去掉密码后重新保存"),
        ("open and save it again in Excel", "请在 Excel 中打开后重新保存"),
        ("the workbook is encrypted", "工作簿已加密"),
        ("the workbook has no sheet", "工作簿中没有工作表"),
        ("run `plansim run` again with this version to write the results anew", "请用本版本重新运行 `plansim run` 写出结果"),
        ("results written by plansim `(.+)`, which this plansim (.+) cannot read", "结果由 plansim `$1` 写出，本版 plansim $2 无法读取"),
        ("not a comparison written by `plansim compare`", "不是 `plansim compare` 写出的比较结果"),
        ("run `plansim compare` again", "请重新运行 `plansim compare`"),
        ("run the sweep again", "请重新运行敏感性分析"),
        ("no indices in this file", "该文件中没有指数"),
        ("finish the sweep with `plansim sweep` or `plansim merge` first", "请先用 `plansim sweep` 或 `plansim merge` 完成敏感性分析"),
        // Indicators, scenarios and names.
        ("unknown indicator `(.+)`", "未知指标 `$1`"),
        ("unknown statement `(.+)`", "未知语句 `$1`"),
        ("unknown command `(.+)`", "未知命令 `$1`"),
        ("did you mean (.+)\\?", "是否想用 $1？"),
        ("`plansim data show` lists the indicators", "`plansim data show` 列出全部指标"),
        ("use an id such as `(.+)` or the plan's Chinese name; `plansim data show` lists them",
         "请使用指标 id（如 `$1`）或规划中的中文名称；`plansim data show` 列出全部指标"),
        ("statements are: (.+)", "可用的语句：$1"),
        ("expected (.+), found (.+)", "此处应为$1，实为$2"),
        ("write (.+) here; docs/scenario-language.md gives each statement's form", "此处请写$1；各语句的写法见 docs/scenario-language.md"),
        ("string is not closed on its line", "字符串在本行内没有闭合"),
        ("add the closing `\"`", "请补上结尾的 `\"`"),
        ("number is too large to represent", "数字过大，无法表示"),
        ("range ends before it starts", "区间的终点早于起点"),
        ("write the earlier year first, e\\.g\\. `(.+)`", "请先写较早的年份，例如 `$1`"),
        ("year (\\d+) is outside the simulated years 2021–(\\d+)", "年份 $1 不在模拟年份 2021–$2 之内"),
        ("use a year from 2021 to (\\d+), or raise `horizon`", "请使用 2021 至 $1 年之间的年份，或调高 `horizon`"),
        ("no scenario named `(.+)` to extend", "没有可继承的情景 `$1`"),
        ("scenario `(.+)` is defined twice \\(first on line (\\d+)\\)", "情景 `$1` 定义了两次（第一次在第 $2 行）"),
        ("rename one of them", "请将其中之一改名"),
        ("cannot read included file `(.+)`", "无法读取被包含的文件 `$1`"),
        ("check the path; it is relative to this file", "请检查路径；路径相对于本文件"),
        ("define it in this file or in a file it includes", "请在本文件或其包含的文件中定义"),
        ("include `(.+)` is outside this scenario's directory", "被包含的 `$1` 不在本情景文件的目录内"),
        ("includes must stay inside the directory of the file that includes them", "被包含的文件须在包含它的文件所在目录之内"),
        ("give each year one assumption of a kind, or split the ranges", "同一年的同类假设只能有一个；或拆分区间"),
        ("(.+) overlaps the one on line (\\d+)", "$1与第 $2 行的重叠"),
        ("scenario `(.+)` is not closed", "情景 `$1` 没有闭合"),
        ("scenario `(.+)` has no sweep", "情景 `$1` 没有 sweep 块"),
        ("unexpected character `(.+)`", "意外的字符 `$1`"),
        ("unit `(.+)` does not match `(.+)`, measured in `(.+)`", "单位 `$1` 与 `$2` 不符，该指标以 `$3` 计量"),
        ("write the amount in (.+), or as a percentage", "请以 $1 或百分比写出数量"),
        ("add `--scenario NAME`, one of (.+)", "请加上 `--scenario 名称`，可选：$1"),
        ("change the scenario so it fits the data", "请修改情景，使之与数据相符"),
        // Command-line values.
        ("--paths must be from (.+) to (.+), got (.+)", "--paths 须在 $1 至 $2 之间，实为 $3"),
        ("--threads must be at least 1(, got (.+))?", "--threads 至少为 1"),
        ("--seed must be a non-negative integer below 2\\^64, got `(.+)`", "--seed 须为小于 2^64 的非负整数，实为 `$1`"),
        ("--shard must be k/n with 1 ≤ k ≤ n, got `(.+)`", "--shard 须写作 k/n（1 ≤ k ≤ n），实为 `$1`"),
        ("--paths-per-sample must be from 1 to 100,000", "--paths-per-sample 须在 1 至 100,000 之间"),
        ("compare needs at least two scenario files", "compare 至少需要两个情景文件"),
        ("--resume keeps an earlier run's blocks and --force deletes them; give one",
         "--resume 保留之前运行的块，--force 删除它们；二者只能给一个"),
        ("the value '(.+)' is invalid for '(.+)'(: .*)?", "`$1` 不是 `$2` 的有效取值"),
        ("The value '(.+)' is invalid for '(.+)'(: .*)?", "`$1` 不是 `$2` 的有效取值"),
        ("Missing expected argument '(.+)'", "缺少参数 `$1`"),
        ("Missing value for '(.+)'", "`$1` 缺少取值"),
        ("Unknown option '(.+)'\\. Did you mean '(.+)'\\?", "未知选项 `$1`；是否想用 `$2`？"),
        ("Unknown option '(.+)'", "未知选项 `$1`"),
        ("Unexpected argument '(.+)'", "多余的参数 `$1`"),
        ("Please provide one of (.+)\\.?", "请给出以下之一：$1"),
        ("Please provide at most one of (.+)\\.?", "以下选项最多给一个：$1"),
        ("Help:  (.+)", "用法：$1"),
        // Sweeps.
        ("already holds a different sweep", "已存放另一个敏感性分析"),
        ("(.+) already holds this sweep \\(slice (.+)\\)", "$1 已存放这一敏感性分析（分片 $2）"),
        ("add `--resume` to continue it \\(finished blocks are kept\\), or `--force` to delete its results and start over",
         "加 `--resume` 继续（保留已完成的块），或加 `--force` 删除其结果后重新开始"),
        ("(.+) holds a different sweep(: .+)?", "$1 存放的是另一个敏感性分析$2"),
        ("choose another `--out`, or pass `--force` to delete it and start over; nothing was changed",
         "请另选 `--out`，或加 `--force` 删除后重新开始；未作任何改动"),
        ("cannot write into (.+)", "无法写入 $1"),
        ("choose a directory you can write to with `--out`", "请用 `--out` 指定一个可写的目录"),
        ("scenario `(.+)` does not compile", "情景 `$1` 无法编译"),
        ("run `plansim check` on the file", "请对该文件运行 `plansim check`"),
        ("add a `sweep NAME \\{ … \\}` block", "请加上 `sweep 名称 { … }` 块"),
        ("sweep `(.+)` needs at least one `vary` and one `measure`", "敏感性分析 `$1` 至少需要一个 `vary` 和一个 `measure`"),
        ("see docs/scenario-language.md#8-sweeps", "见 docs/scenario-language.md#8-sweeps"),
        ("choose another `--out`; nothing was written", "请另选 `--out`；没有写入任何文件"),
        ("not a sweep directory \\(no manifest\\.json\\)", "不是敏感性分析的目录（没有 manifest.json）"),
        ("not the indices of a finished sweep", "不是已完成的敏感性分析的指数文件"),
    ]

    /// The sweep's terminal lines (`plansim sweep` and `merge`), one line at a time.
    static let sweepLines: [Rule] = [
        ("shard (\\S+) of sweep (\\S+): (\\d+) of (\\d+) blocks \\((\\d+) samples each × (\\d+) paths\\)",
         "敏感性分析 $2 的分片 $1：共 $4 块中的 $3 块（每块 $5 个样本 × $6 条路径）"),
        ("shard (\\S+) of sweep (\\S+): (\\d+) of (\\d+) blocks \\((\\d+) samples each\\)", "敏感性分析 $2 的分片 $1：共 $4 块中的 $3 块（每块 $5 个样本）"),
        ("  to run: (.+)", "  待运行：$1"),
        ("  skipped, already done \\(resumed\\): (.+)", "  已完成，跳过（续跑）：$1"),
        ("  block (\\d+) found corrupt \\((.+)\\), recomputing", "  块 $1 已损坏（$2），重新计算"),
        ("ran blocks (.+): (\\d+) runs in (.+) s \\((\\d+) runs/s\\)", "已运行块 $1：$2 次运行，用时 $3 秒（每秒 $4 次）"),
        ("shard (.+) of sweep (.+) written to (.+); join the slices with `plansim merge DIR…`",
         "敏感性分析 $2 的分片 $1 已写入 $3；用 `plansim merge 目录…` 合并各分片"),
        ("finished block (\\d+) \\((\\d+) of (\\d+) to run, (\\d+) runs/s\\)", "已完成块 $1（待运行的 $3 块中第 $2 块，每秒 $4 次）"),
        ("results in (.+)", "结果在 $1"),
    ]

    /// A sweep's terminal output in Chinese, line by line (block lists: `none` → 无,
    /// `(12 blocks)` → （共 12 块）); lines the catalog does not know stay as written.
    public static func sweepLog(_ english: String) -> String {
        english.components(separatedBy: "\n").map { line in
            var text = translate(line, rules: sweepLines)
            text = text.replacingOccurrences(of: "：none", with: "：无").replacingOccurrences(of: "块 none", with: "块 无")
            if let r = text.range(of: #"\((\d+) blocks\)"#, options: .regularExpression) {
                text.replaceSubrange(r, with: "（共 " + text[r].dropFirst().prefix { $0.isNumber } + " 块）")
            }
            return text
        }.joined(separator: "\n")
    }

    /// Phrases inside a message the whole-message rules left: ` or ` between choices and
    /// the like.
    static let phrases: [(String, String)] = [("` or `", "` 或 `"), ("`, `", "`、`")]

    /// `english` in Chinese: the first whole-message rule that matches, with the phrase
    /// substitutions applied; `english` itself when no rule matches.
    public static func translate(_ english: String) -> String {
        translate(english, rules: messages)
    }

    static func translate(_ english: String, rules: [Rule]) -> String {
        let range = NSRange(english.startIndex..., in: english)
        for rule in rules {
            guard let regex = compiled(rule.pattern),
                  let match = regex.firstMatch(in: english, range: range), match.range == range else { continue }
            var text = regex.replacementString(for: match, in: english, offset: 0, template: rule.template)
            // `{k}`: group k, itself translated by the same rules (a cause inside a reason).
            for k in 1..<match.numberOfRanges where text.contains("{\(k)}") {
                guard let r = Range(match.range(at: k), in: english) else { continue }
                text = text.replacingOccurrences(of: "{\(k)}", with: translate(String(english[r]), rules: rules))
            }
            for (en, zh) in phrases { text = text.replacingOccurrences(of: en, with: zh) }
            return text
        }
        return english
    }

    nonisolated(unsafe) private static var cache: [String: NSRegularExpression] = [:]
    private static let lock = NSLock()

    static func compiled(_ pattern: String) -> NSRegularExpression? {
        lock.lock(); defer { lock.unlock() }
        if let r = cache[pattern] { return r }
        let r = try? NSRegularExpression(pattern: "^(?:" + pattern + ")$", options: [.dotMatchesLineSeparators])
        cache[pattern] = r
        return r
    }
}
