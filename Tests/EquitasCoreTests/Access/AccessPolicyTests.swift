import EquitasCore
import Foundation
import Testing

@Suite("Who may do what")
struct AccessPolicyTests {
    static let ours = UUID.numbered(1), theirs = UUID.numbered(2), teamPeer = UUID.numbered(3), otherPeer = UUID.numbered(4)

    static let admin = Actor(accountId: .numbered(10), role: .administrator)
    static let manager = Actor(accountId: .numbered(11), role: .reviewManager)
    static let peer = Actor(accountId: .numbered(12), role: .peer, personId: teamPeer)
    static let outsiderPeer = Actor(accountId: .numbered(13), role: .peer, personId: otherPeer)
    static let officer = Actor(accountId: .numbered(14), role: .councilOfficer, organisationId: ours)
    static let councillor = Actor(accountId: .numbered(15), role: .councillor, organisationId: ours)
    static let otherOfficer = Actor(accountId: .numbered(16), role: .councilOfficer, organisationId: theirs)
    static let everyone = [admin, manager, peer, outsiderPeer, officer, councillor, otherOfficer, Actor.anonymous]

    /// A challenge as it would be at `status`: the feedback given once the team is drafting,
    /// a draft issued once the council is reviewing it.
    static func challenge(_ status: ChallengeStatus, _ area: ChallengeArea) -> Resource {
        .challenge(facts(status), part: area)
    }

    static func facts(_ status: ChallengeStatus, feedbackGiven: Bool? = nil, draftIssued: Bool? = nil) -> ChallengeFacts {
        ChallengeFacts(
            status: status, organisationIds: [ours], teamPersonIds: [teamPeer], feedbackGiven: feedbackGiven ?? (status >= .drafting),
            draftIssued: draftIssued ?? (status >= .councilReview))
    }

    static func allowed(_ kind: AccessKind, _ resource: Resource) -> Set<Actor> {
        Set(everyone.filter { AccessPolicy.allows($0, kind, resource) })
    }

    @Test("a draft is seen by the team, the council and those who run challenges; never by another council, another peer or the public")
    func draftsAreConfidential() {
        #expect(Self.allowed(.read, Self.challenge(.councilReview, .report)) == [Self.admin, Self.manager, Self.peer, Self.officer, Self.councillor])
    }

    @Test("the published report is for everyone; the peer's view ends at the final report")
    func publishedReport() {
        #expect(Self.allowed(.read, Self.challenge(.published, .report)) == Set(Self.everyone))
        #expect(AccessPolicy.allows(Self.peer, .read, Self.challenge(.final, .report)))
        // After publication the peer reads the report as the public does, but not the working files.
        #expect(!AccessPolicy.allows(Self.peer, .read, Self.challenge(.published, .peerWork)))
        #expect(!AccessPolicy.allows(.anonymous, .read, Self.challenge(.published, .peerWork)))
        #expect(!AccessPolicy.allows(Self.otherOfficer, .read, Self.challenge(.published, .selfAssessment)))
    }

    @Test("peers write their own work while on the team and until the report is final")
    func peerWork() {
        #expect(Self.allowed(.write, Self.challenge(.onSite, .peerWork)) == [Self.admin, Self.manager, Self.peer])
        #expect(!AccessPolicy.allows(Self.peer, .write, Self.challenge(.final, .peerWork)))
        #expect(!AccessPolicy.allows(Self.peer, .write, Self.challenge(.drafting, .reportVersions)))
        #expect(!AccessPolicy.allows(Self.peer, .write, Self.challenge(.planning, .setUp)))
    }

    @Test("council officers write the self-assessment and evidence, and comment only while the draft is with the council")
    func councilWork() {
        #expect(Self.allowed(.write, Self.challenge(.selfAssessment, .selfAssessment)) == [Self.admin, Self.manager, Self.officer])
        #expect(Self.allowed(.write, Self.challenge(.councilReview, .comments)) == [Self.admin, Self.manager, Self.officer])
        #expect(!AccessPolicy.allows(Self.officer, .write, Self.challenge(.drafting, .comments)))
        #expect(!AccessPolicy.allows(Self.officer, .write, Self.challenge(.final, .selfAssessment)))
        #expect(!AccessPolicy.allows(Self.councillor, .write, Self.challenge(.selfAssessment, .selfAssessment)))
    }

    @Test("an action plan is its council's: officers write, councillors read, other councils and peers see nothing")
    func actionPlans() {
        let plan = Resource.actionPlan(organisationId: Self.ours)
        #expect(Self.allowed(.read, plan) == [Self.admin, Self.manager, Self.officer, Self.councillor])
        #expect(Self.allowed(.write, plan) == [Self.admin, Self.manager, Self.officer])
    }

    @Test(
        "a council's equality data is its officers' to write and its councillors' to read; review managers read it; peers, other councils and the public see none",
        arguments: OrganisationDataArea.allCases)
    func organisationData(area: OrganisationDataArea) {
        let data = Resource.organisationData(organisationId: Self.ours, area: area)
        #expect(Self.allowed(.read, data) == [Self.admin, Self.manager, Self.officer, Self.councillor])
        #expect(Self.allowed(.write, data) == [Self.admin, Self.officer])
        let theirs = Resource.organisationData(organisationId: Self.theirs, area: area)
        #expect(Self.allowed(.read, theirs) == [Self.admin, Self.manager, Self.otherOfficer])
    }

    @Test("accounts are the administrator's; the public sees frameworks and the register but not the directory")
    func administration() {
        #expect(Self.allowed(.read, .accounts) == [Self.admin])
        #expect(Self.allowed(.read, .frameworks) == Set(Self.everyone))
        #expect(Self.allowed(.write, .frameworks) == [Self.admin])
        #expect(Self.allowed(.read, .publicRegister) == Set(Self.everyone))
        #expect(!AccessPolicy.allows(.anonymous, .read, .directory))
        #expect(Self.allowed(.write, .directory) == [Self.admin, Self.manager])
    }

    @Test("nobody who is not signed in writes anything, anywhere", arguments: ChallengeStatus.allCases)
    func publicNeverWrites(status: ChallengeStatus) {
        for area in ChallengeArea.allCases {
            #expect(!AccessPolicy.allows(.anonymous, .write, Self.challenge(status, area)))
        }
        #expect(!AccessPolicy.allows(.anonymous, .write, .actionPlan(organisationId: Self.ours)))
    }

    @Test("challenges are set up by those who run them; action plans are started by them and by council officers")
    func registers() {
        #expect(Self.allowed(.write, .challengeRegister) == [Self.admin, Self.manager])
        #expect(Self.allowed(.read, .challengeRegister) == Set(Self.everyone).subtracting([Actor.anonymous]))
        #expect(Self.allowed(.write, .actionPlanRegister) == [Self.admin, Self.manager, Self.officer, Self.otherOfficer])
        #expect(Self.allowed(.read, .actionPlanRegister) == [Self.admin, Self.manager, Self.officer, Self.otherOfficer, Self.councillor])
    }

    @Test("statuses compare in the order of the work")
    func statusOrder() {
        #expect(ChallengeStatus.planning < .selfAssessment && ChallengeStatus.final < .published)
        #expect(ChallengeStatus.allCases.sorted() == ChallengeStatus.allCases)
    }
}
