/// The page's only styling, embedded so the report needs no other file. Our own rules,
/// after the manner of the GOV.UK Design System: system fonts, 19px body text, a yellow
/// and black focus state, lines kept near 70 characters, and print rules for A4.
enum HTMLStyleSheet {
    /// Every colour the sheet uses, named so a test can check the contrast of each pair
    /// of text on background (WCAG 2.2 1.4.3 asks for 4.5:1).
    enum Colour {
        static let text = "#0b0c0c"
        static let secondaryText = "#484949"
        static let background = "#ffffff"
        static let link = "#1d70b8"
        static let visited = "#4c2c92"
        static let focus = "#ffdd00"
        static let tagText = "#0c2d4a"
        static let tagBackground = "#bbd4ea"
        static let rule = "#b1b4b6"
    }

    /// Pairs of (text, background) that appear together on the page.
    static let textPairs: [(String, String)] = [
        (Colour.text, Colour.background), (Colour.secondaryText, Colour.background),
        (Colour.link, Colour.background), (Colour.visited, Colour.background),
        (Colour.text, Colour.focus), (Colour.tagText, Colour.tagBackground),
    ]

    static let css = """
    *, *::before, *::after { box-sizing: border-box; }
    html { background: \(Colour.background); }
    body { margin: 0 auto; max-width: 960px; padding: 0 15px 30px;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
      font-size: 19px; line-height: 1.32; color: \(Colour.text); background: \(Colour.background); }
    p, li, figure, figcaption, .framework, .dates { max-width: 70ch; }
    p, li, td, th, blockquote, figcaption { white-space: pre-line; overflow-wrap: break-word; }
    h1, h2, h3, h4, h5, h6, .heading-deep { font-weight: 700; line-height: 1.15; margin: 1.5em 0 0.6em; }
    h1 { font-size: 48px; margin-top: 0.8em; }
    h2 { font-size: 36px; }
    h3 { font-size: 27px; }
    h4 { font-size: 22px; }
    h5, h6, .heading-deep { font-size: 19px; }
    h1 .caption { display: block; font-size: 27px; font-weight: 400; color: \(Colour.secondaryText); margin-bottom: 0.3em; }
    h1 .organisation { display: block; }
    .framework, .dates { color: \(Colour.secondaryText); }
    .tag { display: inline-block; padding: 2px 8px; color: \(Colour.tagText); background: \(Colour.tagBackground); }
    .lead { font-size: 22px; }
    p.cited { padding-left: 4em; text-indent: -4em; }
    .paragraph-number { display: inline-block; min-width: 3.6em; text-indent: 0; font-weight: 700; }
    a { color: \(Colour.link); text-decoration-thickness: max(1px, 0.0625rem); text-underline-offset: 0.15em; }
    a:visited { color: \(Colour.visited); }
    a:hover { text-decoration-thickness: max(3px, 0.1875rem); }
    a:focus { outline: 3px solid transparent; color: \(Colour.text); background-color: \(Colour.focus);
      box-shadow: 0 -2px \(Colour.focus), 0 4px \(Colour.text); text-decoration: none; }
    main:focus { outline: none; }
    .skip-link { position: absolute; width: 1px; height: 1px; margin: 0; padding: 0; overflow: hidden;
      clip-path: inset(50%); white-space: nowrap; }
    .skip-link:focus { position: static; width: auto; height: auto; margin: 0 -15px; padding: 10px 15px;
      display: block; overflow: visible; clip-path: none; white-space: normal;
      outline: 3px solid \(Colour.focus); outline-offset: 0; }
    .title-page { padding-bottom: 20px; border-bottom: 1px solid \(Colour.rule); }
    .contents-list, .contents-list ul { list-style: none; padding-left: 0; }
    .contents-list ul { padding-left: 1.2em; }
    .contents-list li { margin: 0.3em 0; }
    ul, ol { padding-left: 1.2em; }
    li { margin-bottom: 0.4em; }
    figure.quote { margin: 1.2em 0; padding: 0 0 0 15px; border-left: 10px solid \(Colour.rule); }
    blockquote { margin: 0; }
    figcaption { color: \(Colour.secondaryText); }
    figure.chart { margin: 1.5em 0 0.5em; max-width: \(HTMLBarChart.width)px; }
    figure.chart svg { display: block; width: 100%; height: auto; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    table { width: 100%; border-collapse: collapse; margin: 1em 0 1.5em; }
    caption { text-align: left; font-weight: 700; font-size: 22px; padding-bottom: 0.5em; }
    th, td { text-align: left; vertical-align: top; padding: 10px 20px 10px 0; border-bottom: 1px solid \(Colour.rule); }
    th { font-weight: 700; }
    footer { margin-top: 3em; padding-top: 1em; border-top: 1px solid \(Colour.rule); font-size: 16px; }
    @media (max-width: 40.0625em) {
      body { font-size: 16px; }
      h1 { font-size: 32px; }
      h2 { font-size: 27px; }
      h3 { font-size: 22px; }
      h4, .lead, caption { font-size: 19px; }
      body { overflow-wrap: anywhere; }
      /* Each row as a list of heading and value, the heading from the cell's data-label. */
      table, thead, tbody, tr, th, td, caption { display: block; width: auto; }
      thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
      tr { padding: 10px 0; border-bottom: 1px solid \(Colour.rule); }
      th, td { padding: 2px 0; border: 0; }
      td[data-label]::before { content: attr(data-label); display: block; font-weight: 700; white-space: normal; }
    }
    @page { size: A4; margin: 20mm 18mm 22mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 11pt; color: #000; background: none; }
      .skip-link, nav.contents { display: none; }
      .title-page { break-after: page; page-break-after: always; border: 0; }
      h1 { font-size: 28pt; }
      h2 { font-size: 20pt; }
      h3 { font-size: 15pt; }
      h4, .lead, caption { font-size: 12pt; }
      h2, h3, h4, h5, h6, .heading-deep, caption { break-after: avoid; page-break-after: avoid; }
      p { orphans: 3; widows: 3; }
      li, figure, blockquote, tr { break-inside: avoid; page-break-inside: avoid; }
      thead { display: table-header-group; }
      a { color: #000; }
      .tag { border: 1pt solid #000; background: none; color: #000; }
    }

    """
}
