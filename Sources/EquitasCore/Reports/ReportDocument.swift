import Foundation

/// A report as structure, not as format: what the DOCX, HTML and Markdown renderers
/// turn into bytes. Built from a challenge by `ReportBuilder`; holds plain text only,
/// so every renderer escapes for its own format and nothing arrives pre-marked-up.
public struct ReportDocument: Codable, Equatable, Sendable {
    public var properties: DocumentProperties
    public var titlePage: TitlePage
    /// Top-level sections in order; each renderer numbers headings from their depth.
    public var sections: [ReportSection]

    public init(properties: DocumentProperties, titlePage: TitlePage, sections: [ReportSection]) {
        self.properties = properties
        self.titlePage = titlePage
        self.sections = sections
    }
}

/// What a file carries about itself: Word's File › Properties, HTML's <title> and meta.
public struct DocumentProperties: Codable, Equatable, Sendable {
    public var title: String
    public var subject: String
    public var author: String
    /// The day the version was issued, or the day it was rendered for a live preview.
    public var date: CalendarDate
    public var language: String

    public init(title: String, subject: String, author: String, date: CalendarDate, language: String = "en-GB") {
        self.title = title
        self.subject = subject
        self.author = author
        self.date = date
        self.language = language
    }
}

public struct TitlePage: Codable, Equatable, Sendable {
    /// "Equality Peer Challenge"
    public var kicker: String
    /// The organisations, one line each.
    public var organisations: [String]
    /// "Equality Framework for Local Government (2021) — Achieving"
    public var framework: String
    /// "11 to 13 March 2025"
    public var dates: String?
    /// "Draft 2 for council comment", "Final report", "Working copy"
    public var versionLabel: String

    public init(kicker: String, organisations: [String], framework: String, dates: String?, versionLabel: String) {
        self.kicker = kicker
        self.organisations = organisations
        self.framework = framework
        self.dates = dates
        self.versionLabel = versionLabel
    }
}

public struct ReportSection: Codable, Equatable, Sendable {
    /// Stable and unique in the document: an HTML id, a Word bookmark, an anchor that
    /// council comments can point at ("background", "module-communities").
    public var id: String
    public var title: String
    public var blocks: [ReportBlock]
    public var subsections: [ReportSection]
    /// "3.2" in a report whose sections and paragraphs are numbered for citing (see
    /// `ReportNumbering`); nil where a report is not numbered, or for an annex.
    public var number: String?

    public init(id: String, title: String, blocks: [ReportBlock] = [], subsections: [ReportSection] = [], number: String? = nil) {
        self.id = id
        self.title = title
        self.blocks = blocks
        self.subsections = subsections
        self.number = number
    }

    /// The heading as printed and listed in the contents: "3.2 Strengths".
    public var numberedTitle: String { number.map { "\($0) \(title)" } ?? title }

    /// A section with nothing in it, at any depth, is left out of a report.
    public var isEmpty: Bool { blocks.isEmpty && subsections.allSatisfy(\.isEmpty) }
}

public enum ReportBlock: Codable, Equatable, Sendable {
    case paragraph(String)
    /// A bold lead-in sentence, such as a conclusion.
    case emphasis(String)
    case bullets([ReportItem])
    /// Numbered from `start`, so recommendation 7 stays 7 wherever it is printed.
    case numbered([ReportItem], start: Int)
    /// Paragraphs numbered for citing ("3.2.4"), each led by its item's `number`, as
    /// councils comment on a draft by paragraph.
    case cited([ReportItem])
    case quote(text: String, attribution: String)
    case table(ReportTable)
    /// A bar chart, which every renderer also gives as text and numbers.
    case chart(BarChart)
    /// Percentages side by side (workforce against community, or across snapshots),
    /// which every renderer also gives as a table of figures.
    case comparison(ComparisonChart)
}

/// One item of a list; `anchor` is the id of the finding or recommendation it shows,
/// so comments and diffs can point at it.
public struct ReportItem: Codable, Equatable, Sendable {
    public var text: String
    public var anchor: String?
    /// "3.2.4" for a paragraph numbered for citing; nil otherwise.
    public var number: String?

    public init(_ text: String, anchor: String? = nil, number: String? = nil) {
        self.text = text
        self.anchor = anchor
        self.number = number
    }
}

public struct ReportTable: Codable, Equatable, Sendable {
    /// Read out by screen readers and printed above the table.
    public var caption: String
    public var header: [String]
    public var rows: [[String]]

    public init(caption: String, header: [String], rows: [[String]]) {
        self.caption = caption
        self.header = header
        self.rows = rows
    }
}
