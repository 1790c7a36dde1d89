import Foundation
import PlanData
import Testing

/// Replacing a file the user named (`plansim fmt`): through a symbolic link the target is
/// rewritten and the link stays; the permissions stay; hard links still share the file; a
/// new file's folder is made; a folder that is a file is refused before anything is written.
struct AtomicFileTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aLinkStaysALinkAndThePermissionsStay() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("real.scn")
        let link = dir.appendingPathComponent("link.scn")
        try Data("old".utf8).write(to: target)
        #expect(chmod(target.path, 0o640) == 0)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        try AtomicFile.replace(link.path, with: Data("new".utf8))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
        #expect(try String(contentsOf: target, encoding: .utf8) == "new")
        let mode = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
    }

    @Test func hardLinksStillShareTheFile() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (a, b) = (dir.appendingPathComponent("a.scn"), dir.appendingPathComponent("b.scn"))
        try Data("old old".utf8).write(to: a)
        try FileManager.default.linkItem(at: a, to: b)
        try AtomicFile.replace(a.path, with: Data("new".utf8))
        #expect(try String(contentsOf: b, encoding: .utf8) == "new")
    }

    @Test func aNewFilesFolderIsMadeAndAFileInThePathIsRefused() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let deep = dir.appendingPathComponent("x/y/draft.md")
        try AtomicFile.checkFolder(of: deep.path)
        try AtomicFile.write(Data("draft".utf8), to: deep)
        #expect(try String(contentsOf: deep, encoding: .utf8) == "draft")
        #expect(throws: InputIssue.self) { try AtomicFile.checkFolder(of: deep.path + "/inside.md") }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: deep.deletingLastPathComponent().path)
        #expect(leftovers == ["draft.md"], "no temporary file is left")
    }
}
