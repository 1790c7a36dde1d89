import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading a file a person named, safely: only regular files (a directory, FIFO or
/// device is refused before it is opened, so nothing blocks), at most `limit` bytes, and,
/// for files a scenario names, only inside the scenario's root once every symbolic link is
/// resolved.
public enum InputFile {
    /// The largest scenario file plansim reads (docs/cli.md, "Limits").
    public static let scenarioLimit = 8 << 20
    /// The largest CSV file plansim reads.
    public static let csvLimit = 64 << 20

    /// Why a file cannot be read.
    public enum Problem: Error, Sendable, Equatable {
        case missing
        case outsideRoot
        case notRegular(String)
        case unreadable
        case tooLarge(Int)

        /// Lowercase wording for "`file` …".
        public var message: String {
            switch self {
            case .missing: return "does not exist"
            case .outsideRoot: return "is outside this scenario's folder (after following symbolic links)"
            case .notRegular(let kind): return "is \(kind), not a file"
            case .unreadable: return "cannot be read (permission denied)"
            case .tooLarge(let limit): return "is larger than the \(limit >> 20) MB plansim reads"
            }
        }

        /// "`file` …" in both languages (the Chinese follows 文件 or 情景文件).
        public var phrase: Phrase {
            switch self {
            case .missing: return Phrase(zh: "不存在", en: message)
            case .outsideRoot: return Phrase(zh: "在本情景的文件夹之外（已解析符号链接）", en: message)
            case .notRegular(let kind):
                let zh = ["a directory": "目录", "a named pipe (FIFO)": "命名管道（FIFO）", "a socket": "套接字"][kind] ?? "设备"
                return Phrase(zh: "是\(zh)，不是普通文件", en: message)
            case .unreadable: return Phrase(zh: "无法读取（权限不足）", en: message)
            case .tooLarge(let limit): return Phrase(zh: "超过 plansim 可读取的 \(limit >> 20) MB", en: message)
            }
        }
    }

    /// The real path (symbolic links resolved) of `path`, or nil when it does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `relative` (relative to `directory`, or absolute) resolved to its real path, which
    /// must lie inside `root` (itself a real path).
    public static func confined(_ relative: String, from directory: String, root: String) -> Result<String, Problem> {
        let joined = relative.hasPrefix("/") ? relative : directory + "/" + relative
        guard let real = realPath(joined) else {
            // A dangling link or a missing file: say "outside" when the path itself leaves the root.
            let lexical = URL(fileURLWithPath: joined).standardizedFileURL.path
            return .failure(lexical.hasPrefix(root + "/") ? .missing : .outsideRoot)
        }
        guard real.hasPrefix(root == "/" ? "/" : root + "/") else { return .failure(.outsideRoot) }
        return .success(real)
    }

    /// `path` when it is a regular file (links followed), else why not — what `check`
    /// says of a `data` file that `run` would refuse (a FIFO, a directory).
    public static func regularFile(_ path: String) -> Result<String, Problem> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(errno == EACCES ? .unreadable : .missing) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .success(path)
        case S_IFDIR: return .failure(.notRegular("a directory"))
        case S_IFIFO: return .failure(.notRegular("a named pipe (FIFO)"))
        case S_IFSOCK: return .failure(.notRegular("a socket"))
        default: return .failure(.notRegular("a device"))
        }
    }

    /// The bytes of the regular file at `path`, at most `limit` of them.
    public static func read(_ path: String, limit: Int) -> Result<[UInt8], Problem> {
        var info = stat()
        if case .failure(let problem) = regularFile(path) { return .failure(problem) }
        guard stat(path, &info) == 0 else { return .failure(.missing) }
        guard Int(info.st_size) <= limit else { return .failure(.tooLarge(limit)) }
        guard let handle = FileHandle(forReadingAtPath: path) else { return .failure(.unreadable) }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: limit + 1) else { return .success([]) }
        guard data.count <= limit else { return .failure(.tooLarge(limit)) }
        return .success([UInt8](data))
    }
}
