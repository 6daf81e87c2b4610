/// The enums of the domain: stored and exchanged as their raw strings. Decoding an
/// unknown value says which values would have been accepted.
public protocol DomainEnum: RawRepresentable, CaseIterable, Codable, Hashable, Sendable where RawValue == String {}

extension DomainEnum {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let value = Self(rawValue: raw) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: Self.unknown(raw))
        }
        self = value
    }

    /// `unknown value "strenght" (expected one of strength, quote, …)`
    public static func unknown(_ raw: String) -> String {
        "unknown value \"\(raw)\" (expected one of \(allCases.map(\.rawValue).joined(separator: ", ")))"
    }

    public static var rawValues: [String] { allCases.map(\.rawValue) }
}
