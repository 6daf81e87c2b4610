import EquitasCore
import Vapor

/// A form's worth of one kind of the team's work (a finding, a recommendation): what
/// the shared edit, save and delete pages need to know of it.
protocol PeerWorkDraft: Content {
    associatedtype Part: ChallengePart
    /// "finding": in headings and buttons.
    static var noun: String { get }
    /// "findings": the list's name.
    static var plural: String { get }
    /// Its pages in the route table.
    static var routes: PeerWorkRoutes { get }
    init()
    init(_ part: Part)
    /// The words themselves: what an edit conflict shows of the other version.
    var text: String? { get }
    /// The value to store, or what is wrong with the form.
    func checked(in work: PeerWorkRecord) -> (Part?, FormErrors)
    /// A refusal from the store, at the field it names.
    static func errors(_ failure: ValidationFailure) -> FormErrors
    /// The form's fields.
    static func fields(_ work: PeerWorkRecord, _ draft: Self, _ errors: FormErrors) -> Node
}

extension FindingDraft: PeerWorkDraft {
    static let noun = "finding"
    static let plural = "findings"
    static let routes = PeerWorkRoutes(
        list: Site.challengeFindings, edit: Site.challengeFindingEdit, update: Site.challengeFindingPost, delete: Site.challengeFindingDeletePost)
    func checked(in work: PeerWorkRecord) -> (Finding?, FormErrors) { let result = parsed(in: work); return (result.finding, result.errors) }
    static func fields(_ work: PeerWorkRecord, _ draft: FindingDraft, _ errors: FormErrors) -> Node { FindingFields.nodes(work, draft, errors) }
}

extension RecommendationDraft: PeerWorkDraft {
    static let noun = "recommendation"
    static let plural = "recommendations"
    static let routes = PeerWorkRoutes(
        list: Site.challengeRecommendations, edit: Site.challengeRecommendationEdit, update: Site.challengeRecommendationPost,
        delete: Site.challengeRecommendationDeletePost)
    func checked(in work: PeerWorkRecord) -> (Recommendation?, FormErrors) { let result = parsed(); return (result.recommendation, result.errors) }
    static func errors(_ failure: ValidationFailure) -> FormErrors { RecommendationFields.errors(failure) }
    static func fields(_ work: PeerWorkRecord, _ draft: RecommendationDraft, _ errors: FormErrors) -> Node {
        RecommendationFields.nodes(work, draft, errors)
    }
}
