import Foundation

/// Which plan a spreadsheet was exported from, and at which revision (the plan's change
/// stamp, M0036), so that an import can tell the sheet's changes from changes made to
/// the plan since. It travels as one sentence: the first line of a CSV file, and cell
/// A1 of a hidden worksheet in a workbook. A sheet without it is compared with the
/// plan as it stands, as every sheet was before (ADR 0012).
public struct PlanSheetOrigin: Equatable, Sendable {
    public var planId: UUID
    public var revision: Int64

    public init(planId: UUID, revision: Int64) {
        self.planId = planId
        self.revision = revision
    }

    /// The words that begin the sentence; how a reader knows the line is not the header.
    public static let prefix = "Exported from Equitas:"

    /// The hidden worksheet's tab name in a workbook.
    public static let worksheetName = "Equitas export"

    /// No comma, so that a CSV writer leaves it one unquoted cell.
    public var sentence: String {
        "\(Self.prefix) plan \(planId.uuidString.lowercased()) at revision \(revision). "
            + "Keep this line: it lets an import tell your changes from changes made to the plan since."
    }

    /// Reads the sentence back; nil for anything else, so a header row is never taken
    /// for it.
    public init?(sentence: String) {
        let text = sentence.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix(Self.prefix) else { return nil }
        let words = text.dropFirst(Self.prefix.count).split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count >= 5, words[0] == "plan", words[2] == "at", words[3] == "revision",
            let id = UUID(uuidString: words[1]),
            let revision = Int64(words[4].trimmingCharacters(in: CharacterSet(charactersIn: ".")))
        else { return nil }
        self.init(planId: id, revision: revision)
    }

    /// Whether a line (its first cell) is meant as this sentence, even a damaged one,
    /// so that a reader can say what is wrong with it rather than take it for a header.
    public static func isMarker(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix(prefix)
    }

    /// The hidden worksheet that carries it in a workbook.
    public var table: SheetTable {
        SheetTable(name: Self.worksheetName, header: [sentence], rows: [], presentation: SheetPresentation(hidden: true))
    }
}
