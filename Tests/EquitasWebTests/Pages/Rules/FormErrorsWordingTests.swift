import EquitasCore
import Testing

@testable import EquitasWeb

/// A message from the core that is only the end of a sentence gets its field's name,
/// so that no one reads "Must not be blank" and wonders which box.
@Suite("Form errors name their field")
struct FormErrorsWordingTests {
    @Test("a fragment gets the field's name in words; a whole sentence is kept", arguments: [
        ("title", "must not be blank", "The title must not be blank"),
        ("ons_code", "is 12 characters long; the limit is 9", "The ons code is 12 characters long; the limit is 9"),
        ("person_id", "contains a control character (U+0000)", "The person contains a control character (U+0000)"),
        ("text", "a quote needs an attribution", "A quote needs an attribution"),
    ])
    func wording(field: String, message: String, expected: String) {
        #expect(FormErrors(ValidationFailure(path: field, message: message), fallbackField: "other")[field] == expected)
    }

    @Test("a failure with no path goes to the fallback field, still as a sentence")
    func fallback() {
        #expect(FormErrors(ValidationFailure(path: "", message: "must name a council"), fallbackField: "council")["council"] == "The council must name a council")
    }
}
