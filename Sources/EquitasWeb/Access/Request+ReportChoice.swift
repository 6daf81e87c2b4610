import EquitasCore
import Vapor

extension Request {
    /// The version of the report a request asks for, checked against what the actor may
    /// read: the working copy is the team's until the report is published, so anyone else
    /// asking for it is refused, and anyone else asking for nothing gets the newest
    /// version issued to them.
    func reportChoice(_ text: String?, path: String) async throws -> ReportVersionChoice {
        let facts = try await challengeFacts()
        let mayReadWorkingCopy = may(.read, .challenge(facts, part: .workingCopy))
        guard let text else { return mayReadWorkingCopy ? .working : facts.status >= .final ? .final : .latestDraft }
        let choice = try ReportVersionChoice.parse(text, path: path)
        if choice == .working, !mayReadWorkingCopy {
            throw Forbidden(message: AccessMiddleware.refusal(actor, .read, .challenge(.workingCopy)))
        }
        return choice
    }
}
