import Foundation
import PlansimTestSupport
import Testing

/// `--out` never destroys what the user has: a file named as the output folder is refused
/// and kept byte for byte (it used to be swapped away for the result folder).
@Suite struct OutputPathTests {
    @Test(arguments: ["zh", "en"])
    func aFileNamedAsTheResultFolderIsRefusedAndKept(lang: String) throws {
        let dir = try Plansim.scratchDirectory()
        try Plansim.write("precious data\n", to: "myfile.txt", in: dir)
        let r = try Plansim.run(
            ["run", "--no-inversion", "--paths", "100", "--quiet", "--out", "myfile.txt", "--lang", lang], in: dir)
        #expect(r.status == 1 && r.stdout.isEmpty, "\(r.stdout)")
        #expect(r.stderr.contains(lang == "zh" ? "这是一个文件，不是文件夹" : "this is a file, not a folder"), "\(r.stderr)")
        #expect(try String(contentsOf: dir.appendingPathComponent("myfile.txt"), encoding: .utf8) == "precious data\n")
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(left == ["myfile.txt"], "nothing else is left behind: \(left)")
    }
}

/// A sweep whose PDF cannot be printed (Chromium fails) writes none of its results: only
/// its blocks stay, and `--resume` then finishes it without running again.
@Suite struct SweepDocumentFailureTests {
    @Test func aFailedPrintLeavesOnlyTheBlocks() throws {
        let fake = try Plansim.scratchDirectory()
        let chromium = fake.appendingPathComponent("chromium")
        try Data("#!/bin/sh\nexit 3\n".utf8).write(to: chromium)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: chromium.path)
        let path = fake.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let (dir, r) = try SweepBriefingTests.sweep(["--format", "pdf"], environment: ["PATH": path])
        #expect(r.status == 1, "\(r.stderr)")
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("out").path))
        #expect(!left.contains("indices.json") && !left.contains { $0.hasPrefix("summary") }, "\(left)")
        let resumed = try Plansim.run(["sweep", "small.scn", "--quiet", "--out", "out", "--resume"], in: dir)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/indices.json").path))
    }
}
