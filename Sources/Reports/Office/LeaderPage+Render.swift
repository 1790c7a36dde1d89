import PlanData

extension LeaderPage {
    /// The page as HTML: the report's date under the title, black headings, numbered
    /// 一、（一）1., the dates and band at its foot.
    /// Breaks the printed page after itself (``HTMLStyle`` class `leader`).
    public func html() -> String {
        let e = Markup.escape
        var h = ["<section class=\"leader\">", "<h1>\(e(title))</h1>"]
        if let s = subtitle { h.append("<p class=\"sub\">\(e(s))</p>") }
        if !reportDate.isEmpty { h.append("<p class=\"sub\">\(e(reportDate))</p>") }
        if let n = notice { h.append("<p class=\"notice\">\(e(n))</p>") }
        for s in sections {
            h.append("<h2>\(e(s.heading))</h2>")
            for line in s.lines {
                switch line {
                case .subheading(let t): h.append("<h3>\(e(t))</h3>")
                case .paragraph(let t): h.append("<p>\(e(t))</p>")
                }
            }
        }
        h.append("<p class=\"dates\">\(e(footnote))</p></section>")
        return h.joined(separator: "\n")
    }

    /// The page as plain lines (terminal, Markdown with `markdown: true`).
    public func lines(markdown: Bool = false) -> [String] {
        var out = [markdown ? "# \(title)" : title]
        if let s = subtitle { out.append(s) }
        if !reportDate.isEmpty { out.append(reportDate) }
        if let n = notice { out += markdown ? ["", n] : [n] }
        for s in sections {
            out.append("")
            out.append(markdown ? "## \(s.heading)" : s.heading)
            for line in s.lines {
                switch line {
                case .subheading(let t): out += markdown ? ["", "### \(t)", ""] : [t]
                case .paragraph(let t): out += markdown ? [t, ""] : [t]
                }
            }
        }
        out.append("")
        out.append(footnote)
        return out
    }

    /// The page as WordprocessingML paragraphs: headings in 黑体 black, body 宋体; the
    /// page ends with a page break so the body starts on page two.
    public func wordParagraphs() -> [String] {
        let w = WordML.self
        var body = [w.paragraph(title, style: "Title")]
        if let s = subtitle { body.append(w.paragraph(s, style: "Subtitle")) }
        if !reportDate.isEmpty { body.append(w.paragraph(reportDate, style: "Subtitle")) }
        if let n = notice { body.append(w.paragraph(n, style: "Notice")) }
        for s in sections {
            body.append(w.paragraph(s.heading, style: "LeadHeading"))
            for line in s.lines {
                switch line {
                case .subheading(let t): body.append(w.paragraph(t, style: "Heading2"))
                // Set a little closer (Lead) so page one and its foot stay on one sheet.
                case .paragraph(let t): body.append(w.paragraph(t, style: "Lead"))
                }
            }
        }
        body.append(w.paragraph(footnote, style: "Note"))
        return body
    }

    /// Every text on the page, for checks (no Latin words on a Chinese page one).
    public var allText: String { lines().joined(separator: "\n") }
}
