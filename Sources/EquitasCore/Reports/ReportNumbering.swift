/// Numbers a report's sections and paragraphs for citing, as councils comment on a
/// draft by paragraph ("paragraph 3.2.4"): top-level sections 1, 2, 3; within a
/// section its paragraphs and subsections share one count, so 3.1 and 3.2 may be
/// paragraphs and 3.3 a subsection whose paragraphs are 3.3.1, 3.3.2 — no number is
/// ever used twice. Findings (list items carrying an anchor) become numbered
/// paragraphs; plain lists, quotes, tables and recommendations (which keep their own
/// numbers) are not counted. Annexes and appendices (ids starting "annex-" or
/// "appendix-") are not numbered.
public enum ReportNumbering {
    public static func apply(to document: ReportDocument) -> ReportDocument {
        var copy = document
        var counter = 0
        copy.sections = document.sections.map { section in
            guard !section.id.hasPrefix("annex-"), !section.id.hasPrefix("appendix-") else { return section }
            counter += 1
            return numbered(section, as: String(counter))
        }
        return copy
    }

    static func numbered(_ section: ReportSection, as number: String) -> ReportSection {
        var copy = section
        copy.number = number
        var counter = 0
        func next() -> String {
            counter += 1
            return "\(number).\(counter)"
        }
        guard numbersParagraphs(section, topLevel: !number.contains(".")) else {
            copy.subsections = section.subsections.map { numbered($0, as: next()) }
            return copy
        }
        copy.blocks = section.blocks.map { block in
            switch block {
            case .paragraph(let text):
                return .cited([ReportItem(text, number: next())])
            case .bullets(let items) where !items.isEmpty && items.allSatisfy({ $0.anchor != nil }):
                return .cited(items.map { ReportItem($0.text, anchor: $0.anchor, number: next()) })
            default:
                return block
            }
        }
        copy.subsections = section.subsections.map { numbered($0, as: next()) }
        return copy
    }

    /// Not the paragraphs of a section holding a numbered list (the recommendations,
    /// which keep their own numbers), nor those under a module's heading (its judgement
    /// and conclusion, cited by the module's number): numbered, they would read as items
    /// of a list to anyone reading the report back in, Equitas's library among them.
    static func numbersParagraphs(_ section: ReportSection, topLevel: Bool) -> Bool {
        let holdsNumberedList = section.blocks.contains { if case .numbered = $0 { true } else { false } }
        return !holdsNumberedList && !(topLevel && section.id.hasPrefix("module-"))
    }
}
