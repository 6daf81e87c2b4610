import EquitasCore
import Foundation

/// The preview form's fields, kept as typed so that the form can come back with the
/// person's own words when something is wrong. Filled from what the recogniser found,
/// then from what the person posts; `document` turns it back into an interchange
/// document, checking what the form itself can get wrong, and the catalog's validation
/// (the one the API and the command line use) checks the rest.
struct ReportImportDraft: Sendable {
    struct Organisation: Sendable {
        var name = ""
        var type = OrganisationType.other.rawValue
    }

    struct Member: Sendable {
        var name = ""
        var organisation = ""
        var role = TeamRole.officerPeer.rawValue
        var jobTitle = ""
        var leaveOut = false
    }

    struct Finding: Sendable {
        var module = ""
        var kind = ""
        var text = ""
        /// The index of one of the draft's organisations, or empty for a joint finding:
        /// an index, not a name, so that renaming a council keeps its findings with it.
        var organisation = ""
        var attribution = ""
        /// Carried unseen from the recogniser; only ever text, checked like the rest.
        var theme = ""
        var leaveOut = false
    }

    struct Recommendation: Sendable {
        var number = ""
        var text = ""
        var module = ""
        var organisation = ""
        var leaveOut = false
    }

    /// A comment by the council on the draft, as the report printed it.
    struct Comment: Sendable {
        /// Where it was made: "finding:<row>" (a row of `findings`), "recommendation:<number>",
        /// "section:<id>", or empty for the report as a whole. Carried unseen.
        var place = ""
        var author = ""
        var text = ""
        var outcome = CommentOutcome.noted.rawValue
        var reason = ""
        var leaveOut = false
    }

    /// Why an item was flagged for checking, carried between the preview and its
    /// corrections so that the flags stay in view. Only shown, never stored.
    struct Check: Sendable, Equatable {
        var reason: String
        var confidence: Double
    }

    /// "eflg-2011@1.0": the framework and its version, as the select sends them.
    var framework = ""
    var level = ""
    var start = ""
    var end = ""
    var conclusion = ""
    /// "equality-standard@2006@level-3": a second framework's level the report also
    /// concluded on (2008–09), or empty for none.
    var secondLevel = ""
    var secondJudgement = Judgement.none.rawValue
    var organisations: [Organisation] = []
    var team: [Member] = []
    var findings: [Finding] = []
    var recommendations: [Recommendation] = []
    var comments: [Comment] = []
    /// The day the draft the comments were made on is dated, when not the visit's last.
    var commentsIssuedOn = ""
    /// Field prefix ("finding_3", "level") → why it needs checking.
    var checks: [String: Check] = [:]
    var warnings: [String] = []

    static func frameworkChoice(_ id: String, _ version: String) -> String { id + "@" + version }
    static func secondLevelChoice(_ id: String, _ version: String, _ level: String) -> String { id + "@" + version + "@" + level }

    /// The framework the form names, if the catalog has it.
    func chosenFramework(in catalog: FrameworkCatalog) -> Framework? {
        let parts = framework.split(separator: "@", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        return catalog.framework(parts[0], version: parts[1])
    }
}

extension ReportImportDraft {
    /// The preview of what the recogniser found: every part in a field of its own, each
    /// uncertain part's reason beside it.
    init(_ result: ReportImportResult) {
        let document = result.document
        framework = Self.frameworkChoice(document.framework, document.frameworkVersion ?? "")
        level = document.level ?? ""
        start = document.start?.description ?? ""
        end = document.end?.description ?? ""
        conclusion = document.conclusion ?? ""
        if let second = document.secondLevel {
            secondLevel = Self.secondLevelChoice(second.framework, second.frameworkVersion ?? "", second.level)
            secondJudgement = second.judgement ?? Judgement.none.rawValue
        }
        organisations = document.organisations.map { Organisation(name: $0.name, type: $0.type ?? OrganisationType.other.rawValue) }
        // A report that names no council still needs one before it can be saved.
        if organisations.isEmpty { organisations = [Organisation()] }
        let names = document.organisations.map(\.name)
        func index(_ name: String?) -> String { name.flatMap { names.firstIndex(of: $0) }.map(String.init) ?? "" }
        team = document.team.map {
            Member(name: $0.name, organisation: $0.organisation ?? "", role: $0.role, jobTitle: $0.jobTitle ?? "")
        }
        findings = document.findings.map {
            Finding(
                module: $0.module, kind: $0.kind, text: $0.text, organisation: index($0.organisation), attribution: $0.attribution ?? "",
                theme: $0.theme ?? "")
        }
        recommendations = document.recommendations.map {
            Recommendation(number: String($0.number), text: $0.text, module: $0.module ?? "", organisation: index($0.organisation))
        }
        if let draft = document.reportVersions?.first {
            commentsIssuedOn = draft.issuedOn?.description ?? ""
            comments = draft.comments.map { comment in
                let place = comment.finding.map { "finding:\($0 - 1)" } ?? comment.recommendation.map { "recommendation:\($0)" }
                    ?? comment.section.map { "section:\($0)" } ?? ""
                return Comment(
                    place: place, author: comment.author ?? "", text: comment.text,
                    outcome: comment.resolution?.outcome ?? CommentOutcome.noted.rawValue, reason: comment.resolution?.reason ?? "")
            }
        }
        for item in result.needingReview {
            guard let prefix = Self.fieldPrefix(item.path) else { continue }
            checks[prefix] = Check(reason: item.reason, confidence: item.confidence)
        }
        warnings = result.warnings
    }

    /// A recogniser path ("findings[3]", "start") → the prefix of the form fields that
    /// hold it ("finding_3", "start").
    static func fieldPrefix(_ path: String) -> String? {
        let singular = ["organisations": "organisation", "team": "member", "findings": "finding", "recommendations": "recommendation"]
        guard let open = path.firstIndex(of: "[") else {
            return ["framework", "level", "start", "end", "conclusion", "second_level"].contains(path) ? path : nil
        }
        let list = String(path[..<open])
        let rest = path[path.index(after: open)...]
        guard let close = rest.firstIndex(of: "]"), let number = Int(rest[..<close]), let name = singular[list] else { return nil }
        return "\(name)_\(number)"
    }
}
