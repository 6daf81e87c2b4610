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

    static let separators = ["\t", " – ", " — ", " - ", " | ", ", "]

    /// Words of job titles and team roles; a part holding one is not a person's name.
    static let roleWords: Set<String> = [
        "peer", "manager", "officer", "director", "head", "chief", "executive", "leader", "councillor", "member", "cabinet",
        "portfolio", "assistant", "policy", "deputy", "mayor", "adviser", "advisor", "lead", "holder", "equality", "equalities",
        "diversity", "hr", "adviser", "coordinator", "consultant", "review", "corporate", "strategic", "senior", "principal",
        "inclusion", "secretary", "chair", "programme", "project", "team", "customer", "services", "service", "communities",
        "of", "for", "and",
    ]

    /// Words that make a part an organisation: "… Borough Council", "Local Government Association", "IDeA".
    static let organisationWords: Set<String> = [
        "council", "borough", "association", "agency", "idea", "lga", "authority", "police", "nhs", "trust", "university",
        "government", "fire", "constabulary", "partnership", "commission", "office", "department", "board", "county",
    ]

    /// A team line in any of the usual orders: "Name – Organisation", "Cllr Name, Deputy
    /// Leader, Council", "Head of Policy – Name – Council", "Name (Review Manager),
    /// Association", "Lead peer: Name, Chief Executive, Council". The person's name is
    /// the part that looks like one and holds no job-title or organisation word.
    static func parse(line: String) -> Member? {
        guard let parts = parts(of: line) else { return nil }
        return parts.organisation == nil && parts.roles.isEmpty ? nil
            : member(name: parts.name, organisation: parts.organisation, roleText: parts.roles.isEmpty ? nil : parts.roles.joined(separator: ", "))
    }

    /// A team line met outside any team list: only with a name, an organisation and a
    /// role (or the title Councillor), and nothing that reads as a sentence.
    static func parseStandalone(line: String) -> Member? {
        guard !ReportText.endsSentence(line), ReportText.words(line).count <= 18, let parts = parts(of: line),
              parts.organisation != nil, !parts.roles.isEmpty || parts.name.hasPrefix("Cllr") || parts.name.hasPrefix("Councillor") else { return nil }
        return parse(line: line)
    }

    static func parts(of line: String) -> (name: String, organisation: String?, roles: [String])? {
        var rest = line.trimmingCharacters(in: .whitespaces)
        var prefix: [String] = []
        // "Lead peer: Name, …" — a role before a colon.
        if let colon = rest.range(of: ": "), isRole(String(rest[..<colon.lowerBound])) {
            prefix.append(String(rest[..<colon.lowerBound]))
            rest = String(rest[colon.upperBound...])
        }
        // "(Review Manager, Local Government Association)" — parts in brackets.
        var bracketed: [String] = []
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            bracketed += rest[rest.index(after: open)..<close].components(separatedBy: ", ")
            rest = String(rest[..<open]) + " " + String(rest[rest.index(after: close)...])
        }
        var split = [rest]
        for separator in separators { split = split.flatMap { $0.components(separatedBy: separator) } }
        let pieces = prefix + split + bracketed
        let clean = pieces.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " ,;.")) }.filter { !$0.isEmpty }
        guard clean.count >= 2, let nameIndex = clean.firstIndex(where: isPersonName) else { return nil }
        var organisations: [String] = []
        var roles: [String] = []
        for (index, piece) in clean.enumerated() where index != nameIndex {
            if isOrganisation(piece) { organisations.append(piece) } else { roles.append(piece) }
        }
        // "Name – Wyvern Vale": a lone other part that is no job title is the organisation.
        if organisations.isEmpty, roles.count == 1, !isRole(roles[0]) { organisations = roles; roles = [] }
        return (clean[nameIndex], organisations.isEmpty ? nil : organisations.joined(separator: ", "), roles)
    }

    static func isPersonName(_ text: String) -> Bool {
        var name = text
        for title in ["Councillor ", "Cllr. ", "Cllr "] where name.hasPrefix(title) { name = String(name.dropFirst(title.count)) }
        let words = ReportText.words(name)
        return looksLikeName(name) && !words.contains { roleWords.contains($0) || organisationWords.contains($0) }
    }

    static func isOrganisation(_ text: String) -> Bool {
        ReportText.words(text).contains { organisationWords.contains($0) } && !ReportText.words(text).contains("cabinet")
            || ["IDeA", "LGA"].contains(text)
    }

    static func isRole(_ text: String) -> Bool {
        let words = ReportText.words(text)
        return !words.isEmpty && words.count <= 5 && words.contains { roleWords.contains($0) } && !isOrganisation(text)
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
        let roleText = roleText.map { $0.lowercased() == "councillor" ? "Member peer" : $0 }
        let roleLower = roleText?.lowercased() ?? ""
        let organisationLower = organisation?.lowercased() ?? ""
        let role: TeamRole
        if roleLower.contains("shadow") {
            role = .shadowPeer
        } else if roleLower.contains("review manager") || roleLower.contains("challenge manager")
            || organisationLower.contains("local government association") || organisationLower.contains("improvement and development agency")
            || organisationLower == "idea" || organisationLower == "lga" {
            role = .reviewManager
        } else if roleLower.hasPrefix("lead") || roleLower.contains("lead peer") {
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
            let rest = parts.first.map { TeamRole.allCases.map { $0.label.lowercased() }.contains($0.lowercased()) } == true ? parts.dropFirst() : parts[...]
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
