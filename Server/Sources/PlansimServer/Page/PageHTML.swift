/// The page's markup: header with the toolbar and named scenarios, levers and scenario
/// text on the left, targets and fan charts on the right. Words are filled in by the
/// script in the page's language (elements with `data-i18n`).
enum PageHTML {
    static let head = #"""
        <!doctype html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>plansim</title>
        <link rel="icon" href="data:,">

        """#

    static let body = #"""
        </head>
        <body data-state="loading">
        <header>
          <div class="title-row">
            <h1 id="plan-title"></h1>
            <div class="toolbar">
              <button type="button" id="lang-toggle">English</button>
              <button type="button" id="copy-link" data-i18n="copy"></button>
              <button type="button" id="reset" data-i18n="reset"></button>
              <button type="button" id="pin"></button>
              <select id="export-format" aria-label="format"><option value="pdf">PDF</option><option value="docx">DOCX</option><option value="xlsx">XLSX</option></select>
              <button type="button" id="export" data-i18n="export"></button>
            </div>
          </div>
          <div class="scenario-row"><span data-i18n="named"></span><nav id="named-scenarios"></nav></div>
          <div id="status" role="status" aria-live="polite"></div>
        </header>
        <main>
          <section id="left">
            <h2 data-i18n="levers"></h2>
            <div id="levers"></div>
            <h2 data-i18n="text"></h2>
            <textarea id="scenario-text" spellcheck="false" rows="16"></textarea>
            <div id="diagnostics" role="alert"></div>
          </section>
          <section id="right">
            <h2 data-i18n="targets"></h2>
            <p class="legend" data-i18n="legend"></p>
            <div id="targets"></div>
            <h2 data-i18n="fans"></h2>
            <p class="legend" data-i18n="fanLegend"></p>
            <div id="fans"></div>
          </section>
        </main>
        <footer id="footer"></footer>

        """#
}
