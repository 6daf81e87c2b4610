import Foundation

/// One member of the peer team from a line or a table row: "Councillor Laura
/// Willoughby M.B.E⇥London Borough of Islington", "Cllr Bryony Rudkin – Ipswich Borough
/// Council", or the cells of a Name | Organisation | Role table.
enum TeamLineParser {
    struct Member: Equatable {
        var name: String
        var organisation: String?
        var role: TeamRole
        var jobTitle: String?
    }

    static let separators = ["\t", " – ", " — ", " - ", ", "]

    static func parse(line: String) -> Member? {
        for separator in separators where line.contains(separator) {
            guard let range = line.range(of: separator) else { continue }
            let name = line[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            let rest = line[range.upperBound...].trimmingCharacters(in: .whitespaces)
            guard looksLikeName(name), !rest.isEmpty else { continue }
            return member(name: name, organisation: rest, roleText: nil)
        }
        return nil
    }

    /// Cells in the order of `header` (lower-cased), or name then organisation then role.
    static func parse(cells: [String], header: [String]?) -> Member? {
        func cell(_ words: [String], fallback: Int) -> String? {
            let index = header?.firstIndex { h in words.contains { h.contains($0) } } ?? (header == nil ? fallback : nil)
            guard let index, index < cells.count else { return nil }
            return Text.optional(cells[index])
        }
        guard let name = cell(["name", "peer"], fallback: 0), looksLikeName(name) else { return nil }
        return member(name: name, organisation: cell(["organisation", "council", "employer"], fallback: 1),
                      roleText: cell(["role", "position", "title"], fallback: 2))
    }

    static func member(name rawName: String, organisation: String?, roleText: String?) -> Member {
        var name = rawName
        for short in ["Cllr. ", "Cllr "] where name.hasPrefix(short) { name = "Councillor " + name.dropFirst(short.count) }
        let roleLower = roleText?.lowercased() ?? ""
        let organisationLower = organisation?.lowercased() ?? ""
        let role: TeamRole
        if roleLower.contains("shadow") {
            role = .shadowPeer
        } else if roleLower.contains("review manager") || roleLower.contains("challenge manager")
            || organisationLower.contains("local government association") || organisationLower.contains("improvement and development agency")
            || organisationLower == "idea" || organisationLower == "lga" {
            role = .reviewManager
        } else if roleLower.contains("lead") {
            role = .leadPeer
        } else if name.hasPrefix("Councillor ") || roleLower.contains("councillor") || roleLower.contains("member peer") {
            role = .councillorPeer
        } else {
            role = .officerPeer
        }
        // "Lead peer, Deputy Leader" → the job title after the role's own words.
        var jobTitle: String?
        if let roleText {
            let parts = roleText.components(separatedBy: ", ")
            let rest = parts.first.map { TeamRole.allCases.map(\.label).contains($0) } == true ? parts.dropFirst() : parts[...]
            jobTitle = Text.optional(rest.joined(separator: ", "))
            if let title = jobTitle, TeamRole.allCases.contains(where: { $0.label.lowercased() == title.lowercased() }) { jobTitle = nil }
        }
        return Member(name: name, organisation: organisation, role: role, jobTitle: jobTitle)
    }

    /// Two to seven words, each starting with a capital (or an honour such as M.B.E),
    /// no digits and no sentence punctuation: a person's name, not a sentence.
    static func looksLikeName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...7).contains(words.count), !text.contains(where: \.isNumber), !text.contains(":") else { return false }
        let small: Set<Substring> = ["de", "van", "von", "da", "bin", "al"]
        return words.allSatisfy { word in word.first?.isUppercase == true || small.contains(word) }
            && !text.lowercased().hasSuffix("council")
    }
}
