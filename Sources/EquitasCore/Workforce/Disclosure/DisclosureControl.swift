import Foundation

/// The one rule every published figure about staff follows: nothing rests on fewer than
/// `threshold` people (10 unless a council chooses another, never below 5), and nothing
/// hidden can be worked out from what is shown. Encodes as `{"threshold": 10, "rule": "…"}`
/// so each output says what it applied. The reasoning is in
/// docs/adr/0006-disclosure-control.md.
public struct DisclosureControl: Equatable, Sendable, Codable {
    public static let defaultThreshold = 10
    /// Below five, a published count or average says too much about the people in it
    /// for any council's choice to be safe.
    public static let lowestThreshold = 5
    public static let standard = DisclosureControl(checked: defaultThreshold)

    public let threshold: Int

    public init(threshold: Int) throws(ValidationFailure) {
        guard threshold >= Self.lowestThreshold else {
            throw ValidationFailure(
                path: "threshold", message: "\(threshold) is too small: the fewest people a published figure may rest on is \(Self.lowestThreshold) or more (the default is \(Self.defaultThreshold))")
        }
        self.init(checked: threshold)
    }

    init(checked threshold: Int) {
        self.threshold = threshold
    }

    /// Hides nothing: for tests of the pay gap arithmetic alone, on examples too small to
    /// publish. Not reachable from outside the module.
    static let arithmeticOnly = DisclosureControl(checked: 1)

    /// "fewer than 10"
    public var fewerThan: String { "fewer than \(threshold)" }

    /// What a hidden place says, in every format. True both of a figure about too few
    /// people and of one hidden so that such a figure cannot be worked out, and the same
    /// for both so that the two cannot be told apart.
    public var withheldText: String { "not published (\(fewerThan) rule)" }

    /// The name the hidden groups' combined share of a pay quartile goes under; it always
    /// stands for two groups or more.
    public var pooledLabel: String { "groups not published (\(fewerThan) rule)" }

    /// Whether no group's share of any pay quartile can be shown: every band with people
    /// in it holds only the pooled share (100%). Outputs then say so in a sentence rather
    /// than print a table whose every row reads "groups not published … 100.0%".
    public func hidesEveryShare(_ quartiles: [[String: Decimal]]) -> Bool {
        let banded = quartiles.filter { !$0.isEmpty }
        return !banded.isEmpty && banded.allSatisfy { $0.keys.count == 1 && $0[pooledLabel] != nil }
    }

    /// Said instead of the quartile table when `hidesEveryShare` holds.
    public var everyShareHiddenText: String {
        "No group's share of the pay quartiles is published: each share would either rest on \(fewerThan) people or let "
            + "such a count be worked out from the others. Everyone's pay still counts in the pay gaps above."
    }

    /// The rule in one paragraph, as each output states it.
    public var rule: String {
        "No count, share or figure about \(fewerThan) people is published: a group's hourly pay gaps need at least "
            + "\(threshold) employees on full pay in the group and in the reference group, its bonus gaps at least "
            + "\(threshold) people paid a bonus in each, and a count or a pay quartile share of \(fewerThan) is hidden. "
            + "Where a hidden number could be worked out from totals or other tables, more numbers are hidden, so that "
            + "hidden numbers are never alone in a sum and together come to at least \(threshold). The statutory gender "
            + "pay gap is published in full, as the 2017 regulations require."
    }

    /// A count of one person up to one fewer than the threshold. Nobody (zero) is shown:
    /// it identifies no one.
    public func isSmall(_ count: Double) -> Bool { count > 1e-9 && count < Double(threshold) - 1e-9 }

    public func isSmall(_ count: Int) -> Bool { isSmall(Double(count)) }

    enum CodingKeys: String, CodingKey { case threshold, rule }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let threshold = try container.decode(Int.self, forKey: .threshold)
        do { try self.init(threshold: threshold) } catch {
            throw DecodingError.dataCorruptedError(forKey: .threshold, in: container, debugDescription: error.message)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(threshold, forKey: .threshold)
        try container.encode(rule, forKey: .rule)
    }
}
