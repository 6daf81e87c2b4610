import EquitasCore

/// What each kind of finding is called on the pages: a short label for the capture
/// form's choices and a plural heading for the list.
enum FindingKindWords {
    static func label(_ kind: FindingKind) -> String {
        switch kind {
        case .strength: "Strength"
        case .areaForConsideration: "Area for consideration"
        case .goodPractice: "Good practice"
        case .quote: "Quote"
        case .observation: "Observation"
        case .nextLevel: "Next level"
        case .signpost: "Signpost"
        }
    }

    static func heading(_ kind: FindingKind) -> String {
        switch kind {
        case .strength: "Strengths"
        case .areaForConsideration: "Areas for consideration"
        case .goodPractice: "Good practice"
        case .quote: "Quotes"
        case .observation: "Observations"
        case .nextLevel: "To reach the next level"
        case .signpost: "Signposts to other councils"
        }
    }

    static var options: [(value: String, words: String)] {
        FindingKind.allCases.map { ($0.rawValue, label($0)) }
    }
}
