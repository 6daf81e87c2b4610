import Foundation

/// Small text tools the report reader and recogniser share.
enum ReportText {
    /// Markup that carries no words: `<sup>th</sup>` becomes "th", `**bold**` becomes
    /// "bold", non-breaking spaces become spaces and runs of spaces one space.
    static func clean(_ text: String) -> String {
        var result = text.replacingOccurrences(of: "<[^>]{1,40}>", with: "", options: .regularExpression)
        result = result.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        result = result.replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\t", with: " ")
        result = result.replacingOccurrences(of: " {2,}", with: " ", options: .regularExpression)
        return result.trimmingCharacters(in: .whitespaces)
    }

    /// A leading section number and what follows it: "3.1.2 Joint Strengths" →
    /// ("3.1.2", "Joint Strengths"). Depth is the count of numbers.
    static func sectionNumber(_ text: String) -> (number: String, depth: Int, rest: String)? {
        let words = RecogniserRules.on("held-out-module-numbers") ? "Section|Module|Area|Part|Domain" : "Section"
        guard let range = text.range(of: "^(?:(?:\(words))\\s+)?" + #"\d{1,2}(\.\d{1,2}){0,4}\.?(?=\s|$|:)"#, options: [.regularExpression, .caseInsensitive]) else { return nil }
        // "Section 4: Responsive services": the number is the section's.
        let number = String(text[range]).replacingOccurrences(of: #"^[A-Za-z]+\s+"#, with: "", options: .regularExpression)
        let depth = number.split(separator: ".").count
        let rest = text[range.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " \t–-:"))
        return (number, depth, rest)
    }

    /// The text without a leading section number.
    static func withoutNumber(_ text: String) -> String { sectionNumber(text)?.rest ?? text }

    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "’" }.map(String.init)
    }

    /// Ends as a sentence does.
    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.trimmingCharacters(in: .whitespaces).last else { return false }
        return ".!?".contains(last)
    }

    static func startsLowercase(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return first.isLowercase || ".,;:)?!".contains(first)
    }

    /// Drops the trailing colon or dash a heading often carries.
    static func headingText(_ text: String) -> String {
        text.trimmingCharacters(in: CharacterSet(charactersIn: " :–-.")).trimmingCharacters(in: .whitespaces)
    }

    /// True when `text` contains `phrase` as whole words.
    static func contains(_ text: String, phrase: String) -> Bool {
        let pattern = "\\b" + NSRegularExpression.escapedPattern(for: phrase) + "\\b"
        return text.range(of: pattern, options: [.regularExpression, .caseInsensitive]) != nil
    }
}
