import Artifacts
import Foundation
import PlanData

/// How `plansim serve` starts the live page's server: `plansim-serve`, a program of its own
/// beside `plansim` (like git's subcommands), so that `plansim` links no web server and
/// `make demo` compiles none (docs/serve.md).
enum ServeHandOver {
    /// The server's path beside this program.
    ///
    /// - Throws: an `InputIssue` naming the one command that builds it when it is absent.
    static func server() throws -> URL {
        let folder = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]))
            .resolvingSymlinksInPath().deletingLastPathComponent()
        let server = folder.appendingPathComponent(ServeLaunch.executableName)
        guard FileManager.default.isExecutableFile(atPath: server.path) else {
            // The server has its own package (Server/, docs/serve.md); `make serve` builds both
            // programs side by side in Server/.build/release/.
            throw InputIssue(
                file: server.path,
                message: Phrase(
                    zh: "`plansim serve` 需要同一目录中的实时页面服务器 `plansim-serve`，尚未构建",
                    en: "`plansim serve` needs the live page's server `plansim-serve` beside it, which is not built"),
                help: Phrase(
                    zh: "在仓库中运行 `make serve`：它在 Server/.build/release/ 中并排构建 `plansim` 与 `plansim-serve` 并打开页面",
                    en: "run `make serve` in the repository: it builds `plansim` and `plansim-serve` side by side in "
                        + "Server/.build/release/ and starts the page"))
        }
        return server
    }

    /// Replaces this process with `server`, passing `launch` in the environment and this
    /// command line's arguments after `serve`. Returns only by throwing.
    static func exec(_ server: URL, _ launch: ServeLaunch) throws -> Never {
        setenv(ServeLaunch.environmentKey, launch.json, 1)
        let arguments = Array(CommandLine.arguments.drop { $0 != "serve" }.dropFirst())
        let argv = ([ServeLaunch.executableName] + arguments).map { strdup($0) } + [nil]
        execv(server.path, argv)
        let reason = String(cString: strerror(errno))
        throw InputIssue(
            file: server.path,
            message: Phrase(zh: "无法启动实时页面服务器：\(reason)", en: "cannot start the live page's server: \(reason)"),
            help: Phrase(zh: "请检查该文件的权限，或重新构建它", en: "check the file's permissions, or build it again"))
    }
}
