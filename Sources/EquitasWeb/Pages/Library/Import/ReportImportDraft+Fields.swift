import EquitasCore
import Foundation

/// The draft as form fields: flat names (`finding_3_kind`), so that the posted form
/// reads back as plain name → value pairs and each field's id is `field-finding-3-kind`,
/// where the error summary links.
extension ReportImportDraft {
    /// More rows than any report holds; a post with more is cut off here.
    static let maxRows = 5_000

    static func field(_ prefix: String, _ part: String) -> String { prefix + "_" + part }

    /// From a posted form. Rows are read in order until one is missing.
    init(fields: [String: String]) {
        func value(_ name: String) -> String { fields[name] ?? "" }
        func ticked(_ name: String) -> Bool { fields[name] == "yes" }
        func rows<Row>(_ prefix: String, key: String, _ make: (String) -> Row) -> [Row] {
            var found: [Row] = []
            while found.count < Self.maxRows, fields["\(prefix)_\(found.count)_\(key)"] != nil {
                found.append(make("\(prefix)_\(found.count)_"))
            }
            return found
        }
        framework = value("framework")
        level = value("level")
        start = value("start")
        end = value("end")
        conclusion = value("conclusion")
        secondLevel = value("second_level")
        secondJudgement = fields["second_judgement"] ?? Judgement.none.rawValue
        organisations = rows("organisation", key: "name") { Organisation(name: value($0 + "name"), type: value($0 + "type")) }
        team = rows("member", key: "name") {
            Member(
                name: value($0 + "name"), organisation: value($0 + "organisation"), role: value($0 + "role"),
                jobTitle: value($0 + "job_title"), leaveOut: ticked($0 + "leave_out"))
        }
        findings = rows("finding", key: "text") {
            Finding(
                module: value($0 + "module"), kind: value($0 + "kind"), text: value($0 + "text"), organisation: value($0 + "organisation"),
                attribution: value($0 + "attribution"), theme: value($0 + "theme"), leaveOut: ticked($0 + "leave_out"))
        }
        recommendations = rows("recommendation", key: "text") {
            Recommendation(
                number: value($0 + "number"), text: value($0 + "text"), module: value($0 + "module"),
                organisation: value($0 + "organisation"),
                leaveOut: ticked($0 + "leave_out"))
        }
        comments = rows("comment", key: "text") {
            Comment(
                place: value($0 + "place"), author: value($0 + "author"), text: value($0 + "text"), outcome: value($0 + "outcome"),
                reason: value($0 + "reason"), leaveOut: ticked($0 + "leave_out"))
        }
        commentsIssuedOn = value("comments_issued_on")
        for (name, reason) in fields where name.hasSuffix("_check_reason") {
            let prefix = String(name.dropLast("_check_reason".count))
            guard Self.isCheckable(prefix), let confidence = Double(value(prefix + "_check_confidence")), (0...1).contains(confidence)
            else {
                continue
            }
            checks[prefix] = Check(reason: String(reason.prefix(300)), confidence: confidence)
        }
        warnings = rows("warning", key: "text") { String(value($0 + "text").prefix(300)) }
    }

    /// Only the prefixes the preview itself writes are read back.
    private static func isCheckable(_ prefix: String) -> Bool {
        if ["framework", "level", "start", "end", "conclusion", "second_level"].contains(prefix) { return true }
        let parts = prefix.split(separator: "_")
        return parts.count == 2 && ["organisation", "member", "finding", "recommendation"].contains(String(parts[0]))
            && Int(parts[1]) != nil
    }
}
