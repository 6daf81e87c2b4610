import Foundation

/// Problems go to standard error so that standard output stays clean for pipes (JSON).
enum StandardError {
    static func print(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
