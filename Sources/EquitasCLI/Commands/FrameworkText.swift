/// Small wording helpers shared by the framework commands.
enum FrameworkText {
    /// "1 module", "4 modules", "3 domains".
    static func count(_ n: Int, _ noun: String) -> String {
        n == 1 ? "1 \(noun)" : "\(n) \(noun)s"
    }

    /// "module" → "Module", for headings.
    static func capitalised(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }
}
