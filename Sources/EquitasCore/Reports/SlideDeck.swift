/// The feedback presentation the team gives on its last day, as structure: what the
/// PPTX renderer turns into slides. Built by `FeedbackDeckBuilder`.
public struct SlideDeck: Codable, Equatable, Sendable {
    public var properties: DocumentProperties
    public var slides: [Slide]

    public init(properties: DocumentProperties, slides: [Slide]) {
        self.properties = properties
        self.slides = slides
    }
}

public struct Slide: Codable, Equatable, Sendable {
    public enum Layout: String, Codable, Sendable {
        /// Big title and subtitle lines, no bullets.
        case title
        /// A heading and bullets.
        case content
    }

    public var layout: Layout
    public var title: String
    /// Lines under the title on a title slide; bullets on a content slide.
    public var lines: [String]
    /// Speaker notes.
    public var notes: String?
    /// True where the lines carry their own numbers ("7. Wyvern Vale: …"), so the
    /// renderer draws no bullet beside them; nil or false for bullets.
    public var unbulleted: Bool?

    public init(layout: Layout, title: String, lines: [String], notes: String? = nil, unbulleted: Bool? = nil) {
        self.layout = layout
        self.title = title
        self.lines = lines
        self.notes = notes
        self.unbulleted = unbulleted
    }
}
