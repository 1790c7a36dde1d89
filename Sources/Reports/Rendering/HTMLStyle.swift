/// The briefing page's CSS. On screen a page up to 1100 px wide; in print A4 portrait
/// with 12 mm margins: the summary, the main table, checks and inversions on the first
/// page (the inversions kept whole, on the next page when they do not fit), the charts
/// following on (never a page that holds two stray lines), history on a new page, table
/// headers repeated, names that never break, charts one per row at a size whose text
/// prints at about 9 pt; a table's notes never split, and stay with its last two rows. English pages set Latin fonts first, so quotation marks take
/// their Latin (narrow) form, not the CJK font's full-width one.
enum HTMLStyle {
    static let css = """
        body{font-family:\(SVGCanvas.fontStack);color:#1a1a1a;margin:32px auto;max-width:1100px;padding:0 16px;line-height:1.5}
        html[lang=en] body{font-family:Arial,'Liberation Sans','Helvetica Neue',\(SVGCanvas.fontStack)}
        h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;border-bottom:1px solid #999;padding-bottom:4px;margin-top:28px;color:#000}
        h3{font-size:15px;margin:14px 0 6px}.sub{color:#555;margin:0}.note{color:#555;font-size:12px;line-height:1.45}
        .summary{background:#f3f7fb;border-left:4px solid #0072B2;padding:2px 14px 6px;margin-top:16px}
        .summary h2{border:none;margin-top:10px}.summary p{margin:6px 0}
        table{border-collapse:collapse}
        table.briefing,table.data{width:100%;font-size:13px}
        table.briefing th,table.data th{background:#0072B2;color:#fff;padding:5px 6px;text-align:center;font-weight:600;vertical-align:bottom;word-break:keep-all;
          -webkit-print-color-adjust:exact;print-color-adjust:exact}
        table.briefing td,table.data td{border-bottom:1px solid #ddd;padding:4px 6px;white-space:nowrap}
        td.name,th.c1{white-space:nowrap;word-break:keep-all;text-align:left}
        table.briefing tr:nth-child(even) td,table.data tr:nth-child(even) td{background:#f5f8fb;-webkit-print-color-adjust:exact;print-color-adjust:exact}
        td.num{text-align:right;font-variant-numeric:tabular-nums}td.good{font-weight:700}td.poor{color:#C04A00;font-weight:700}td.plan{color:#777}
        .leader h1{text-align:center;font-size:22px}.leader .sub{text-align:center}.leader h2{border:none;font-size:17px;margin:14px 0 4px}
        .leader h3{font-size:15px;margin:8px 0 2px}.leader p{margin:4px 0;text-indent:2em}.leader p.sub,.leader p.dates{text-indent:0}
        .leader p.notice{font-weight:700;border-top:1px solid #000;border-bottom:1px solid #000;padding:4px 0;margin:10px 0}
        .leader p.dates{margin-top:14px;color:#333;font-size:13px;border-top:1px solid #999;padding-top:6px}
        .annex dt{font-weight:700;margin-top:4px}.annex dd{margin:0 0 2px 2em}
        code{font-size:90%;background:#f2f2f2;padding:0 3px}
        .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(480px,1fr));gap:12px}
        figure{margin:0 0 12px;border:1px solid #e3e3e3;padding:4px}figure.wide{max-width:760px}svg{max-width:100%;height:auto;display:block}
        footer{margin-top:28px;font-size:12px;color:#444}
        @page{size:A4 portrait;margin:12mm 11mm 14mm;@bottom-center{content:"— " counter(page) " —";font-size:9pt;color:#333}}
        @media print{
          body{margin:0;max-width:none;padding:0;font-size:10pt;line-height:1.32}
          h1{font-size:16pt}h2{font-size:12.5pt;margin:9pt 0 4pt;padding-bottom:2pt}h3{font-size:10.5pt}
          .summary{padding:1pt 8pt 3pt;margin-top:5pt}.summary h2{margin:3pt 0 1pt}.summary p{margin:2pt 0}
          ul,ol{margin:2pt 0;padding-left:18pt}.note{margin:3pt 0}
          table.briefing{font-size:8pt;table-layout:auto}table.data{font-size:9pt}
          table.briefing th,table.briefing td,table.data th,table.data td{padding:2pt 2.5pt}
          table.briefing th{white-space:normal}
          thead{display:table-header-group}tr,figure,li{break-inside:avoid}h2,h3{break-after:avoid}
          .note{font-size:9pt;break-inside:avoid}
          table+.note,.note+.note,tbody tr:last-child{break-before:avoid}
          section.main{break-inside:avoid}
          section.inversion{break-inside:avoid}
          section.charts{break-before:auto}.keep{break-inside:avoid}section.history{break-before:page}section.whatif{break-before:auto}
          .grid{display:block}figure{width:150mm;margin:0 auto 6mm;border:none}figure.wide{width:170mm;max-width:none}
          footer{font-size:8pt}
          section.leader{break-after:page;font-size:10.5pt;line-height:1.45}.leader h1{font-size:17pt}.leader h2{font-size:13pt;margin:8pt 0 3pt}
          .leader h3{font-size:11.5pt;margin:5pt 0 1pt}.leader p{margin:2pt 0}.leader p.dates{font-size:9.5pt;margin-top:10pt}
          section.annex{break-before:page;font-size:9pt}
        }
        """
}
