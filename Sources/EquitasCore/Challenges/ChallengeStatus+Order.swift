/// Statuses compare by the order of the work: planning < … < final < published, so
/// rules can say "until the report is final".
extension ChallengeStatus: Comparable {
    public static func < (lhs: ChallengeStatus, rhs: ChallengeStatus) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
