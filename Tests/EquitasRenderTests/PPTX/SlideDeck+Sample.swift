import EquitasCore

extension SlideDeck {
    /// A small feedback deck: a title slide, ordinary bullets, a slide with speaker
    /// notes, one with no bullets, and one whose text tries to break the XML.
    static var sample: SlideDeck {
        SlideDeck(
            properties: DocumentProperties(
                title: "Equality Peer Challenge: feedback to Ashdown District Council",
                subject: "Equality Framework for Local Government (2021) — Achieving",
                author: "Priya Shah", date: CalendarDate("2025-03-13")!),
            slides: [
                Slide(layout: .title, title: "Equality Peer Challenge", lines: [
                    "Ashdown District Council", "Equality Framework for Local Government (2021) — Achieving",
                    "Feedback presentation, 13 March 2025",
                ]),
                Slide(layout: .content, title: "The peer team", lines: [
                    "Cllr Hannah Okafor — Lead peer, Northfield City Council",
                    "Priya Shah — Review manager, Local Government Association",
                    "Tom Evans — Officer peer, Calder Moor Borough Council",
                ], notes: "Introduce each peer.\nThank the council for hosting."),
                Slide(layout: .content, title: "Module 1: Communities: strengths", lines: [
                    "Strong relationships with the voluntary sector",
                    "A clear community profile, updated each year",
                ]),
                Slide(layout: .content, title: "Questions", lines: []),
                Slide(layout: .content, title: #"Escaping: <script>alert("x")</script> & 'quotes'"#, lines: [
                    "Tom & Jerry <b>bold</b> \"double\" 'single'",
                    "Cymraeg: Croeso i Gyngor Sir Ddinbych — ŵ ŷ",
                    "中文：平等与多样性",
                    "العربية: المساواة والتنوع",
                    "Control\u{0}char\u{1B}acters\u{7} gone",
                ]),
            ])
    }

    /// One content slide carrying `count` bullets of `length` characters each.
    static func long(count: Int, length: Int) -> SlideDeck {
        let line = String(repeating: "word ", count: length / 5)
        return SlideDeck(properties: sample.properties,
                         slides: [Slide(layout: .content, title: "Long", lines: Array(repeating: line, count: count))])
    }
}
