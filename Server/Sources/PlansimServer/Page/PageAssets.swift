/// The page's assets, compiled into the binary: one HTML document with its style and script
/// inline (so a token in the page's address guards everything), served at `/` and
/// `/index.html`. Nothing is loaded from the internet; the script is our own.
enum PageAssets {
    struct Asset: Sendable {
        let path: String
        let contentType: String
        let text: String
    }

    static let document =
        PageHTML.head + "<style>\n" + PageStyle.css + "</style>\n" + PageHTML.body
        + "<script>\n" + PageScript.core + PageScript.levers + PageScript.render + "</script>\n</body>\n</html>\n"

    /// Every asset by its exact path; any other path is 404.
    static let all = [
        Asset(path: "/", contentType: "text/html; charset=utf-8", text: document),
        Asset(path: "/index.html", contentType: "text/html; charset=utf-8", text: document),
    ]
}
