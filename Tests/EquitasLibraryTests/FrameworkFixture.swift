import Foundation

/// A framework small enough that a test can say which line holds what. Tests break
/// it one line at a time, so the line numbers below are part of the fixture.
enum FrameworkFixture {
    static let valid = """
        id: test-framework
        version: "1"
        name: Test framework
        publisher: Equitas tests
        summary: A framework small enough to reason about.
        module_noun: module
        levels:
          - id: low
            name: Low
            description: The first level.
          - id: high
            name: High
            description: The second level.
        modules:
          - id: alpha
            code: "1"
            name: Alpha
            summary: The first module.
            criteria:
              - id: alpha.1.1
                code: "1.1"
                level: low
                title: First
                description: The first criterion.
              - id: alpha.2.1
                code: "2.1"
                level: high
                title: Second
                description: The second criterion.

        """

    /// The same framework scored: two criteria on a 0–1 scale give totals 0 to 2.
    static let scored = valid + """
        scoring:
          scale:
            - score: 0
              name: None
              description: Nothing found.
            - score: 1
              name: Some
              description: Something found.
          bands:
            - level: low
              minimum: 0
              maximum: 1
            - level: high
              minimum: 2
              maximum: 2

        """

    /// `line` is 1-based, as in the error messages.
    static func replacing(line: Int, with text: String, in yaml: String = valid) -> String {
        var lines = yaml.components(separatedBy: "\n")
        lines[line - 1] = text
        return lines.joined(separator: "\n")
    }

    static func removing(line: Int, in yaml: String = valid) -> String {
        var lines = yaml.components(separatedBy: "\n")
        lines.remove(at: line - 1)
        return lines.joined(separator: "\n")
    }
}
