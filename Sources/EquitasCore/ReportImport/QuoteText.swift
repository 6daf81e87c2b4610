import Foundation

/// A quotation and who said it: “We feel listened to” – Partner organisation.
enum QuoteText {
    static func split(_ text: String) -> (text: String, attribution: String?)? {
        let opening: [Character: Character] = ["“": "”", "\"": "\"", "‘": "’"]
        guard let first = text.first, let closing = opening[first],
              let end = text.dropFirst().lastIndex(of: closing) else { return nil }
        let quoted = String(text[text.index(after: text.startIndex)..<end]).trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
        let rest = text[text.index(after: end)...].trimmingCharacters(in: CharacterSet(charactersIn: " –—-,.()"))
        // Mostly quotation, or a quotation and a few words saying who.
        guard quoted.count * 10 >= text.count * 6 || ReportText.words(rest).count <= 8 else { return nil }
        // “…”, said a partner organisation → "a partner organisation", capitalised.
        var who = rest.replacingOccurrences(of: #"^(said|says|according to|from)\s+"#, with: "", options: [.regularExpression, .caseInsensitive])
        if let first = who.first { who = first.uppercased() + who.dropFirst() }
        return (quoted, who.isEmpty ? nil : who)
    }
}
