import EquitasCore

/// What issuing a draft or the final report does, said before it is done: both are
/// kept as issued for good, and each opens or closes something for the council.
enum ReportIssueConfirmation {
    static func make(_ kind: ReportVersionKind, work: PeerWorkRecord, today: CalendarDate) -> Confirmation {
        let report = Site.challengeReport.path(work.id)
        switch kind {
        case .draft:
            return Confirmation(
                question: "Issue a draft report to the council?",
                consequences: [
                    "The report as it stands now will be issued as a draft dated \(today.longForm), and the council will be able to read it and comment on it.",
                    "The draft is kept as issued: later changes to the team's work make a new draft, they do not change this one.",
                ],
                action: Site.challengeReportDraftPost.path(work.id), button: "Yes, issue the draft", destructive: false, back: report)
        case .final:
            return Confirmation(
                question: "Issue the final report?",
                consequences: [
                    "The report will be issued as final, dated \(today.longForm), and the challenge will move to final: the team's findings and recommendations can no longer be changed.",
                    Confirmation.cannotBeUndone,
                ],
                action: Site.challengeReportFinalPost.path(work.id), button: "Yes, issue the final report", destructive: false, back: report)
        }
    }
}
