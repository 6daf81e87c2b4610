import EquitasCore
import Foundation

/// How a change in the audit trail reads on the page: fields by their labels on the
/// forms, people and organisations by name, dates and times in UK words, choices in
/// plain words. Bookkeeping fields (which challenge or plan, the place in a list,
/// stamps) are left out: the page is about what people changed. The CSV keeps every
/// field as stored. Only names from the directory are looked up, never the text of the
/// team's work, so the words show nothing the trail itself does not.
struct ChangeWords: Sendable {
    /// Names for ids: people, organisations, and evidence (the council's own).
    var names: [UUID: String] = [:]

    static let hidden: Set<String> = [
        "id", "challenge_id", "plan_id", "position", "sequence", "created_at", "updated_at", "password_hash", "token_hash",
        "csrf_token", "snapshot", "item_id", "action_id", "version_id", "session_id", "self_assessment_id", "recommendation_id",
        // The account that wrote a progress update: the event's "By …" already names it,
        // and accounts are not among the names looked up, so it read as "no longer recorded".
        "author_account_id",
    ]

    static let labels: [String: String] = [
        "account_id": "Account", "address": "Address", "anchor_id": "Part of the report", "anchor_kind": "Kind of part",
        "at": "When", "attribution": "Attributed to", "author": "Made by", "award_awarded": "Award made on",
        "award_expires": "Award valid until", "award_level": "Level awarded", "conclusion": "Conclusion", "consultation": "Consultation",
        "criterion_id": "Criterion", "date": "Date", "decision_date": "Decision date", "decision_maker": "Decision maker",
        "description": "Description", "disabled_at": "Disabled on", "due_date": "Due date", "email": "Email address",
        "end_date": "End date", "ends_at": "Ends", "evidence_id": "Evidence", "filename": "File name", "focus": "Focus",
        "framework_id": "Framework", "framework_version": "Framework version", "given_on": "Given on",
        "impact_assessment_id": "Impact assessment", "impacts": "Impacts", "issued_by": "Issued by", "issued_on": "Issued on",
        "job_title": "Job title", "second_framework_id": "Second framework", "second_framework_version": "Second framework's version",
        "second_judgement": "Judgement at the second level", "second_level": "Second level", "judgement": "Judgement", "kind": "Kind", "lead_id": "Lead", "level": "Level",
        "media_type": "File type", "met": "Who was met", "mitigations": "Mitigations", "module": "Module", "module_id": "Module",
        "monitored_by": "Monitored by", "name": "Name", "narrative": "Narrative", "notes": "Notes", "number": "Number",
        "ons_code": "Area code", "organisation_id": "Organisation", "outcome": "Outcome", "person_id": "Person",
        "previous_status": "Previous status", "proposal": "Proposal", "published": "Published", "rationale": "Rationale",
        "recorded_by": "Recorded by", "resolution_outcome": "Resolution", "resolution_reason": "Reason for the resolution",
        "resolution_revised_text": "Revised text", "resolved_at": "Resolved", "resolved_by": "Resolved by", "response": "Response",
        "review_date": "Review date", "revoked_at": "Revoked", "role": "Role", "score": "Score", "service": "Service",
        "size": "Size", "start_date": "Start date", "starts_at": "Starts", "status": "Status", "text": "Text", "theme": "Theme",
        "timescale_end": "Timescale ends", "timescale_kind": "Kind of timescale", "timescale_name": "Timescale",
        "timescale_start": "Timescale starts", "title": "Title", "type": "Type", "url": "Web address",
    ]

    /// "Due date"; a field with no label of its own reads as its name in words.
    static func label(_ field: String) -> String {
        labels[field] ?? FormErrors.sentence(field.replacingOccurrences(of: "_", with: " "))
    }

    /// The changes worth showing, in the order recorded.
    static func shown(_ changes: [AuditFieldChange]) -> [AuditFieldChange] {
        changes.filter { !hidden.contains($0.field) }
    }

    /// "Demo Review Manager" from "Demo Review Manager <manager@…>": the person, not the address.
    static func who(_ author: AuditAuthor) -> String {
        guard let open = author.label.firstIndex(of: "<"), author.label.hasSuffix(">") else { return author.label }
        let name = author.label[..<open].trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? author.label : name
    }

    func value(_ field: String, _ text: String) -> String {
        if let id = UUID(uuidString: text) {
            return names[id] ?? (field.hasSuffix("_id") ? "Someone or something no longer recorded" : text)
        }
        if field == "media_type" { return MediaTypeWords.words(text) }
        if text == "true" { return "Yes" }
        if text == "false" { return "No" }
        if let date = CalendarDate(text) { return date.longForm }
        if let time = LocalDateTime(text) { return "\(time.date.longForm) at " + String(format: "%02d:%02d", time.hour, time.minute) }
        if text.hasPrefix("["), let data = text.data(using: .utf8), let list = try? JSONDecoder().decode([String].self, from: data) {
            return list.map { UUID(uuidString: $0).flatMap { names[$0] } ?? $0 }.joined(separator: "; ")
        }
        if ["status", "previous_status", "kind", "anchor_kind", "timescale_kind", "outcome", "resolution_outcome", "role", "type"].contains(field) {
            return FormErrors.sentence(text.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " "))
        }
        return text
    }
}
