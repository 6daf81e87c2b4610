/// The rules of the draft → comments → final trail that decide whether a version may be
/// issued. Pure: the store reads what they need and applies what they allow; the status
/// changes themselves go through `ChallengeLifecycle`.
public enum ReportTrail {
    /// Who issued a version or resolved a comment: free text, bounded like a name.
    public static let nameMaximum = 200

    public static func issuer(_ name: String) throws(ValidationFailure) -> String {
        try Text.required(name, path: "issued_by", maximum: nameMaximum)
    }

    /// Drafts go to the council while the team is drafting (the first, or one redrafted
    /// after the council sent it back) or during council review (the next draft).
    public static func checkIssueDraft(status: ChallengeStatus) throws(RuleViolation) {
        switch status {
        case .drafting, .councilReview:
            return
        case .final, .published:
            throw RuleViolation("the final report of this challenge has been issued, so no further draft can be")
        default:
            throw RuleViolation(
                "a draft report can be issued while the challenge is in drafting or council review; this one is in \(status.label)")
        }
    }

    /// The final report closes the trail: once, from council review, after at least one
    /// draft, and only when every comment on every draft has been resolved.
    public static func checkIssueFinal(status: ChallengeStatus, versions: [ReportVersionSummary]) throws(RuleViolation) {
        if let final = versions.first(where: { $0.kind == .final }) {
            throw RuleViolation("this challenge already has \(final.label), issued on \(final.issuedOn)")
        }
        guard status == .councilReview else {
            let hint = status == .drafting ? ": issue a draft for council comment first" : ""
            throw RuleViolation(
                "the final report can be issued only while the challenge is in council review; this one is in \(status.label)\(hint)")
        }
        guard versions.contains(where: { $0.kind == .draft }) else {
            throw RuleViolation("issue a draft for council comment before the final report")
        }
        if let unresolved = unresolvedMessage(versions) {
            throw RuleViolation("\(unresolved); resolve each before issuing the final report")
        }
    }

    /// "2 comments on draft 1 are unresolved", "1 comment on draft 1 and 3 comments on
    /// draft 2 are unresolved"; nil when there are none.
    public static func unresolvedMessage(_ versions: [ReportVersionSummary]) -> String? {
        let open = versions.filter { $0.comments.unresolved > 0 }.sorted { $0.number < $1.number }
        guard !open.isEmpty else { return nil }
        let parts = open.map { "\($0.comments.unresolved) comment\($0.comments.unresolved == 1 ? "" : "s") on \($0.label)" }
        let total = open.reduce(0) { $0 + $1.comments.unresolved }
        let list = parts.count == 1 ? parts[0] : parts.dropLast().joined(separator: ", ") + " and " + parts[parts.count - 1]
        return "\(list) \(total == 1 ? "is" : "are") unresolved"
    }

    /// Numbers run on from the highest issued, drafts and final alike.
    public static func nextNumber(after versions: [ReportVersionSummary]) -> Int {
        (versions.map(\.number).max() ?? 0) + 1
    }
}
