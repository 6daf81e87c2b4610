import Foundation

extension ImpactAssessment {
    /// The most lines one assessment may carry: the nine protected characteristics and
    /// room for a council's own, with a bound so one request cannot store thousands.
    public static let maximumImpacts = 30

    /// Trimmed, with blanks as nil; refused when a required field is blank or too long,
    /// a characteristic is named twice (ignoring case), or the review comes before the
    /// decision. A protected characteristic named by its label ("Religion or belief") is
    /// stored by its raw value, so the register can tell the nine from a council's own.
    public func validated() throws(ValidationFailure) -> ImpactAssessment {
        var copy = self
        copy.title = try Text.required(title, path: "title", maximum: 300)
        copy.service = try Text.required(service, path: "service", maximum: 200)
        copy.proposal = try Text.required(proposal, path: "proposal", maximum: 5_000)
        copy.decisionMaker = try Text.optional(decisionMaker, path: "decision_maker", maximum: 200)
        copy.consultation = try Text.optional(consultation, path: "consultation")
        copy.mitigations = try Text.optional(mitigations, path: "mitigations")
        guard impacts.count <= Self.maximumImpacts else {
            throw ValidationFailure(path: "impacts", message: "has \(impacts.count) lines; the limit is \(Self.maximumImpacts)")
        }
        var seen: [String: Int] = [:]
        copy.impacts = []
        for (index, impact) in impacts.enumerated() {
            let path = "impacts[\(index)]"
            let line = try impact.validated(path: path)
            let key = line.characteristic.lowercased()
            if let first = seen[key] {
                throw ValidationFailure(path: path + ".characteristic", message: "\"\(line.characteristic)\" is already assessed in impacts[\(first)]")
            }
            seen[key] = index
            copy.impacts.append(line)
        }
        if let decisionDate, let reviewDate, reviewDate < decisionDate {
            throw ValidationFailure(path: "review_date", message: "\(reviewDate) is before the decision date, \(decisionDate)")
        }
        return copy
    }
}

extension CharacteristicImpact {
    /// The protected characteristic this line is about, or nil for a council's own.
    public var protected: ProtectedCharacteristic? { ProtectedCharacteristic(rawValue: characteristic) }

    /// "Religion or belief" for a protected one; a council's own name as it wrote it.
    public var label: String { protected?.label ?? characteristic }

    func validated(path: String) throws(ValidationFailure) -> CharacteristicImpact {
        var copy = self
        let name = try Text.required(characteristic, path: path + ".characteristic", maximum: 100)
        let lowered = name.lowercased()
        let known = ProtectedCharacteristic.allCases.first { $0.rawValue == lowered || $0.label.lowercased() == lowered }
        copy.characteristic = known?.rawValue ?? name
        copy.evidence = try Text.optional(evidence, path: path + ".evidence")
        return copy
    }
}
