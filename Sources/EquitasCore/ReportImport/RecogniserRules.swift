import Foundation

/// Which of the recogniser's shape-specific rules are switched on. Every rule that was
/// written because one document shape of the benchmark corpus needed it is tagged with
/// that shape's name and asks `RecogniserRules.on(tag)` before it acts; the accuracy
/// benchmark scores each document with its own shape's rules switched off (leave one
/// shape out; see bench/README.md). The product never switches anything off.
public struct RecogniserRules: Sendable {
    public var disabled: Set<String>

    public init(disabled: Set<String> = []) { self.disabled = disabled }

    @TaskLocal public static var current = RecogniserRules()

    /// Whether the rule learnt from `shape` may act.
    static func on(_ shape: String) -> Bool { !current.disabled.contains(shape) }
}
