import Foundation

/// One block of a report as read from a file, before anything is recognised in it: the
/// same list comes out of plain text, Markdown and Word, so that one recogniser serves
/// every format.
public enum SourceBlock: Equatable, Sendable {
    /// `level` is 1 for the top; a heading whose depth is unknown (a bold line) has 0.
    case heading(level: Int, text: String)
    case paragraph(String)
    /// `marker` as printed: "(iv)", "3.", "•", "-"; `depth` 0 for the outermost list.
    case listItem(marker: String, text: String, depth: Int)
    case quote(String)
    case tableRow([String])
    /// A slide's speaker notes: read for dates and the level, never as findings.
    case note(String)

    /// The block's words, whatever its kind; a table row's cells joined by tabs.
    public var text: String {
        switch self {
        case .heading(_, let text), .paragraph(let text), .quote(let text), .note(let text): text
        case .listItem(_, let text, _): text
        case .tableRow(let cells): cells.joined(separator: "\t")
        }
    }
}

/// What a list marker says about the list it starts.
public enum ListMarkerStyle: Equatable, Sendable {
    case number(Int)
    case roman(Int)
    case letter(Int)
    case bullet

    /// "(iv)" → roman 4, "3." → number 3, "b)" → letter 2, "•" → bullet.
    public init(_ marker: String) {
        let core = marker.trimmingCharacters(in: CharacterSet(charactersIn: "().] "))
        if let number = Int(core) {
            self = .number(number)
        } else if core.contains("."), let last = core.split(separator: ".").last.flatMap({ Int($0) }),
                  core.split(separator: ".").allSatisfy({ Int($0) != nil }) {
            // "3.1.2": a numbered paragraph in a numbered section.
            self = .number(last)
        } else if let roman = ListMarkerStyle.romanValue(core) {
            self = .roman(roman)
        } else if core.count == 1, let scalar = core.lowercased().unicodeScalars.first, ("a"..."z").contains(scalar) {
            self = .letter(Int(scalar.value) - 96)
        } else {
            self = .bullet
        }
    }

    public var ordinal: Int? {
        switch self {
        case .number(let n), .roman(let n), .letter(let n): n
        case .bullet: nil
        }
    }

    public var isBullet: Bool { self == .bullet }

    static func romanValue(_ text: String) -> Int? {
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50]
        let lower = text.lowercased()
        guard !lower.isEmpty, lower.count <= 6, lower.allSatisfy({ values[$0] != nil }) else { return nil }
        var total = 0
        var previous = 0
        for character in lower.reversed() {
            let value = values[character]!
            total += value < previous ? -value : value
            previous = max(previous, value)
        }
        return total
    }
}
