import EquitasCore
import Foundation

/// The add and edit form as posted: the objective's own fields, then numbered slots for
/// its measures (`measure_name_1`, `measure_baseline_1`, `measure_target_1`). A
/// measure's progress is recorded on a form of its own, so editing keeps each slot's
/// progress with it; emptying a slot that has progress is refused rather than losing it.
struct EqualityObjectiveForm: Sendable {
    static let measureSlots = 3

    var fields: [String: String] = [:]

    init() {}

    init(posted: [String: String]) { fields = posted }

    init(_ value: EqualityObjective) {
        fields["title"] = value.title
        fields["description"] = value.description
        fields["adopted"] = value.adopted.description
        fields["renew_by"] = value.renewBy?.description
        fields["lead"] = value.lead
        for (index, measure) in value.measures.enumerated() {
            fields["measure_name_\(index + 1)"] = measure.name
            fields["measure_baseline_\(index + 1)"] = measure.baseline
            fields["measure_target_\(index + 1)"] = measure.target
        }
    }

    subscript(_ name: String) -> String? { fields[name] }

    /// Three empty slots at least, one more than the measures filled in, at most the limit.
    var measureCount: Int {
        let used = fields.keys.compactMap { key -> Int? in
            guard key.hasPrefix("measure_name_"), Text.optional(fields[key]) != nil else { return nil }
            return Int(key.dropFirst("measure_name_".count))
        }
        return min(EqualityObjective.maximumMeasures, max(Self.measureSlots, (used.max() ?? 0) + 1))
    }

    /// The objective, with the slot each measure came from (for placing the core's
    /// errors). `stored` is the objective being edited, whose progress stays with its slot.
    func objective(organisationId: UUID, stored: EqualityObjective?, errors: inout FormErrors) -> (EqualityObjective, slots: [Int])? {
        if Text.optional(fields["title"]) == nil { errors.add("title", "Enter the objective") }
        let adopted = date("adopted", words: "the date it was adopted", required: true, errors: &errors)
        let renewBy = date("renew_by", words: "the renewal date", required: false, errors: &errors)
        var measures: [ObjectiveMeasure] = []
        var slots: [Int] = []
        for slot in 1...max(measureCount, stored?.measures.count ?? 0) {
            let progress = stored.flatMap { $0.measures.indices.contains(slot - 1) ? $0.measures[slot - 1].progress : nil } ?? []
            guard let name = Text.optional(fields["measure_name_\(slot)"]) else {
                if !progress.isEmpty { errors.add("measure_name_\(slot)", "Measure \(slot) has progress recorded; keep its name") }
                continue
            }
            measures.append(ObjectiveMeasure(
                name: name, baseline: Text.optional(fields["measure_baseline_\(slot)"]), target: Text.optional(fields["measure_target_\(slot)"]),
                progress: progress))
            slots.append(slot)
        }
        guard let adopted, errors.isEmpty else { return nil }
        let value = EqualityObjective(
            organisationId: organisationId, title: fields["title"] ?? "", description: Text.optional(fields["description"]), adopted: adopted,
            renewBy: renewBy, lead: Text.optional(fields["lead"]), measures: measures)
        return (value, slots)
    }

    /// The core's failure at the field it names: `measures[1].target` is the target box
    /// of the second measure the form sent; a progress year no longer in the objective's
    /// span is the adoption date's doing.
    static func errors(_ failure: ValidationFailure, slots: [Int]) -> FormErrors {
        let message = FormErrors.sentence(failure.message)
        if failure.path.hasPrefix("measures["), let close = failure.path.firstIndex(of: "]"),
           let index = Int(failure.path[failure.path.index(failure.path.startIndex, offsetBy: 9)..<close]), index < slots.count {
            if failure.path.contains(".progress[") { return FormErrors("adopted", "Measure \(slots[index]) has progress for a year this date leaves out: \(message)") }
            let part = failure.path.hasSuffix(".baseline") ? "baseline" : failure.path.hasSuffix(".target") ? "target" : "name"
            return FormErrors("measure_\(part)_\(slots[index])", message)
        }
        let known = ["title", "description", "adopted", "renew_by", "lead"]
        return FormErrors(known.contains(failure.path) ? failure.path : "title", message)
    }

    private func date(_ field: String, words: String, required: Bool, errors: inout FormErrors) -> CalendarDate? {
        guard let text = Text.optional(fields[field]) else {
            if required { errors.add(field, "Enter \(words)") }
            return nil
        }
        guard let date = CalendarDate(text) else {
            errors.add(field, "Enter \(words) as a real date, such as 2026-03-31")
            return nil
        }
        return date
    }
}
