import EquitasCore

extension ReportDocument {
    /// The shared text fixture plus what only Word needs checking: two organisations on
    /// the cover, text with a line break and a tab, sections four deep, two ids that
    /// fold to the same bookmark name, and a ragged table.
    static var sample: ReportDocument {
        var document = TextReportFixture.report()
        document.titlePage.organisations.append("Calder Moor Borough Council")
        document.sections.append(ReportSection(
            id: "annex-evidence", title: "Annex: evidence",
            blocks: [
                .paragraph("Line one\nLine two\tafter a tab"),
                .table(ReportTable(caption: "Documents read", header: ["Document", "Owner", "Year"],
                                   rows: [["Equality strategy", "Policy team", "2024"], ["Workforce report"]])),
            ],
            subsections: [ReportSection(id: "annex-evidence-plans", title: "Plans", subsections: [
                ReportSection(id: "annex-evidence-plans-2024", title: "Plans for 2024", subsections: [
                    ReportSection(id: "annex-evidence-plans-2024-q1", title: "First quarter", blocks: [.bullets([ReportItem("Budget")])]),
                ]),
            ])]))
        document.sections.append(ReportSection(id: "annex_evidence", title: "Annex: further evidence", blocks: [
            .numbered([ReportItem("Late submission", anchor: "annex-evidence")], start: 12),
        ]))
        return document
    }

    /// A long report for timing and for looking at by eye: `sections` sections of
    /// bullets (`bullets` items in all), a numbered list of `recommendations`, and a
    /// team table long enough to run onto a second page.
    static func large(sections: Int = 20, bullets: Int = 300, recommendations: Int = 40) -> ReportDocument {
        var document = sample
        let perSection = bullets / sections
        let recommendationItems = (1...recommendations).map {
            ReportItem("Recommendation \($0): agree and publish an action plan with named owners and dates", anchor: "rec-\($0)")
        }
        var body = [ReportSection(id: "recommendations", title: "Recommendations", blocks: [.numbered(recommendationItems, start: 1)])]
        for section in 1...sections {
            let items = (1...perSection).map {
                ReportItem("Finding \(section).\($0): the council knows its communities and uses what it knows in its decisions", anchor: "finding-\(section)-\($0)")
            }
            body.append(ReportSection(id: "module-\(section)", title: "Module \(section)", subsections: [
                ReportSection(id: "module-\(section)-strengths", title: "Strengths", blocks: [.bullets(items)]),
            ]))
        }
        let team = (1...60).map { ["Peer \($0)", "Council \($0)", $0 == 1 ? "Review manager" : "Officer peer"] }
        body.append(ReportSection(id: "annex-team", title: "Annex: team", blocks: [
            .table(ReportTable(caption: "The peer team", header: ["Name", "Organisation", "Role"], rows: team)),
        ]))
        document.sections = body
        return document
    }
}
