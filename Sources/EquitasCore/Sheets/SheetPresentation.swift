/// How a worksheet prints and guides the person editing it, beyond its cells: what an
/// XLSX writer adds and a CSV writer, having nowhere to put it, leaves out. Readers
/// never see it, so it cannot change what an import reads.
public struct SheetPresentation: Equatable, Sendable {
    /// Landscape pages, scaled to one page wide, the header row repeated on each.
    public var printsLandscapeToWidth: Bool
    /// Drop-down lists: the values a column offers (data validation).
    public var choices: [Choices]
    /// Cells filled by what they say, kept up to date as they are edited
    /// (conditional formatting), such as red, amber and green by status.
    public var tones: [Tone]
    /// A worksheet the program keeps but does not show among the tabs (for what the
    /// file must carry back, such as where it was exported from). A person can unhide it.
    public var hidden: Bool

    public init(printsLandscapeToWidth: Bool = false, choices: [Choices] = [], tones: [Tone] = [], hidden: Bool = false) {
        self.printsLandscapeToWidth = printsLandscapeToWidth
        self.choices = choices
        self.tones = tones
        self.hidden = hidden
    }

    public static let plain = SheetPresentation()

    public struct Choices: Equatable, Sendable {
        /// 0-based column index.
        public var column: Int
        public var values: [String]

        public init(column: Int, values: [String]) {
            self.column = column
            self.values = values
        }
    }

    public struct Tone: Equatable, Sendable {
        public enum Fill: Int, Sendable {
            case green, amber, red
        }

        public var column: Int
        /// The cell's text, compared without regard to case as spreadsheets do.
        public var value: String
        public var fill: Fill

        public init(column: Int, value: String, fill: Fill) {
            self.column = column
            self.value = value
            self.fill = fill
        }
    }
}
