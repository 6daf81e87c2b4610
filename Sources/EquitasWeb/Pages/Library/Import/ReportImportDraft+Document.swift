import EquitasCore
import Foundation

extension ReportImportDraft {
    /// The interchange document the corrected preview describes, checked whole: first
    /// what the form can get wrong (every problem, each at its field), then the
    /// catalog's own validation, whose failure is put at the field it names. The
    /// document is published, as every imported past report is.
    func document(catalog: FrameworkCatalog) -> Result<ChallengeDocument, FormErrorList> {
        var errors = FormErrors()
        let framework = chosenFramework(in: catalog)
        if framework == nil { errors.add("framework", "Choose the framework the report used") }
        if let framework, !framework.levels.contains(where: { $0.id == level }) { errors.add("level", "Choose the level the report gives") }
        let startDate = date(start, field: "start", words: "start", errors: &errors)
        let endDate = date(end, field: "end", words: "end", errors: &errors)
        if let startDate, let endDate, endDate < startDate { errors.add("end", "The end date must be the same as or after the start date") }

        var entries: [ChallengeDocument.OrganisationEntry] = []
        for (index, organisation) in organisations.enumerated() {
            let prefix = "organisation_\(index)"
            let name = Self.trim(organisation.name)
            if name.isEmpty {
                errors.add(Self.field(prefix, "name"), "Enter the name of organisation \(index + 1)")
            } else if let earlier = entries.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) {
                errors.add(Self.field(prefix, "name"), "Organisation \(index + 1) has the same name as organisation \(earlier + 1)")
            }
            if OrganisationType(rawValue: organisation.type) == nil {
                errors.add(Self.field(prefix, "type"), "Choose the type of organisation \(index + 1)")
            }
            entries.append(.init(name: name, type: organisation.type))
        }
        if organisations.isEmpty { errors.add("organisation_0_name", "Enter the name of the council the report is about") }
        func organisationName(_ index: String) -> String?? {
            if index.isEmpty { return .some(nil) }
            guard let number = Int(index), entries.indices.contains(number) else { return nil }
            return .some(entries[number].name)
        }
        let moduleIds = Set(framework?.modules.map(\.id) ?? [])

        var document = ChallengeDocument(
            framework: framework?.id ?? "", frameworkVersion: framework?.version, kind: ChallengeKind.peerChallenge.rawValue,
            status: ChallengeStatus.published.rawValue, organisations: entries, level: level, start: startDate, end: endDate,
            conclusion: Text.optional(conclusion), modules: [])
        document.secondLevel = secondLevelEntry(errors: &errors)
        var rows = Rows()
        for (index, member) in team.enumerated() where !member.leaveOut {
            let prefix = "member_\(index)"
            if Self.trim(member.name).isEmpty {
                errors.add(Self.field(prefix, "name"), "Enter the name of team member \(index + 1), or leave them out")
            }
            if TeamRole(rawValue: member.role) == nil {
                errors.add(Self.field(prefix, "role"), "Choose the role of team member \(index + 1)")
            }
            rows.team.append(index)
            document.team.append(
                .init(
                    name: member.name, organisation: Text.optional(member.organisation), role: member.role,
                    jobTitle: Text.optional(member.jobTitle)))
        }
        for (index, finding) in findings.enumerated() where !finding.leaveOut {
            let prefix = "finding_\(index)"
            if !moduleIds.contains(finding.module), framework != nil {
                errors.add(Self.field(prefix, "module"), "Choose the \(framework?.moduleNoun ?? "module") of finding \(index + 1)")
            }
            if FindingKind(rawValue: finding.kind) == nil {
                errors.add(Self.field(prefix, "kind"), "Choose the kind of finding \(index + 1)")
            }
            if Self.trim(finding.text).isEmpty {
                errors.add(Self.field(prefix, "text"), "Enter the text of finding \(index + 1), or leave it out")
            }
            let owner = organisationName(finding.organisation)
            if owner == nil { errors.add(Self.field(prefix, "organisation"), "Choose the council finding \(index + 1) is about, or joint") }
            rows.findings.append(index)
            document.findings.append(
                .init(
                    module: finding.module, kind: finding.kind, text: finding.text, organisation: owner ?? nil,
                    attribution: Text.optional(finding.attribution), theme: Text.optional(finding.theme)))
        }
        var numbers: [Int: Int] = [:]
        for (index, recommendation) in recommendations.enumerated() where !recommendation.leaveOut {
            let prefix = "recommendation_\(index)"
            let number = Int(Self.trim(recommendation.number))
            if let number, number >= 1 {
                if let earlier = numbers[number] {
                    errors.add(
                        Self.field(prefix, "number"), "Recommendation \(index + 1) has the same number as recommendation \(earlier + 1)")
                }
                numbers[number] = numbers[number] ?? index
            } else {
                errors.add(Self.field(prefix, "number"), "Enter the number of recommendation \(index + 1) as a whole number, such as 3")
            }
            if Self.trim(recommendation.text).isEmpty {
                errors.add(Self.field(prefix, "text"), "Enter the text of recommendation \(index + 1), or leave it out")
            }
            if !recommendation.module.isEmpty, !moduleIds.contains(recommendation.module), framework != nil {
                errors.add(
                    Self.field(prefix, "module"), "Choose the \(framework?.moduleNoun ?? "module") of recommendation \(index + 1), or none")
            }
            let owner = organisationName(recommendation.organisation)
            if owner == nil {
                errors.add(Self.field(prefix, "organisation"), "Choose the council recommendation \(index + 1) is for, or joint")
            }
            rows.recommendations.append(index)
            document.recommendations.append(
                .init(
                    number: number ?? 0, module: Text.optional(recommendation.module), text: recommendation.text, organisation: owner ?? nil
                ))
        }
        document.reportVersions = reportVersions(findingRows: rows.findings, errors: &errors)
        rows.comments = comments.indices.filter { !comments[$0].leaveOut }
        guard errors.isEmpty, let framework else { return .failure(FormErrorList(errors)) }
        // Every module with a finding or recommendation is in scope, in the framework's order, as the recogniser does it.
        let used = Set(document.findings.map(\.module) + document.recommendations.compactMap(\.module))
        document.modules = framework.modules.filter { used.contains($0.id) }.map { .init(id: $0.id) }
        document.reportVersions = Self.placed(document.reportVersions, in: document)
        do {
            return .success(try document.validated(against: catalog))
        } catch {
            return .failure(FormErrorList(FormErrors(rows.field(for: error.path), rows.words(for: error))))
        }
    }

    /// The second level the form names: a framework, version and level the catalog
    /// checks later, and a judgement checked here.
    private func secondLevelEntry(errors: inout FormErrors) -> ChallengeDocument.SecondLevelEntry? {
        guard !secondLevel.isEmpty else { return nil }
        let parts = secondLevel.split(separator: "@", maxSplits: 2).map(String.init)
        guard parts.count == 3 else {
            errors.add("second_level", "Choose the second level from the list, or none")
            return nil
        }
        if Judgement(rawValue: secondJudgement) == nil {
            errors.add("second_judgement", "Choose whether the report found the self-assessment at the second level satisfactory")
        }
        return .init(framework: parts[0], frameworkVersion: parts[1], level: parts[2], judgement: secondJudgement)
    }

    static func trim(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }

    private func date(_ text: String, field: String, words: String, errors: inout FormErrors) -> CalendarDate? {
        let trimmed = Self.trim(text)
        guard !trimmed.isEmpty else { return nil }
        guard let date = CalendarDate(trimmed) else {
            errors.add(field, "Enter the \(words) date as a real date, such as 2012-03-14")
            return nil
        }
        return date
    }

    /// Which form row each item of the built document came from, since rows left out
    /// shift the document's numbering.
    struct Rows {
        var team: [Int] = []
        var findings: [Int] = []
        var recommendations: [Int] = []
        var comments: [Int] = []

        /// A validation path ("findings[3].kind", "team[0]", "start") → the form field.
        func field(for path: String) -> String {
            let parts = Self.split(path)
            let known = ["framework", "level", "start", "end", "conclusion"]
            if parts.head.hasPrefix("second_level") { return parts.head == "second_level.judgement" ? "second_judgement" : "second_level" }
            if parts.head == "report_versions" { return commentField(path) }
            guard let list = parts.list else { return known.contains(parts.head) ? parts.head : "framework" }
            let fieldName = parts.field.map(Self.snakeCase)
            switch parts.head {
            case "organisations":
                return "organisation_\(list)_" + (fieldName == "type" ? "type" : "name")
            case "team" where team.indices.contains(list):
                let allowed = ["name", "organisation", "role", "job_title"]
                return "member_\(team[list])_" + (fieldName.flatMap { allowed.contains($0) ? $0 : nil } ?? "name")
            case "findings" where findings.indices.contains(list):
                let allowed = ["module", "kind", "text", "organisation", "attribution"]
                return "finding_\(findings[list])_" + (fieldName.flatMap { allowed.contains($0) ? $0 : nil } ?? "text")
            case "recommendations" where recommendations.indices.contains(list):
                let allowed = ["number", "text", "module", "organisation"]
                return "recommendation_\(recommendations[list])_" + (fieldName.flatMap { allowed.contains($0) ? $0 : nil } ?? "text")
            default:
                return "framework"
            }
        }

        /// "report_versions[0].comments[2].resolution.reason" → that comment's field; the
        /// draft's date is the visit's last day.
        func commentField(_ path: String) -> String {
            guard let range = path.range(of: #"comments\[(\d+)\]"#, options: .regularExpression),
                  let list = Int(path[range].filter(\.isNumber)), comments.indices.contains(list) else { return "end" }
            let part = path.hasSuffix(".reason") ? "reason" : path.hasSuffix(".outcome") ? "outcome" : "text"
            return "comment_\(comments[list])_" + part
        }

        /// The failure as a sentence that names the item by the number the form shows.
        func words(for failure: ValidationFailure) -> String {
            let parts = Self.split(failure.path)
            let message = failure.message
            guard let list = parts.list else { return FormErrors.sentence(message) }
            let named: String? =
                switch parts.head {
                case "organisations": "Organisation \(list + 1)"
                case "team": team.indices.contains(list) ? "Team member \(team[list] + 1)" : nil
                case "findings": findings.indices.contains(list) ? "Finding \(findings[list] + 1)" : nil
                case "recommendations": recommendations.indices.contains(list) ? "Recommendation \(recommendations[list] + 1)" : nil
                default: nil
                }
            return named.map { "\($0): \(message)" } ?? FormErrors.sentence(message)
        }

        /// "findings[3].kind" → ("findings", 3, "kind").
        static func split(_ path: String) -> (head: String, list: Int?, field: String?) {
            guard let open = path.firstIndex(of: "["), let close = path.firstIndex(of: "]"), open < close else {
                return (path, nil, nil)
            }
            let head = String(path[..<open])
            let number = Int(path[path.index(after: open)..<close])
            let rest = path[path.index(after: close)...]
            let field = rest.hasPrefix(".") ? String(rest.dropFirst()).split(separator: "[").first.map(String.init) : nil
            return (head, number, field)
        }

        static func snakeCase(_ name: String) -> String {
            name.reduce(into: "") { result, character in
                if character.isUppercase { result += "_" + character.lowercased() } else { result.append(character) }
            }
        }
    }
}
