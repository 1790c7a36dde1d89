public import Foundation
public import PlanData

/// Writes a run's whole result set so a reader never sees files of two runs mixed: the
/// set goes to a temporary sibling folder, which is then swapped in for the old folder;
/// the old set (with any stale files of an earlier run) is removed, and temporaries left
/// by an interrupted earlier write are cleaned.
///
/// A folder that holds files plansim did not write (e.g. `--out ~/Documents`) is never
/// swapped away: there the set's files are written one by one (each atomically), and the
/// earlier run's plansim files that the new set lacks are removed.
public enum ResultSetWriter {
    /// Names plansim writes into a result folder.
    static func isPlansimFile(_ name: String) -> Bool {
        let known = [
            "results.json", "indicators.csv", "targets.csv", "checks.json", "comparison.json", "comparison.csv",
        ]
        return known.contains(name) || name.hasPrefix("briefing") || name.hasPrefix("comparison")
            || (name.hasPrefix(".") && name.contains(".tmp-"))
    }

    public static func replace(_ files: [(name: String, contents: Data)], at directory: URL) throws(InputIssue) {
        let fm = FileManager.default
        let parent = directory.deletingLastPathComponent()
        let base = directory.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        do { try fm.createDirectory(at: parent, withIntermediateDirectories: true) } catch {
            throw InputIssue(
                file: parent.path, message: Phrase(zh: "无法创建输出目录", en: "cannot create the output directory"),
                help: Phrase(zh: "请用 `--out 目录` 指定一个可写的目录", en: "choose a directory you can write to with `--out DIR`"))
        }
        // Temporaries of interrupted earlier writes of this folder.
        for name in (try? fm.contentsOfDirectory(atPath: parent.path)) ?? [] where name.hasPrefix(".\(base).plansim-") {
            try? fm.removeItem(at: parent.appendingPathComponent(name))
        }
        // What is at the path now: nothing, a folder we can list, or something we must
        // never swap away (a file the user named by mistake, a folder we cannot list).
        var isFolder: ObjCBool = false
        let exists = fm.fileExists(atPath: directory.path, isDirectory: &isFolder)
        if exists && !isFolder.boolValue {
            throw InputIssue(
                file: directory.path,
                message: Phrase(
                    zh: "这是一个文件，不是文件夹；结果须写入文件夹", en: "this is a file, not a folder; results go into a folder"),
                help: Phrase(
                    zh: "请用 `--out 目录` 指定一个文件夹（不存在时会创建）",
                    en: "name a folder with `--out DIR` (it is created when missing)"))
        }
        let listed = exists ? try? fm.contentsOfDirectory(atPath: directory.path) : []
        guard let existing = listed else {
            throw InputIssue(
                file: directory.path, message: Phrase(zh: "无法读取该文件夹的内容", en: "cannot list this folder"),
                help: Phrase(
                    zh: "请检查其权限，或用 `--out 目录` 另选一个", en: "check its permissions, or choose another with `--out DIR`"))
        }
        guard existing.allSatisfy(isPlansimFile) else {
            try AtomicWriter.write(files, into: directory)
            let keep = Set(files.map { AtomicWriter.sanitize($0.name) })
            for name in existing where isPlansimFile(name) && !keep.contains(name) {
                try? fm.removeItem(at: directory.appendingPathComponent(name))
            }
            return
        }
        let staging = parent.appendingPathComponent(".\(base).plansim-new-\(pid)")
        let old = parent.appendingPathComponent(".\(base).plansim-old-\(pid)")
        do { try AtomicWriter.write(files, into: staging) } catch {
            // Say so of the folder the user asked for, and leave no staging folder behind.
            try? fm.removeItem(at: staging)
            var issue = error
            issue.file = directory.path
            throw issue
        }
        let hadOld = fm.fileExists(atPath: directory.path)
        if hadOld && rename(directory.path, old.path) != 0 {
            try? fm.removeItem(at: staging)
            throw InputIssue(
                file: directory.path, message: Phrase(zh: "无法替换结果文件夹", en: "cannot replace the result folder"),
                help: Phrase(
                    zh: "请检查其权限，或用 `--out 目录` 另选一个", en: "check its permissions, or choose another with `--out DIR`"))
        }
        if rename(staging.path, directory.path) != 0 {
            if hadOld { _ = rename(old.path, directory.path) }
            try? fm.removeItem(at: staging)
            throw InputIssue(
                file: directory.path, message: Phrase(zh: "无法替换结果文件夹", en: "cannot replace the result folder"),
                help: Phrase(
                    zh: "请检查其权限，或用 `--out 目录` 另选一个", en: "check its permissions, or choose another with `--out DIR`"))
        }
        if hadOld { try? fm.removeItem(at: old) }
    }
}
