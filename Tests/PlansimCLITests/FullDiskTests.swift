import Foundation
import PlansimTestSupport
import Testing

/// Issue 25: writing into a full filesystem says the disk is full (ENOSPC), names the
/// folder the user asked for (not a temporary one) and leaves nothing behind. The full
/// disk is a real one: a 64 KB tmpfs, which needs root to mount.
@Suite(.serialized) struct FullDiskTests {
    /// Mounts a 64 KB tmpfs at a fresh folder and returns it, or nil when mounting is not
    /// allowed here (not root, or no `mount`).
    static func tinyDisk() -> URL? {
        guard geteuid() == 0, let dir = try? Plansim.scratchDirectory() else { return nil }
        let disk = dir.appendingPathComponent("disk")
        try? FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        let mount = Process()
        mount.executableURL = URL(fileURLWithPath: "/bin/mount")
        mount.arguments = ["-t", "tmpfs", "-o", "size=64k", "tmpfs", disk.path]
        mount.standardError = FileHandle.nullDevice
        guard (try? mount.run()) != nil else { return nil }
        mount.waitUntilExit()
        return mount.terminationStatus == 0 ? disk : nil
    }

    static func unmount(_ disk: URL) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/umount")
        p.arguments = [disk.path]
        try? p.run()
        p.waitUntilExit()
    }

    static let canMount = { () -> Bool in
        guard let disk = tinyDisk() else { return false }
        unmount(disk)
        return true
    }()

    @Test(.enabled(if: canMount, "needs root to mount a 64 KB tmpfs"))
    func runIntoAFullDiskSaysSoAndLeavesNothing() throws {
        let disk = try #require(Self.tinyDisk())
        defer { Self.unmount(disk) }
        let out = disk.appendingPathComponent("out").path
        let r = try Plansim.run(
            ["run", "--paths", "200", "--no-inversion", "--quiet", "--out", out], environment: Plansim.english)
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("\(out): error: the disk is full") && r.stderr.contains("ENOSPC"), "\(r.stderr)")
        #expect(!r.stderr.contains("plansim-new") && !r.stderr.contains("permissions"), "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path).isEmpty)
        let zh = try Plansim.run(
            ["run", "--paths", "200", "--no-inversion", "--quiet", "--out", out], environment: ["PLANSIM_LANG": "zh"])
        #expect(zh.status == 1 && zh.stderr.contains("磁盘已满"), "\(zh.stderr)")
    }

    @Test(.enabled(if: canMount, "needs root to mount a 64 KB tmpfs"))
    func forecastIntoAFullDiskSaysSoAndLeavesNothing() throws {
        let disk = try #require(Self.tinyDisk())
        defer { Self.unmount(disk) }
        let dir = try Plansim.scratchDirectory()
        let rows = (0..<400).flatMap { s in (2000..<2020).map { "s\(s),\($0),\(100 + $0 - 2000 + s)" } }
        try Plansim.write("series,year,value\n" + rows.joined(separator: "\n") + "\n", to: "y.csv", in: dir)
        let out = disk.appendingPathComponent("f").path
        let r = try Plansim.run(["forecast", "y.csv", "--out", out], in: dir, environment: Plansim.english)
        #expect(r.status == 1 && r.stderr.contains("\(out): error: the disk is full"), "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path).isEmpty)
    }
}
