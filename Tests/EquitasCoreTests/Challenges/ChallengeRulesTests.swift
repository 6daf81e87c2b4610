import EquitasCore
import Foundation
import Testing

/// The rules a review manager expects, each refusing with a message that names the
/// field and says why.
@Suite("Challenge rules")
struct ChallengeRulesTests {
    static let council = UUID.numbered(1)
    static let peerBody = UUID.numbered(2)

    static func challenge(start: String? = "2026-03-10", end: String? = "2026-03-12") -> Challenge {
        Challenge(
            organisationIds: [council], frameworkId: Framework.mock.id, modules: [ModuleScope(id: "communities", level: "achieving")],
            start: start.flatMap { CalendarDate($0) }, end: end.flatMap { CalendarDate($0) })
    }

    static func context(entry: Bool = true, challenge: Challenge = challenge()) -> ChallengeContext {
        ChallengeContext(
            framework: .mock, challenge: challenge,
            people: [
                .numbered(10): Person(name: "Olu Officer", organisationId: council),
                .numbered(11): Person(name: "Pat Peer", organisationId: peerBody),
            ],
            organisationNames: [council: "High Peak Borough Council"], isEntry: entry)
    }

    static func failure(_ body: () throws -> Void) -> ValidationFailure? {
        do { try body() } catch let failure as ValidationFailure { return failure } catch { return nil }
        return nil
    }

    static func session(_ day: String, _ from: String = "10:00", _ to: String = "11:00") -> ProgrammeSession {
        ProgrammeSession(start: LocalDateTime("\(day)T\(from)")!, end: LocalDateTime("\(day)T\(to)")!, kind: .interview, title: "Leader")
    }

    @Test("a session outside the challenge's dates is refused, in words, unless the date is confirmed as meant")
    func sessionDates() throws {
        let refused = Self.failure { _ = try Self.session("2026-04-20").validated(in: Self.context()) }
        #expect(refused?.path == "start")
        #expect(refused?.message.contains("20 April 2026") == true)
        #expect(refused?.message.contains("10 to 12 March 2026") == true)
        var meant = Self.session("2026-04-20")
        meant.outsideDatesConfirmed = true
        let kept = try meant.validated(in: Self.context())
        #expect(kept.outsideDatesConfirmed == false, "the confirmation answers one write; it is not kept")
        #expect(try Self.session("2026-03-12").validated(in: Self.context()).title == "Leader")
        // A whole record brought in, and a challenge with no dates, are not checked.
        #expect(throws: Never.self) { _ = try Self.session("2026-04-20").validated(in: Self.context(entry: false)) }
        #expect(throws: Never.self) { _ = try Self.session("2026-04-20").validated(in: Self.context(challenge: Self.challenge(start: nil, end: nil))) }
    }

    @Test("an end time before the start names both in UK words")
    func sessionTimes() {
        let refused = Self.failure { _ = try Self.session("2026-03-10", "11:00", "10:00").validated(in: Self.context()) }
        #expect(refused == ValidationFailure(path: "end", message: "the end time (10 March 2026, 10:00) must be after the start time (10 March 2026, 11:00)"))
    }

    @Test("a finding on a module out of scope is refused unless it is an observation")
    func findingScope() throws {
        let outside = Finding(module: "workforce", kind: .strength, text: "A diverse workforce")
        let refused = Self.failure { _ = try outside.validated(in: Self.context()) }
        #expect(refused?.path == "module")
        #expect(refused?.message.contains("module 3, Workforce, is not in this challenge's scope (Communities)") == true)
        #expect(refused?.message.contains("observation") == true)
        var observation = outside
        observation.kind = .observation
        #expect(try observation.validated(in: Self.context()).kind == .observation)
        #expect(throws: Never.self) { _ = try outside.validated(in: Self.context(entry: false)) }
    }

    @Test("someone from a council under challenge cannot be on its team, and is told why")
    func peerFromCouncil() throws {
        let refused = Self.failure { _ = try TeamMember(personId: .numbered(10), role: .officerPeer).validated(in: Self.context()) }
        #expect(refused?.path == "person_id")
        #expect(refused?.message.hasPrefix("Olu Officer works for High Peak Borough Council, which this challenge assesses") == true)
        #expect(try TeamMember(personId: .numbered(11), role: .leadPeer).validated(in: Self.context()).role == .leadPeer)
    }

    @Test("a framework applies to the bodies it lists; never to a national body; an unknown type is given the benefit of the doubt")
    func applicableBodies() {
        var councils = Framework.mock
        councils.appliesTo = [.districtCouncil, .boroughCouncil]
        #expect(councils.applies(to: .districtCouncil))
        #expect(!councils.applies(to: .nhsTrust))
        #expect(!councils.applies(to: .nationalBody))
        #expect(councils.applies(to: .other))
        #expect(!Framework.mock.applies(to: .nationalBody))
        #expect(Framework.mock.applies(to: .police))
        let lga = Organisation(name: "Local Government Association", type: .nationalBody)
        #expect(ChallengeRules.notApplicable(lga, framework: councils).hasPrefix("Local Government Association is a national body"))
        let trust = Organisation(name: "Moorside NHS Trust", type: .nhsTrust)
        #expect(ChallengeRules.notApplicable(trust, framework: councils).contains("(it applies to: district council, borough council)"))
    }

    @Test("evidence needs a file, a link or an impact assessment, unless its file is to follow")
    func evidenceDocument() throws {
        let bare = EvidenceDocument(title: "Equality strategy")
        let refused = Self.failure { _ = try bare.validated(in: Self.context()) }
        #expect(refused?.path == "url")
        #expect(refused?.message.hasPrefix("evidence needs its document") == true)
        #expect(try EvidenceDocument(title: "Strategy", url: "https://example.org/s.pdf").validated(in: Self.context()).url != nil)
        #expect(try EvidenceDocument(title: "Strategy", impactAssessmentId: .numbered(5)).validated(in: Self.context()).kind == .impactAssessment)
        let following = try EvidenceDocument(title: "Strategy", fileToFollow: true).validated(in: Self.context())
        #expect(following.fileToFollow == false, "the answer is not kept")
        #expect(throws: Never.self) { _ = try bare.validated(in: Self.context(entry: false)) }
    }

    @Test("a progress update dated after today is refused, saying today's date")
    func futureUpdate() throws {
        let today = CalendarDate("2026-03-10")!
        let ahead = ProgressUpdate(date: CalendarDate("2027-01-05")!, author: "Olu Officer", text: "Done")
        let refused = Self.failure { _ = try ahead.validated(today: today) }
        #expect(refused?.path == "date")
        #expect(refused?.message.contains("5 January 2027") == true && refused?.message.contains("10 March 2026") == true)
        #expect(try ProgressUpdate(date: today, author: "Olu Officer", text: "Done").validated(today: today).date == today)
    }

    @Test("the fixed clock gives the same UK day whatever the instant's zone")
    func fixedClock() {
        let day = CalendarDate("2026-03-29")!
        #expect(AppClock.fixed(day).today == day)
        #expect(AppClock.fixed(day).now == AppClock.fixed(day).now)
    }
}
