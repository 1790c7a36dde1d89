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
    /// The plan's data the scenarios were read against: the one given, or the plan the
    /// file itself holds or names (`plan "FILE"`, see ``PlanSetting``).
    public let dataset: Dataset
    let root: String

    /// Loads `path` and the files it includes.
    public init(path: String, dataset: Dataset, planSetting: Bool = true) {
        root = URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.path
        let bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
        let source = SourceFile(path: path, bytes: bytes)
        let setting = planSetting ? PlanSetting.find(in: source) : PlanSetting(dataset: nil, diagnostics: [])
        self.dataset = setting.dataset ?? dataset
        add(setting.diagnostics, path)
        load(source, visited: [])
    }

    /// Analyzes text as if it were the file `path` (for tests and tools).
    public init(text: String, path: String, dataset: Dataset, planSetting: Bool = true) {
        root = URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.path
        let source = SourceFile(path: path, text: text)
        let setting = planSetting ? PlanSetting.find(in: source) : PlanSetting(dataset: nil, diagnostics: [])
        self.dataset = setting.dataset ?? dataset
        add(setting.diagnostics, path)
        load(source, visited: [])
    }

    mutating func load(_ source: SourceFile, visited: Set<String>) {
        let tree = Parser.parse(source)
        files.append(tree)
        add(tree.diagnostics, source.path)
        if tree.scenarios.isEmpty && tree.plans.isEmpty && files.count == 1 && tree.diagnostics.isEmpty {
            add([.emptyFile(SourceRange(0, 0))], source.path)
        }
        let directory = URL(fileURLWithPath: source.path).deletingLastPathComponent()
        for item in tree.items {
            switch item {
            case .include(let relative, let range):
                let url = directory.appendingPathComponent(relative).standardizedFileURL
                guard url.path.hasPrefix(root + "/") else { add([.includeOutsideTree(relative, range)], source.path); continue }
                guard !visited.contains(url.path) else { continue }
                guard let data = FileManager.default.contents(atPath: url.path) else { add([.includeMissing(relative, range)], source.path); continue }
                load(SourceFile(path: url.path, bytes: [UInt8](data)), visited: visited.union([URL(fileURLWithPath: source.path).standardizedFileURL.path]))
            case .scenario(let decl):
                if let first = scenarios[decl.name] {
                    add([.duplicateScenario(decl.name, first: first.source.location(first.decl.nameRange.start).line, decl.nameRange)], source.path)
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

    mutating func add(_ ds: [Diagnostic], _ file: String) {
        diagnostics += ds.map { var d = $0; d.file = file; return d }
    }

    /// The source file a diagnostic belongs to.
    public func source(of d: Diagnostic) -> SourceFile? {
        files.first { $0.source.path == d.file }?.source
    }

    /// Every diagnostic: the files' own, and those of resolving and compiling each scenario.
    public func allDiagnostics() -> [Diagnostic] {
        var all = diagnostics
        var seen = Set<String>()
        for name in order {
            if case .failure(let list) = compile(name) {
                for d in list.items where seen.insert("\(d.file ?? ""):\(d.range.start):\(d.id):\(d.message)").inserted
                    && !all.contains(where: { $0 == d && $0.file == d.file }) {
                    all.append(d)
                }
            }
        }
        return all.sorted { ($0.file ?? "", $0.range.start) < ($1.file ?? "", $1.range.start) }
    }

    /// The directives of `name` after inheritance, each with the scenario it came from.
    public func resolve(_ name: String) -> Result<[Directive], DiagnosticList> {
        var errors: [Diagnostic] = []
        let result = resolve(name, stack: [], errors: &errors)
        return errors.isEmpty ? .success(result) : .failure(DiagnosticList(items: errors))
    }

    func resolve(_ name: String, stack: [String], errors: inout [Diagnostic]) -> [Directive] {
        guard let entry = scenarios[name] else { return [] }
        var merged: [Directive] = []
        for (parent, range) in entry.decl.parents {
            if stack.contains(parent) || parent == name {
                var d = Diagnostic.inheritanceCycle(stack + [name, parent], range); d.file = entry.source.path
                errors.append(d)
                continue
            }
            guard scenarios[parent] != nil else {
                var d = Diagnostic.missingParent(parent, range, suggestions: DidYouMean.help(for: parent, among: order)); d.file = entry.source.path
                errors.append(d)
                continue
            }
            merged = Self.merge(merged, resolve(parent, stack: stack + [name], errors: &errors))
        }
        return Self.merge(merged, entry.directives)
    }

    /// `newer` replaces every statement of `base` in the same group.
    static func merge(_ base: [Directive], _ newer: [Directive]) -> [Directive] {
        let groups = Set(newer.map(\.group))
        return base.filter { !groups.contains($0.group) } + newer
    }
}

/// Diagnostics as an error value.
public struct DiagnosticList: Error, Sendable {
    public let items: [Diagnostic]
}

/// A problem with a file a scenario reads.
struct FileProblem: Error {
    let message: String
}
