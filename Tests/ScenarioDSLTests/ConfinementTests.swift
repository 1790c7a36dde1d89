import Foundation
import PlanData
import ScenarioDSL
import Testing

/// `include`, `data` and `levels_from` resolve symbolic links to a real path that must
/// stay inside the folder of the file given on the command line; nothing outside is read.
@Suite struct ConfinementTests {
    let dir: URL
    let outside: URL

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("plansim-confine-\(UUID().uuidString)")
        dir = base.appendingPathComponent("scenarios")
        outside = base.appendingPathComponent("secret")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try "year,value\n2022,SECRET_hunter2\n".write(
            to: outside.appendingPathComponent("levels.csv"), atomically: true, encoding: .utf8)
        try "scenario stolen {\n    seed SECRET_hunter2\n}\n".write(
            to: outside.appendingPathComponent("x.scn"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: dir.appendingPathComponent("link.scn").path,
            withDestinationPath: outside.appendingPathComponent("x.scn").path)
        try FileManager.default.createSymbolicLink(
            atPath: dir.appendingPathComponent("levels.csv").path,
            withDestinationPath: outside.appendingPathComponent("levels.csv").path)
        try FileManager.default.createSymbolicLink(
            atPath: dir.appendingPathComponent("sub").path, withDestinationPath: outside.path)
    }

    func check(_ text: String) -> [Diagnostic] {
        let main = dir.appendingPathComponent("main.scn")
        try? text.write(to: main, atomically: true, encoding: .utf8)
        return ScenarioProgram(path: main.path, dataset: HaibinPlan.dataset()).allDiagnostics()
    }

    @Test(arguments: [
        "include \"link.scn\"\nscenario a {\n}\n", "include \"sub/x.scn\"\nscenario a {\n}\n",
        "include \"../secret/x.scn\"\nscenario a {\n}\n", "include \"/etc/passwd\"\nscenario a {\n}\n",
    ])
    func includesThatLeaveTheFolderAreRefusedUnread(text: String) {
        let found = check(text)
        #expect(found.contains { $0.id == "E021" }, "\(found.map(\.message))")
        #expect(!found.contains { $0.message.contains("SECRET") || ($0.help ?? "").contains("SECRET") })
    }

    @Test(arguments: [
        "data \"../../../../etc/passwd\"", "data \"sub/levels.csv\"",
        "assume grain_capacity levels_from \"levels.csv\"",
        "assume grain_capacity levels_from \"/etc/passwd\"",
    ])
    func dataAndLevelsOutsideTheFolderAreRefused(statement: String) {
        let found = check("scenario a {\n    \(statement)\n}\n")
        #expect(found.contains { $0.id == "E026" && $0.message.contains("outside") }, "\(found.map(\.message))")
        #expect(!found.contains { $0.message.contains("SECRET") || $0.message.contains("root:") })
    }

    /// `plan "…"` is confined like the others (issue 25: `plan "../outside.plan"` was read
    /// and used, and `/etc/shadow` leaked the position of its first `:`; an absolute path
    /// was joined to the scenario's folder).
    @Test(arguments: ["plan \"../secret/x.plan\"", "plan \"/etc/passwd\"", "plan \"sub/x.plan\"", "plan \"link.plan\""])
    func planFilesOutsideTheFolderAreRefusedUnread(statement: String) throws {
        try "plan stolen {\n  SECRET_hunter2: x\n}\n".write(
            to: outside.appendingPathComponent("x.plan"), atomically: true, encoding: .utf8)
        try? FileManager.default.createSymbolicLink(
            atPath: dir.appendingPathComponent("link.plan").path,
            withDestinationPath: outside.appendingPathComponent("x.plan").path)
        let found = check("scenario a {\n    \(statement)\n}\n")
        #expect(
            found.contains { $0.id == "E026" && $0.message.contains("is outside this scenario's folder") },
            "\(found.map(\.message))")
        #expect(
            !found.contains {
                $0.message.contains("SECRET") || $0.message.contains("root:") || $0.message.contains("line 1, column")
            })
    }

    /// A scenario defined first in an included file is named with that file (the
    /// message said only "first on line 2", a line of another file).
    @Test func aDuplicateNamesTheIncludedFile() throws {
        try "# base\nscenario baseline {\n}\n".write(
            to: dir.appendingPathComponent("base.scn"), atomically: true, encoding: .utf8)
        let found = check("include \"base.scn\"\nscenario baseline {\n}\n")
        #expect(
            found.contains {
                $0.id == "E020" && $0.message == "scenario `baseline` is defined twice (first on line 2 of `base.scn`)"
            }, "\(found.map(\.message))")
    }

    /// `check` said ok for `data "fifo.csv"` or a folder, which `run` then refused.
    @Test func dataThatIsNotARegularFileIsRefusedByCheck() throws {
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("folder.csv"), withIntermediateDirectories: true)
        #expect(mkfifo(dir.appendingPathComponent("fifo.csv").path, 0o600) == 0)
        for (name, kind) in [
            ("folder.csv", "is a directory, not a file"), ("fifo.csv", "is a named pipe (FIFO), not a file"),
        ] {
            let found = check("scenario a {\n    data \"\(name)\"\n}\n")
            #expect(
                found.contains { $0.id == "E026" && $0.message == "data file `\(name)` \(kind)" },
                "\(found.map(\.message))")
        }
    }

    /// A levels file that also holds years after the horizon (one file for several
    /// horizons) is used for the years inside; a year before the simulated ones is refused.
    @Test func levelsAfterTheHorizonAreLeftUnused() throws {
        try "year,value\n2024,0.6\n2040,0.9\n".write(
            to: dir.appendingPathComponent("long.csv"), atomically: true, encoding: .utf8)
        #expect(check("scenario a {\n    assume grain_capacity levels_from \"long.csv\"\n}\n").isEmpty)
        try "year,value\n2015,0.5\n2024,0.6\n".write(
            to: dir.appendingPathComponent("early.csv"), atomically: true, encoding: .utf8)
        let found = check("scenario a {\n    assume grain_capacity levels_from \"early.csv\"\n}\n")
        #expect(
            found.contains {
                $0.id == "E026" && $0.message.contains("gives a level for 2015, outside the simulated years")
            }, "\(found.map(\.message))")
    }

    @Test func filesInsideTheFolderStillWork() throws {
        try "year,value\n2024,0.6\n".write(
            to: dir.appendingPathComponent("grain.csv"), atomically: true, encoding: .utf8)
        #expect(check("scenario a {\n    assume grain_capacity levels_from \"grain.csv\"\n}\n").isEmpty)
    }

    /// A levels file may only fix simulated years, and only plausible positive levels.
    @Test(arguments: [
        "year,value\n2019,0.6\n", "year,value\n2040,0.6\n", "year,value\n2024,1e300\n", "year,value\n2024,-1\n",
    ])
    func levelsFilesAreCheckedLikeStatements(content: String) throws {
        try content.write(to: dir.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
        let found = check("scenario a {\n    assume grain_capacity levels_from \"bad.csv\"\n}\n")
        #expect(found.contains { $0.id == "E026" }, "\(found.map(\.message))")
    }

    @Test func readingRefusesDirectoriesAndFifosWithoutBlocking() throws {
        #expect(InputFile.read(dir.path, limit: 1 << 20) == .failure(.notRegular("a directory")))
        let fifo = dir.appendingPathComponent("pipe.scn").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(InputFile.read(fifo, limit: 1 << 20) == .failure(.notRegular("a named pipe (FIFO)")))
        let big = dir.appendingPathComponent("big.scn")
        try Data(count: 2 << 20).write(to: big)
        #expect(InputFile.read(big.path, limit: 1 << 20) == .failure(.tooLarge(1 << 20)))
    }
}
