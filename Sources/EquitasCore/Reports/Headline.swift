import Foundation

/// The short form of a finding or recommendation for a slide: its first sentence.
/// The full text goes in the speaker notes, so nothing the team wrote is lost.
public enum Headline {
    /// Up to the first full stop, question or exclamation mark that is followed by a
    /// space and a capital letter or digit (so "e.g. the" and "Census 2021." inside a
    /// sentence do not end it); the whole text when there is none.
    public static func firstSentence(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let characters = Array(trimmed)
        var index = 0
        while index < characters.count - 2 {
            if ".?!".contains(characters[index]), characters[index + 1] == " ",
                characters[index + 2].isUppercase || characters[index + 2].isNumber {
                return String(characters[...index])
            }
            index += 1
        }
        return trimmed
    }
}
