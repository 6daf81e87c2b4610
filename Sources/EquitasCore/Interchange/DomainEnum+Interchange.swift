extension DomainEnum {
    /// Reads a raw value from a document, naming the field in the refusal:
    /// `findings[12].kind: unknown kind "strenght" (expected one of strength, …)`.
    static func parse(_ raw: String, path: String) throws(ValidationFailure) -> Self {
        guard let value = Self(rawValue: raw) else {
            let field = path.split(separator: ".").last.map(String.init) ?? path
            throw ValidationFailure(
                path: path, message: "unknown \(field) \"\(raw)\" (expected one of \(rawValues.joined(separator: ", ")))")
        }
        return value
    }

    /// As `parse`, with the value a document may leave out.
    static func parse(_ raw: String?, path: String, default value: Self) throws(ValidationFailure) -> Self {
        guard let raw else { return value }
        return try parse(raw, path: path)
    }
}
