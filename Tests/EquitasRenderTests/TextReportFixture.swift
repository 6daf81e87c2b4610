import EquitasCore

/// Report documents built by hand for the HTML and Markdown renderer tests, so they do
/// not lean on `ReportBuilder`: one shaped like a real report, and one with a hostile
/// string in every text field.
enum TextReportFixture {
    static let date = CalendarDate(year: 2025, month: 3, day: 14)!

    static let hostile = #"<script>alert("x")</script> "><img src=x onerror=alert(1)> &amp; ' " Croeso i Gymru ŵ 平等 عدالة"#

    /// Top-level: background (paragraph, bullets, team table), summary (emphasis,
    /// recommendations 1–3), a module with two subsections (the second numbered from 7,
    /// with a quote and a sub-subsection), an empty section, and an annex table.
    static func report(language: String = "en-GB") -> ReportDocument {
        ReportDocument(
            properties: DocumentProperties(
                title: "Equality Peer Challenge: Wyvern Vale District Council",
                subject: "Equality Framework for Local Government (2021) — Achieving",
                author: "Priya Shah", date: date, language: language),
            titlePage: TitlePage(
                kicker: "Equality Peer Challenge", organisations: ["Wyvern Vale District Council"],
                framework: "Equality Framework for Local Government (2021) — Achieving",
                dates: "11 to 13 March 2025", versionLabel: "Draft 1 for council comment"),
            sections: [
                ReportSection(id: "background", title: "Background", blocks: [
                    .paragraph("This report sets out what the peer team found."),
                    .bullets([ReportItem("Knowing your communities"), ReportItem("Leadership", anchor: "area-leadership")]),
                    .table(ReportTable(caption: "The peer team", header: ["Name", "Organisation", "Role"], rows: [
                        ["Cllr Ann Jones", "Calder Moor Borough Council", "Member peer"],
                        ["Sam Patel", "Local Government Association", "Review manager"],
                    ])),
                ]),
                ReportSection(id: "summary", title: "Executive summary", blocks: [
                    .emphasis("The council meets the Achieving level."),
                    .numbered([ReportItem("Publish impact assessments", anchor: "rec-1"),
                               ReportItem("Collect workforce data", anchor: "rec-2"),
                               ReportItem("Set up a staff forum", anchor: "rec-3")], start: 1),
                ]),
                ReportSection(id: "module-communities", title: "Understanding and working with communities", subsections: [
                    ReportSection(id: "module-communities-strengths", title: "Strengths", blocks: [
                        .numbered([ReportItem("Data is shared with partners", anchor: "f-1")], start: 1),
                    ]),
                    ReportSection(id: "module-communities-areas", title: "Areas for consideration", blocks: [
                        .numbered([ReportItem("Consult earlier", anchor: "f-7"), ReportItem("Publish results", anchor: "f-8")], start: 7),
                        .quote(text: "We finally feel heard.", attribution: "Community group member"),
                    ], subsections: [
                        ReportSection(id: "module-communities-next", title: "Reaching Excellent", blocks: [
                            .paragraph("Consultation would need to reach every ward."),
                        ]),
                    ]),
                ]),
                ReportSection(id: "observations", title: "Observations", subsections: [ReportSection(id: "empty", title: "Empty")]),
                ReportSection(id: "annex-programme", title: "Annex: programme", blocks: [
                    .table(ReportTable(caption: "Sessions", header: ["Day", "Session"], rows: [["Tuesday", "Opening meeting"]])),
                ]),
            ])
    }

    /// The hostile string (or `text`) in every field a renderer prints, ids and anchors included.
    static func hostileReport(_ text: String = hostile) -> ReportDocument {
        let h = text
        return ReportDocument(
            properties: DocumentProperties(title: h, subject: h, author: h, date: date, language: "en-GB"),
            titlePage: TitlePage(kicker: h, organisations: [h, h], framework: h, dates: h, versionLabel: h),
            sections: [
                ReportSection(id: h, title: h, blocks: [
                    .paragraph(h), .emphasis(h),
                    .bullets([ReportItem(h, anchor: h)]),
                    .numbered([ReportItem(h, anchor: h)], start: 4),
                    .quote(text: h, attribution: h),
                    .table(ReportTable(caption: h, header: [h, h], rows: [[h, h]])),
                ], subsections: [ReportSection(id: h, title: h, blocks: [.paragraph(h)])]),
            ])
    }
}
