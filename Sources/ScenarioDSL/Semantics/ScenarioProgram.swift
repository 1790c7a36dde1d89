import Foundation
public import PlanData
import Simulation

/// A scenario file with its includes, parsed and analyzed: every scenario it defines,
/// and every diagnostic of every file, found in one pass.
public struct ScenarioProgram: Sendable {
    public struct Entry: Sendable {
        public let decl: ScenarioDecl
        public let source: SourceFile
        public let directives: [Directive]
    }
    /// Parsed files, the main one first.
    public private(set) var files: [SyntaxTree] = []
    /// Scenarios by name, and their order of definition.
    public private(set) var scenarios: [String: Entry] = [:]
    public private(set) var order: [String] = []
    public private(set) var diagnostics: [Diagnostic] = []
    /// Diagnostics found but not kept beyond ``diagnosticLimit`` (reported as a count).
    public private(set) var droppedDiagnostics = 0
    /// Every scenario's statements after inheritance, resolved once (linear in the file).
    var resolutions: [String: Resolution] = [:]
    /// The plan's data the scenarios were read against: the one given, or the plan the
    /// file itself holds or names (`plan "FILE"`, see ``PlanSetting``).
    public let dataset: Dataset
    /// The real path of the folder of the file given on the command line: `include`,
    /// `data` and `levels_from` must resolve (symbolic links followed) inside it.
    let root: String
    /// Real paths of the files loaded so far: a file is loaded once, however many files
    /// include it (diamond includes are fine).
    var loaded: Set<String> = []

    /// How many diagnostics a program keeps; more are counted in ``droppedDiagnostics``.
    public static let diagnosticLimit = 1_000

    /// Loads `path` and the files it includes.
    public init(path: String, dataset: Dataset, planSetting: Bool = true) {
        let bytes = InputFile.read(path, limit: InputFile.scenarioLimit)
        self.init(path: path, bytes: (try? bytes.get()) ?? [], dataset: dataset, planSetting: planSetting)
    }

    /// Analyzes `bytes` as the file `path` (already read by the caller), with its includes;
    /// with `planSetting`, a plan the file holds or names replaces `dataset`.
    public init(path: String, bytes: [UInt8], dataset: Dataset, planSetting: Bool = true) {
        let setting =
            planSetting
            ? PlanSetting.find(in: SourceFile(path: path, bytes: bytes)) : PlanSetting(dataset: nil, diagnostics: [])
        self.dataset = setting.dataset ?? dataset
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.path
        root = InputFile.realPath(directory) ?? directory
        loaded.insert(InputFile.realPath(path) ?? URL(fileURLWithPath: path).standardizedFileURL.path)
        add(setting.diagnostics, path)
        load(path: path, bytes: bytes)
        resolveAll()
    }

    /// Analyzes text as if it were the file `path` (for tests and tools).
    public init(text: String, path: String, dataset: Dataset, planSetting: Bool = true) {
        self.init(path: path, bytes: Array(text.utf8), dataset: dataset, planSetting: planSetting)
    }

    mutating func load(path: String, bytes: [UInt8]) {
        if let problem = Self.encodingProblem(bytes, path: path) {
            files.append(SyntaxTree(source: SourceFile(path: path, bytes: []), items: [], diagnostics: []))
            add([problem], path)
            return
        }
        let source = SourceFile(path: path, bytes: bytes)
        let tree = Parser.parse(source)
        files.append(tree)
        add(tree.diagnostics, source.path)
        droppedDiagnostics += tree.dropped
        if tree.scenarios.isEmpty && tree.plans.isEmpty && files.count == 1 && tree.diagnostics.isEmpty {
            add([.emptyFile(SourceRange(0, 0))], source.path)
        }
        let directory = URL(fileURLWithPath: source.path).deletingLastPathComponent().path
        for item in tree.items {
            switch item {
            case .include(let relative, let range):
                switch InputFile.confined(relative, from: directory, root: root) {
                case .failure(.outsideRoot): add([.includeOutsideTree(relative, range)], source.path)
                case .failure: add([.includeMissing(relative, range)], source.path)
                case .success(let real):
                    guard loaded.insert(real).inserted else { continue }
                    switch InputFile.read(real, limit: InputFile.scenarioLimit) {
                    case .success(let data): load(path: real, bytes: data)
                    case .failure(let problem):
                        add([.includeUnreadable(relative, .fileProblem(problem), range)], source.path)
                    }
                }
            case .scenario(let decl):
                if let first = scenarios[decl.name] {
                    let elsewhere =
                        first.source.path == source.path
                        ? nil : URL(fileURLWithPath: first.source.path).lastPathComponent
                    add(
                        [
                            .duplicateScenario(
                                decl.name, first: first.source.location(first.decl.nameRange.start).line, in: elsewhere,
                                decl.nameRange)
                        ], source.path)
                    continue
                }
                var analyzer = Analyzer(dataset: dataset, source: source, scenario: decl.name)
                let directives = analyzer.analyze(decl.items)
                add(analyzer.diagnostics, source.path)
                scenarios[decl.name] = Entry(decl: decl, source: source, directives: directives)
                order.append(decl.name)
            default:
                break
            }
        }
    }

    /// One diagnostic for a file that is not UTF-8 (GBK, UTF-16, Latin-1 …), saying which
    /// encoding it looks like and how to convert it, instead of one error per byte.
    static func encodingProblem(_ bytes: [UInt8], path: String) -> Diagnostic? {
        guard String(validating: bytes, as: UTF8.self) == nil else { return nil }
        do { _ = try TextDecoding.decode(Data(bytes), file: path) } catch {
            let help = error.help?.replacingOccurrences(of: "converted.csv", with: "converted.scn")
                .replacingOccurrences(of: ", or save it from Excel as \"CSV UTF-8\"", with: "")
            let looks = error.message.components(separatedBy: "it looks like ").last ?? ""
            let looksZH =
                [
                    "GBK/GB18030 (common for Chinese files saved by Excel)": "GBK/GB18030（Excel 保存的中文文件常见）",
                    "a single-byte encoding such as Latin-1 or Windows-1252": "Latin-1 或 Windows-1252 之类的单字节编码",
                ][looks] ?? looks
            let command =
                help.flatMap { h in h.range(of: "`[^`]*`", options: .regularExpression).map { String(h[$0]) } } ?? ""
            return Diagnostic(
                id: "E001",
                message: Phrase(zh: "文件不是 UTF-8 编码；看来是\(Phrase.spaced(looksZH, after: false))", en: error.message),
                range: SourceRange(0, 0),
                help: help.map { Phrase(zh: "请用 \(command) 转换为 UTF-8", en: $0) })
        }
        return nil
    }

    mutating func add(_ ds: [Diagnostic], _ file: String) {
        let room = max(0, Self.diagnosticLimit - diagnostics.count)
        diagnostics += ds.prefix(room).map {
            var d = $0
            d.file = file
            return d
        }
        droppedDiagnostics += max(0, ds.count - room)
    }

    /// The source file a diagnostic belongs to.
    public func source(of d: Diagnostic) -> SourceFile? {
        files.first { $0.source.path == d.file }?.source
    }

    /// Every diagnostic: the files' own, and those of resolving and compiling each scenario
    /// (a scenario whose inheritance is broken is reported once, where it breaks). A
    /// scenario with a missing parent or a cycle is still compiled from what it does
    /// inherit, and the errors of its own statements are reported too, so a misspelt
    /// `extends` hides nothing else.
    public func allDiagnostics() -> [Diagnostic] {
        var all = diagnostics
        var seen = Set(all.map(Self.key))
        for name in order {
            guard let resolution = resolutions[name] else { continue }
            for d in resolution.errors where seen.insert(Self.key(d)).inserted { all.append(d) }
            if !resolution.broken, case .failure(let list) = compile(name) {
                for d in list.items where seen.insert(Self.key(d)).inserted { all.append(d) }
            } else if resolution.broken, let entry = scenarios[name],
                case .failure(let list) = compile(name, directives: resolution.directives)
            {
                let own = list.items.filter {
                    $0.file == entry.source.path
                        && (entry.decl.range.start..<max(entry.decl.range.end, entry.decl.range.start + 1)).contains(
                            $0.range.start)
                }
                for d in own where seen.insert(Self.key(d)).inserted { all.append(d) }
            }
        }
        return all.sorted { ($0.file ?? "", $0.range.start) < ($1.file ?? "", $1.range.start) }
    }

    static func key(_ d: Diagnostic) -> String { "\(d.file ?? ""):\(d.range.start):\(d.id):\(d.message)" }

    /// The directives of `name` after inheritance, each with the scenario it came from.
    public func resolve(_ name: String) -> Result<[Directive], DiagnosticList> {
        guard let r = resolutions[name] else { return .success([]) }
        guard r.broken else { return .success(r.directives) }
        return .failure(DiagnosticList(items: brokenAncestry(name)))
    }
}

/// Diagnostics as an error value.
public struct DiagnosticList: Error, Sendable {
    public let items: [Diagnostic]
}

/// A problem with a file a scenario reads.
struct FileProblem: Error {
    /// What is wrong, in both languages.
    let message: Phrase
}
