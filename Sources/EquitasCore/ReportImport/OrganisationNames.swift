import Foundation

/// Council names as reports print them: "High Peak Borough Council", "London Borough
/// of Islington", "Barnsley Metropolitan Borough Council", "City of Nottingham Council".
enum OrganisationNames {
    private static let word = #"(?!Council\b|The\b|And\b)[A-Z][A-Za-z'’.-]*"#
    private static let connector = #"(?: (?:and|upon|on|in|under|with) )"#
    static let patterns = [
        #"\b(?:London Borough|Royal Borough) of \#(word)(?:\#(connector)?\#(word)){0,3}"#,
        #"\bCity of \#(word)(?: \#(word)){0,2} Council\b"#,
        #"\b\#(word)(?:(?: |-in-|-upon-|\#(connector))\#(word)){0,4} (?:Metropolitan Borough|Borough|District|City|County) Council\b"#,
    ]

    /// Every council name in `text`, in order, without repeats.
    static func councils(in text: String) -> [String] {
        var found: [(String.Index, String)] = []
        for pattern in patterns {
            var searchRange = text.startIndex..<text.endIndex
            while let range = text.range(of: pattern, options: .regularExpression, range: searchRange) {
                found.append((range.lowerBound, String(text[range])))
                searchRange = range.upperBound..<text.endIndex
            }
        }
        var names: [String] = []
        for (_, name) in found.sorted(by: { $0.0 < $1.0 }) where !names.contains(name) && !names.contains(where: { $0.contains(name) }) {
            names.removeAll { name.contains($0) }
            names.append(name)
        }
        return names
    }

    /// A title line of names: "High Peak Borough Council and Staffordshire Moorlands
    /// District Council", or any "… Council" part of it.
    static func titleNames(in text: String) -> [String] {
        let councils = councils(in: text)
        if !councils.isEmpty { return councils }
        return text.components(separatedBy: " and ").flatMap { $0.components(separatedBy: " & ") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasSuffix(" Council") && ReportText.words($0).count <= 6 }
    }

    static func type(of name: String) -> OrganisationType {
        let lower = name.lowercased()
        if lower.hasPrefix("london borough") { return .londonBorough }
        if lower.contains("metropolitan borough") { return .metropolitanBorough }
        if lower.hasSuffix("borough council") || lower.hasPrefix("royal borough") { return .boroughCouncil }
        if lower.hasSuffix("district council") { return .districtCouncil }
        if lower.hasSuffix("city council") || lower.hasPrefix("city of") { return .cityCouncil }
        if lower.hasSuffix("county council") { return .countyCouncil }
        if lower.contains("fire") && lower.contains("rescue") { return .fireAndRescue }
        if lower.contains("police") { return .police }
        if lower.contains("nhs") { return .nhsTrust }
        if lower.contains("local government association") || lower.contains("idea") { return .nationalBody }
        return lower.hasSuffix("council") ? .unitaryAuthority : .other
    }

    /// What a report calls a council for short: "High Peak" for High Peak Borough Council.
    static func shortName(_ name: String) -> String {
        var short = name
        for prefix in ["London Borough of ", "Royal Borough of ", "City of "] where short.hasPrefix(prefix) {
            short = String(short.dropFirst(prefix.count))
        }
        for suffix in [" Metropolitan Borough Council", " Borough Council", " District Council", " City Council", " County Council", " Council"]
        where short.hasSuffix(suffix) {
            short = String(short.dropLast(suffix.count))
            break
        }
        return short
    }
}
