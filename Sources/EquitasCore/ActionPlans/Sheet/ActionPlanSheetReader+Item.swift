extension ActionPlanSheetReader {
    /// The item as a row gives it (nil if any of its cells is bad) and its repeated
    /// columns in comparable form.
    mutating func readItem(number: Int, _ row: Row) -> (PlanItem?, [Column: String]) {
        let before = failureCount
        let recommendation = text(.recommendation, row)
        let itemText = checked(.recommendation, row) { path throws(ValidationFailure) in try Text.required(recommendation, path: path) }
        let module = readModule(row)
        let response = readResponse(row)
        let rationaleText = text(.rationale, row)
        let rationale = checked(.rationale, row) { path throws(ValidationFailure) in try Text.optional(rationaleText, path: path) }
        if let response, response.needsRationale, rationaleText.isEmpty {
            fail(.rationale, row, "a response of \"\(response.label)\" needs a rationale saying why")
        }
        let repeated = repeatedValues(row)
        guard failureCount == before, let itemText else { return (nil, repeated) }
        return (PlanItem(number: number, text: itemText, module: module, response: response, rationale: rationale), repeated)
    }

    /// The item columns as values to compare between an item's rows: a response or
    /// module however it was spelt, the texts as written.
    func repeatedValues(_ row: Row) -> [Column: String] {
        let module = text(.module, row)
        let response = text(.response, row)
        return [
            .module: module.isEmpty ? "" : vocabulary.moduleValue(for: module) ?? PlanVocabulary.folded(module),
            .recommendation: text(.recommendation, row),
            .response: PlanResponse(label: response)?.rawValue ?? response.lowercased(),
            .rationale: text(.rationale, row),
        ]
    }

    /// The module by its id, code or name when the plan has a framework; free text
    /// otherwise. Empty means none.
    mutating func readModule(_ row: Row) -> String? {
        let typed = text(.module, row)
        guard !typed.isEmpty else { return nil }
        guard let value = vocabulary.moduleValue(for: typed) else {
            let names = vocabulary.modules.map { "\"\($0.name)\"" }
            fail(.module, row, "\"\(typed)\" is not one of this plan's modules (use \(Self.listed(names, or: true)))")
            return nil
        }
        return checked(.module, row) { path throws(ValidationFailure) in try Text.optional(value, path: path, maximum: 200) }
    }

    /// By label ("Agreed with a different approach") or stored value; empty means the
    /// council has not answered yet.
    mutating func readResponse(_ row: Row) -> PlanResponse? {
        let typed = text(.response, row)
        guard !typed.isEmpty else { return nil }
        guard let response = PlanResponse(label: typed) else {
            let labels = PlanResponse.allCases.map(\.label)
            fail(.response, row, "\"\(typed)\" is not a response (use \(Self.listed(labels, or: true)), or leave it empty until answered)")
            return nil
        }
        return response
    }

    /// "A, B or C" (or "A, B and C").
    static func listed(_ names: [String], or: Bool) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + (or ? " or " : " and ") + names[names.count - 1]
    }
}
