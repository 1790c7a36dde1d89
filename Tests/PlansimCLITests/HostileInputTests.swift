import Foundation
import PlansimTestSupport
import Testing

/// Issue 12's reproductions as the built binary meets them: every refusal exits 1 with a
/// located message, nothing crashes (exit 132/139) and nothing is written.
@Suite struct HostileInputTests {
    /// `check` used to die with SIGILL, and `run` to segfault on what `check` accepted.
    @Test(arguments: [
        "check industrial_output p50 >= 55 in 2020", "assume retail_sales level 12 in 2020",
        "target industrial_output level 60 by 2000", "prior retail_sales growth_now normal(-150%, 1%)",
        "assume grain_capacity level lognormal(2020, 0.1) in 2030",
        "assume retail_sales growth normal(8%, 1e308) over 2021..2025",
    ])
    func crashesBecomeLocatedRefusals(statement: String) throws {
        let dir = try Plansim.scratchDirectory()
        try Plansim.write("scenario a {\n    paths 100\n    \(statement)\n}\n", to: "a.scn", in: dir)
        for command in [["check", "a.scn"], ["run", "a.scn", "--quiet", "--no-inversion", "--out", "out"]] {
            let r = try Plansim.run(command, in: dir, environment: Plansim.english)
            #expect(r.status == 1, "\(command) \(statement): exit \(r.status)\n\(r.stderr)")
            #expect(r.stderr.contains("--> a.scn:3:") && r.stderr.contains("= help:"), "\(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
    }

    @Test func directoriesFifosAndDashNamesAreRefused() throws {
        let dir = try Plansim.scratchDirectory()
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("d.scn"), withIntermediateDirectories: true)
        #expect(mkfifo(dir.appendingPathComponent("f.scn").path, 0o600) == 0)
        let d = try Plansim.run(["check", "d.scn"], in: dir, environment: Plansim.english)
        #expect(d.status == 1 && d.stderr.contains("is a directory"))
        let f = try Plansim.run(["check", "f.scn"], in: dir, environment: Plansim.english)
        #expect(f.status == 1 && f.stderr.contains("named pipe"))
        let dash = try Plansim.run(["run", "-dash.scn"], in: dir)
        #expect(dash.status == 1 && dash.stderr.contains("./-dash.scn"), "\(dash.stdout)\(dash.stderr)")
    }

    /// A 64-bit seed is kept exactly: from a file like from `--seed`, and in results.json.
    @Test func seedsAreExact() throws {
        let dir = try Plansim.scratchDirectory()
        try Plansim.write("scenario a {\n    paths 200\n    seed 18446744073709551615\n}\n", to: "a.scn", in: dir)
        let r = try Plansim.run(["run", "a.scn", "--quiet", "--no-inversion", "--json", "--out", "out"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            r.stdout.contains("\"seed\": 18446744073709551615") || r.stdout.contains("\"seed\":18446744073709551615"),
            "\(r.stdout.prefix(300))")
        let odd = try Plansim.run(
            ["run", "a.scn", "--quiet", "--no-inversion", "--json", "--seed", "9007199254740993", "--out", "out2"],
            in: dir)
        #expect(odd.stdout.contains("9007199254740993"))
        let saved = try String(contentsOf: dir.appendingPathComponent("out/results.json"), encoding: .utf8)
        #expect(saved.contains("18446744073709551615"))
    }

    @Test func reportRefusesResultsOfAnotherMajorVersion() throws {
        let dir = try Plansim.scratchDirectory()
        #expect(
            try Plansim.run(["run", "--paths", "200", "--no-inversion", "--quiet", "--out", "r"], in: dir).status == 0)
        let file = dir.appendingPathComponent("r/results.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\"version\": \"0.", with: "\"version\": \"99.").write(
            to: file, atomically: true, encoding: .utf8)
        let r = try Plansim.run(["report", "r", "--format", "md"], in: dir)
        #expect(r.status == 1 && r.stderr.contains("version"), "\(r.stderr)")
    }

    /// Output stays small whatever the input: the first 100 diagnostics and a count.
    @Test func aLineOfTwentyThousandBadCharactersPrintsLittle() throws {
        let dir = try Plansim.scratchDirectory()
        // Alternating characters: each is a diagnostic of its own (a run of one character
        // is one diagnostic, below).
        try Plansim.write(
            "scenario a {\n    seed 1 " + String(repeating: "@$", count: 10_000) + "\u{1B}]0;pwned\u{07}\n}\n",
            to: "a.scn", in: dir)
        let r = try Plansim.run(["check", "a.scn"], in: dir, environment: Plansim.english)
        #expect(r.status == 1)
        #expect(r.stderr.utf8.count < 100_000, "\(r.stderr.utf8.count) bytes")
        #expect(r.stderr.contains("more (only the first 100 are shown"))
        #expect(!r.stderr.contains("\u{1B}") && !r.stderr.contains("\u{07}"))
        try Plansim.write(
            "scenario a {\n    seed 1 " + String(repeating: "@", count: 20_000) + "\n}\n", to: "b.scn", in: dir)
        let run = try Plansim.run(["check", "b.scn"], in: dir, environment: Plansim.english)
        #expect(run.status == 1)
        #expect(run.stderr.components(separatedBy: "unexpected character `@`").count == 2, "\(run.stderr.prefix(600))")
    }
}

/// `plansim fmt` rewrites the content only: links, permissions and line ends stay.
@Suite struct FormatFileTests {
    @Test func fmtKeepsPermissionsSymlinksAndHardLinks() throws {
        let dir = try Plansim.scratchDirectory()
        let real = try Plansim.write("scenario a{\n  seed   5\n}\n", to: "real.scn", in: dir)
        #expect(chmod(real, 0o600) == 0)
        try FileManager.default.createSymbolicLink(
            atPath: dir.appendingPathComponent("link.scn").path, withDestinationPath: "real.scn")
        try FileManager.default.linkItem(atPath: real, toPath: dir.appendingPathComponent("hard.scn").path)
        let r = try Plansim.run(["fmt", "link.scn"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent("link.scn").path)
        #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
        #expect(try String(contentsOfFile: real, encoding: .utf8) == "scenario a {\n    seed 5\n}\n")
        #expect(
            try String(contentsOf: dir.appendingPathComponent("hard.scn"), encoding: .utf8)
                == "scenario a {\n    seed 5\n}\n")
        let perms = try FileManager.default.attributesOfItem(atPath: real)[.posixPermissions] as? Int
        #expect(perms == 0o600)
        // A single-link file keeps its permissions through the temporary-file rename.
        let solo = try Plansim.write("scenario b{\n  seed 6\n}\n", to: "solo.scn", in: dir)
        #expect(chmod(solo, 0o640) == 0)
        #expect(try Plansim.run(["fmt", "solo.scn"], in: dir).status == 0)
        #expect(try FileManager.default.attributesOfItem(atPath: solo)[.posixPermissions] as? Int == 0o640)
    }
}
