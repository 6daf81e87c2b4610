import Foundation

extension EqualityObjective {
    /// Trimmed, with blanks as nil; refused, naming the field, when a required field is
    /// blank or too long, renewal is not after adoption or is more than four years from
    /// it, a measure is named twice, or a measure's progress is for a year that is not
    /// one of the objective's, is given twice for one year, or is dated before adoption
    /// or after `today`.
    public func validated(today: CalendarDate) throws(ValidationFailure) -> EqualityObjective {
        var copy = self
        copy.title = try Text.required(title, path: "title", maximum: 300)
        copy.description = try Text.optional(description, path: "description", maximum: 10_000)
        copy.lead = try Text.optional(lead, path: "lead", maximum: 200)
        if let renewBy {
            guard adopted < renewBy else {
                throw ValidationFailure(path: "renew_by", message: "\(renewBy) is not after the adoption date, \(adopted)")
            }
            let latest = adopted.adding(years: Self.renewalYears)
            guard renewBy <= latest else {
                throw ValidationFailure(path: "renew_by", message: "\(renewBy) is more than four years after adoption; objectives are renewed by \(latest) at the latest")
            }
        }
        guard measures.count <= Self.maximumMeasures else {
            throw ValidationFailure(path: "measures", message: "has \(measures.count) measures; the limit is \(Self.maximumMeasures)")
        }
        var names: [String: Int] = [:]
        copy.measures = []
        for (index, measure) in measures.enumerated() {
            let path = "measures[\(index)]"
            let valid = try measure.validated(path: path, of: copy, today: today)
            if let first = names[valid.name.lowercased()] {
                throw ValidationFailure(path: path + ".name", message: "\"\(valid.name)\" is already measures[\(first)]")
            }
            names[valid.name.lowercased()] = index
            copy.measures.append(valid)
        }
        return copy
    }
}

extension ObjectiveMeasure {
    func validated(path: String, of objective: EqualityObjective, today: CalendarDate) throws(ValidationFailure) -> ObjectiveMeasure {
        var copy = self
        copy.name = try Text.required(name, path: path + ".name", maximum: 300)
        copy.baseline = try Text.optional(baseline, path: path + ".baseline", maximum: 1_000)
        copy.target = try Text.optional(target, path: path + ".target", maximum: 1_000)
        let years = objective.progressYears
        var seen: [Int: Int] = [:]
        copy.progress = []
        for (index, entry) in progress.enumerated() {
            let at = "\(path).progress[\(index)]"
            guard years.contains(entry.year) else {
                let span = years.isEmpty ? "none" : "\(years.first!) to \(years.last!)"
                throw ValidationFailure(path: at + ".year", message: "\(entry.year) is not a year of this objective (its progress years are \(span))")
            }
            if let first = seen[entry.year] {
                throw ValidationFailure(path: at + ".year", message: "progress for \(entry.year) is already recorded in progress[\(first)]; a measure has one entry a year")
            }
            seen[entry.year] = index
            guard objective.adopted <= entry.recorded else {
                throw ValidationFailure(path: at + ".recorded", message: "\(entry.recorded) is before the objective was adopted, \(objective.adopted)")
            }
            guard entry.recorded <= today else {
                throw ValidationFailure(path: at + ".recorded", message: "\(entry.recorded) is after today, \(today)")
            }
            var line = entry
            line.note = try Text.required(entry.note, path: at + ".note", maximum: 10_000)
            copy.progress.append(line)
        }
        copy.progress.sort { $0.year < $1.year }
        return copy
    }
}
