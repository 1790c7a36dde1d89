import Testing
import Foundation
import PlansimTestSupport

/// `--out` never destroys what the user has: a file named as the output folder is refused
/// and kept byte for byte (it used to be swapped away for the result folder).
@Suite struct OutputPathTests {
    @Test(arguments: ["zh", "en"])
    func aFileNamedAsTheResultFolderIsRefusedAndKept(lang: String) throws {
        let dir = try Plansim.scratchDirectory()
        try Plansim.write("precious data\n", to: "myfile.txt", in: dir)
        let r = try Plansim.run(["run", "--no-inversion", "--paths", "100", "--quiet", "--out", "myfile.txt", "--lang", lang], in: dir)
        #expect(r.status == 1 && r.stdout.isEmpty, "\(r.stdout)")
        #expect(r.stderr.contains(lang == "zh" ? "这是一个文件，不是文件夹" : "this is a file, not a folder"), "\(r.stderr)")
        #expect(try String(contentsOf: dir.appendingPathComponent("myfile.txt"), encoding: .utf8) == "precious data\n")
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(left == ["myfile.txt"], "nothing else is left behind: \(left)")
    }
}
