/// The page's style sheet: system fonts with a CJK fallback, risk colours for targets.
enum PageStyle {
    static let css = #"""
        * { box-sizing: border-box; }
        body { margin: 0; font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", system-ui, sans-serif; color: #1d2733; background: #f5f6f8; font-size: 14px; }
        header { background: #fff; border-bottom: 1px solid #d9dde3; padding: 10px 18px 6px; }
        .title-row { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 8px; }
        h1 { font-size: 18px; margin: 0; font-weight: 600; }
        h2 { font-size: 15px; margin: 16px 0 8px; border-left: 4px solid #b22222; padding-left: 8px; }
        .toolbar { display: flex; gap: 6px; align-items: center; }
        button, select { font: inherit; padding: 4px 10px; border: 1px solid #aab2bd; background: #fff; border-radius: 4px; cursor: pointer; }
        button:hover { background: #eef1f5; }
        .scenario-row { margin-top: 6px; display: flex; gap: 8px; align-items: center; flex-wrap: wrap; color: #4a5563; }
        #named-scenarios { display: flex; gap: 6px; flex-wrap: wrap; }
        #named-scenarios button { padding: 2px 8px; font-size: 13px; }
        #named-scenarios button.active { background: #1d4e89; color: #fff; border-color: #1d4e89; }
        #status { min-height: 18px; font-size: 12px; color: #5b6573; margin-top: 4px; }
        main { display: grid; grid-template-columns: minmax(340px, 420px) 1fr; gap: 18px; padding: 0 18px 18px; }
        @media (max-width: 900px) { main { grid-template-columns: 1fr; } }
        .lever { background: #fff; border: 1px solid #e0e4ea; border-radius: 6px; padding: 6px 10px; margin-bottom: 6px; }
        .lever.set { border-color: #1d4e89; box-shadow: inset 3px 0 0 #1d4e89; }
        .lever label { display: flex; justify-content: space-between; gap: 8px; font-size: 13px; }
        .lever .unit { color: #6b7480; font-size: 12px; }
        .lever input[type=range] { width: 100%; margin: 4px 0 0; }
        .lever .words { font-size: 12px; color: #1d4e89; min-height: 16px; }
        .lever-group { font-weight: 600; margin: 10px 0 4px; color: #333; }
        textarea { width: 100%; font-family: "DejaVu Sans Mono", "WenQuanYi Micro Hei Mono", monospace; font-size: 12px; border: 1px solid #aab2bd; border-radius: 4px; padding: 6px; background: #fff; }
        textarea.invalid { border-color: #b22222; background: #fff6f6; }
        #diagnostics { color: #b22222; font-size: 13px; white-space: pre-wrap; margin-top: 4px; }
        .legend { font-size: 12px; color: #5b6573; margin: 0 0 6px; }
        #targets { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 8px; }
        .target { background: #fff; border-radius: 6px; border: 1px solid #e0e4ea; border-top: 5px solid #999; padding: 8px 10px; }
        .target.good { border-top-color: #2e7d32; }
        .target.watch { border-top-color: #d99100; }
        .target.risk { border-top-color: #c62828; }
        .target.ended { border-top-color: #6b7480; }
        .target .name { font-size: 13px; font-weight: 600; }
        .target .prob { font-size: 26px; font-weight: 700; margin: 2px 0; }
        .target.good .prob { color: #2e7d32; } .target.watch .prob { color: #b37400; } .target.risk .prob { color: #c62828; }
        .target .delta { font-size: 12px; color: #5b6573; }
        .target .growth { font-size: 12px; }
        .target .compare { font-size: 12px; color: #1d4e89; border-top: 1px dashed #c9d3e0; margin-top: 4px; padding-top: 3px; }
        #fans { display: grid; grid-template-columns: repeat(auto-fill, minmax(330px, 1fr)); gap: 10px; }
        .fan { background: #fff; border: 1px solid #e0e4ea; border-radius: 6px; padding: 6px; }
        .fan h3 { font-size: 13px; margin: 0 0 2px; font-weight: 600; }
        .fan svg { width: 100%; height: auto; display: block; }
        .fan .band { fill: #9cc3e6; opacity: 0.55; }
        .fan .median { fill: none; stroke: #1d4e89; stroke-width: 2; }
        .fan .ghost { fill: none; stroke: #8a8f98; stroke-width: 1.5; stroke-dasharray: 4 3; }
        .fan .history { fill: none; stroke: #222; stroke-width: 1.5; }
        .fan .history-point { fill: #222; }
        .fan .target-mark { fill: #c62828; }
        .fan .axis { stroke: #b8bec7; stroke-width: 1; }
        .fan .grid { stroke: #e6e9ee; stroke-width: 1; }
        .fan text { font-size: 10px; fill: #5b6573; }
        footer { font-size: 12px; color: #6b7480; padding: 8px 18px 18px; }
        """#
}
