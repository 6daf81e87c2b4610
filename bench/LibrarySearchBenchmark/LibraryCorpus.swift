import EquitasLibrary
import Foundation

/// Made-up findings in the words peer challenge reports use: a topic (what the council
/// did), a judgement and a context, with a long tail of less common words so that the
/// index has a realistic spread, from "staff" in a tenth of findings to words in a handful.
struct LibraryCorpus {
    var generator: SplitMix64

    static let topics = [
        "sexual orientation monitoring of the workforce", "a staff network for disabled employees", "equality impact assessments of budget decisions",
        "hate crime reporting centres", "accessible transport for older residents", "sites for Gypsy and Traveller communities",
        "translation and interpreting services", "gender pay gap reporting", "the ethnicity pay gap action plan",
        "consultation with young people", "procurement clauses on fair employment", "the Armed Forces covenant",
        "mental health first aiders", "reasonable adjustments passports", "a carers' leave policy",
        "community cohesion funding", "domestic abuse champions", "digital inclusion for residents offline",
        "apprenticeships for care leavers", "menopause support in the workplace", "faith and belief forums",
        "British Sign Language access", "refugee resettlement partnerships", "neurodiversity awareness training",
        "equality objectives in service plans", "data on service users by protected characteristic",
        "inclusive recruitment panels", "the LGBT+ allies programme", "race equality mentoring", "school exclusions by ethnicity",
    ]
    static let judgements = [
        "is well established and valued by", "has improved outcomes for", "is not yet consistent across", "is patchy among",
        "was praised by", "needs clearer ownership from", "is an example of good practice for", "could be shared more widely with",
        "is monitored through", "has not reached",
    ]
    static let contexts = [
        "frontline staff", "elected members", "partner organisations", "the voluntary sector", "senior managers", "residents",
        "housing tenants", "schools", "health partners", "the police", "town and parish councils", "trade unions",
    ]
    /// The long tail: drawn with a skew, so that some are common and most are rare.
    static let tail: [String] = {
        let stems = ["access", "budget", "carer", "data", "evidence", "forum", "grant", "housing", "inclusion", "leader",
                     "member", "network", "outcome", "panel", "policy", "report", "scrutiny", "target", "survey", "training"]
        let endings = ["", "s", "ing", "ship", "wide", "plan", "board", "group", "review", "work"]
        return stems.flatMap { stem in endings.map { stem + $0 } } + (0..<1800).map { "term\($0)" }
    }()

    mutating func next(_ range: Range<Int>) -> Int { Int(generator.next() % UInt64(range.count)) + range.lowerBound }

    mutating func finding() -> String {
        var words = ["The council's", Self.topics[next(0..<Self.topics.count)], Self.judgements[next(0..<Self.judgements.count)],
                     Self.contexts[next(0..<Self.contexts.count)]]
        for _ in 0..<next(3..<9) {
            // Squaring a uniform draw skews it towards the front of the tail.
            let draw = Double(next(0..<10_000)) / 10_000
            words.append(Self.tail[Int(draw * draw * Double(Self.tail.count))])
        }
        return words.joined(separator: " ") + "."
    }
}
