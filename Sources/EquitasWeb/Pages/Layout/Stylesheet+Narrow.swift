extension Stylesheet {
    /// The GOV.UK task list: each task a row ruled off below, its name (a link when it
    /// can be opened) on the left, a hint under the name, its state on the right; on a
    /// narrow screen the state goes under the name. Then the draft read in full, with
    /// its "Comment on this" links, the history of changes as entries, and the part quoted
    /// above a comment's box.
    static let tasks = """

        .task-list { list-style: none; padding: 0; margin: 0 0 2rem; max-width: none; border-top: 1px solid #b1b4b6; }
        .task-list-item { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: baseline;
          gap: 0.25rem 1rem; padding: 0.75rem 0; border-bottom: 1px solid #b1b4b6; }
        .task-list-name { flex: 1 1 20rem; }
        .task-list-name .hint { margin: 0.25rem 0 0; }
        .task-list-status { flex: 0 0 auto; text-align: right; }
        .task-list-status .tag { white-space: nowrap; }
        .tag-grey { background: #eeefef; color: #0b0c0c; }
        .tag-waiting { background: #fcd6c3; color: #0b0c0c; }

        .comment-on { display: block; margin: 0.25rem 0 1rem; font-size: 1rem; }
        .draft-reading li .comment-on { margin-bottom: 0.5rem; }
        .change-events { list-style: none; padding: 0; max-width: none; }
        .change-events h3 { margin-top: 1rem; }
        dl.change-list { padding: 0; }
        dl.change-list dd { overflow-wrap: anywhere; }
        .quoted-part { margin: 0 0 1.5rem; padding: 0.5rem 0 0.5rem 1rem; border-left: 5px solid #b1b4b6; }

        """

    /// Below 641 px (the GOV.UK breakpoint for phones) nothing may make the page scroll
    /// sideways: the header folds its navigation into a "Menu" (a `<details>`, so it
    /// opens without script), every table shows each row as a list of heading and value
    /// (the column heading comes from the cell's `data-label`, which the page layout
    /// writes), form fields and long words keep within the screen, and headings step down
    /// a size. Body text stays at 19 px: smaller, a link alone on its line falls under
    /// WCAG 2.2's 24 px target size.
    ///
    /// From 641 to 768 px (a tablet held upright) tables keep their columns but are held
    /// to the page's width (`table-layout: fixed`): the columns share it, cells a little
    /// tighter, text without a control in it at 16 px as GOV.UK's tables below desktop (at
    /// 19 px a seven-column table of pay gaps broke "Employees" inside the word; cells
    /// holding a link or a button keep 19 px, for WCAG 2.2's 24 px targets), words too
    /// long even then broken, so no table scrolls sideways. A drop-down is never wider than its container at any width.
    static let narrow = """

        .narrow-menu { display: none; }
        .narrow-menu summary { cursor: pointer; font-weight: bold; padding: 0.25rem 0.5rem; }
        .narrow-menu summary:focus { outline: 3px solid transparent; color: #0b0c0c; background: #ffdd00; box-shadow: 0 -2px #ffdd00, 0 4px #0b0c0c; }
        .narrow-menu nav ul { display: block; list-style: none; margin: 0.5rem 0; padding: 0; }
        .narrow-menu nav li { border-top: 1px solid #505a5f; }
        .narrow-menu nav a { display: block; padding: 0.6rem 0; }
        .narrow-menu .account { margin: 0.5rem 0 0; }
        fieldset { min-width: 0; }

        @media (max-width: 40.0625em) {
          main { padding: 1.25rem 0.9375rem 2rem; overflow-wrap: anywhere; }
          h1 { font-size: 2rem; }
          h2 { font-size: 1.5rem; }
          h3 { font-size: 1.2rem; }
          .lead { font-size: 1.2rem; }
          caption { font-size: 1.2rem; }

          .site-header { padding: 0.5rem 0.9375rem; align-items: center; gap: 0.25rem 1rem; }
          .site-header .wide-only { display: none; }
          .narrow-menu { display: block; margin-left: auto; }
          .narrow-menu[open] { flex-basis: 100%; margin-left: 0; }

          input, select, textarea, .width-short, .width-medium { max-width: 100%; }
          select { width: 100%; }

          main table, main thead, main tbody, main tr, main th, main td, main caption { display: block; width: auto; }
          main thead { position: absolute; width: 1px; height: 1px; margin: 0; padding: 0; overflow: hidden; clip: rect(0 0 0 0);
            white-space: nowrap; border: 0; }
          main tr { padding: 0.75rem 0; border-bottom: 1px solid #b1b4b6; }
          main th, main td { padding: 0.15rem 0; border: 0; }
          main tbody th[scope="row"] { font-size: 1.1rem; margin-bottom: 0.25rem; }
          main td[data-label]::before { content: attr(data-label); display: block; font-weight: bold; }
          main td:empty { display: none; }

          figure.chart { max-width: 100%; }
          .task-list-status { text-align: left; }
        }

        select { max-width: 100%; }

        @media (min-width: 40.125em) and (max-width: 48em) {
          main table { table-layout: fixed; }
          main th, main td { padding-right: 0.5rem; overflow-wrap: anywhere; }
          main th:not(:has(a, button, input, select)), main td:not(:has(a, button, input, select)) { font-size: 1rem; }
          main td button, main td input, main td select { max-width: 100%; white-space: normal; }
        }
        """
}
