import EquitasCore
import Foundation

/// Scores one recognised challenge against its labels, field by field.
enum DocumentScorer {
    static let kinds = FindingKind.allCases.map(\.rawValue)
    static let fields = ["organisations", "framework", "level", "dates", "team", "areas"] + kinds + ["recommendations", "comments"]

    static func score(_ document: ChallengeDocument, labels: CorpusLabels, misses: inout [String]) -> [String: FieldScore] {
        var scores: [String: FieldScore] = [:]
        func single(_ field: String, _ right: Bool, _ detail: @autoclosure () -> String) {
            scores[field, default: FieldScore()].single(right)
            if !right { misses.append("\(field): \(detail())") }
        }
        single("framework", document.framework == labels.framework, "got \(document.framework)")
        single("level", document.level == labels.level, "got \(document.level ?? "none")")
        single("dates", document.start?.description == labels.start && document.end?.description == labels.end,
               "got \(document.start?.description ?? "none") to \(document.end?.description ?? "none")")
        list(&scores["organisations", default: FieldScore()], "organisations", labels.organisations,
             document.organisations.map(\.name), &misses) { normal($0) == normal($1) }
        list(&scores["team", default: FieldScore()], "team", labels.team, document.team.map(\.name), &misses) {
            normal($0) == normal(personName($1))
        }
        list(&scores["areas", default: FieldScore()], "areas", labels.areas, document.modules.map(\.id), &misses) { $0 == $1 }
        for kind in kinds {
            let wanted = labels.findings.filter { $0[1] == kind }
            let got = document.findings.filter { $0.kind == kind }
            guard !wanted.isEmpty || !got.isEmpty else { continue }
            list(&scores[kind, default: FieldScore()], kind, wanted.map { "\($0[0]): \($0[2])" }, got.map { "\($0.module): \($0.text)" }, &misses) { label, found in
                let (labelModule, labelText) = split(label)
                let (foundModule, foundText) = split(found)
                return (labelModule == "*" || labelModule == foundModule) && normal(foundText).hasPrefix(normal(labelText))
            }
        }
        list(&scores["recommendations", default: FieldScore()], "recommendations", labels.recommendations,
             document.recommendations.map(\.text), &misses) { normal($1).hasPrefix(normal($0)) }
        let wantedComments = labels.comments ?? []
        let gotComments = (document.reportVersions ?? []).flatMap(\.comments)
        if !wantedComments.isEmpty || !gotComments.isEmpty {
            list(&scores["comments", default: FieldScore()], "comments", wantedComments.map { $0.joined(separator: ": ") },
                 gotComments.map { "\(place($0)): \($0.resolution?.outcome ?? "unresolved"): \($0.text)" }, &misses) { label, found in
                let wanted = label.components(separatedBy: ": ")
                let got = found.components(separatedBy: ": ")
                return wanted.count >= 3 && got.count >= 3 && wanted[0] == got[0] && wanted[1] == got[1]
                    && normal(got.dropFirst(2).joined(separator: ": ")).hasPrefix(normal(wanted.dropFirst(2).joined(separator: ": ")))
            }
        }
        return scores
    }

    private static func list(
        _ score: inout FieldScore, _ field: String, _ wanted: [String], _ got: [String], _ misses: inout [String],
        matches: (String, String) -> Bool
    ) {
        score.list(expected: wanted, found: got, matches: matches)
        let missing = wanted.filter { w in !got.contains { matches(w, $0) } }
        let extra = got.filter { g in !wanted.contains { matches($0, g) } }
        for item in missing { misses.append("\(field) missing: \(item)") }
        for item in extra { misses.append("\(field) extra: \(item.prefix(90))") }
    }

    /// Where a comment was made, in the labels' words.
    private static func place(_ comment: ChallengeDocument.CommentEntry) -> String {
        if comment.finding != nil { return "finding" }
        if comment.recommendation != nil { return "recommendation" }
        return comment.section == nil ? "report" : "section"
    }

    private static func split(_ text: String) -> (String, String) {
        guard let colon = text.range(of: ": ") else { return ("", text) }
        return (String(text[..<colon.lowerBound]), String(text[colon.upperBound...]))
    }

    /// "Councillor Joan Marsh" and "Cllr Joan Marsh" are Joan Marsh.
    static func personName(_ name: String) -> String {
        name.replacingOccurrences(of: #"^(Councillor|Cllr\.?)\s+"#, with: "", options: .regularExpression)
    }

    /// Lower case, words only: punctuation, quotes and spacing differ between forms.
    static func normal(_ text: String) -> String {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    }
}
